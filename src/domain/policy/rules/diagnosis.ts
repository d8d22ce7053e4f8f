// Assessments, individual reports and the organisation's diagnosis (decision 0005): a report is its person's; others
// read it only by the person's sharing choice and their relationship; aggregates for HR, the operator and executives.
import { administers, hasRole, inOrganisation, personOf, userOf } from "../actor";
import { allow, forbid, hide } from "../decision";
import { rule } from "../rule";

/** A person and how the actor may relate to them. */
export type TPersonResource = {
  personId: string;
  /** The person's line manager (a person id), or null. */
  lineManagerPersonId?: string | null;
  /** The accounts that mentor the person now (an active mentorship). */
  mentorUserIds?: readonly string[];
};

/** Whom the person shares their report with. */
export type TReportSharing = { mentor: boolean; lineManager: boolean; hr: boolean };
export type TReportResource = TPersonResource & { sharing: TReportSharing };

/** How a reader relates to the person whose report they open (null: not at all). */
export type TReportViewer = "self" | "mentor" | "line_manager" | "hr";

/** The first relationship that lets the actor read the report, in the order self, mentor, line manager, HR. */
export function reportViewer(actor: Parameters<typeof personOf>[0], report: TReportResource): TReportViewer | null {
  const own = personOf(actor);
  if (own !== null && own === report.personId) return "self";
  const user = userOf(actor);
  if (report.sharing.mentor && hasRole(actor, "mentor") && user !== null && (report.mentorUserIds ?? []).includes(user)) return "mentor";
  if (report.sharing.lineManager && own !== null && report.lineManagerPersonId === own) return "line_manager";
  if (report.sharing.hr && inOrganisation(actor) && hasRole(actor, "hr_admin")) return "hr";
  return null;
}

export const DIAGNOSIS_RULES = {
  "assessment.take": rule("A person of the organisation, their own questionnaires.", (actor) =>
    personOf(actor) !== null
      ? allow("answers for themself")
      : forbid("your account is not linked to a person in this organisation, so there is no questionnaire for you here"),
  ),
  "report.read": rule<TReportResource>(
    "The person always; their current mentor, line manager or an HR admin only when the person shares it with them. Roles alone give nothing (not the operator, not executives); others get 404.",
    (actor, report) => {
      const viewer = reportViewer(actor, report);
      return viewer ? allow(`reads as ${viewer}`) : hide("report", "not shared with the reader");
    },
  ),
  "report.sharing.manage": rule("The person alone chooses whom their report is shared with.", (actor) =>
    personOf(actor) !== null ? allow("their own report") : hide("your person record", "the account is not linked to a person"),
  ),
  "report.find": rule("Anyone inside the organisation may open a report by person; report.read decides what they get.", (actor) =>
    inOrganisation(actor) ? allow("a member of the organisation") : forbid("you have no organisation in Sterk yet"),
  ),
  "report.team.choose": rule("HR admins pick any manager's team or department for the team strengths grid; a manager sees their own team.", (actor) =>
    inOrganisation(actor) && hasRole(actor, "hr_admin") ? allow("HR of the organisation") : hide("team", "only HR picks another team"),
  ),
  "diagnosis.read": rule("HR admins, the operator and executives: the organisation's aggregates, never one person's answers.", (actor) =>
    administers(actor) || (inOrganisation(actor) && hasRole(actor, "executive"))
      ? allow("reads the organisation's aggregates")
      : forbid("only HR admins and executives see the organisation's diagnosis"),
  ),
};
