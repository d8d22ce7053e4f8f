// 360 feedback campaigns (decision 0005): HR (HR admins and the operator), the subject and the subject's line manager
// take part; the subject nominates, an approver (line manager or HR, never the subject) approves and launches.
import type { TCampaignStatus } from "../../../contracts/feedback";
import { administers, personOf, type TPolicyActor } from "../actor";
import { allow, conflict, forbid, hide, type TDecision } from "../decision";
import { rule } from "../rule";
import type { TPersonResource } from "./diagnosis";

/** A campaign about a subject; `status` left out to ask about the relationship only. */
export type TCampaignResource = { subjectPersonId: string; subjectLineManagerPersonId: string | null; status?: TCampaignStatus };

/** Every campaign status (the record makes the list complete). */
export const CAMPAIGN_STATUS_LIST = Object.keys({
  nominating: 1,
  awaiting_approval: 1,
  approved: 1,
  open: 1,
  closed: 1,
  cancelled: 1,
} satisfies Record<TCampaignStatus, 1>) as TCampaignStatus[];

/** How the actor stands to a campaign (several may hold at once). */
export function campaignRelation(actor: TPolicyActor, campaign: TCampaignResource) {
  const own = personOf(actor);
  return {
    hr: administers(actor),
    subject: own !== null && own === campaign.subjectPersonId,
    lineManager: own !== null && campaign.subjectLineManagerPersonId === own,
  };
}

type TRelation = ReturnType<typeof campaignRelation>;
const owner = (r: TRelation) => r.hr || r.subject;
const approver = (r: TRelation) => (r.hr || r.lineManager) && !r.subject;

/** A campaign step: who may ever (403 otherwise) and, for them, in which statuses (409 otherwise). */
function step(summary: string, verb: string, may: (r: TRelation) => boolean, statuses: (r: TRelation) => readonly TCampaignStatus[]) {
  return rule<TCampaignResource>(summary, (actor, campaign): TDecision => {
    const relation = campaignRelation(actor, campaign);
    if (!relation.hr && !relation.subject && !relation.lineManager) return hide("campaign", "no part in the campaign");
    if (!may(relation)) return forbid(`you may not ${verb} this campaign`);
    if (campaign.status !== undefined && !statuses(relation).includes(campaign.status)) return conflict(`the campaign is ${campaign.status}`);
    return allow("takes part in the campaign");
  });
}

/** The campaign step behind each action the campaign view offers. */
export const CAMPAIGN_ACTION_STEPS = {
  editNominees: "feedback.campaign.nominate",
  submit: "feedback.campaign.submit",
  approve: "feedback.campaign.approve",
  launch: "feedback.campaign.launch",
  remind: "feedback.campaign.remind",
  close: "feedback.campaign.close",
  cancel: "feedback.campaign.cancel",
} as const;

const PRE_LAUNCH: readonly TCampaignStatus[] = ["nominating", "awaiting_approval", "approved"];

export const FEEDBACK_RULES = {
  "feedback.campaign.create": rule<TPersonResource>("A person about themself; HR admins and the operator about anyone.", (actor, subject) => {
    const own = personOf(actor);
    if (own !== null && own === subject.personId) return allow("about themself");
    return administers(actor) ? allow("administers the organisation") : forbid("only HR starts a campaign about someone else", "subjectPersonId");
  }),
  "feedback.campaign.list_all": rule("HR admins and the operator list every campaign; others those they take part in.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR lists every campaign"),
  ),
  "feedback.campaign.read": step("HR, the subject and the subject's line manager; anyone else gets 404.", "read", () => true, () => CAMPAIGN_STATUS_LIST),
  "feedback.campaign.nominate": step("HR and the subject, while nominating.", "nominate for", owner, () => ["nominating"]),
  "feedback.campaign.submit": step("HR and the subject, while nominating.", "submit", owner, () => ["nominating"]),
  "feedback.campaign.approve": step("The line manager or HR, never the subject; awaiting approval.", "approve", approver, () => ["awaiting_approval"]),
  "feedback.campaign.launch": step("The line manager or HR, never the subject; once approved.", "launch", approver, () => ["approved"]),
  "feedback.campaign.remind": step("HR, the subject and the line manager, while open.", "remind", (r) => owner(r) || r.lineManager, () => ["open"]),
  "feedback.campaign.close": step("HR, while open.", "close", (r) => r.hr, () => ["open"]),
  "feedback.campaign.cancel": step("HR until it closes; the subject before the launch.", "cancel", owner, (r) => (r.hr ? [...PRE_LAUNCH, "open"] : PRE_LAUNCH)),
  "feedback.campaign.reschedule": step("HR and the subject move the close date before the launch.", "reschedule", owner, () => PRE_LAUNCH),
  "feedback.anonymity.manage": rule("HR admins and the operator.", (actor) =>
    administers(actor) ? allow("administers the organisation") : forbid("only HR admins change anonymity settings"),
  ),
};

/** What the actor may do on the campaign in its status (the campaign view's buttons), each from its step's rule. */
export function campaignActions(actor: TPolicyActor, campaign: TCampaignResource & { status: TCampaignStatus }): Record<keyof typeof CAMPAIGN_ACTION_STEPS, boolean> {
  const entries = Object.entries(CAMPAIGN_ACTION_STEPS).map(([action, step]) => [action, FEEDBACK_RULES[step].decide(actor, campaign).allowed]);
  return Object.fromEntries(entries) as Record<keyof typeof CAMPAIGN_ACTION_STEPS, boolean>;
}
