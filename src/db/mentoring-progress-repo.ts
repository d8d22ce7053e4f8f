import { and, asc, eq, inArray } from "drizzle-orm";
import type { TDb } from "./client";
import { catalogueModules, mentoringActionItems, mentoringCheckIns, mentoringEnrolments } from "./schema/index";

// Mentoring progress (issue 5): action items, check-ins on the goals, module enrolments.

export type TActionItemRow = typeof mentoringActionItems.$inferSelect;
export type TCheckInRow = typeof mentoringCheckIns.$inferSelect;
export type TEnrolmentRow = typeof mentoringEnrolments.$inferSelect;

export async function insertActionItem(db: TDb, values: typeof mentoringActionItems.$inferInsert) {
  const [row] = await db.insert(mentoringActionItems).values(values).returning();
  if (!row) throw new Error("insert mentoring_action_items returned nothing");
  return row;
}

export async function findActionItem(db: TDb, organisationId: string, id: string) {
  const [row] = await db.select().from(mentoringActionItems).where(and(eq(mentoringActionItems.organisationId, organisationId), eq(mentoringActionItems.id, id)));
  return row;
}

export async function listActionItems(db: TDb, organisationId: string, engagementIds: readonly string[]) {
  if (engagementIds.length === 0) return [];
  return db
    .select()
    .from(mentoringActionItems)
    .where(and(eq(mentoringActionItems.organisationId, organisationId), inArray(mentoringActionItems.engagementId, [...engagementIds])))
    .orderBy(asc(mentoringActionItems.dueDate), asc(mentoringActionItems.id));
}

export async function setActionItemDoneRow(db: TDb, organisationId: string, id: string, wasDone: boolean, values: { done: boolean; doneAt: Date | null }): Promise<boolean> {
  const rows = await db
    .update(mentoringActionItems)
    .set(values)
    .where(and(eq(mentoringActionItems.organisationId, organisationId), eq(mentoringActionItems.id, id), eq(mentoringActionItems.done, wasDone)))
    .returning({ id: mentoringActionItems.id });
  return rows.length === 1;
}

export async function insertCheckIn(db: TDb, values: typeof mentoringCheckIns.$inferInsert) {
  const [row] = await db.insert(mentoringCheckIns).values(values).returning();
  if (!row) throw new Error("insert mentoring_check_ins returned nothing");
  return row;
}

export async function listCheckIns(db: TDb, organisationId: string, engagementIds: readonly string[]) {
  if (engagementIds.length === 0) return [];
  return db
    .select()
    .from(mentoringCheckIns)
    .where(and(eq(mentoringCheckIns.organisationId, organisationId), inArray(mentoringCheckIns.engagementId, [...engagementIds])))
    .orderBy(asc(mentoringCheckIns.createdAt), asc(mentoringCheckIns.id));
}

// ---- enrolments ----

export async function insertEnrolment(db: TDb, values: typeof mentoringEnrolments.$inferInsert) {
  const [row] = await db.insert(mentoringEnrolments).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findEnrolment(db: TDb, organisationId: string, id: string) {
  const [row] = await db.select().from(mentoringEnrolments).where(and(eq(mentoringEnrolments.organisationId, organisationId), eq(mentoringEnrolments.id, id)));
  return row;
}

export async function listEnrolments(db: TDb, organisationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(mentoringEnrolments)
    .where(and(eq(mentoringEnrolments.organisationId, organisationId), inArray(mentoringEnrolments.personId, [...personIds])))
    .orderBy(asc(mentoringEnrolments.createdAt), asc(mentoringEnrolments.id));
}

export async function updateEnrolmentStatus(db: TDb, organisationId: string, id: string, expectedStatus: string, values: { status: string; statusChangedAt: Date }): Promise<boolean> {
  const rows = await db
    .update(mentoringEnrolments)
    .set(values)
    .where(and(eq(mentoringEnrolments.organisationId, organisationId), eq(mentoringEnrolments.id, id), eq(mentoringEnrolments.status, expectedStatus)))
    .returning({ id: mentoringEnrolments.id });
  return rows.length === 1;
}

/** True when the organisation's catalogue holds the module. */
export async function catalogueHasModule(db: TDb, organisationId: string, moduleId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: catalogueModules.id })
    .from(catalogueModules)
    .where(and(eq(catalogueModules.organisationId, organisationId), eq(catalogueModules.id, moduleId)));
  return row !== undefined;
}
