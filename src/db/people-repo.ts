import { and, asc, count, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TDb } from "./client";
import { accountColumns, accountStateSql, linkedMembership, linkedUser, pendingInvitationOf } from "./person-accounts-repo";
import { mentoringEngagements, mentorships, people } from "./schema/index";

export type TPersonRow = typeof people.$inferSelect;
/** The stored fields of a person, as the import plan and the edit forms produce them. */
export type TPersonValues = Pick<
  TPersonRow,
  | "id"
  | "employeeNumber"
  | "firstName"
  | "lastName"
  | "email"
  | "jobTitle"
  | "department"
  | "managerId"
  | "startDate"
  | "roleStartDate"
  | "language"
  | "active"
>;

const manager = alias(people, "manager");

/** The directory fields of a person, as every person query selects them. */
export const personColumns = {
  id: people.id,
  employeeNumber: people.employeeNumber,
  firstName: people.firstName,
  lastName: people.lastName,
  email: people.email,
  jobTitle: people.jobTitle,
  department: people.department,
  managerId: people.managerId,
  startDate: people.startDate,
  roleStartDate: people.roleStartDate,
  language: people.language,
  active: people.active,
};

function withManager(db: TDb) {
  return db
    .select({
      ...personColumns,
      managerName: sql<string | null>`case when ${manager.id} is null then null else ${manager.firstName} || ' ' || ${manager.lastName} end`,
      managerEmployeeNumber: manager.employeeNumber,
    })
    .from(people)
    .leftJoin(manager, and(eq(manager.organisationId, people.organisationId), eq(manager.id, people.managerId)));
}

/** People with their manager's name and their account (linked membership, pending invitation, state as of `now`). */
function withManagerAndAccount(db: TDb, now: Date) {
  const pending = pendingInvitationOf(db);
  return {
    state: accountStateSql(pending, now),
    query: db
      .select({
        ...personColumns,
        managerName: sql<string | null>`case when ${manager.id} is null then null else ${manager.firstName} || ' ' || ${manager.lastName} end`,
        ...accountColumns(pending, now),
      })
      .from(people)
      .leftJoin(manager, and(eq(manager.organisationId, people.organisationId), eq(manager.id, people.managerId)))
      .leftJoin(linkedMembership, and(eq(linkedMembership.organisationId, people.organisationId), eq(linkedMembership.personId, people.id)))
      .leftJoin(linkedUser, eq(linkedUser.id, linkedMembership.userId))
      .leftJoinLateral(pending, sql`true`),
    count: db
      .select({ n: count() })
      .from(people)
      .leftJoin(linkedMembership, and(eq(linkedMembership.organisationId, people.organisationId), eq(linkedMembership.personId, people.id)))
      .leftJoin(linkedUser, eq(linkedUser.id, linkedMembership.userId))
      .leftJoinLateral(pending, sql`true`),
  };
}

/** `people.id` is one of these ids: one JSON parameter however many (a reporting line can hold thousands). */
function amongIds(ids: readonly string[]): SQL {
  return sql`${people.id} in (select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of the directory, searched on names, email, number, title and department, optionally
 * only people whose account is in one state; each row carries its account as of `now`.
 */
export async function listPeople(
  db: TDb,
  organisationId: string,
  query: { q?: string; includeInactive: boolean; accountState?: string; limit: number; offset: number; onlyIds?: readonly string[] },
  now: Date,
) {
  const selected = withManagerAndAccount(db, now);
  const filters: SQL[] = [eq(people.organisationId, organisationId)];
  if (query.onlyIds) filters.push(amongIds(query.onlyIds));
  if (query.accountState) filters.push(sql`${selected.state} = ${query.accountState}`);
  if (!query.includeInactive) filters.push(eq(people.active, true));
  const q = query.q?.trim();
  if (q) {
    const words = q.split(/\s+/).slice(0, 5);
    for (const word of words) {
      const like = `%${escapeLike(word)}%`;
      const match = or(
        ilike(people.firstName, like),
        ilike(people.lastName, like),
        ilike(people.email, like),
        ilike(people.employeeNumber, like),
        ilike(people.jobTitle, like),
        ilike(people.department, like),
      );
      if (match) filters.push(match);
    }
  }
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    selected.query
      .where(where)
      .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id))
      .limit(query.limit)
      .offset(query.offset),
    selected.count.where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Every person's manager (active people and not): what a reader's reporting line is computed from. */
export async function listReportingEdges(db: TDb, organisationId: string): Promise<{ id: string; managerId: string | null }[]> {
  return db.select({ id: people.id, managerId: people.managerId }).from(people).where(eq(people.organisationId, organisationId));
}

/** The people the user mentors at `now`: an open mentorship, or an active or paused engagement. */
export async function listCurrentMenteeIds(db: TDb, organisationId: string, mentorUserId: string, now: Date): Promise<string[]> {
  const [open, engaged] = await Promise.all([
    db
      .select({ personId: mentorships.personId })
      .from(mentorships)
      .where(
        and(
          eq(mentorships.organisationId, organisationId),
          eq(mentorships.mentorUserId, mentorUserId),
          or(isNull(mentorships.endedAt), gt(mentorships.endedAt, now)),
        ),
      ),
    db
      .select({ personId: mentoringEngagements.personId })
      .from(mentoringEngagements)
      .where(
        and(
          eq(mentoringEngagements.organisationId, organisationId),
          eq(mentoringEngagements.mentorUserId, mentorUserId),
          inArray(mentoringEngagements.status, ["active", "paused"]),
        ),
      ),
  ]);
  return [...new Set([...open, ...engaged].map((row) => row.personId))];
}

/**
 * Active people whose first name, last name or department hold every typed word (at most `limit`), with
 * their name and department only: what a picker shows. Emails and numbers are neither returned nor searched.
 */
export async function listPeopleToPick(db: TDb, organisationId: string, query: { q?: string; limit: number }) {
  const filters: SQL[] = [eq(people.organisationId, organisationId), eq(people.active, true)];
  for (const word of query.q?.trim().split(/\s+/).filter(Boolean).slice(0, 5) ?? []) {
    const like = `%${escapeLike(word)}%`;
    const match = or(ilike(people.firstName, like), ilike(people.lastName, like), ilike(people.department, like));
    if (match) filters.push(match);
  }
  return db
    .select({ id: people.id, firstName: people.firstName, lastName: people.lastName, department: people.department })
    .from(people)
    .where(and(...filters))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id))
    .limit(query.limit);
}

export async function findPerson(db: TDb, organisationId: string, id: string) {
  const [row] = await withManager(db).where(and(eq(people.organisationId, organisationId), eq(people.id, id)));
  return row;
}

/** One person of the organisation with their manager's name and their account as of `now`. */
export async function findPersonWithAccount(db: TDb, organisationId: string, id: string, now: Date) {
  const [row] = await withManagerAndAccount(db, now).query.where(and(eq(people.organisationId, organisationId), eq(people.id, id)));
  return row;
}

/** Every person of the organisation (active and not), for import planning and the org chart. */
export async function listAllPeople(db: TDb, organisationId: string): Promise<TPersonValues[]> {
  return db.select(personColumns).from(people).where(eq(people.organisationId, organisationId));
}

/** Every active person with the manager's employee number, for exports (so an export re-imports unchanged). */
export async function listPeopleForExport(db: TDb, organisationId: string) {
  return withManager(db)
    .where(and(eq(people.organisationId, organisationId), eq(people.active, true)))
    .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id));
}

export async function insertPerson(db: TDb, organisationId: string, values: Omit<TPersonValues, "id"> & { id?: string }) {
  const [row] = await db
    .insert(people)
    .values({ ...values, organisationId })
    .returning({ id: people.id });
  if (!row) throw new Error("insert people returned nothing");
  return row.id;
}

export async function updatePerson(
  db: TDb,
  organisationId: string,
  id: string,
  values: Partial<Omit<TPersonValues, "id">>,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(people)
    .set({ ...values, updatedAt: now })
    .where(and(eq(people.organisationId, organisationId), eq(people.id, id)))
    .returning({ id: people.id });
  return rows.length > 0;
}

/** True when another person in the organisation already uses this email (case-insensitive) or number. */
export async function findClash(
  db: TDb,
  organisationId: string,
  values: { email?: string; employeeNumber?: string },
  exceptId?: string,
) {
  const conditions: SQL[] = [];
  if (values.email) conditions.push(eq(sql`lower(${people.email})`, values.email.toLowerCase()));
  if (values.employeeNumber) conditions.push(eq(people.employeeNumber, values.employeeNumber));
  if (conditions.length === 0) return undefined;
  const [row] = await db
    .select({ id: people.id, email: people.email, employeeNumber: people.employeeNumber })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), or(...conditions), exceptId ? sql`${people.id} <> ${exceptId}` : undefined));
  return row;
}

const BATCH = 10_000;

/** One JSON parameter per statement: drizzle's multi-row VALUES costs seconds of CPU per 50,000 rows. */
function asJson(batch: readonly TPersonValues[]) {
  return JSON.stringify(
    batch.map((p) => ({
      id: p.id,
      employee_number: p.employeeNumber,
      first_name: p.firstName,
      last_name: p.lastName,
      email: p.email,
      job_title: p.jobTitle,
      department: p.department,
      manager_id: p.managerId,
      start_date: p.startDate,
      role_start_date: p.roleStartDate,
      language: p.language,
      active: p.active,
    })),
  );
}

/**
 * Writes an import plan: inserts (managers first, so every batch's references exist) and updates,
 * 10,000 rows per statement through json_to_recordset. Call inside a transaction.
 */
export async function applyPeopleChanges(
  db: TDb,
  organisationId: string,
  creates: readonly TPersonValues[],
  updates: readonly TPersonValues[],
  now: Date,
): Promise<void> {
  const from = (batch: readonly TPersonValues[]) => sql`json_to_recordset(${asJson(batch)}::json) as v(id uuid,
      employee_number text, first_name text, last_name text, email text, job_title text, department text,
      manager_id uuid, start_date date, role_start_date date, language text, active boolean)`;
  const at = now.toISOString();
  for (let i = 0; i < creates.length; i += BATCH) {
    await db.execute(sql`
      insert into people (organisation_id, id, employee_number, first_name, last_name, email, job_title, department,
                          manager_id, start_date, role_start_date, language, active, created_at, updated_at)
      select ${organisationId}::uuid, v.id, v.employee_number, v.first_name, v.last_name, v.email, v.job_title,
             v.department, v.manager_id, v.start_date, v.role_start_date, v.language, v.active, ${at}::timestamptz, ${at}::timestamptz
      from ${from(creates.slice(i, i + BATCH))}`);
  }
  for (let i = 0; i < updates.length; i += BATCH) {
    await db.execute(sql`
      update people set
        employee_number = v.employee_number, first_name = v.first_name, last_name = v.last_name,
        email = v.email, job_title = v.job_title, department = v.department, manager_id = v.manager_id,
        start_date = v.start_date, role_start_date = v.role_start_date, language = v.language,
        active = v.active, updated_at = ${at}::timestamptz
      from ${from(updates.slice(i, i + BATCH))}
      where people.organisation_id = ${organisationId} and people.id = v.id`);
  }
}
