import { invalid } from "../shared/errors";
import type { TEngagement } from "./engagement";

export const NOTE_VISIBILITIES = ["private", "shared"] as const;
export type TNoteVisibility = (typeof NOTE_VISIBILITIES)[number];
export const MAX_NOTE_LENGTH = 10_000;

export type TNote = { id: string; engagementId: string; authorUserId: string; visibility: TNoteVisibility; body: string; createdAt: Date; updatedAt: Date };

/**
 * Who reads a note: a private note its author alone; a shared note the engagement's mentor and mentee.
 * Nobody else — not HR, executives, the sponsor or the operator, whatever roles they hold: the rule
 * looks at the user id only. The app answers 404 (not 403) to anyone else, so a note's existence stays hidden.
 */
export function canReadNote(note: Pick<TNote, "authorUserId" | "visibility">, engagement: Pick<TEngagement, "mentorUserId" | "menteeUserId">, userId: string): boolean {
  if (note.visibility === "private") return note.authorUserId === userId;
  return userId === engagement.mentorUserId || userId === engagement.menteeUserId;
}

/** Only the author edits or deletes a note. */
export function canEditNote(note: Pick<TNote, "authorUserId">, userId: string): boolean {
  return note.authorUserId === userId;
}

/** Validates a note's text (trimmed, 1–10,000 characters) and visibility. */
export function validateNote(input: { body: unknown; visibility: unknown }): { body: string; visibility: TNoteVisibility } {
  if (typeof input.body !== "string" || input.body.trim() === "") throw invalid("body", "a note needs text");
  const body = input.body.trim();
  if (body.length > MAX_NOTE_LENGTH) throw invalid("body", `a note is at most ${MAX_NOTE_LENGTH} characters`);
  if (!(NOTE_VISIBILITIES as readonly unknown[]).includes(input.visibility)) throw invalid("visibility", "visibility must be private or shared");
  return { body, visibility: input.visibility as TNoteVisibility };
}
