import { randomUUID } from "node:crypto";
import type { TNoteView } from "../../contracts/mentoring";
import { deleteNote, findNote, insertNote, listNotes, type TNoteRow, updateNote } from "../../db/mentoring-notes-repo";
import { findEngagement } from "../../db/mentoring-repo";
import { canEditNote, canReadNote, validateNote, type TEngagement } from "../../domain/mentoring/index";
import { notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import { loadAsParty, toEngagement, type TCtx } from "./access";

// Notes are read through the domain's canReadNote only: a private note by its author, a shared one by
// the mentor and the mentee. Everyone else — HR, executives, the sponsor, the operator — gets 404.

function present(row: TNoteRow, userId: string): TNoteView {
  return {
    id: row.id,
    engagementId: row.engagementId,
    visibility: row.visibility as TNoteView["visibility"],
    body: row.body,
    mine: row.authorUserId === userId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const readable = (row: TNoteRow, engagement: TEngagement, userId: string) =>
  canReadNote({ authorUserId: row.authorUserId, visibility: row.visibility as "private" | "shared" }, engagement, userId);

/** The notes of an engagement the actor may read (the mentor and the mentee only; others 404). */
export async function listEngagementNotes(ctx: TCtx, actor: TActor, engagementId: string): Promise<{ items: TNoteView[] }> {
  const { engagement } = await loadAsParty(ctx, actor, engagementId);
  const rows = await listNotes(ctx.db, actor.organisationId, engagementId);
  return { items: rows.filter((row) => readable(row, engagement, actor.userId)).map((row) => present(row, actor.userId)) };
}

/** The mentor or the mentee writes a note, private or shared. */
export async function createNote(ctx: TCtx, actor: TActor, engagementId: string, input: { body: unknown; visibility: unknown }): Promise<TNoteView> {
  await loadAsParty(ctx, actor, engagementId);
  const note = validateNote(input);
  const now = ctx.now();
  const row = await insertNote(ctx.db, { organisationId: actor.organisationId, id: randomUUID(), engagementId, authorUserId: actor.userId, visibility: note.visibility, body: note.body, createdAt: now, updatedAt: now });
  return present(row, actor.userId);
}

/** Loads a note the actor may read; 404 otherwise (whatever their organisation roles). */
async function loadReadable(ctx: TCtx, actor: TActor, id: string) {
  const row = await findNote(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("note");
  const engagementRow = await findEngagement(ctx.db, actor.organisationId, row.engagementId);
  if (!engagementRow || !readable(row, toEngagement(engagementRow), actor.userId)) throw notFound("note");
  return row;
}

export async function getNote(ctx: TCtx, actor: TActor, id: string): Promise<TNoteView> {
  return present(await loadReadable(ctx, actor, id), actor.userId);
}

/** Only the author edits (another reader gets 404 as well: the note is not theirs to change). */
export async function editNote(ctx: TCtx, actor: TActor, id: string, input: { body: unknown; visibility: unknown }): Promise<TNoteView> {
  const row = await loadReadable(ctx, actor, id);
  if (!canEditNote(row, actor.userId)) throw notFound("note");
  const note = validateNote(input);
  const updated = await updateNote(ctx.db, actor.organisationId, id, note, ctx.now());
  if (!updated) throw notFound("note");
  return present(updated, actor.userId);
}

export async function removeNote(ctx: TCtx, actor: TActor, id: string): Promise<void> {
  const row = await loadReadable(ctx, actor, id);
  if (!canEditNote(row, actor.userId)) throw notFound("note");
  await deleteNote(ctx.db, actor.organisationId, id);
}
