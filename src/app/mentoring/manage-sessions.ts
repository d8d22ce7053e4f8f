import { randomUUID } from "node:crypto";
import type { TSessionView } from "../../contracts/mentoring";
import { findMember } from "../../db/mentoring-repo";
import { findSession, insertSession, listBusySessions, lockBookings, updateSession } from "../../db/mentoring-sessions-repo";
import type { TDb } from "../../db/client";
import { acceptSlot, cancelSession, markHeld, proposeSession, rescheduleSession, setAgenda, type TSession } from "../../domain/mentoring/index";
import { DomainError, ErrorCodes, notFound } from "../../domain/shared/errors";
import { isLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { loadAsParty, presentSession, storeSlots, toSession, type TLoadedEngagement } from "./access";
import { buildSessionIcs, queueSessionEmails, queueSessionProposedEmail } from "./session-emails";

type TSessionCtx = Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox">;

async function busy(db: TDb, actor: TActor, loaded: TLoadedEngagement, now: Date): Promise<TSession[]> {
  const e = loaded.engagement;
  const rows = await listBusySessions(db, actor.organisationId, [e.mentorUserId, e.menteeUserId].filter((id) => !id.startsWith("person:")), [loaded.row.engagement.personId], now);
  return rows.map(toSession);
}

/** The mentor or the mentee of an active engagement proposes 1–5 slots (local times in the engagement's zone); the other is emailed. */
export async function proposeEngagementSession(ctx: TSessionCtx, actor: TActor, engagementId: string, input: { slots: unknown; location?: unknown }): Promise<TSessionView> {
  const loaded = await loadAsParty(ctx, actor, engagementId);
  const now = ctx.now();
  const session = proposeSession(loaded.engagement, { id: randomUUID(), slots: input.slots, location: input.location, actorUserId: actor.userId, now, existing: await busy(ctx.db, actor, loaded, now) });
  await ctx.db.transaction(async (tx) => {
    await insertSession(tx, {
      organisationId: actor.organisationId,
      id: session.id,
      engagementId,
      status: session.status,
      proposedBy: session.proposedBy,
      slots: storeSlots(session.slots),
      timeZone: session.timeZone,
      location: session.location,
      sequence: session.sequence,
      agenda: [],
    });
    await queueSessionProposedEmail(ctx, tx, actor.organisationId, loaded, session);
  });
  ctx.notifyOutbox();
  return presentSession(session);
}

/** Loads a session and its engagement for the mentor or the mentee; anyone else gets 404. */
async function loadSession(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, id: string, db: TDb = ctx.db) {
  const row = await findSession(db, actor.organisationId, id);
  if (!row) throw notFound("session");
  const loaded = await loadAsParty({ ...ctx, db }, actor, row.session.engagementId).catch(() => {
    throw notFound("session");
  });
  return { loaded, session: toSession(row) };
}

async function save(db: TDb, actor: TActor, before: TSession, after: TSession, now: Date): Promise<void> {
  const changed = await updateSession(
    db,
    actor.organisationId,
    after.id,
    { status: before.status, sequence: before.sequence },
    {
      status: after.status,
      startAt: after.start,
      endAt: after.end,
      scheduledAt: after.scheduledAt,
      sequence: after.sequence,
      agenda: [...after.agenda],
      cancelledReason: after.cancelledReason,
    },
    now,
  );
  if (!changed) throw new DomainError(ErrorCodes.CONFLICT, "the session changed meanwhile; reload it", "status");
}

/**
 * A booking change in one transaction, serialised per organisation so two accepts cannot both pass the
 * double-booking check; the invitation emails (with .ics) are queued in the same transaction.
 */
async function book(ctx: TSessionCtx, actor: TActor, id: string, change: (loaded: TLoadedEngagement, session: TSession, existing: TSession[], now: Date) => TSession, kind: "scheduled" | "rescheduled") {
  const result = await ctx.db.transaction(async (tx) => {
    await lockBookings(tx, actor.organisationId);
    const { loaded, session } = await loadSession(ctx, actor, id, tx);
    const now = ctx.now();
    const next = change(loaded, session, await busy(tx, actor, loaded, now), now);
    await save(tx, actor, session, next, now);
    await queueSessionEmails(ctx, tx, actor.organisationId, loaded, next, kind);
    return next;
  });
  ctx.notifyOutbox();
  return presentSession(result);
}

/** The other party accepts one offered slot: scheduled, invitations to both. */
export function acceptSession(ctx: TSessionCtx, actor: TActor, id: string, slotIndex: unknown): Promise<TSessionView> {
  return book(ctx, actor, id, (loaded, session, existing, now) => acceptSlot(loaded.engagement, session, { slotIndex, actorUserId: actor.userId, now, existing }), "scheduled");
}

/** Either party moves a scheduled session (SEQUENCE + 1), updates to both. */
export function moveSession(ctx: TSessionCtx, actor: TActor, id: string, slot: unknown): Promise<TSessionView> {
  return book(ctx, actor, id, (loaded, session, existing, now) => rescheduleSession(loaded.engagement, session, { slot, actorUserId: actor.userId, now, existing }), "rescheduled");
}

/** Either party cancels before the start; a scheduled session sends METHOD:CANCEL to both. */
export async function cancelEngagementSession(ctx: TSessionCtx, actor: TActor, id: string, reason: unknown): Promise<TSessionView> {
  const result = await ctx.db.transaction(async (tx) => {
    const { loaded, session } = await loadSession(ctx, actor, id, tx);
    const now = ctx.now();
    const { session: next, notifyCalendars } = cancelSession(loaded.engagement, session, { reason, actorUserId: actor.userId, now });
    await save(tx, actor, session, next, now);
    if (notifyCalendars) await queueSessionEmails(ctx, tx, actor.organisationId, loaded, next, "cancelled");
    return next;
  });
  ctx.notifyOutbox();
  return presentSession(result);
}

/** Either party records that the session took place (the reaction survey opens). */
export async function markSessionHeld(ctx: TSessionCtx, actor: TActor, id: string): Promise<TSessionView> {
  const { loaded, session } = await loadSession(ctx, actor, id);
  const now = ctx.now();
  const next = markHeld(loaded.engagement, session, { actorUserId: actor.userId, now });
  await save(ctx.db, actor, session, next, now);
  return presentSession(next);
}

/** Replaces the agenda. */
export async function changeSessionAgenda(ctx: TSessionCtx, actor: TActor, id: string, items: unknown): Promise<TSessionView> {
  const { loaded, session } = await loadSession(ctx, actor, id);
  const next = setAgenda(loaded.engagement, session, { items, actorUserId: actor.userId });
  await save(ctx.db, actor, session, next, ctx.now());
  return presentSession(next);
}

/** The session's current calendar object for a participant: REQUEST while scheduled, CANCEL once cancelled after scheduling. */
export async function downloadSessionIcs(ctx: TSessionCtx, actor: TActor, id: string): Promise<string> {
  const { loaded, session } = await loadSession(ctx, actor, id);
  const method = session.status === "scheduled" || session.status === "held" ? "REQUEST" : session.status === "cancelled" && session.start ? "CANCEL" : null;
  if (!method) throw new DomainError(ErrorCodes.CONFLICT, "the session has no agreed time yet", "status");
  const member = await findMember(ctx.db, actor.organisationId, actor.userId);
  const locale = isLocale(member?.locale) ? member.locale : "en";
  return buildSessionIcs(ctx, loaded, session, method, locale, actor.userId === loaded.engagement.mentorUserId ? "mentor" : "mentee");
}
