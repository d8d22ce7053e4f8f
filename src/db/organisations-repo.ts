import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { TOrgRole } from "../domain/shared/roles";
import type { TDb } from "./client";
import { memberships, organisations, users } from "./schema/index";

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
      // spelled out: drizzle renders a column of the only table in FROM unqualified ("id"), which inside the
      // subquery would mean p.id and count nothing
      peopleCount: sql<number>`(select count(*)::int from people p where p.organisation_id = "organisations"."id" and p.active)`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

export async function listOrganisations(db: TDb): Promise<TOrganisationRow[]> {
  return db.select().from(organisations).orderBy(asc(organisations.name));
}

/** The organisations a user belongs to, with the roles held in each; deactivated memberships grant nothing and are left out. */
export async function listMembershipsOfUser(db: TDb, userId: string) {
  return db
    .select({ organisation: organisations, roles: memberships.roles, personId: memberships.personId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt)))
    .orderBy(asc(organisations.name));
}

/** The user's live membership of the organisation (a deactivated one counts as none). */
export async function findMembership(db: TDb, organisationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), isNull(memberships.deactivatedAt)));
  return row;
}

/** The user's membership of the organisation, deactivated or not. */
export async function findAnyMembership(db: TDb, organisationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row;
}

/** The membership linked to the person, deactivated or not. */
export async function findMembershipOfPerson(db: TDb, organisationId: string, personId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)));
  return row;
}

/**
 * Grants memberships (one statement): new ones are created, existing ones gain the roles and, when
 * they have no person yet, the person. Never touches another organisation, the account or deactivation.
 */
export async function grantMemberships(
  db: TDb,
  values: { organisationId: string; userId: string; roles: TOrgRole[]; personId: string | null }[],
): Promise<void> {
  if (values.length === 0) return;
  await db
    .insert(memberships)
    .values(values.map((v) => ({ ...v, roles: [...new Set(v.roles)] })))
    .onConflictDoUpdate({
      target: [memberships.organisationId, memberships.userId],
      set: {
        roles: sql`(select array_agg(distinct r) from unnest(${memberships.roles} || excluded.roles) as r)`,
        personId: sql`coalesce(${memberships.personId}, excluded.person_id)`,
      },
    });
}

/** Links a member without a person to the person; false when the member is unknown or linked already. */
export async function linkMembershipToPerson(db: TDb, organisationId: string, userId: string, personId: string): Promise<boolean> {
  const rows = await db
    .update(memberships)
    .set({ personId })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), isNull(memberships.personId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** Unlinks the person from their account's membership; the account's user id, or undefined when none was linked. */
export async function unlinkPerson(db: TDb, organisationId: string, personId: string): Promise<string | undefined> {
  const [row] = await db
    .update(memberships)
    .set({ personId: null })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)))
    .returning({ userId: memberships.userId });
  return row?.userId;
}

/** Deactivates (at a moment) or reactivates (null) the person's membership; the account's user id, if one is linked. */
export async function setPersonMembershipDeactivated(
  db: TDb,
  organisationId: string,
  personId: string,
  at: Date | null,
): Promise<string | undefined> {
  const [row] = await db
    .update(memberships)
    .set({ deactivatedAt: at })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)))
    .returning({ userId: memberships.userId });
  return row?.userId;
}

/** The organisation's live members with their accounts; only those without a person when `unlinkedOnly`. */
export async function listMembers(db: TDb, organisationId: string, unlinkedOnly: boolean) {
  return db
    .select({
      userId: memberships.userId,
      email: users.email,
      displayName: users.displayName,
      roles: memberships.roles,
      personId: memberships.personId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        isNull(memberships.deactivatedAt),
        unlinkedOnly ? isNull(memberships.personId) : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.email));
}

/**
 * Links the user's live memberships that have no person to the active person of that organisation
 * whose email is the account's (case-insensitively), unless that person is linked to someone else.
 * One statement; returns the links made.
 */
export async function linkMembershipsByEmail(db: TDb, userId: string) {
  const result = await db.execute<{ organisation_id: string; person_id: string }>(sql`
    update memberships m set person_id = p.id
    from users u, people p
    where m.user_id = ${userId} and m.person_id is null and m.deactivated_at is null
      and u.id = m.user_id
      and p.organisation_id = m.organisation_id and lower(p.email) = lower(u.email) and p.active
      and not exists (select 1 from memberships o where o.organisation_id = p.organisation_id and o.person_id = p.id)
    returning m.organisation_id, m.person_id`);
  return Array.isArray(result) ? result : ((result as { rows?: { organisation_id: string; person_id: string }[] }).rows ?? []);
}

/** True when some live membership of the user has no person (so a lazy link may apply). */
export async function hasUnlinkedMembership(db: TDb, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.personId), isNull(memberships.deactivatedAt)));
  return (row?.n ?? 0) > 0;
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
