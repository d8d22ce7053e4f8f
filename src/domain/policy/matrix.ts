// The policy as a table: every action × relationship for each kind of actor. The unit test pins every cell and
// scripts/policy-matrix.ts writes it to docs/authorisation.md (a unit test fails when the docs are stale).
import type { TCampaignStatus } from "../../contracts/feedback";
import { ENGAGEMENT_STATUSES, type TEngagementStatus } from "../mentoring/engagement";
import { PLAN_STATUSES, type TPlanStatus } from "../plans/index";
import type { TPolicyActor } from "./actor";
import { ACTIONS, POLICY, decide, type TAction } from "./policy";
import { CAMPAIGN_STATUS_LIST } from "./rules/feedback";

const ORG = "org";

/** The kinds of actor the matrix shows, each a concrete actor. */
export const ACTOR_KINDS = [
  { id: "operator-alone", label: "Operator, no organisation", actor: { isOperator: true, roles: [], organisationId: null, userId: "u-op", personId: null } },
  { id: "operator", label: "Operator", actor: { isOperator: true, roles: [], organisationId: ORG, userId: "u-op", personId: null } },
  { id: "hr", label: "HR admin", actor: { isOperator: false, roles: ["hr_admin"], organisationId: ORG, userId: "u-hr", personId: "p-hr" } },
  { id: "manager", label: "Manager", actor: { isOperator: false, roles: ["manager"], organisationId: ORG, userId: "u-mgr", personId: "p-mgr" } },
  { id: "executive", label: "Executive", actor: { isOperator: false, roles: ["executive"], organisationId: ORG, userId: "u-exe", personId: "p-exe" } },
  { id: "mentor", label: "Mentor (external)", actor: { isOperator: false, roles: ["mentor"], organisationId: ORG, userId: "u-mentor", personId: null } },
  { id: "person", label: "Person, no role", actor: { isOperator: false, roles: [], organisationId: ORG, userId: "u-per", personId: "p-per" } },
  { id: "account", label: "Account, no role or person", actor: { isOperator: false, roles: [], organisationId: ORG, userId: "u-acc", personId: null } },
] as const satisfies readonly { id: string; label: string; actor: TPolicyActor }[];

type TKindActor = (typeof ACTOR_KINDS)[number]["actor"];
/** One relationship between the actor and the resource; `applies` false where it cannot exist for that actor. */
type TScenario = { label: string; applies?: (a: TKindActor) => boolean; resource: (a: TKindActor) => unknown };

const hasPerson = (a: TKindActor) => a.personId !== null;
const isMentor = (a: TKindActor) => (a.roles as readonly string[]).includes("mentor");
const OTHER = { personId: "p-other", lineManagerPersonId: "p-boss", mentorUserIds: ["u-someone"] };

const ORGANISATION: TScenario[] = [{ label: "the organisation", resource: () => undefined }];
const PERSON: TScenario[] = [
  { label: "themself", applies: hasPerson, resource: (a) => ({ ...OTHER, personId: a.personId }) },
  { label: "a direct report", applies: hasPerson, resource: (a) => ({ ...OTHER, personId: "p-report", lineManagerPersonId: a.personId }) },
  { label: "their mentee", applies: isMentor, resource: (a) => ({ ...OTHER, personId: "p-mentee", mentorUserIds: [a.userId] }) },
  { label: "someone else", resource: () => OTHER },
];
const sharing = (mentor: boolean, lineManager: boolean, hr: boolean) => ({ mentor, lineManager, hr });
const REPORT: TScenario[] = [
  { label: "themself", applies: hasPerson, resource: (a) => ({ ...OTHER, personId: a.personId, sharing: sharing(false, false, false) }) },
  { label: "their mentee, shared with the mentor", applies: isMentor, resource: (a) => ({ ...OTHER, mentorUserIds: [a.userId], sharing: sharing(true, false, false) }) },
  { label: "their mentee, not shared", applies: isMentor, resource: (a) => ({ ...OTHER, mentorUserIds: [a.userId], sharing: sharing(false, false, false) }) },
  { label: "a direct report, shared with the line manager", applies: hasPerson, resource: (a) => ({ ...OTHER, lineManagerPersonId: a.personId, sharing: sharing(false, true, false) }) },
  { label: "a direct report, not shared", applies: hasPerson, resource: (a) => ({ ...OTHER, lineManagerPersonId: a.personId, sharing: sharing(false, false, false) }) },
  { label: "someone else, shared with HR", resource: () => ({ ...OTHER, sharing: sharing(false, false, true) }) },
  { label: "someone else, shared with their mentor and line manager only", resource: () => ({ ...OTHER, sharing: sharing(true, true, false) }) },
];
const PLAN: TScenario[] = [
  { label: "their own plan", applies: hasPerson, resource: (a) => ({ ownerPersonId: a.personId, lineManagerPersonId: "p-boss" }) },
  { label: "a direct report's plan", applies: hasPerson, resource: (a) => ({ ownerPersonId: "p-report", lineManagerPersonId: a.personId }) },
  { label: "someone else's plan", resource: () => ({ ownerPersonId: "p-other", lineManagerPersonId: "p-boss" }) },
];
const CAMPAIGN: TScenario[] = [
  { label: "about themself", applies: hasPerson, resource: (a) => ({ subjectPersonId: a.personId, subjectLineManagerPersonId: "p-boss" }) },
  { label: "about a direct report", applies: hasPerson, resource: (a) => ({ subjectPersonId: "p-report", subjectLineManagerPersonId: a.personId }) },
  { label: "about someone else", resource: () => ({ subjectPersonId: "p-other", subjectLineManagerPersonId: "p-boss" }) },
];
const ENGAGEMENT: TScenario[] = [
  { label: "as its mentor", applies: isMentor, resource: (a) => ({ mentorUserId: a.userId, menteeUserId: "u-mentee", sponsorUserId: "u-boss" }) },
  { label: "as its mentee", applies: hasPerson, resource: (a) => ({ mentorUserId: "u-coach", menteeUserId: a.userId, sponsorUserId: "u-boss" }) },
  { label: "as its sponsor", applies: hasPerson, resource: (a) => ({ mentorUserId: "u-coach", menteeUserId: "u-mentee", sponsorUserId: a.userId }) },
  { label: "not a party", resource: () => ({ mentorUserId: "u-coach", menteeUserId: "u-mentee", sponsorUserId: "u-boss" }) },
];
const partyOf = (a: TKindActor) => (isMentor(a) ? { mentorUserId: a.userId, menteeUserId: "u-mentee" } : { mentorUserId: "u-coach", menteeUserId: a.userId });
const party = (a: TKindActor) => isMentor(a) || hasPerson(a);
const NOTE: TScenario[] = [
  { label: "their own private note", applies: party, resource: (a) => ({ ...partyOf(a), sponsorUserId: null, authorUserId: a.userId, visibility: "private" }) },
  { label: "their own shared note", applies: party, resource: (a) => ({ ...partyOf(a), sponsorUserId: null, authorUserId: a.userId, visibility: "shared" }) },
  { label: "the other party's shared note", applies: party, resource: (a) => ({ ...partyOf(a), sponsorUserId: null, authorUserId: "u-partner", visibility: "shared" }) },
  { label: "the other party's private note", applies: party, resource: (a) => ({ ...partyOf(a), sponsorUserId: null, authorUserId: "u-partner", visibility: "private" }) },
  { label: "a shared note of an engagement they sponsor", applies: hasPerson, resource: (a) => ({ mentorUserId: "u-coach", menteeUserId: "u-mentee", sponsorUserId: a.userId, authorUserId: "u-coach", visibility: "shared" }) },
  { label: "a shared note of someone else's engagement", resource: () => ({ mentorUserId: "u-coach", menteeUserId: "u-mentee", sponsorUserId: null, authorUserId: "u-coach", visibility: "shared" }) },
];
const COHORT: TScenario[] = [
  { label: "a cohort of 4 participants", resource: () => ({ participants: 4 }) },
  { label: "a cohort of 5 participants", resource: () => ({ participants: 5 }) },
];
const START: TScenario[] = [
  { label: "themself as mentor", resource: (a) => ({ mentorUserId: a.userId }) },
  { label: "another mentor", resource: () => ({ mentorUserId: "u-coach" }) },
];

const BY_PREFIX: [string, TScenario[]][] = [
  ["evaluation.cohort.read", COHORT],
  ["report.read", REPORT],
  ["plan.menu.read", PERSON],
  ["plan.list", ORGANISATION],
  ["plan.list_all", ORGANISATION],
  ["plan.compare", ORGANISATION],
  ["plan.compare.people", ORGANISATION],
  ["plan.module.override", ORGANISATION],
  ["plan.", PLAN],
  ["feedback.campaign.create", PERSON],
  ["feedback.campaign.list_all", ORGANISATION],
  ["feedback.campaign.", CAMPAIGN],
  ["mentoring.engagement.start", START],
  ["mentoring.engagement.list_all", ORGANISATION],
  ["mentoring.engagement.assign", ORGANISATION],
  ["mentoring.engagement.", ENGAGEMENT],
  ["mentoring.survey.answer", ENGAGEMENT],
  ["mentoring.note.", NOTE],
  ["mentoring.enrolment.manage", PERSON],
];

/** The relationships the matrix shows for an action. */
export function scenariosOf(action: TAction): TScenario[] {
  return BY_PREFIX.find(([prefix]) => action === prefix || (prefix.endsWith(".") && action.startsWith(prefix)))?.[1] ?? ORGANISATION;
}

/** One cell: "allow", "deny", or "n/a" where the relationship cannot exist for that actor. */
export type TCell = "allow" | "deny" | "n/a";
export type TMatrixRow = { action: TAction; relationship: string; cells: TCell[] };

function cell(action: TAction, scenario: TScenario, actor: TKindActor, status?: string): TCell {
  if (scenario.applies && !scenario.applies(actor)) return "n/a";
  const resource = scenario.resource(actor);
  const withStatus = status === undefined ? resource : { ...(resource as object), status };
  return (decide as (a: TPolicyActor, x: TAction, r: unknown) => { allowed: boolean })(actor, action, withStatus).allowed ? "allow" : "deny";
}

/** Every action × relationship, with a cell per actor kind (in ACTOR_KINDS order). */
export function policyMatrix(): TMatrixRow[] {
  return ACTIONS.flatMap((action) =>
    scenariosOf(action).map((scenario) => ({ action, relationship: scenario.label, cells: ACTOR_KINDS.map((kind) => cell(action, scenario, kind.actor)) })),
  );
}

/** The actions whose answer also depends on the resource's state, with the states it has. */
export const STATEFUL: readonly { prefix: string; statuses: readonly string[] }[] = [
  { prefix: "plan.", statuses: PLAN_STATUSES satisfies readonly TPlanStatus[] },
  { prefix: "feedback.campaign.", statuses: CAMPAIGN_STATUS_LIST satisfies readonly TCampaignStatus[] },
  { prefix: "mentoring.engagement.", statuses: ENGAGEMENT_STATUSES satisfies readonly TEngagementStatus[] },
];

const STATELESS = new Set<TAction>(["plan.read", "plan.edit", "plan.list", "plan.list_all", "plan.menu.read", "plan.compare", "plan.compare.people", "plan.module.override", "feedback.campaign.create", "feedback.campaign.list_all", "feedback.campaign.read", "mentoring.engagement.start", "mentoring.engagement.list_all", "mentoring.engagement.assign", "mentoring.engagement.read", "mentoring.engagement.take_part"]);

/** For each state-dependent action and state: the actor kinds and relationships that may act ("kind: relationship"). */
export function stateMatrix(): { action: TAction; statuses: readonly string[]; allowed: string[][] }[] {
  return STATEFUL.flatMap(({ prefix, statuses }) =>
    ACTIONS.filter((a) => a.startsWith(prefix) && !STATELESS.has(a)).map((action) => ({
      action,
      statuses,
      allowed: statuses.map((status) =>
        scenariosOf(action).flatMap((scenario) => ACTOR_KINDS.filter((k) => cell(action, scenario, k.actor, status) === "allow").map((k) => `${k.id}: ${scenario.label}`)),
      ),
    })),
  );
}

const mark: Record<TCell, string> = { allow: "✓", deny: "·", "n/a": "–" };
const escape = (text: string) => text.replaceAll("|", "\\|");

/** docs/authorisation.md, generated from the rules. */
export function renderPolicyMarkdown(): string {
  const lines = [
    "# Authorisation: who may do what",
    "",
    "<!-- Generated from src/domain/policy by `npm run docs:policy`; do not edit by hand (a unit test compares). -->",
    "",
    "One pure policy module (`src/domain/policy/`) decides every authorisation: use cases call `authorise(actor, action, resource)`,",
    "the web app calls `can(...)` (through `useCan`) to decide what to show. ✓ allowed, · refused, – the relationship cannot exist for",
    "that actor. A refusal is a 403, a 404 where the rule hides the thing's existence (reports, plans, campaigns, engagements, notes),",
    "or a 409 when the actor may act but not in the resource's current state (the state tables below).",
    "",
  ];
  const header = `| Action | Relationship | ${ACTOR_KINDS.map((k) => k.label).join(" | ")} |`;
  const rule = `| --- | --- | ${ACTOR_KINDS.map(() => ":-:").join(" | ")} |`;
  const features = [...new Set(ACTIONS.map((a) => a.split(".")[0]))];
  const rows = policyMatrix();
  for (const feature of features) {
    lines.push(`## ${feature}`, "", header, rule);
    for (const row of rows.filter((r) => r.action.split(".")[0] === feature)) {
      lines.push(`| \`${row.action}\` | ${escape(row.relationship)} | ${row.cells.map((c) => mark[c]).join(" | ")} |`);
    }
    lines.push("", ...ACTIONS.filter((a) => a.split(".")[0] === feature).map((a) => `- \`${a}\`: ${escape(POLICY[a].summary)}`), "");
  }
  lines.push("## States", "", "Who may act in each state (actor kind: relationship); empty: nobody.", "");
  for (const group of STATEFUL) {
    const actions = stateMatrix().filter((s) => s.action.startsWith(group.prefix));
    lines.push(`| Action | ${group.statuses.join(" | ")} |`, `| --- | ${group.statuses.map(() => "---").join(" | ")} |`);
    for (const s of actions) lines.push(`| \`${s.action}\` | ${s.allowed.map((list) => escape(summariseKinds(list))).join(" | ")} |`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** "hr: x, operator: x" → relationships grouped by actor kind, compactly. */
function summariseKinds(entries: readonly string[]): string {
  const byRelationship = new Map<string, string[]>();
  for (const entry of entries) {
    const [kind, relationship] = entry.split(": ") as [string, string];
    byRelationship.set(relationship, [...(byRelationship.get(relationship) ?? []), kind]);
  }
  return [...byRelationship].map(([relationship, kinds]) => `${relationship} (${kinds.join(", ")})`).join("; ");
}
