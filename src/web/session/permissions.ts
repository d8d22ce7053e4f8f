import type { TSessionResponse } from "../../contracts/auth";

/** The pages whose visibility depends on who is signed in. */
export const PAGES = ["people", "addPerson", "orgChart", "import", "invite", "outbox", "tokens", "organisations", "insights", "newsletter", "assessments", "feedback", "myReport", "sharedReport", "diagnosis", "catalogue", "planningSettings", "myPlan", "plans", "optimiser", "mentors", "myMentor", "mentorProfile", "mentoring", "evaluation", "measures", "myEstimates", "roi", "sso"] as const;
export type TPage = (typeof PAGES)[number];

/** True when the user administers the current organisation (HR admin there, or operator). */
export function canAdminister(session: TSessionResponse): boolean {
  if (!session.currentOrganisation) return false;
  return session.user.isOperator || session.currentOrganisation.roles.includes("hr_admin");
}

/** True when the user may read the current organisation's directory. */
export function canReadDirectory(session: TSessionResponse): boolean {
  if (!session.currentOrganisation) return false;
  return session.user.isOperator || session.currentOrganisation.roles.length > 0;
}

/** True when the user is a person of the current organisation (their own assessments and report). */
export function hasPersonRecord(session: TSessionResponse): boolean {
  return Boolean(session.currentOrganisation?.personId);
}

/**
 * Which pages the navigation shows. The server checks every request anyway; this only spares
 * people links that would answer "forbidden".
 */
export function canSee(session: TSessionResponse, page: TPage): boolean {
  switch (page) {
    case "people":
      // the server scopes it: HR and the operator everyone, managers and executives their reporting line, mentors their mentees
      return canReadDirectory(session);
    case "orgChart":
      // the whole organisation for HR, the operator and executives, a manager's own line; a mentor's mentees are no chart
      return canAdminister(session) || Boolean(session.currentOrganisation?.roles.some((r) => r === "manager" || r === "executive"));
    case "addPerson":
    case "import":
    case "invite":
      return canAdminister(session);
    case "outbox":
      return session.user.isOperator || canAdminister(session);
    case "tokens":
      return session.currentOrganisation !== null;
    case "organisations":
    case "insights":
    case "newsletter":
      return session.user.isOperator;
    case "assessments":
      return hasPersonRecord(session);
    case "feedback":
      return canAdminister(session) || hasPersonRecord(session);
    case "myReport":
      return hasPersonRecord(session);
    case "sharedReport":
      return session.currentOrganisation !== null;
    case "diagnosis":
      return canAdminister(session) || Boolean(session.currentOrganisation?.roles.includes("executive"));
    case "catalogue":
    case "planningSettings":
      return canAdminister(session);
    case "myPlan":
      return hasPersonRecord(session);
    case "plans":
      // HR: every plan; line managers: their direct reports'; executives: the comparison with the standard programme only
      return canAdminister(session) || hasPersonRecord(session) || Boolean(session.currentOrganisation?.roles.includes("executive"));
    case "optimiser":
    case "mentors":
      return canAdminister(session);
    case "myMentor":
      return hasPersonRecord(session);
    case "mentorProfile":
      return Boolean(session.currentOrganisation?.roles.includes("mentor"));
    case "mentoring":
      // mentees and mentors see their engagements; HR runs the programme; executives see the participation overview
      return canAdminister(session) || hasPersonRecord(session) || Boolean(session.currentOrganisation?.roles.some((r) => r === "mentor" || r === "executive"));
    case "evaluation":
    case "roi":
      // the executive dashboard, programme results and ROI worksheets: HR, the operator and executives
      return canAdminister(session) || Boolean(session.currentOrganisation?.roles.includes("executive"));
    case "measures":
    case "sso":
      return canAdminister(session);
    case "myEstimates":
      // the follow-up questionnaire: a person of the organisation (the server tells whether they took part)
      return hasPersonRecord(session);
  }
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
