import type { TSessionResponse } from "../../contracts/auth";
import { can, type TAction, type TPolicyActor } from "../../domain/policy/index";

/** The pages whose visibility depends on who is signed in. */
export const PAGES = ["people", "addPerson", "orgChart", "import", "invite", "outbox", "tokens", "organisations", "insights", "newsletter", "assessments", "feedback", "myReport", "sharedReport", "teamStrengths", "diagnosis", "catalogue", "planningSettings", "myPlan", "plans", "optimiser", "mentors", "myMentor", "mentorProfile", "mentoring", "evaluation", "measures", "myEstimates", "roi", "sso"] as const;
export type TPage = (typeof PAGES)[number];

/** True when the user administers the current organisation (HR admin there, or operator). */
export function canAdminister(session: TSessionResponse): boolean {
  return sessionCan(session, "person.manage");
}

/** True when the user may read the current organisation's directory. */
export function canReadDirectory(session: TSessionResponse): boolean {
  return sessionCan(session, "person.read");
}

/** True when the user is a person of the current organisation (their own assessments and report). */
export function hasPersonRecord(session: TSessionResponse): boolean {
  return Boolean(session.currentOrganisation?.personId);
}

/** The signed-in user as the policy sees them in the current organisation (domain/policy). */
export function policyActorOf(session: TSessionResponse): TPolicyActor {
  const current = session.currentOrganisation;
  return { isOperator: session.user.isOperator, roles: current?.roles ?? [], organisationId: current?.id ?? null, userId: session.user.id, personId: current?.personId ?? null };
}

/** What the policy allows the signed-in user on the organisation as a whole. */
export function sessionCan(session: TSessionResponse, action: TAction): boolean {
  return (can as (actor: TPolicyActor, action: TAction) => boolean)(policyActorOf(session), action);
}

/** Each page and the policy actions of which any one makes it useful. */
const PAGE_ACTIONS: Record<TPage, readonly TAction[]> = {
  people: ["person.read"],
  orgChart: ["person.org_chart.read"],
  addPerson: ["person.manage"],
  import: ["person.manage"],
  invite: ["invitation.manage"],
  outbox: ["outbox.read"],
  tokens: ["token.create"],
  organisations: ["organisation.list"],
  insights: ["insights.manage"],
  newsletter: ["newsletter.manage"],
  assessments: ["assessment.take"],
  // HR about anyone, a person about themself
  feedback: ["feedback.campaign.list_all", "assessment.take"],
  myReport: ["report.sharing.manage"],
  sharedReport: ["report.find"],
  // HR (any team) and people of the organisation (their own direct reports); the server filters by sharing
  teamStrengths: ["report.team.choose", "assessment.take"],
  diagnosis: ["diagnosis.read"],
  catalogue: ["catalogue.manage"],
  planningSettings: ["planning.settings.manage"],
  myPlan: ["assessment.take"],
  // HR: every plan; line managers: their direct reports'; executives: the comparison with the standard programme only
  plans: ["plan.list", "plan.compare"],
  optimiser: ["optimiser.run"],
  mentors: ["mentor.manage"],
  myMentor: ["mentor.choose"],
  mentorProfile: ["mentor.profile.edit"],
  // mentees their engagements; mentors their caseload; HR, the operator and executives the participation overview
  mentoring: ["mentor.choose", "mentoring.caseload.read", "mentoring.participation.read"],
  // the executive dashboard, programme results and ROI worksheets
  evaluation: ["evaluation.read"],
  roi: ["evaluation.read"],
  measures: ["evaluation.manage"],
  sso: ["sso.manage"],
  // the follow-up questionnaire (the server tells whether they took part)
  myEstimates: ["evaluation.estimate.answer"],
};

/**
 * Which pages the navigation shows, from the same policy the server applies. The server checks every request
 * anyway; this only spares people links that would answer "forbidden".
 */
export function canSee(session: TSessionResponse, page: TPage): boolean {
  return PAGE_ACTIONS[page].some((action) => sessionCan(session, action));
}

/** The page a signed-in user lands on: the directory when they may read it, else the first visible page. */
export function homePath(session: TSessionResponse): string | null {
  const order: [TPage, string][] = [
    ["people", "/people"],
    ["organisations", "/organisations"],
    ["outbox", "/outbox"],
    ["assessments", "/me/assessments"],
    ["tokens", "/settings/tokens"],
  ];
  return order.find(([page]) => canSee(session, page))?.[1] ?? null;
}

/** True when the organisation switcher is useful: the operator, or a member of several organisations. */
export function showsOrganisationSwitcher(session: TSessionResponse): boolean {
  return session.user.isOperator || session.organisations.length > 1;
}
