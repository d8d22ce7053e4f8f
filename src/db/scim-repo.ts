import { and, asc, count, eq, isNull, not, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TPersonQuery, TScimPerson, TTextField } from "../domain/scim/index";
import type { TDb } from "./client";
import { personColumns } from "./people-repo";
import { people, ssoConnections } from "./schema/index";

const manager = alias(people, "scim_manager");

/** The columns (or expressions) SCIM attributes live in. */
const textColumns: Record<TTextField, SQL> = {
  userName: sql`coalesce(${people.scimUserName}, ${people.email})`,
  externalId: sql`${people.externalId}`,
  email: sql`${people.email}`,
  givenName: sql`${people.firstName}`,
  familyName: sql`${people.lastName}`,
  displayName: sql`trim(${people.firstName} || ' ' || ${people.lastName})`,
  title: sql`${people.jobTitle}`,
  language: sql`${people.language}`,
  employeeNumber: sql`${people.employeeNumber}`,
  department: sql`${people.department}`,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const comparators = { eq: sql`=`, ne: sql`<>`, gt: sql`>`, ge: sql`>=`, lt: sql`<`, le: sql`<=` } as const;

/** A person query as a parameterised SQL condition (values are always bound, wildcards in co/sw/ew escaped). */
export function personQuerySql(query: TPersonQuery): SQL {
  switch (query.kind) {
    case "all":
      return sql`true`;
    case "none":
      return sql`false`;
    case "and":
    case "or": {
      const parts = query.parts.map(personQuerySql);
      return (query.kind === "and" ? and(...parts) : or(...parts)) ?? sql`true`;
    }
    case "not":
      return sql`not coalesce(${personQuerySql(query.part)}, false)`;
    case "active":
      return eq(people.active, query.value);
    case "present":
      if (query.field === "managerId") return sql`${people.managerId} is not null`;
      return sql`coalesce(${textColumns[query.field]}, '') <> ''`;
    case "reference":
      return query.field === "id"
        ? sql`${people.id} ${comparators[query.op]} ${query.value}::uuid`
        : sql`${people.managerId} is ${query.op === "eq" ? sql`not distinct from` : sql`distinct from`} ${query.value}::uuid`;
    case "time": {
      const column = query.field === "createdAt" ? people.createdAt : people.updatedAt;
      return sql`${column} ${comparators[query.op]} ${query.value}::timestamptz`;
    }
    case "text": {
      const column = query.caseExact ? textColumns[query.field] : sql`lower(${textColumns[query.field]})`;
      const value = query.caseExact ? query.value : query.value.toLowerCase();
      if (query.op === "co" || query.op === "sw" || query.op === "ew") {
        const pattern = `${query.op === "sw" ? "" : "%"}${escapeLike(value)}${query.op === "ew" ? "" : "%"}`;
        return sql`${column} like ${pattern}`;
      }
      if (query.op === "ne") return sql`${column} is distinct from ${value}`;
      return sql`${column} ${comparators[query.op]} ${value}`;
    }
  }
}

const scimColumns = {
  ...personColumns,
  externalId: people.externalId,
  scimUserName: people.scimUserName,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
  managerName: sql<string | null>`case when ${manager.id} is null then null else trim(${manager.firstName} || ' ' || ${manager.lastName}) end`,
};

function selectScimPeople(db: TDb) {
  return db
    .select(scimColumns)
    .from(people)
    .leftJoin(manager, and(eq(manager.organisationId, people.organisationId), eq(manager.id, people.managerId)));
}

export type TScimPersonRow = Awaited<ReturnType<typeof findScimPerson>> & {};

/** One page of the organisation's SCIM-visible people matching the query, oldest first, and the total. */
export async function listScimPeople(db: TDb, organisationId: string, query: TPersonQuery, page: { offset: number; limit: number }) {
  const where = and(eq(people.organisationId, organisationId), isNull(people.scimDeletedAt), personQuerySql(query));
  const [rows, [total]] = await Promise.all([
    page.limit === 0 ? Promise.resolve([]) : selectScimPeople(db).where(where).orderBy(asc(people.createdAt), asc(people.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(people).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** A SCIM-visible person of the organisation (not deleted through SCIM). */
export async function findScimPerson(db: TDb, organisationId: string, id: string) {
  const [row] = await selectScimPeople(db).where(and(eq(people.organisationId, organisationId), eq(people.id, id), isNull(people.scimDeletedAt)));
  return row;
}

/** Everyone of the organisation that already holds one of these values, other than `exceptId` (deleted people included). */
export async function findScimClashes(
  db: TDb,
  organisationId: string,
  values: { userName: string; email: string; employeeNumber: string; externalId: string | null },
  exceptId: string | null,
) {
  const matches = or(
    sql`lower(coalesce(${people.scimUserName}, ${people.email})) = ${values.userName.toLowerCase()}`,
    sql`lower(${people.email}) = ${values.email.toLowerCase()}`,
    eq(people.employeeNumber, values.employeeNumber),
    values.externalId === null ? undefined : eq(people.externalId, values.externalId),
  );
  return db
    .select({
      id: people.id,
      userName: sql<string>`coalesce(${people.scimUserName}, ${people.email})`,
      email: people.email,
      employeeNumber: people.employeeNumber,
      externalId: people.externalId,
      scimDeletedAt: people.scimDeletedAt,
    })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), matches, exceptId ? not(eq(people.id, exceptId)) : undefined));
}

/** What a SCIM write stores (activation goes through setPersonActive). */
export type TScimPersonFields = Omit<TScimPerson, "id" | "active">;

/** Adds a person (active; deactivation goes through setPersonActive). */
export async function insertScimPerson(db: TDb, organisationId: string, fields: TScimPersonFields, now: Date): Promise<string> {
  const [row] = await db
    .insert(people)
    .values({ ...fields, organisationId, active: true, createdAt: now, updatedAt: now })
    .returning({ id: people.id });
  if (!row) throw new Error("insert people returned nothing");
  return row.id;
}

/** Writes a person's SCIM fields (and brings a SCIM-deleted person back); false when there is no such person. */
export async function updateScimPerson(db: TDb, organisationId: string, id: string, fields: TScimPersonFields, now: Date): Promise<boolean> {
  const rows = await db
    .update(people)
    .set({ ...fields, scimDeletedAt: null, updatedAt: now })
    .where(and(eq(people.organisationId, organisationId), eq(people.id, id)))
    .returning({ id: people.id });
  return rows.length > 0;
}

/** SCIM DELETE: the row stays for what points to it, detached from the identity provider and hidden from SCIM. */
export async function markScimDeleted(db: TDb, organisationId: string, id: string, now: Date): Promise<void> {
  await db
    .update(people)
    .set({ scimDeletedAt: now, externalId: null, scimUserName: null, updatedAt: now })
    .where(and(eq(people.organisationId, organisationId), eq(people.id, id)));
}

/** The organisation's people and their managers, for the reporting-cycle check. */
export async function listReportingLines(db: TDb, organisationId: string) {
  return db.select({ id: people.id, managerId: people.managerId }).from(people).where(eq(people.organisationId, organisationId));
}

/** True when the organisation signs in through an enabled single sign-on connection. */
export async function hasEnabledSso(db: TDb, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: ssoConnections.enabled })
    .from(ssoConnections)
    .where(and(eq(ssoConnections.organisationId, organisationId), eq(ssoConnections.enabled, true)));
  return row !== undefined;
}
