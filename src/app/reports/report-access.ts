import { findMembership } from "../../db/organisations-repo";
import { findReportPerson, findReportSharing, isActiveMentor, type TReportPerson } from "../../db/reports-repo";
import { authorise, reportViewer } from "../../domain/policy/index";
import { notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/** How a reader relates to the person whose report they open. */
export type TReportViewer = "self" | "mentor" | "line_manager" | "hr";

/**
 * Who may read a person's individual report (the policy's report.read): the person always; their current mentor (mentor role
 * and an active mentorship) when shared with the mentor (the default); their line manager (the
 * account linked to the person's manager) when shared; an HR admin when shared with HR. Roles
 * alone give nothing — the operator and executives never read individual reports — and every
 * refusal looks exactly like a person who does not exist.
 */
export async function resolveReportViewer(
  ctx: Pick<TAppContext, "db" | "now">,
  actor: TActor,
  personId: string,
): Promise<{ person: TReportPerson; viewer: TReportViewer }> {
  const person = await findReportPerson(ctx.db, actor.organisationId, personId);
  if (!person) throw notFound("report");
  const reader = { ...actor, personId: (await findMembership(ctx.db, actor.organisationId, actor.userId))?.personId ?? null };
  const sharing = reader.personId === person.id ? { mentor: false, lineManager: false, hr: false } : await findReportSharing(ctx.db, actor.organisationId, person.id);
  // only a sharing choice that lets the mentor read costs the lookup; report.read checks the mentor role
  const mentors = sharing.mentor && (await isActiveMentor(ctx.db, actor.organisationId, person.id, actor.userId, ctx.now()));
  const report = { personId: person.id, lineManagerPersonId: person.managerId, mentorUserIds: mentors ? [actor.userId] : [], sharing };
  authorise(reader, "report.read", report);
  const viewer = reportViewer(reader, report);
  if (!viewer) throw notFound("report");
  return { person, viewer };
}

/** The person record linked to the actor's account; "not found" when there is none (report.sharing.manage). */
export async function ownPersonId(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<string> {
  const personId = (await findMembership(ctx.db, actor.organisationId, actor.userId))?.personId ?? null;
  authorise({ ...actor, personId }, "report.sharing.manage");
  if (!personId) throw notFound("your person record");
  return personId;
}
