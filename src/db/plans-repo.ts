import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { TDb } from "./client";
import { developmentPlans, memberships, planEvents, planVersions, users } from "./schema/index";

export type TPlanRow = { id: string; personId: string; status: string; currentVersion: number; createdAt: Date; updatedAt: Date };
export type TPlanGoalRow = { challengeId: string; description: string; businessMeasure: string | null };
export type TPlanVersionRow = {
  version: number;
  moduleIds: string[];
  goals: TPlanGoalRow[];
  costCents: number;
  hours: number;
  source: string;
  createdByUserId: string | null;
  createdAt: Date;
};
export type TPlanEventRow = { id: string; version: number; action: string; actorRole: string; comment: string | null; actorUserId: string | null; createdAt: Date };

const planColumns = {
  id: developmentPlans.id,
  personId: developmentPlans.personId,
  status: developmentPlans.status,
  currentVersion: developmentPlans.currentVersion,
  createdAt: developmentPlans.createdAt,
  updatedAt: developmentPlans.updatedAt,
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const goalsOf = (value: unknown): TPlanGoalRow[] => (Array.isArray(value) ? (value as TPlanGoalRow[]) : []);

function versionOf(row: Omit<TPlanVersionRow, "moduleIds" | "goals"> & { moduleIds: unknown; goals: unknown }): TPlanVersionRow {
  return { ...row, moduleIds: strings(row.moduleIds), goals: goalsOf(row.goals) };
}

/** The person's plan, if they have one. Pass `forUpdate` inside a transaction to serialise writers. */
export async function findPlanOfPerson(db: TDb, organisationId: string, personId: string, forUpdate = false): Promise<TPlanRow | undefined> {
  const query = db
    .select(planColumns)
    .from(developmentPlans)
    .where(and(eq(developmentPlans.organisationId, organisationId), eq(developmentPlans.personId, personId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

export async function findPlan(db: TDb, organisationId: string, planId: string, forUpdate = false): Promise<TPlanRow | undefined> {
  const query = db.select(planColumns).from(developmentPlans).where(and(eq(developmentPlans.organisationId, organisationId), eq(developmentPlans.id, planId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

/** Every plan of the organisation (optionally of some people) with its current version. */
export async function listPlansWithCurrentVersion(db: TDb, organisationId: string, personIds?: readonly string[]): Promise<(TPlanRow & { current: TPlanVersionRow })[]> {
  if (personIds && personIds.length === 0) return [];
  const where = personIds
    ? and(eq(developmentPlans.organisationId, organisationId), inArray(developmentPlans.personId, [...personIds]))
    : eq(developmentPlans.organisationId, organisationId);
  const rows = await db
    .select({
      ...planColumns,
      version: planVersions.version,
      moduleIds: planVersions.moduleIds,
      goals: planVersions.goals,
      costCents: planVersions.costCents,
      hours: planVersions.hours,
      source: planVersions.source,
      createdByUserId: planVersions.createdByUserId,
      versionCreatedAt: planVersions.createdAt,
    })
    .from(developmentPlans)
    .innerJoin(
      planVersions,
      and(
        eq(planVersions.organisationId, developmentPlans.organisationId),
        eq(planVersions.planId, developmentPlans.id),
        eq(planVersions.version, developmentPlans.currentVersion),
      ),
    )
    .where(where)
    .orderBy(asc(developmentPlans.createdAt), asc(developmentPlans.id));
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    status: r.status,
    currentVersion: r.currentVersion,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    current: versionOf({ version: r.version, moduleIds: r.moduleIds, goals: r.goals, costCents: r.costCents, hours: r.hours, source: r.source, createdByUserId: r.createdByUserId, createdAt: r.versionCreatedAt }),
  }));
}

/** Every version of a plan, newest first. */
export async function listPlanVersions(db: TDb, organisationId: string, planId: string): Promise<TPlanVersionRow[]> {
  const rows = await db
    .select({
      version: planVersions.version,
      moduleIds: planVersions.moduleIds,
      goals: planVersions.goals,
      costCents: planVersions.costCents,
      hours: planVersions.hours,
      source: planVersions.source,
      createdByUserId: planVersions.createdByUserId,
      createdAt: planVersions.createdAt,
    })
    .from(planVersions)
    .where(and(eq(planVersions.organisationId, organisationId), eq(planVersions.planId, planId)))
    .orderBy(desc(planVersions.version));
  return rows.map(versionOf);
}

export type TNewVersion = { moduleIds: readonly string[]; goals: readonly TPlanGoalRow[]; costCents: number; hours: number; source: "person" | "hr" | "optimiser"; userId: string | null };

/**
 * Writes a new version of the person's plan (creating the plan at version 1) and sets its status. Call inside a
 * transaction after findPlanOfPerson(..., true) so concurrent writers queue. Returns the plan id and new version.
 */
export async function writePlanVersion(db: TDb, organisationId: string, personId: string, status: string, version: TNewVersion): Promise<{ planId: string; version: number }> {
  let plan = await findPlanOfPerson(db, organisationId, personId, true);
  let next = 1;
  if (!plan) {
    const [created] = await db
      .insert(developmentPlans)
      .values({ organisationId, personId, status, currentVersion: 1 })
      .onConflictDoNothing()
      .returning(planColumns);
    plan = created ?? (await findPlanOfPerson(db, organisationId, personId, true));
    if (!plan) throw new Error("plan vanished while writing");
    if (!created) next = plan.currentVersion + 1;
  } else next = plan.currentVersion + 1;
  await db.insert(planVersions).values({
    organisationId,
    planId: plan.id,
    version: next,
    moduleIds: [...version.moduleIds],
    goals: [...version.goals],
    costCents: version.costCents,
    hours: version.hours,
    source: version.source,
    createdByUserId: version.userId,
  });
  await db
    .update(developmentPlans)
    .set({ status, currentVersion: next, updatedAt: sql`now()` })
    .where(and(eq(developmentPlans.organisationId, organisationId), eq(developmentPlans.id, plan.id)));
  return { planId: plan.id, version: next };
}

/** Sets a plan's status without a new version (approve, request changes). */
export async function setPlanStatus(db: TDb, organisationId: string, planId: string, status: string): Promise<void> {
  await db
    .update(developmentPlans)
    .set({ status, updatedAt: sql`now()` })
    .where(and(eq(developmentPlans.organisationId, organisationId), eq(developmentPlans.id, planId)));
}

export async function insertPlanEvent(
  db: TDb,
  organisationId: string,
  event: { planId: string; version: number; action: string; actorRole: string; comment: string | null; actorUserId: string | null },
): Promise<void> {
  await db.insert(planEvents).values({ organisationId, ...event });
}

/** The plan's history, oldest first. */
export async function listPlanEvents(db: TDb, organisationId: string, planId: string): Promise<TPlanEventRow[]> {
  return db
    .select({
      id: planEvents.id,
      version: planEvents.version,
      action: planEvents.action,
      actorRole: planEvents.actorRole,
      comment: planEvents.comment,
      actorUserId: planEvents.actorUserId,
      createdAt: planEvents.createdAt,
    })
    .from(planEvents)
    .where(and(eq(planEvents.organisationId, organisationId), eq(planEvents.planId, planId)))
    .orderBy(asc(planEvents.createdAt), asc(planEvents.id));
}

// ---- added for the menu and plan use cases (issue 4, parts 3–4) ----

/** Display names of the given accounts (for a plan's history). */
export async function listUserDisplayNames(db: TDb, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...new Set(userIds)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The account linked to a person in the organisation (memberships.person_id), with its email and locale. */
export async function findAccountOfPerson(db: TDb, organisationId: string, personId: string): Promise<{ userId: string; email: string; displayName: string; locale: string | null } | undefined> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)))
    .limit(1);
  return row;
}

/** Serialises budget commitments (submit, approve) within an organisation for the rest of the transaction. */
export async function lockPlanBudgets(db: TDb, organisationId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`plan-budgets:${organisationId}`}))`);
}
