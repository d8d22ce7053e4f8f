// A mentor's request to mentor someone (issue 13): the person is emailed and accepts or declines on her mentoring
// page; HR too when the organisation's "HR approves mentor engagements" is on (settings.mentoring, default off).
// The last consent activates the engagement (and records the mentorship); one decline cancels it. The mentor is
// told the answer by email. Rules: domain/mentoring/engagement-consent.ts.
import type { TEngagementSettings, TEngagementView } from "../../contracts/mentoring";
import type { TDb } from "../../db/client";
import { listCheckIns } from "../../db/mentoring-progress-repo";
import { ensureMentorship, findEngagement, findPersonWithUser, updateEngagement } from "../../db/mentoring-repo";
import { findMentoringSettings, lockOrganisationSettings, writeOrganisationSettings } from "../../db/mentoring-nudges-repo";
import { insertOutboxMessage } from "../../db/outbox-repo";
import { answerConsent, consentPartyOf } from "../../domain/mentoring/index";
import { DomainError, ErrorCodes, notFound } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import { renderEngagementAnswerEmail, renderEngagementRequestEmail, type TEngagementAnswer } from "../../email/engagement-emails";
import type { TAppContext } from "../shared/context";
import { consentOf, loadEngagement, toCheckIn, type TCtx } from "./access";
import { presentEngagement } from "./manage-engagements";

type TMailCtx = Pick<TAppContext, "config">;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const localeOr = (value: string | null | undefined, fallback: string | null | undefined): TLocale => (isLocale(value) ? value : isLocale(fallback) ? fallback : "nl");

/** Whether HR approves engagements that mentors start (the organisation's setting; off unless HR turned it on). */
export async function hrApprovesMentorEngagements(ctx: Pick<TAppContext, "db">, organisationId: string): Promise<boolean> {
  return (await findMentoringSettings(ctx.db, organisationId)).hrApprovesMentorEngagements === true;
}

function mustAdminister(actor: TActor) {
  authorise(actor, "mentoring.settings.manage");
}

/** HR (or the operator) reads the organisation's engagement settings. */
export async function getEngagementSettings(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TEngagementSettings> {
  mustAdminister(actor);
  return { hrApprovesMentorEngagements: await hrApprovesMentorEngagements(ctx, actor.organisationId) };
}

/** HR (or the operator) sets them, in one locked read-modify-write that keeps every other setting; requests already made keep the consents they were made with. */
export async function setEngagementSettings(ctx: Pick<TAppContext, "db">, actor: TActor, input: TEngagementSettings): Promise<TEngagementSettings> {
  mustAdminister(actor);
  await ctx.db.transaction(async (tx) => {
    const settings = await lockOrganisationSettings(tx, actor.organisationId);
    if (!settings) throw notFound("organisation");
    const mentoring = isObject(settings.mentoring) ? settings.mentoring : {};
    await writeOrganisationSettings(tx, actor.organisationId, { ...settings, mentoring: { ...mentoring, hrApprovesMentorEngagements: input.hrApprovesMentorEngagements } });
  });
  return getEngagementSettings(ctx, actor);
}

/** Queues "X would like to be your mentor" to the person, in her language, in the caller's transaction. */
export async function queueEngagementRequestEmail(ctx: TMailCtx, tx: TDb, organisationId: string, engagementId: string): Promise<void> {
  const row = await findEngagement(tx, organisationId, engagementId);
  if (!row) return;
  const person = await findPersonWithUser(tx, organisationId, row.engagement.personId);
  const to = person?.userEmail ?? row.menteeEmail;
  if (!to) return;
  const email = renderEngagementRequestEmail(localeOr(person?.userLocale, row.menteeLanguage), {
    recipientName: `${row.menteeFirstName} ${row.menteeLastName}`.trim(),
    mentorName: row.mentorName,
    hrApproves: consentOf(row).hr === "pending",
    url: `${ctx.config.publicUrl}/mentoring`,
  });
  await insertOutboxMessage(tx, { organisationId, kind: "mentoring_engagement_requested", toAddress: to, subject: email.subject, textBody: email.text, htmlBody: email.html });
}

async function queueAnswerEmail(ctx: TMailCtx, tx: TDb, organisationId: string, row: NonNullable<Awaited<ReturnType<typeof findEngagement>>>, answer: TEngagementAnswer) {
  const email = renderEngagementAnswerEmail(localeOr(row.mentorLocale, null), {
    recipientName: row.mentorName,
    personName: `${row.menteeFirstName} ${row.menteeLastName}`.trim(),
    answer,
    url: `${ctx.config.publicUrl}/mentoring/${row.engagement.id}`,
  });
  await insertOutboxMessage(tx, { organisationId, kind: `mentoring_engagement_${answer}`, toAddress: row.mentorEmail, subject: email.subject, textBody: email.text, htmlBody: email.html });
}

/**
 * The mentee (or HR, when the organisation asks) accepts or declines a mentor's request. The last consent makes the
 * engagement active and records the mentorship; a decline cancels it. The mentor is emailed; nobody else may answer
 * (the mentor, the sponsor: 403; another organisation or no part in it: 404).
 */
export async function answerEngagementRequest(ctx: TCtx & Pick<TAppContext, "config" | "notifyOutbox">, actor: TActor, id: string, decision: "accept" | "decline"): Promise<TEngagementView> {
  const { row, roles } = await loadEngagement(ctx, actor, id);
  const consent = consentOf(row);
  const party = consentPartyOf(consent, roles);
  if (!party) {
    if (!roles.includes("mentee") && !roles.includes("hr")) throw new DomainError(ErrorCodes.FORBIDDEN, "only the person asked (or HR, when the organisation asks) answers a mentoring request");
    throw new DomainError(ErrorCodes.CONFLICT, "this engagement does not wait for your answer", "decision");
  }
  const next = answerConsent(row.engagement.status as "proposed", consent, party, decision);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const changed = await updateEngagement(
      tx,
      actor.organisationId,
      id,
      row.engagement.status,
      { status: next.status, menteeConsent: next.consent.mentee, hrConsent: next.consent.hr, ...(next.status === row.engagement.status ? {} : { statusChangedAt: now }) },
      now,
      { menteeConsent: consent.mentee, hrConsent: consent.hr },
    );
    if (!changed) throw new DomainError(ErrorCodes.CONFLICT, "the engagement changed meanwhile; reload it", "decision");
    if (next.status === "active") await ensureMentorship(tx, actor.organisationId, row.engagement.personId, row.engagement.mentorUserId, now);
    const answer: TEngagementAnswer = next.status === "cancelled" ? "declined" : next.status === "active" ? "accepted" : "awaiting_hr";
    if (party === "mentee" || answer !== "awaiting_hr") await queueAnswerEmail(ctx, tx, actor.organisationId, row, answer);
  });
  ctx.notifyOutbox();
  const loaded = await loadEngagement(ctx, actor, id);
  return presentEngagement(loaded.row, loaded.roles, (await listCheckIns(ctx.db, actor.organisationId, [id])).map(toCheckIn));
}
