import { and, asc, desc, eq } from "drizzle-orm";
import type { TDb } from "./client";
import { mentoringNotes } from "./schema/index";

// Mentoring notes (issue 5). Who may read which note is decided in app/mentoring/manage-notes
// (domain canReadNote); these queries only keep to the organisation.

export type TNoteRow = typeof mentoringNotes.$inferSelect;

export async function insertNote(db: TDb, values: typeof mentoringNotes.$inferInsert) {
  const [row] = await db.insert(mentoringNotes).values(values).returning();
  if (!row) throw new Error("insert mentoring_notes returned nothing");
  return row;
}

export async function findNote(db: TDb, organisationId: string, id: string) {
  const [row] = await db.select().from(mentoringNotes).where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.id, id)));
  return row;
}

export async function listNotes(db: TDb, organisationId: string, engagementId: string) {
  return db
    .select()
    .from(mentoringNotes)
    .where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.engagementId, engagementId)))
    .orderBy(desc(mentoringNotes.createdAt), asc(mentoringNotes.id));
}

export async function updateNote(db: TDb, organisationId: string, id: string, values: { body: string; visibility: string }, now: Date) {
  const [row] = await db
    .update(mentoringNotes)
    .set({ ...values, updatedAt: now })
    .where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.id, id)))
    .returning();
  return row;
}

export async function deleteNote(db: TDb, organisationId: string, id: string): Promise<void> {
  await db.delete(mentoringNotes).where(and(eq(mentoringNotes.organisationId, organisationId), eq(mentoringNotes.id, id)));
}
