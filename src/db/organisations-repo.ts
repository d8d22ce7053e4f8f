import { and, asc, count, eq, sql } from "drizzle-orm";
import type { TOrgRole } from "../domain/shared/roles";
import type { TDb } from "./client";
import { memberships, organisations, people } from "./schema/index";

export type TOrganisationRow = typeof organisations.$inferSelect;
export type TMembershipRow = typeof memberships.$inferSelect;

export async function insertOrganisation(db: TDb, values: typeof organisations.$inferInsert) {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error("insert organisations returned nothing");
  return row;
}

export async function findOrganisationBySlug(db: TDb, slug: string): Promise<TOrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return row;
}

export async function findOrganisationById(db: TDb, id: string): Promise<TOrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** All organisations with their active people count; the operator's view. */
export async function listOrganisationsWithCounts(db: TDb) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      defaultLocale: organisations.defaultLocale,
      peopleCount: sql<number>`(select count(*)::int from ${people} p where p.organisation_id = ${organisations.id} and p.active)`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

export async function listOrganisations(db: TDb): Promise<TOrganisationRow[]> {
  return db.select().from(organisations).orderBy(asc(organisations.name));
}

/** The organisations a user belongs to, with the roles held in each. */
export async function listMembershipsOfUser(db: TDb, userId: string) {
  return db
    .select({ organisation: organisations, roles: memberships.roles, personId: memberships.personId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

export async function findMembership(db: TDb, organisationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row;
}

/** Adds the roles to the user's membership, creating it when absent. */
export async function upsertMembership(
  db: TDb,
  values: { organisationId: string; userId: string; roles: TOrgRole[]; personId?: string | null },
): Promise<void> {
  await db
    .insert(memberships)
    .values({ ...values, roles: [...new Set(values.roles)] })
    .onConflictDoUpdate({
      target: [memberships.organisationId, memberships.userId],
      set: {
        roles: sql`(select array_agg(distinct r) from unnest(${memberships.roles} || excluded.roles) as r)`,
        personId: sql`coalesce(excluded.person_id, ${memberships.personId})`,
      },
    });
}

export async function countMembers(db: TDb, organisationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.organisationId, organisationId));
  return row?.n ?? 0;
}
