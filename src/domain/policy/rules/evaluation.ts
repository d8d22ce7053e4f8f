// Programme evaluation and ROI (decision 0008): HR and the operator everything; executives read figures of cohorts
// from EXECUTIVE_MIN_COHORT participants on, never names; a participant answers their own follow-up questionnaire.
import { administers, hasRole, inOrganisation, isMemberWithRole, personOf } from "../actor";
import { allow, forbid } from "../decision";
import { rule } from "../rule";

/** Executives see figures of a cohort only from this many participants on. */
export const EXECUTIVE_MIN_COHORT = 5;

/** A cohort, for reading its figures. */
export type TCohortResource = { participants: number };

const readsEvaluations = (actor: Parameters<typeof administers>[0]) => administers(actor) || (inOrganisation(actor) && hasRole(actor, "executive"));

export const EVALUATION_RULES = {
  "evaluation.read": rule("HR admins, the operator and executives: the dashboard, programmes and evaluations.", (actor) =>
    readsEvaluations(actor) ? allow("reads programme evaluations") : forbid("only HR admins and executives read programme evaluations"),
  ),
  "evaluation.manage": rule("HR admins and the operator: programmes, cohorts, costs and business measures.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins manage programmes and business measures"),
  ),
  "evaluation.cohort.read": rule<TCohortResource>(
    `Who reads evaluations sees a cohort's figures; executives only from ${EXECUTIVE_MIN_COHORT} participants on.`,
    (actor, cohort) => {
      if (administers(actor)) return allow("administers the organisation");
      if (!readsEvaluations(actor)) return forbid("only HR admins and executives read programme evaluations");
      return cohort.participants >= EXECUTIVE_MIN_COHORT ? allow("the cohort is large enough") : forbid(`executives see cohorts of ${EXECUTIVE_MIN_COHORT} participants or more`);
    },
  ),
  "evaluation.cohort.members.read": rule("HR admins and the operator: a cohort's members by name.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins see who is in a cohort"),
  ),
  "evaluation.estimate.answer": rule("A person of the organisation, for their own follow-up questionnaire (the programmes they take part in).", (actor) =>
    personOf(actor) !== null ? allow("answers for themself") : forbid("your account is not linked to a person in this organisation"),
  ),
  "roi.compute": rule("The operator and anyone holding a role in the organisation (the worksheets they upload).", (actor) =>
    isMemberWithRole(actor) ? allow("holds a role in the organisation") : forbid("only members of the organisation may compute ROI worksheets"),
  ),
};
