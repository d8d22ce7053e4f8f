import { randomInt } from "node:crypto";
import type { TCampaign, TCampaignCreate, TCampaignSummary, TNomineeInput } from "../../contracts/feedback";
import { deleteRater, insertCampaign, insertRater, listCampaigns, listRaters, updateCampaign } from "../../db/feedback-repo";
import { findPerson } from "../../db/people-repo";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import { authorise, can } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { actorPersonId, campaignResource, loadCampaign, presentCampaign, requireAction, type TLoadedCampaign } from "./campaign-access";
import { effectiveStatus } from "./campaign-rules";
import { checkNewNominee, requireValidNominees } from "./nominee-checks";
import { inviteRaters, sendCampaignReminders } from "./send-invitations";

type TCtx = Pick<TAppContext, "db" | "now">;
const MAX_NOMINEES = 60;
const MAX_DAYS_AHEAD = 366;

function checkCloseDate(closesAt: string, now: Date): Date {
  const date = new Date(closesAt);
  if (Number.isNaN(date.getTime()) || date.getTime() <= now.getTime()) throw invalid("closesAt", "the close date must be in the future");
  if (date.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000) throw invalid("closesAt", "the close date must be within a year");
  return date;
}

async function reload(ctx: TCtx, actor: TActor, id: string): Promise<TCampaign> {
  return presentCampaign(ctx, await loadCampaign(ctx, actor, id));
}

/** Campaigns the actor may see: HR all of the organisation's; others those about themself and those awaiting their approval. */
export async function listFeedbackCampaigns(ctx: TCtx, actor: TActor): Promise<{ items: TCampaignSummary[] }> {
  const hr = can(actor, "feedback.campaign.list_all");
  const personId = hr ? null : await actorPersonId(ctx, actor);
  const rows = await listCampaigns(ctx.db, actor.organisationId, { all: hr, subjectPersonId: personId, awaitingManagerId: personId });
  const now = ctx.now();
  return {
    items: rows.map((row) => ({
      id: row.campaign.id,
      subject: { personId: row.campaign.subjectPersonId, firstName: row.subjectFirstName, lastName: row.subjectLastName },
      status: effectiveStatus(row.campaign, now),
      closesAt: row.campaign.closesAt.toISOString(),
      createdAt: row.campaign.createdAt.toISOString(),
    })),
  };
}

/** A new campaign in `nominating`: HR for anyone in the directory, a person for themself. */
export async function createFeedbackCampaign(ctx: TCtx, actor: TActor, input: TCampaignCreate): Promise<TCampaign> {
  const closesAt = checkCloseDate(input.closesAt, ctx.now());
  const ownPersonId = await actorPersonId(ctx, actor);
  const subjectPersonId = input.subjectPersonId ?? ownPersonId;
  if (!subjectPersonId) throw invalid("subjectPersonId", "your account is not linked to a person in the directory: name the person");
  authorise({ ...actor, personId: ownPersonId }, "feedback.campaign.create", { personId: subjectPersonId });
  const person = await findPerson(ctx.db, actor.organisationId, subjectPersonId);
  if (!person || !person.active) throw invalid("subjectPersonId", "unknown person");
  const row = await insertCampaign(ctx.db, actor.organisationId, {
    subjectPersonId,
    createdByUserId: actor.userId,
    closesAt,
    shuffleSeed: randomInt(0, 2 ** 31 - 1),
  });
  return reload(ctx, actor, row.id);
}

/** One campaign, as the actor may see it. */
export async function getFeedbackCampaign(ctx: TCtx, actor: TActor, id: string): Promise<TCampaign> {
  return reload(ctx, actor, id);
}

async function transition(
  ctx: TCtx,
  actor: TActor,
  loaded: TLoadedCampaign,
  from: readonly string[],
  values: Parameters<typeof updateCampaign>[4],
): Promise<TCampaign> {
  const changed = await updateCampaign(ctx.db, actor.organisationId, loaded.row.campaign.id, from, values, ctx.now());
  if (!changed) throw new DomainError("CONFLICT", "the campaign changed meanwhile; reload it", "status");
  return reload(ctx, actor, loaded.row.campaign.id);
}

/** Moves the close date of a campaign that has not been launched yet. */
export async function changeCloseDate(ctx: TCtx, actor: TActor, id: string, closesAtText: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  authorise(loaded.reader, "feedback.campaign.reschedule", { ...campaignResource(loaded.row), status: loaded.status });
  const from = ["nominating", "awaiting_approval", "approved"];
  return transition(ctx, actor, loaded, from, { closesAt: checkCloseDate(closesAtText, ctx.now()) });
}

async function resolveNominee(ctx: TCtx, actor: TActor, loaded: TLoadedCampaign, input: TNomineeInput) {
  if (input.personId) {
    if (input.personId === loaded.row.campaign.subjectPersonId) {
      throw invalid("personId", "the person does not rate themself here: their own challenge scan is the self-assessment");
    }
    const person = await findPerson(ctx.db, actor.organisationId, input.personId);
    if (!person || !person.active) throw invalid("personId", "unknown person");
    if (!person.email) throw invalid("personId", "this person has no email address");
    return { name: `${person.firstName} ${person.lastName}`, email: person.email, language: person.language, personId: person.id };
  }
  if (!input.name) throw invalid("name", "give the rater's name, or pick a person from the directory");
  if (!input.email) throw invalid("email", "give the rater's email address");
  if (!input.language) throw invalid("language", "choose the rater's language");
  return { name: input.name, email: input.email, language: input.language, personId: null };
}

/**
 * Adds a rater to a campaign while nominating: from the directory or by name, email and language. The subject
 * (under any alias), a second nominee with the same mailbox, and a "direct report" who does not report to the
 * subject are refused (400); an address that belongs to a directory person is stored as that person.
 */
export async function nominateRater(ctx: TCtx, actor: TActor, id: string, input: TNomineeInput): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "editNominees");
  const nominee = await resolveNominee(ctx, actor, loaded, input);
  const existing = await listRaters(ctx.db, actor.organisationId, id);
  if (existing.length >= MAX_NOMINEES) throw invalid("nominees", `at most ${MAX_NOMINEES} raters per campaign`);
  const field = input.personId ? "personId" : "email";
  const check = await checkNewNominee(ctx, actor.organisationId, id, loaded.row.campaign.subjectPersonId, { group: input.group, email: nominee.email, personId: nominee.personId }, field);
  await insertRater(ctx.db, actor.organisationId, { campaignId: id, group: input.group, ...nominee, personId: nominee.personId ?? check.directoryPersonId });
  return reload(ctx, actor, id);
}

/** Removes a nominee while nominating. */
export async function removeNominee(ctx: TCtx, actor: TActor, id: string, nomineeId: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "editNominees");
  if (!(await deleteRater(ctx.db, actor.organisationId, id, nomineeId))) throw notFound("nominee");
  return reload(ctx, actor, id);
}

/** Sends the nominations to the line manager (or HR) for approval. */
export async function submitForApproval(ctx: TCtx, actor: TActor, id: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "submit");
  if ((await listRaters(ctx.db, actor.organisationId, id)).length === 0) throw invalid("nominees", "nominate at least one rater");
  await requireValidNominees(ctx, actor.organisationId, id, loaded.row.campaign.subjectPersonId);
  return transition(ctx, actor, loaded, ["nominating"], { status: "awaiting_approval" });
}

/** The subject's line manager or HR approves the nominations (never the subject). */
export async function approveCampaign(ctx: TCtx, actor: TActor, id: string, comment?: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "approve");
  await requireValidNominees(ctx, actor.organisationId, id, loaded.row.campaign.subjectPersonId);
  const now = ctx.now();
  return transition(ctx, actor, loaded, ["awaiting_approval"], {
    status: "approved",
    approvedByUserId: actor.userId,
    approvedAt: now,
    approvalComment: comment || null,
  });
}

/** The approver sends the nominations back with a comment. */
export async function requestChanges(ctx: TCtx, actor: TActor, id: string, comment: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "approve");
  return transition(ctx, actor, loaded, ["awaiting_approval"], { status: "nominating", approvalComment: comment, approvedByUserId: null, approvedAt: null });
}

/** Opens an approved campaign: every rater gets a fresh link by email. */
export async function launchCampaign(ctx: Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox" | "log">, actor: TActor, id: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "launch");
  await requireValidNominees(ctx, actor.organisationId, id, loaded.row.campaign.subjectPersonId);
  const now = ctx.now();
  if (loaded.row.campaign.closesAt.getTime() <= now.getTime()) {
    throw new DomainError("CONFLICT", "the close date has passed: choose a new one first", "closesAt");
  }
  const invited = await ctx.db.transaction(async (tx) => {
    const changed = await updateCampaign(tx, actor.organisationId, id, ["approved"], { status: "open", openedAt: now }, now);
    if (!changed) throw new DomainError("CONFLICT", "the campaign changed meanwhile; reload it", "status");
    return inviteRaters({ ...ctx, db: tx }, actor.organisationId, id, now);
  });
  ctx.notifyOutbox();
  ctx.log.info({ campaignId: id, invited }, "360 campaign launched");
  return reload(ctx, actor, id);
}

/** HR closes an open campaign before its close date; the report becomes available. */
export async function closeCampaign(ctx: TCtx, actor: TActor, id: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "close");
  return transition(ctx, actor, loaded, ["open"], { status: "closed", closedAt: ctx.now() });
}

/** Cancels a campaign: HR at any stage before it closed, the person before the launch. Links stop working. */
export async function cancelCampaign(ctx: TCtx, actor: TActor, id: string): Promise<TCampaign> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "cancel");
  return transition(ctx, actor, loaded, ["nominating", "awaiting_approval", "approved", "open"], { status: "cancelled" });
}

/** Reminds the raters who have not submitted yet, each with a new link; returns how many were emailed. */
export async function remindRaters(ctx: Pick<TAppContext, "db" | "now" | "config" | "notifyOutbox">, actor: TActor, id: string): Promise<{ sent: number }> {
  const loaded = await loadCampaign(ctx, actor, id);
  requireAction(loaded, "remind");
  return { sent: await sendCampaignReminders(ctx, actor.organisationId, id, ctx.now()) };
}
