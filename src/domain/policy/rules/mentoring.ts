// Mentoring (decision 0007) and mentors: parties are accounts (mentor, mentee, sponsor); an HR admin oversees
// engagements (the operator flag grants none); notes belong to their author and, when shared, to the two parties.
import { ENGAGEMENT_TRANSITIONS, type TEngagementAction, type TEngagementRole, type TEngagementStatus } from "../../mentoring/engagement";
import { administers, hasRole, inOrganisation, personOf, userOf, type TPolicyActor } from "../actor";
import { allow, conflict, forbid, hide, type TDecision } from "../decision";
import { rule } from "../rule";
import type { TPersonResource } from "./diagnosis";

/** An engagement's parties; `status` left out to ask about the relationship only. */
export type TEngagementResource = { mentorUserId: string; menteeUserId: string; sponsorUserId: string | null; status?: TEngagementStatus };
/** A note in an engagement. */
export type TNoteResource = TEngagementResource & { authorUserId: string; visibility: "private" | "shared" };
/** Starting an engagement: the mentor named. */
export type TEngagementStartResource = { mentorUserId: string };

/** The parts the actor plays in an engagement (possibly several, possibly none). */
export function engagementRelation(actor: TPolicyActor, engagement: TEngagementResource): TEngagementRole[] {
  const user = userOf(actor);
  const roles: TEngagementRole[] = [];
  if (user !== null && user === engagement.mentorUserId) roles.push("mentor");
  if (user !== null && user === engagement.menteeUserId) roles.push("mentee");
  if (user !== null && engagement.sponsorUserId !== null && user === engagement.sponsorUserId) roles.push("sponsor");
  if (inOrganisation(actor) && hasRole(actor, "hr_admin")) roles.push("hr");
  return roles;
}

const isParty = (roles: readonly TEngagementRole[]) => roles.includes("mentor") || roles.includes("mentee");

/** A life-cycle step of the engagement, from the mentoring state machine's table. */
function lifeCycle(action: TEngagementAction) {
  const step = ENGAGEMENT_TRANSITIONS[action];
  return rule<TEngagementResource>(`${step.roles.join(", ")}; from ${step.from.join(", ")}.`, (actor, engagement): TDecision => {
    const roles = engagementRelation(actor, engagement);
    if (roles.length === 0) return hide("engagement", "no part in the engagement");
    if (!roles.some((r) => step.roles.includes(r))) return forbid(`your role in this engagement does not allow: ${action}`);
    if (engagement.status !== undefined && !step.from.includes(engagement.status)) return conflict(`${action} is not possible on a ${engagement.status} engagement`);
    return allow(`as ${roles.join(", ")}`);
  });
}

export const MENTORING_RULES = {
  "mentoring.engagement.start": rule<TEngagementStartResource>(
    "An HR admin with any mentor; a mentor with themself as the mentor (a request the person, and HR when the organisation asks, must accept).",
    (actor, start) => {
      if (inOrganisation(actor) && hasRole(actor, "hr_admin")) return allow("an HR admin");
      if (!inOrganisation(actor) || !hasRole(actor, "mentor")) return forbid("only HR or a mentor starts an engagement");
      if (start.mentorUserId !== userOf(actor)) return forbid("a mentor starts engagements for themself only", "mentorUserId");
      return allow("asks as the mentor");
    },
  ),
  "mentoring.engagement.assign": rule("HR admins start an engagement without asking anyone's consent; a mentor's start is a request.", (actor) =>
    inOrganisation(actor) && hasRole(actor, "hr_admin") ? allow("an HR admin") : forbid("only HR admins start an engagement without consent"),
  ),
  "mentoring.engagement.read": rule<TEngagementResource>("The mentor, the mentee, the sponsor and HR admins; anyone else (the operator, executives) gets 404.", (actor, e) =>
    engagementRelation(actor, e).length > 0 ? allow("takes part in or oversees the engagement") : hide("engagement", "no part in the engagement"),
  ),
  "mentoring.engagement.list_all": rule("HR admins list every engagement; others those they take part in.", (actor) =>
    inOrganisation(actor) && hasRole(actor, "hr_admin") ? allow("an HR admin") : forbid("only HR admins list every engagement"),
  ),
  "mentoring.engagement.activate": lifeCycle("activate"),
  "mentoring.engagement.pause": lifeCycle("pause"),
  "mentoring.engagement.resume": lifeCycle("resume"),
  "mentoring.engagement.complete": lifeCycle("complete"),
  "mentoring.engagement.cancel": lifeCycle("cancel"),
  "mentoring.engagement.edit_goals": lifeCycle("edit_goals"),
  "mentoring.engagement.take_part": rule<TEngagementResource>("The mentor and the mentee: sessions, notes, action items and check-ins; anyone else gets 404.", (actor, e) =>
    isParty(engagementRelation(actor, e)) ? allow("a party to the engagement") : hide("engagement", "not a party"),
  ),
  "mentoring.survey.answer": rule<TEngagementResource>("The mentee answers the reaction survey.", (actor, e) =>
    engagementRelation(actor, e).includes("mentee") ? allow("the mentee") : forbid("the mentee answers the reaction survey", "subject"),
  ),
  "mentoring.note.read": rule<TNoteResource>("A private note its author alone; a shared note the mentor and the mentee. Nobody else, whatever their roles (404).", (actor, note) => {
    const user = userOf(actor);
    const readable = note.visibility === "private" ? user === note.authorUserId : user === note.mentorUserId || user === note.menteeUserId;
    return user !== null && readable ? allow("the author or a party to a shared note") : hide("note", "not the note's reader");
  }),
  "mentoring.note.edit": rule<TNoteResource>("The author alone (others get 404).", (actor, note) =>
    userOf(actor) !== null && userOf(actor) === note.authorUserId ? allow("the author") : hide("note", "not the author"),
  ),
  "mentoring.enrolment.manage": rule<TPersonResource>("HR admins, the person themself and their mentor; anyone else gets 404.", (actor, person) => {
    if (inOrganisation(actor) && hasRole(actor, "hr_admin")) return allow("an HR admin");
    const own = personOf(actor);
    if (own !== null && own === person.personId) return allow("their own enrolments");
    const user = userOf(actor);
    if (hasRole(actor, "mentor") && user !== null && (person.mentorUserIds ?? []).includes(user)) return allow("mentors the person");
    return hide("person", "no relation to the person");
  }),
  "mentoring.caseload.read": rule("Mentors: their caseload and their mentees' closure feedback.", (actor) =>
    inOrganisation(actor) && hasRole(actor, "mentor") ? allow("a mentor") : forbid("the caseload is a mentor's page"),
  ),
  "mentoring.participation.read": rule("HR admins, the operator and executives: the participation overview.", (actor) =>
    administers(actor) || (inOrganisation(actor) && hasRole(actor, "executive")) ? allow("reads group figures") : forbid("the participation overview is for HR and executives"),
  ),
  "mentoring.settings.manage": rule("HR admins and the operator: the organisation's mentoring settings.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins change the mentoring settings"),
  ),
  "mentoring.nudge_policy.manage": rule("HR admins and the operator.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins set the mentoring reminder policy"),
  ),
  "mentor.profile.edit": rule("Mentors, their own profile.", (actor) =>
    inOrganisation(actor) && hasRole(actor, "mentor") ? allow("a mentor") : forbid("only mentors have a mentor profile"),
  ),
  "mentor.manage": rule("HR admins and the operator.", (actor) => (administers(actor) ? allow("administers the organisation") : forbid("only HR admins manage mentors"))),
  "matching.manage": rule("HR admins and the operator see and override the matching.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins see and override mentor matching"),
  ),
  "mentor.choose": rule("A person of the organisation chooses their own mentor.", (actor) =>
    personOf(actor) !== null ? allow("a person of the organisation") : forbid("only people of the organisation choose a mentor"),
  ),
};
