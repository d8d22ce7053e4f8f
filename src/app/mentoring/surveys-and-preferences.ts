import { createHash, randomUUID } from "node:crypto";
import { findEnrolment } from "../../db/mentoring-progress-repo";
import { findSession } from "../../db/mentoring-sessions-repo";
import { findReaction, insertClosureFeedback, insertReaction, listClosureSides, listMenteeFeedbackForMentor } from "../../db/mentoring-surveys-repo";
import { findMentoringPreferences, findMentoringSettings, saveMentoringPreferences } from "../../db/mentoring-nudges-repo";
import { checkReactionAllowed, mentorFeedbackView, validateClosureFeedback, validateReaction, type TMentorFeedbackView } from "../../domain/mentoring/index";
import { authorise } from "../../domain/policy/index";
import { DomainError, ErrorCodes, notFound } from "../../domain/shared/errors";
import { seededRandom } from "../../domain/shared/random";
import type { TActor } from "../../domain/shared/roles";
import { actorPerson, engagementResource, loadAsParty, type TCtx } from "./access";

type TReactionInput = { subject: "session" | "module"; subjectId: string; satisfaction: number; relevance: number; intentToApply: number; comment?: string | null };

/**
 * The mentee's reaction survey (Kirkpatrick L1), once per held session or done module. Another
 * person's session or module answers 404; the mentor may not answer for the mentee (403).
 */
export async function submitReaction(ctx: TCtx, actor: TActor, input: TReactionInput): Promise<{ ok: true }> {
  const { subject, subjectId, ...rest } = input;
  const answers = validateReaction(rest);
  const org = actor.organisationId;
  let personId: string;
  let subjectDone: boolean;
  if (subject === "session") {
    const row = await findSession(ctx.db, org, subjectId);
    if (!row) throw notFound("session");
    const { row: engagement } = await loadAsParty(ctx, actor, row.session.engagementId).catch(() => {
      throw notFound("session");
    });
    authorise(actor, "mentoring.survey.answer", engagementResource(engagement));
    personId = engagement.engagement.personId;
    subjectDone = row.session.status === "held";
  } else {
    const row = await findEnrolment(ctx.db, org, subjectId);
    if (!row || row.personId !== (await actorPerson(ctx, actor))) throw notFound("enrolment");
    personId = row.personId;
    subjectDone = row.status === "done";
  }
  checkReactionAllowed({ subjectDone, alreadyAnswered: (await findReaction(ctx.db, org, subject, subjectId, personId)) !== undefined });
  const inserted = await insertReaction(ctx.db, { organisationId: org, id: randomUUID(), subjectKind: subject, subjectId, personId, respondentUserId: actor.userId, ...answers, createdAt: ctx.now() });
  if (!inserted) throw new DomainError(ErrorCodes.CONFLICT, "this survey was already answered", "subject");
  return { ok: true };
}

/** Closure feedback on a completed engagement, once per side (mentee about the mentor, mentor about the engagement). */
export async function submitClosureFeedback(ctx: TCtx, actor: TActor, engagementId: string, input: unknown): Promise<{ submittedSides: ("mentor" | "mentee")[] }> {
  const { engagement, roles } = await loadAsParty(ctx, actor, engagementId);
  if (engagement.status !== "completed") throw new DomainError(ErrorCodes.CONFLICT, "closure feedback opens when the engagement is completed", "status");
  const answers = validateClosureFeedback(input);
  const side = roles.includes("mentee") ? "mentee" : "mentor";
  const inserted = await insertClosureFeedback(ctx.db, { organisationId: actor.organisationId, engagementId, side, authorUserId: actor.userId, ...answers, createdAt: ctx.now() });
  if (!inserted) throw new DomainError(ErrorCodes.CONFLICT, "you already gave closure feedback on this engagement", "status");
  return { submittedSides: (await listClosureSides(ctx.db, actor.organisationId, engagementId)).sort() as ("mentor" | "mentee")[] };
}

/** The signed-in mentor's closure feedback from mentees, aggregated by the domain (hidden below 3 mentees). */
export async function getMentorFeedback(ctx: TCtx, actor: TActor): Promise<TMentorFeedbackView> {
  authorise(actor, "mentoring.caseload.read");
  const rows = await listMenteeFeedbackForMentor(ctx.db, actor.organisationId, actor.userId);
  const settings = await findMentoringSettings(ctx.db, actor.organisationId);
  const orgMinimum = typeof settings.feedbackMinimum === "number" ? settings.feedbackMinimum : null;
  // a seed per mentor, so reloads show the comments in the same order
  const seed = createHash("sha256").update(`${actor.organisationId}:${actor.userId}`).digest().readUInt32BE(0);
  return mentorFeedbackView(
    rows.map((r) => ({
      menteeUserId: r.personId,
      submittedAt: r.feedback.createdAt,
      answers: { overall: r.feedback.overall, goalProgress: r.feedback.goalProgress, wouldRecommend: r.feedback.wouldRecommend, comment: r.feedback.comment },
    })),
    seededRandom(seed),
    orgMinimum,
  );
}

/** The signed-in user's mentoring preferences in the current organisation (nudges on unless turned off). */
export async function getMentoringPreferences(ctx: TCtx, actor: TActor): Promise<{ nudges: boolean }> {
  return { nudges: (await findMentoringPreferences(ctx.db, actor.organisationId, actor.userId))?.nudges ?? true };
}

export async function setMentoringPreferences(ctx: TCtx, actor: TActor, input: { nudges: boolean }): Promise<{ nudges: boolean }> {
  await saveMentoringPreferences(ctx.db, actor.organisationId, actor.userId, input.nudges, ctx.now());
  return { nudges: input.nudges };
}
