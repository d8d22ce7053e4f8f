// Security plan #1 and #2: every route × method, acted on by another organisation's users and by
// each role. The route list comes from the router, so a new route without a case here fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAllPeople } from "../db/people-repo";
import { insertPlanProposal } from "../db/plan-proposals-repo";
import { writePlanVersion } from "../db/plans-repo";
import { startTestApp, type TTestClient } from "../test-support/test-app";
import { testDatabaseKind } from "../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgA: string;
let orgB: string;
let personA: string;
let tokenA: string;
let invitationA = "";
let campaignA = "";
let nomineeA = "";
const mentoringA = { engagement: "", session: "", note: "", actionItem: "" };
/** A local Brussels time `days` from now, as a session slot takes it. */
const SLOT = (days: number) => {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return { start: `${day}T10:00`, end: `${day}T11:00` };
};
let planA = "";
let runA = "";
let proposalA = "";
/** Issue 6: organisation A's programme, its cohort and cost, and a business measure (created by HR A). */
const evaluationA = { programme: "", cohort: "", cost: "", measure: "" };
const PROGRAMME = () => ({
  name: "Programme", currency: "EUR", startsOn: "2026-01-01", endsOn: "2026-06-30",
  baselineFrom: "2025-10", baselineTo: "2025-12", followupFrom: "2026-07", followupTo: "2026-09",
});
const MEASURE = () => ({ name: "Absence days", direction: "lower_is_better", unitValueCents: 30_000, unitValueSource: "finance" });
const clients: Record<string, TTestClient> = {};

const PERSON = (n: string, managerId: string | null = null) => ({
  employeeNumber: n,
  firstName: `First ${n}`,
  lastName: `Last ${n}`,
  email: `${n.toLowerCase()}@a.test`,
  managerId,
});

const FUTURE = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
/** A catalogue module only organisation A holds (the starter modules exist in every organisation). */
const MODULE_A = "a-only-module";
const MODULE = () => ({
  id: MODULE_A,
  title: { nl: "A", fr: "A", en: "A" },
  description: { nl: "A", fr: "A", en: "A" },
  format: "book",
  hours: 2,
  cost: { cents: 2500, currency: "EUR" },
  seatsPerPeriod: null,
  languages: ["nl"],
  provider: "A",
  challenges: [{ challengeId: "lack-self-confidence", weight: 0.5 }],
});
/** How to call each route against organisation A's objects. `null` body = none. */
type TCase = { path: () => string; body?: () => unknown; form?: boolean; public?: boolean; operator?: boolean };
const cases: Record<string, TCase> = {
  "GET /api/health": { path: () => "/api/health", public: true },
  "GET /api/health/live": { path: () => "/api/health/live", public: true },
  "GET /api/health/ready": { path: () => "/api/health/ready", public: true },
  "GET /api/auth/session": { path: () => "/api/auth/session", public: true },
  "POST /api/auth/sign-in": { path: () => "/api/auth/sign-in", body: () => ({ email: "x@y.z", password: "nope" }), public: true },
  "POST /api/auth/sign-out": { path: () => "/api/auth/sign-out", public: true },
  "POST /api/auth/organisation": { path: () => "/api/auth/organisation", body: () => ({ organisationId: orgA }) },
  "PATCH /api/me": { path: () => "/api/me", body: () => ({ locale: "fr" }), public: true },
  // acts on the caller's own account only; a wrong current password (400) so the run changes nothing
  "POST /api/me/password": { path: () => "/api/me/password", body: () => ({ currentPassword: "not the password", newPassword: "a new long password" }) },
  "POST /api/auth/password-reset": { path: () => "/api/auth/password-reset", body: () => ({ email: "hr@a.test" }), public: true },
  "POST /api/auth/password-reset/confirm": {
    path: () => "/api/auth/password-reset/confirm",
    body: () => ({ token: "x".repeat(43), password: "0123456789abc" }),
    public: true,
  },
  "POST /api/auth/invitations/accept": {
    path: () => "/api/auth/invitations/accept",
    body: () => ({ token: "x".repeat(43), password: "0123456789abc" }),
    public: true,
  },
  "GET /api/organisations": { path: () => "/api/organisations" },
  "POST /api/organisations": { path: () => "/api/organisations", body: () => ({ slug: "stolen", name: "Stolen" }) },
  "POST /api/invitations": { path: () => "/api/invitations", body: () => ({ email: "i@a.test", displayName: "I", roles: ["hr_admin"] }) },
  // invitations and accounts (HR only): A's pending invitation, A's person's account link, the members list; the public inspect
  "POST /api/invitations/people": { path: () => "/api/invitations/people", body: () => ({ personIds: [personA], roles: ["manager"] }) },
  "POST /api/invitations/{id}/resend": { path: () => `/api/invitations/${invitationA}/resend` },
  "POST /api/invitations/{id}/revoke": { path: () => `/api/invitations/${invitationA}/revoke` },
  "PUT /api/people/{id}/account": { path: () => `/api/people/${personA}/account`, body: () => ({ userId: personA }) },
  "DELETE /api/people/{id}/account": { path: () => `/api/people/${personA}/account` },
  "GET /api/organisation/members": { path: () => "/api/organisation/members?unlinked=true" },
  "POST /api/auth/invitations/inspect": { path: () => "/api/auth/invitations/inspect", body: () => ({ token: "x".repeat(43) }), public: true },
  // two-factor: each user's own (a cookie session only; codes never fit here), the sign-in's second step, and HR's requirement for its organisation
  "GET /api/me/two-factor": { path: () => "/api/me/two-factor" },
  "POST /api/me/two-factor/setup": { path: () => "/api/me/two-factor/setup" },
  "POST /api/me/two-factor/enable": { path: () => "/api/me/two-factor/enable", body: () => ({ code: "000000" }) },
  "POST /api/me/two-factor/disable": { path: () => "/api/me/two-factor/disable", body: () => ({ password: "correct horse battery staple", code: "000000" }) },
  "POST /api/me/two-factor/recovery-codes": { path: () => "/api/me/two-factor/recovery-codes", body: () => ({ code: "000000" }) },
  "POST /api/auth/two-factor/verify": { path: () => "/api/auth/two-factor/verify", body: () => ({ code: "000000" }), public: true },
  "GET /api/organisation/security": { path: () => "/api/organisation/security" },
  "PUT /api/organisation/security": { path: () => "/api/organisation/security", body: () => ({ requireTwoFactor: false }) },
  "GET /api/tokens": { path: () => "/api/tokens" },
  "POST /api/tokens": { path: () => "/api/tokens", body: () => ({ name: "t" }) },
  "DELETE /api/tokens/{id}": { path: () => `/api/tokens/${tokenA}` },
  "GET /api/outbox": { path: () => "/api/outbox" },
  "GET /api/jobs": { path: () => "/api/jobs" },
  "GET /api/people": { path: () => "/api/people?q=First" },
  "POST /api/people": { path: () => "/api/people", body: () => PERSON("X1", personA) },
  "GET /api/people/org-chart": { path: () => "/api/people/org-chart" },
  // the pickers' search: every member, own organisation only, name and department only (never an email)
  "GET /api/people/picker": { path: () => "/api/people/picker?q=First" },
  "GET /api/people/export": { path: () => "/api/people/export?format=csv" },
  "POST /api/people/import/preview": { path: () => "/api/people/import/preview", form: true },
  "POST /api/people/import": { path: () => "/api/people/import", form: true },
  "GET /api/people/{id}": { path: () => `/api/people/${personA}` },
  "PATCH /api/people/{id}": { path: () => `/api/people/${personA}`, body: () => ({ firstName: "Hacked" }) },
  // person-level GDPR: HR of the person's organisation (and the operator) only; the confirmation is right, so only the organisation check stops it
  "GET /api/people/{id}/data-export": { path: () => `/api/people/${personA}/data-export` },
  "POST /api/people/{id}/erase": { path: () => `/api/people/${personA}/erase`, body: () => ({ confirmation: "A1" }) },
  // A person's own assessments: only a user linked to a person in the current organisation; others get 403.
  "GET /api/assessments/me": { path: () => "/api/assessments/me" },
  "GET /api/assessments/me/answers/{instrument}": { path: () => "/api/assessments/me/answers/ipip-neo-120" },
  "GET /api/assessments/{instrument}/items": { path: () => "/api/assessments/challenge-scan/items?lang=fr" },
  "PUT /api/assessments/{instrument}/answers": {
    path: () => "/api/assessments/challenge-scan/answers",
    body: () => ({ answers: [{ id: "lack-self-confidence-1", score: 3 }] }),
  },
  "POST /api/assessments/{instrument}/complete": { path: () => "/api/assessments/challenge-scan/complete" },
  "POST /api/assessments/{instrument}/retake": { path: () => "/api/assessments/challenge-scan/retake" },
  // The newsletter and insights belong to the operator (platform-wide); their public endpoints act on a token or a typed address.
  "POST /api/newsletter/subscriptions": { path: () => "/api/newsletter/subscriptions", body: () => ({ email: "reader@a.test", language: "nl", consent: true }), public: true },
  "POST /api/newsletter/confirm": { path: () => "/api/newsletter/confirm", body: () => ({ token: "x".repeat(43) }), public: true },
  "POST /api/newsletter/unsubscribe": { path: () => `/api/newsletter/unsubscribe?token=${"x".repeat(43)}`, public: true },
  "GET /api/newsletter/unsubscribe": { path: () => `/api/newsletter/unsubscribe?token=${"x".repeat(43)}`, public: true },
  "POST /api/newsletter/preferences/lookup": { path: () => "/api/newsletter/preferences/lookup", body: () => ({ token: "x".repeat(43) }), public: true },
  "POST /api/newsletter/preferences/language": { path: () => "/api/newsletter/preferences/language", body: () => ({ token: "x".repeat(43), language: "fr" }), public: true },
  "POST /api/newsletter/preferences/export": { path: () => "/api/newsletter/preferences/export", body: () => ({ token: "x".repeat(43) }), public: true },
  "POST /api/newsletter/preferences/erase": { path: () => "/api/newsletter/preferences/erase", body: () => ({ token: "x".repeat(43) }), public: true },
  "GET /api/newsletter/subscribers": { path: () => "/api/newsletter/subscribers", operator: true },
  "POST /api/newsletter/subscribers/import": {
    path: () => "/api/newsletter/subscribers/import",
    body: () => ({ subscribers: [{ email: "imported@a.test", language: "nl", consentedAt: "2026-01-01T00:00:00Z", source: "x" }] }),
    operator: true,
  },
  "GET /api/newsletter/subscribers/{id}/export": { path: () => `/api/newsletter/subscribers/${personA}/export`, operator: true },
  "DELETE /api/newsletter/subscribers/{id}": { path: () => `/api/newsletter/subscribers/${personA}`, operator: true },
  "GET /api/newsletter/issues": { path: () => "/api/newsletter/issues", operator: true },
  "POST /api/newsletter/issues": { path: () => "/api/newsletter/issues", body: () => ({ versions: { nl: { subject: "s", body: "b" } } }), operator: true },
  "GET /api/newsletter/issues/{id}": { path: () => `/api/newsletter/issues/${personA}`, operator: true },
  "PUT /api/newsletter/issues/{id}": { path: () => `/api/newsletter/issues/${personA}`, body: () => ({ versions: { nl: { subject: "s", body: "b" } } }), operator: true },
  "DELETE /api/newsletter/issues/{id}": { path: () => `/api/newsletter/issues/${personA}`, operator: true },
  "GET /api/newsletter/issues/{id}/preview": { path: () => `/api/newsletter/issues/${personA}/preview?language=nl`, operator: true },
  "POST /api/newsletter/issues/{id}/test": { path: () => `/api/newsletter/issues/${personA}/test`, body: () => ({ email: "t@a.test", language: "nl" }), operator: true },
  "POST /api/newsletter/issues/{id}/send": { path: () => `/api/newsletter/issues/${personA}/send`, operator: true },
  "GET /api/newsletter/issues/{id}/deliveries": { path: () => `/api/newsletter/issues/${personA}/deliveries`, operator: true },
  "POST /api/newsletter/issues/{id}/deliveries/{deliveryId}/resolve": {
    path: () => `/api/newsletter/issues/${personA}/deliveries/${personA}/resolve`,
    body: () => ({ resolution: "resend" }),
    operator: true,
  },
  "GET /api/insights/articles": { path: () => "/api/insights/articles", operator: true },
  "POST /api/insights/articles": {
    path: () => "/api/insights/articles",
    body: () => ({ slug: "stolen", author: "x", status: "published", versions: { nl: { title: "t", summary: "s", body: "b" } } }),
    operator: true,
  },
  "GET /api/insights/articles/{id}": { path: () => `/api/insights/articles/${personA}`, operator: true },
  "PUT /api/insights/articles/{id}": {
    path: () => `/api/insights/articles/${personA}`,
    body: () => ({ slug: "stolen", author: "x", status: "published", versions: { nl: { title: "t", summary: "s", body: "b" } } }),
    operator: true,
  },
  "DELETE /api/insights/articles/{id}": { path: () => `/api/insights/articles/${personA}`, operator: true },
  // reports: personal (the linked person, or whom they shared with) and HR's aggregates
  "GET /api/reports/me": { path: () => "/api/reports/me" },
  "GET /api/reports/me/pdf": { path: () => "/api/reports/me/pdf" },
  "GET /api/reports/me/sharing": { path: () => "/api/reports/me/sharing" },
  "PUT /api/reports/me/sharing": { path: () => "/api/reports/me/sharing", body: () => ({ mentor: true, lineManager: true, hr: true }) },
  "GET /api/reports/people/{personId}": { path: () => `/api/reports/people/${personA}` },
  "GET /api/reports/people/{personId}/pdf": { path: () => `/api/reports/people/${personA}/pdf` },
  // team strengths: another organisation's manager id is a team that does not exist (404)
  "GET /api/reports/team-strengths": { path: () => `/api/reports/team-strengths?managerPersonId=${personA}` },
  "GET /api/reports/team-strengths/pdf": { path: () => `/api/reports/team-strengths/pdf?managerPersonId=${personA}` },
  "GET /api/diagnosis/heatmaps": { path: () => "/api/diagnosis/heatmaps" },
  "GET /api/diagnosis/reliability": { path: () => "/api/diagnosis/reliability" },
  // 360 campaigns (HR, the subject, the subject's line manager) and the public rater flow (a rater cookie, no account)
  "GET /api/feedback/campaigns": { path: () => "/api/feedback/campaigns" },
  "POST /api/feedback/campaigns": { path: () => "/api/feedback/campaigns", body: () => ({ subjectPersonId: personA, closesAt: FUTURE() }) },
  "GET /api/feedback/settings": { path: () => "/api/feedback/settings" },
  "PUT /api/feedback/settings": { path: () => "/api/feedback/settings", body: () => ({ peer: 4 }) },
  "GET /api/feedback/campaigns/{id}": { path: () => `/api/feedback/campaigns/${campaignA}` },
  "PATCH /api/feedback/campaigns/{id}": { path: () => `/api/feedback/campaigns/${campaignA}`, body: () => ({ closesAt: FUTURE() }) },
  "POST /api/feedback/campaigns/{id}/nominees": {
    path: () => `/api/feedback/campaigns/${campaignA}/nominees`,
    body: () => ({ group: "other", name: "Intruder", email: "intruder@b.test", language: "nl" }),
  },
  "DELETE /api/feedback/campaigns/{id}/nominees/{nomineeId}": { path: () => `/api/feedback/campaigns/${campaignA}/nominees/${nomineeA}` },
  "POST /api/feedback/campaigns/{id}/submit": { path: () => `/api/feedback/campaigns/${campaignA}/submit` },
  "POST /api/feedback/campaigns/{id}/approve": { path: () => `/api/feedback/campaigns/${campaignA}/approve`, body: () => ({ comment: "ok" }) },
  "POST /api/feedback/campaigns/{id}/request-changes": { path: () => `/api/feedback/campaigns/${campaignA}/request-changes`, body: () => ({ comment: "no" }) },
  "POST /api/feedback/campaigns/{id}/launch": { path: () => `/api/feedback/campaigns/${campaignA}/launch` },
  "POST /api/feedback/campaigns/{id}/reminders": { path: () => `/api/feedback/campaigns/${campaignA}/reminders` },
  "POST /api/feedback/campaigns/{id}/close": { path: () => `/api/feedback/campaigns/${campaignA}/close` },
  "POST /api/feedback/campaigns/{id}/cancel": { path: () => `/api/feedback/campaigns/${campaignA}/cancel` },
  "POST /api/rater/session": { path: () => "/api/rater/session", body: () => ({ token: "x".repeat(43) }), public: true },
  "GET /api/rater/questionnaire": { path: () => "/api/rater/questionnaire", public: true },
  "PUT /api/rater/answers": { path: () => "/api/rater/answers", body: () => ({ answers: [] }), public: true },
  // mentoring (issue 5): A's engagement of person A with a mentor none of the test roles is; parties only, HR sees no notes
  "GET /api/mentoring/engagements": { path: () => "/api/mentoring/engagements" },
  "POST /api/mentoring/engagements": {
    path: () => "/api/mentoring/engagements",
    body: () => ({ personId: personA, startDate: "2026-01-01", plannedEndDate: "2026-06-30", goals: [{ challengeId: "lack-self-confidence" }] }),
  },
  "GET /api/mentoring/engagements/{id}": { path: () => `/api/mentoring/engagements/${mentoringA.engagement}` },
  "POST /api/mentoring/engagements/{id}/status": { path: () => `/api/mentoring/engagements/${mentoringA.engagement}/status`, body: () => ({ action: "cancel" }) },
  "POST /api/mentoring/engagements/{id}/consent": { path: () => `/api/mentoring/engagements/${mentoringA.engagement}/consent`, body: () => ({ decision: "accept" }) },
  "GET /api/mentoring/engagement-settings": { path: () => "/api/mentoring/engagement-settings" },
  "PUT /api/mentoring/engagement-settings": { path: () => "/api/mentoring/engagement-settings", body: () => ({ hrApprovesMentorEngagements: true }) },
  "PUT /api/mentoring/engagements/{id}/goals": { path: () => `/api/mentoring/engagements/${mentoringA.engagement}/goals`, body: () => ({ goals: [{ challengeId: "lack-self-confidence" }] }) },
  "POST /api/mentoring/engagements/{id}/sessions": {
    path: () => `/api/mentoring/engagements/${mentoringA.engagement}/sessions`,
    body: () => ({ slots: [SLOT(20)] }),
  },
  "POST /api/mentoring/sessions/{id}/accept": { path: () => `/api/mentoring/sessions/${mentoringA.session}/accept`, body: () => ({ slotIndex: 0 }) },
  "POST /api/mentoring/sessions/{id}/reschedule": { path: () => `/api/mentoring/sessions/${mentoringA.session}/reschedule`, body: () => ({ slot: SLOT(21) }) },
  "POST /api/mentoring/sessions/{id}/cancel": { path: () => `/api/mentoring/sessions/${mentoringA.session}/cancel`, body: () => ({}) },
  "POST /api/mentoring/sessions/{id}/held": { path: () => `/api/mentoring/sessions/${mentoringA.session}/held` },
  "PUT /api/mentoring/sessions/{id}/agenda": { path: () => `/api/mentoring/sessions/${mentoringA.session}/agenda`, body: () => ({ items: ["x"] }) },
  "GET /api/mentoring/sessions/{id}/ics": { path: () => `/api/mentoring/sessions/${mentoringA.session}/ics` },
  "GET /api/mentoring/engagements/{id}/notes": { path: () => `/api/mentoring/engagements/${mentoringA.engagement}/notes` },
  "POST /api/mentoring/engagements/{id}/notes": { path: () => `/api/mentoring/engagements/${mentoringA.engagement}/notes`, body: () => ({ body: "x", visibility: "shared" }) },
  "GET /api/mentoring/notes/{id}": { path: () => `/api/mentoring/notes/${mentoringA.note}` },
  "PUT /api/mentoring/notes/{id}": { path: () => `/api/mentoring/notes/${mentoringA.note}`, body: () => ({ body: "x", visibility: "shared" }) },
  "DELETE /api/mentoring/notes/{id}": { path: () => `/api/mentoring/notes/${mentoringA.note}` },
  "POST /api/mentoring/engagements/{id}/action-items": {
    path: () => `/api/mentoring/engagements/${mentoringA.engagement}/action-items`,
    body: () => ({ text: "x", dueDate: "2099-01-01", owner: "mentor" }),
  },
  "PATCH /api/mentoring/action-items/{id}": { path: () => `/api/mentoring/action-items/${mentoringA.actionItem}`, body: () => ({ done: true }) },
  "POST /api/mentoring/engagements/{id}/check-ins": { path: () => `/api/mentoring/engagements/${mentoringA.engagement}/check-ins`, body: () => ({ challengeId: "lack-self-confidence", progress: 50 }) },
  "POST /api/mentoring/enrolments": { path: () => "/api/mentoring/enrolments", body: () => ({ personId: personA, moduleId: "any-module" }) },
  "POST /api/mentoring/enrolments/{id}/status": { path: () => `/api/mentoring/enrolments/${personA}/status`, body: () => ({ action: "start" }) },
  "GET /api/me/mentoring-home": { path: () => "/api/me/mentoring-home" },
  "GET /api/mentoring/caseload": { path: () => "/api/mentoring/caseload" },
  "GET /api/mentoring/participation": { path: () => "/api/mentoring/participation" },
  "GET /api/me/mentoring-preferences": { path: () => "/api/me/mentoring-preferences" },
  "PUT /api/me/mentoring-preferences": { path: () => "/api/me/mentoring-preferences", body: () => ({ nudges: false }) },
  "POST /api/mentoring/reactions": {
    path: () => "/api/mentoring/reactions",
    body: () => ({ subject: "session", subjectId: mentoringA.session, satisfaction: 5, relevance: 5, intentToApply: 5 }),
  },
  "POST /api/mentoring/engagements/{id}/closure-feedback": {
    path: () => `/api/mentoring/engagements/${mentoringA.engagement}/closure-feedback`,
    body: () => ({ overall: 5, goalProgress: 5, wouldRecommend: 5 }),
  },
  "GET /api/mentoring/feedback": { path: () => "/api/mentoring/feedback" },
  "GET /api/mentoring/policy": { path: () => "/api/mentoring/policy" },
  "PUT /api/mentoring/policy": {
    path: () => "/api/mentoring/policy",
    body: () => ({ timeZone: "Europe/Brussels", sessionReminderHours: 24, overdueActionCadenceDays: 7, staleCheckInDays: 14, quietHours: null }),
  },
  "POST /api/rater/submit": { path: () => "/api/rater/submit", body: () => ({ answers: [] }), public: true },
  // the budget optimiser (HR; runA exists only in A) and mentor matching (profiles: the mentor or HR; matching and overrides: HR; choice: the person)
  "POST /api/optimiser/runs": { path: () => "/api/optimiser/runs", body: () => ({ budgetCents: 100_000 }) },
  "GET /api/optimiser/runs": { path: () => "/api/optimiser/runs" },
  "GET /api/optimiser/runs/{id}": { path: () => `/api/optimiser/runs/${runA}` },
  "GET /api/optimiser/runs/{id}/impact": { path: () => `/api/optimiser/runs/${runA}/impact?lang=fr` },
  "POST /api/optimiser/runs/{id}/apply": { path: () => `/api/optimiser/runs/${runA}/apply`, body: () => ({ confirm: "0".repeat(64) }) },
  // optimiser proposals (proposalA: for personA's plan; the owner decides, the owner, line manager and HR read)
  "GET /api/me/plan/proposals": { path: () => "/api/me/plan/proposals" },
  "POST /api/me/plan/proposals/{id}/accept": { path: () => `/api/me/plan/proposals/${proposalA}/accept` },
  "POST /api/me/plan/proposals/{id}/decline": { path: () => `/api/me/plan/proposals/${proposalA}/decline` },
  "GET /api/plans/{planId}/proposals": { path: () => `/api/plans/${planA}/proposals?lang=nl` },
  "GET /api/me/mentor-profile": { path: () => "/api/me/mentor-profile" },
  "PUT /api/me/mentor-profile": {
    path: () => "/api/me/mentor-profile",
    body: () => ({ expertise: [], languages: ["nl"], industries: [], capacity: 2, available: true, bio: "" }),
  },
  "GET /api/mentors": { path: () => "/api/mentors" },
  "PUT /api/mentors/{userId}/profile": {
    path: () => `/api/mentors/${personA}/profile`,
    body: () => ({ expertise: [], languages: ["nl"], industries: [], capacity: 2, available: true, bio: "" }),
  },
  "GET /api/mentors/matching": { path: () => "/api/mentors/matching?excludeSameDepartment=true" },
  "POST /api/mentors/assignments": { path: () => "/api/mentors/assignments", body: () => ({ personId: personA, mentorUserId: personA }) },
  "GET /api/me/mentor-match": { path: () => "/api/me/mentor-match" },
  "POST /api/me/mentor-match": { path: () => "/api/me/mentor-match", body: () => ({ mentorUserId: personA }) },
  // the development catalogue (read by members, written by HR) and planning settings/budgets (HR); moduleA exists only in A
  "GET /api/catalogue": { path: () => "/api/catalogue?includeArchived=true" },
  "POST /api/catalogue": { path: () => "/api/catalogue", body: () => ({ ...MODULE(), id: "stolen-module" }) },
  "GET /api/catalogue/options": { path: () => "/api/catalogue/options?lang=fr" },
  "POST /api/catalogue/starter": { path: () => "/api/catalogue/starter" },
  "GET /api/catalogue/export": { path: () => "/api/catalogue/export?format=csv" },
  "POST /api/catalogue/import/preview": { path: () => "/api/catalogue/import/preview", form: true },
  "POST /api/catalogue/import": { path: () => "/api/catalogue/import", form: true },
  "GET /api/catalogue/{id}": { path: () => `/api/catalogue/${MODULE_A}` },
  "PUT /api/catalogue/{id}": { path: () => `/api/catalogue/${MODULE_A}`, body: () => ({ ...MODULE(), provider: "Hacked" }) },
  "POST /api/catalogue/{id}/archive": { path: () => `/api/catalogue/${MODULE_A}/archive` },
  "POST /api/catalogue/{id}/restore": { path: () => `/api/catalogue/${MODULE_A}/restore` },
  "GET /api/planning/settings": { path: () => "/api/planning/settings" },
  "PUT /api/planning/settings": { path: () => "/api/planning/settings", body: () => ({ defaultPersonBudgetCents: 1 }) },
  "PUT /api/planning/budgets/departments/{department}": { path: () => "/api/planning/budgets/departments/Sales", body: () => ({ budgetCents: 1 }) },
  "PUT /api/planning/budgets/people/{personId}": { path: () => `/api/planning/budgets/people/${personA}`, body: () => ({ budgetCents: 1 }) },
  // à la carte menu and plans: the signed-in person's own (404 without a person record), reviewers' (line manager, HR), group comparison (HR, executives)
  "GET /api/me/plan/menu": { path: () => "/api/me/plan/menu?lang=fr&formats=workshop,book" },
  "GET /api/me/plan": { path: () => "/api/me/plan" },
  "PUT /api/me/plan": {
    path: () => "/api/me/plan",
    body: () => ({ moduleIds: ["feedback-skills-workshop"], goals: [{ challengeId: "setting-priorities", description: "Hacked" }] }),
  },
  "POST /api/me/plan/submit": { path: () => "/api/me/plan/submit" },
  "POST /api/me/plan/comment": { path: () => "/api/me/plan/comment", body: () => ({ comment: "x" }) },
  "GET /api/plans": { path: () => "/api/plans?status=submitted" },
  "GET /api/plans/comparison": { path: () => "/api/plans/comparison" },
  "GET /api/plans/{planId}": { path: () => `/api/plans/${planA}` },
  "POST /api/plans/{planId}/approve": { path: () => `/api/plans/${planA}/approve`, body: () => ({ comment: "ok" }) },
  "POST /api/plans/{planId}/request-changes": { path: () => `/api/plans/${planA}/request-changes`, body: () => ({ comment: "no" }) },
  "POST /api/plans/{planId}/comment": { path: () => `/api/plans/${planA}/comment`, body: () => ({ comment: "hi" }) },
  // programme evaluation (issue 6): HR manages, executives read, participants answer their own follow-up questionnaire
  "GET /api/programmes": { path: () => "/api/programmes" },
  "POST /api/programmes": { path: () => "/api/programmes", body: PROGRAMME },
  "GET /api/programmes/{id}": { path: () => `/api/programmes/${evaluationA.programme}` },
  "PUT /api/programmes/{id}": { path: () => `/api/programmes/${evaluationA.programme}`, body: () => ({ ...PROGRAMME(), name: "Hacked" }) },
  "DELETE /api/programmes/{id}": { path: () => `/api/programmes/${evaluationA.programme}` },
  "POST /api/programmes/{id}/cohorts": { path: () => `/api/programmes/${evaluationA.programme}/cohorts`, body: () => ({ name: "x", kind: "standard" }) },
  "PUT /api/programmes/{id}/cohorts/{cohortId}": { path: () => `/api/programmes/${evaluationA.programme}/cohorts/${evaluationA.cohort}`, body: () => ({ name: "x", kind: "standard" }) },
  "DELETE /api/programmes/{id}/cohorts/{cohortId}": { path: () => `/api/programmes/${evaluationA.programme}/cohorts/${evaluationA.cohort}` },
  "GET /api/programmes/{id}/cohorts/{cohortId}/members": { path: () => `/api/programmes/${evaluationA.programme}/cohorts/${evaluationA.cohort}/members` },
  "PUT /api/programmes/{id}/cohorts/{cohortId}/members": {
    path: () => `/api/programmes/${evaluationA.programme}/cohorts/${evaluationA.cohort}/members`,
    body: () => ({ personIds: [personA] }),
  },
  "PUT /api/programmes/{id}/cohorts/{cohortId}/participant-time": {
    path: () => `/api/programmes/${evaluationA.programme}/cohorts/${evaluationA.cohort}/participant-time`,
    body: () => ({ hoursPerParticipant: 1, loadedHourlyRateCents: 100 }),
  },
  "DELETE /api/programmes/{id}/cohorts/{cohortId}/participant-time": { path: () => `/api/programmes/${evaluationA.programme}/cohorts/${evaluationA.cohort}/participant-time` },
  "POST /api/programmes/{id}/costs": { path: () => `/api/programmes/${evaluationA.programme}/costs`, body: () => ({ name: "x", category: "delivery", amountCents: 1, cohortId: null }) },
  "PUT /api/programmes/{id}/costs/{costId}": {
    path: () => `/api/programmes/${evaluationA.programme}/costs/${evaluationA.cost}`,
    body: () => ({ name: "x", category: "delivery", amountCents: 1, cohortId: null }),
  },
  "DELETE /api/programmes/{id}/costs/{costId}": { path: () => `/api/programmes/${evaluationA.programme}/costs/${evaluationA.cost}` },
  "PUT /api/programmes/{id}/measures": { path: () => `/api/programmes/${evaluationA.programme}/measures`, body: () => ({ measureIds: [evaluationA.measure] }) },
  "GET /api/programmes/{id}/evaluation": { path: () => `/api/programmes/${evaluationA.programme}/evaluation?locale=fr` },
  // evaluation exports (HR, operator, executive) and the stateless ROI worksheet calculator (any member; stores nothing)
  "GET /api/programmes/{id}/summary.pdf": { path: () => `/api/programmes/${evaluationA.programme}/summary.pdf?locale=nl` },
  "GET /api/programmes/{id}/export.xlsx": { path: () => `/api/programmes/${evaluationA.programme}/export.xlsx?locale=fr` },
  "GET /api/programmes/{id}/export.csv": { path: () => `/api/programmes/${evaluationA.programme}/export.csv` },
  "GET /api/programmes/{id}/worksheets.json": { path: () => `/api/programmes/${evaluationA.programme}/worksheets.json` },
  "POST /api/roi/compute": { path: () => "/api/roi/compute?locale=en", body: () => ({ total_costs_given: 1000, total_benefits_given: 1500 }) },
  "GET /api/evaluation/dashboard": { path: () => "/api/evaluation/dashboard" },
  "GET /api/measures": { path: () => "/api/measures?includeArchived=true" },
  "POST /api/measures": { path: () => "/api/measures", body: MEASURE },
  "POST /api/measures/values/import": { path: () => "/api/measures/values/import", form: true },
  "PUT /api/measures/{id}": { path: () => `/api/measures/${evaluationA.measure}`, body: () => ({ ...MEASURE(), name: "Hacked" }) },
  "DELETE /api/measures/{id}": { path: () => `/api/measures/${evaluationA.measure}` },
  "GET /api/measures/{id}/values": { path: () => `/api/measures/${evaluationA.measure}/values?from=2025-01&to=2026-12` },
  "PUT /api/measures/{id}/values": { path: () => `/api/measures/${evaluationA.measure}/values`, body: () => ({ values: [{ personId: personA, period: "2026-01", value: 1 }] }) },
  "GET /api/me/estimates": { path: () => "/api/me/estimates" },
  // single sign-on (issue 12): the settings act on the caller's current organisation (HR admins, the operator);
  // start and callback are public and act only on what the request carries (an email domain, a state bound to a cookie)
  "GET /api/organisation/sso": { path: () => "/api/organisation/sso" },
  "PUT /api/organisation/sso": {
    path: () => "/api/organisation/sso",
    body: () => ({ issuer: "https://127.0.0.1:1/", clientId: "c", clientSecret: "s", allowedDomains: ["a.test"], ssoOnly: true, enabled: true }),
  },
  "DELETE /api/organisation/sso": { path: () => "/api/organisation/sso" },
  "POST /api/auth/sso/start": { path: () => "/api/auth/sso/start", body: () => ({ email: "hr@a.test" }), public: true },
  "GET /api/auth/sso/callback": { path: () => `/api/auth/sso/callback?code=x&state=${"x".repeat(43)}`, public: true },
  "PUT /api/me/estimates/{programmeId}": { path: () => `/api/me/estimates/${evaluationA.programme}`, body: () => ({ estimates: [] }) },
};

function routeKeys(): string[] {
  const keys = new Set<string>();
  for (const r of t.app.routes) {
    if (!r.path.startsWith("/api/") || r.method === "ALL" || r.path.startsWith("/api/docs") || r.path === "/api/openapi.json") continue;
    keys.add(`${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
  }
  return [...keys].sort();
}

function send(client: TTestClient, key: string) {
  const c = cases[key];
  if (!c) throw new Error(`no case for ${key}`);
  const method = key.split(" ")[0] as string;
  if (c.form) {
    const form = new FormData();
    const csv = "Employee number,First name,Last name,Email\nZ9,Zed,Nine,z9@a.test\n";
    form.set("file", new File([csv], "people.csv", { type: "text/csv" }));
    return client.request(c.path(), { method, body: form });
  }
  return client.request(c.path(), { method, json: c.body?.() });
}

async function snapshot() {
  const people = await listAllPeople(t.ctx.db, orgA);
  return JSON.stringify(people.sort((a, b) => a.id.localeCompare(b.id)));
}

beforeAll(async () => {
  t = await startTestApp();
  orgA = (await t.createOrganisation("org-a")).id;
  orgB = (await t.createOrganisation("org-b")).id;
  clients.hrA = await t.signedIn("hr@a.test", orgA, ["hr_admin"]);
  const created = await (clients.hrA as TTestClient).request("/api/people", { method: "POST", json: PERSON("A1") });
  personA = (await created.json()).id;
  tokenA = (await (await (clients.hrA as TTestClient).request("/api/tokens", { method: "POST", json: { name: "a" } })).json()).id;
  const invited = await (clients.hrA as TTestClient).request("/api/invitations", { method: "POST", json: { email: "invitee@a.test", displayName: "Invitee", roles: ["mentor"] } });
  invitationA = (await invited.json()).invitationId;
  const campaign = await (clients.hrA as TTestClient).request("/api/feedback/campaigns", { method: "POST", json: { subjectPersonId: personA, closesAt: FUTURE() } });
  campaignA = (await campaign.json()).id;
  const nominated = await (clients.hrA as TTestClient).request(`/api/feedback/campaigns/${campaignA}/nominees`, {
    method: "POST",
    json: { group: "peer", name: "Nominee A", email: "nominee@a.test", language: "nl" },
  });
  nomineeA = (await nominated.json()).nominees[0].id;
  await (clients.hrA as TTestClient).request("/api/catalogue", { method: "POST", json: MODULE() });
  planA = (
    await writePlanVersion(t.ctx.db, orgA, personA, "submitted", { moduleIds: ["m1"], goals: [], costCents: 100, hours: 1, source: "person", userId: null })
  ).planId;
  runA = (await (await (clients.hrA as TTestClient).request("/api/optimiser/runs", { method: "POST", json: { budgetCents: 0 } })).json()).id;
  proposalA = await insertPlanProposal(t.ctx.db, orgA, { runId: runA, personId: personA, planId: planA, basedOnVersion: 1, moduleIds: [MODULE_A], createdByUserId: null });
  {
    const hr = clients.hrA as TTestClient;
    evaluationA.measure = (await (await hr.request("/api/measures", { method: "POST", json: MEASURE() })).json()).id;
    evaluationA.programme = (await (await hr.request("/api/programmes", { method: "POST", json: PROGRAMME() })).json()).id;
    const base = `/api/programmes/${evaluationA.programme}`;
    const withCohort = await (await hr.request(`${base}/cohorts`, { method: "POST", json: { name: "Cohort A", kind: "personalised" } })).json();
    evaluationA.cohort = withCohort.cohorts[0].id;
    await hr.request(`${base}/cohorts/${evaluationA.cohort}/members`, { method: "PUT", json: { personIds: [personA] } });
    await hr.request(`${base}/cohorts/${evaluationA.cohort}/participant-time`, { method: "PUT", json: { hoursPerParticipant: 2, loadedHourlyRateCents: 5_000 } });
    evaluationA.cost = (await (await hr.request(`${base}/costs`, { method: "POST", json: { name: "Delivery", category: "delivery", amountCents: 100_000, cohortId: null } })).json()).costs[0].id;
    await hr.request(`${base}/measures`, { method: "PUT", json: { measureIds: [evaluationA.measure] } });
    if (Object.values(evaluationA).some((id) => typeof id !== "string" || id === "")) throw new Error(`evaluation setup failed: ${JSON.stringify(evaluationA)}`);
  }
  clients.hrB = await t.signedIn("hr@b.test", orgB, ["hr_admin"]);
  clients.managerB = await t.signedIn("manager@b.test", orgB, ["manager"]);
  for (const role of ["manager", "mentor", "executive"] as const) clients[`${role}A`] = await t.signedIn(`${role}@a.test`, orgA, [role]);
  {
    // a mentoring engagement of person A (no account) with its own mentor; a session, a note and an action item
    const mentor = await t.signedIn("mentoring-mentor@a.test", orgA, ["mentor"]);
    const mentorUserId = (await (await mentor.request("/api/auth/session")).json()).user.id;
    const engagement = { personId: personA, mentorUserId, startDate: "2026-01-01", plannedEndDate: "2026-12-31", goals: [{ challengeId: "lack-self-confidence" }] };
    mentoringA.engagement = (await (await (clients.hrA as TTestClient).request("/api/mentoring/engagements", { method: "POST", json: engagement })).json()).id;
    const base = `/api/mentoring/engagements/${mentoringA.engagement}`;
    await mentor.request(`${base}/status`, { method: "POST", json: { action: "activate" } });
    const slots = [SLOT(20)];
    mentoringA.session = (await (await mentor.request(`${base}/sessions`, { method: "POST", json: { slots } })).json()).id;
    mentoringA.note = (await (await mentor.request(`${base}/notes`, { method: "POST", json: { body: "Mentor's private note", visibility: "private" } })).json()).id;
    const item = { text: "Prepare", dueDate: "2099-01-01", owner: "mentor" };
    mentoringA.actionItem = (await (await mentor.request(`${base}/action-items`, { method: "POST", json: item })).json()).id;
    if (Object.values(mentoringA).some((id) => typeof id !== "string")) throw new Error(`mentoring setup failed: ${JSON.stringify(mentoringA)}`);
  }
  clients.anonymous = t.client();
});
afterAll(() => t.close());

describe(`tenancy and roles (${testDatabaseKind})`, () => {
  it("has a case for every API route in the router", () => {
    expect(routeKeys().filter((k) => !cases[k])).toEqual([]);
  });

  it("never lets another organisation's HR admin or manager read or change organisation A's objects", async () => {
    const before = await snapshot();
    const leaks: string[] = [];
    for (const key of routeKeys()) {
      if (cases[key]?.public) continue;
      for (const who of ["hrB", "managerB"]) {
        const response = await send(clients[who] as TTestClient, key);
        const text = await response.text();
        const mentionsA = text.includes(personA) || text.includes("a1@a.test") || text.includes(tokenA);
        if (mentionsA) leaks.push(`${who} ${key} -> ${response.status} leaks A's data`);
        if (key.includes("{id}")) {
          // A's object must look exactly like an object that does not exist at all.
          const ghost = await (clients[who] as TTestClient).request(cases[key]?.path().replace(/[0-9a-f-]{36}/, "00000000-0000-4000-8000-000000000000") ?? "", {
            method: key.split(" ")[0],
            json: cases[key]?.body?.(),
          });
          if (![403, 404].includes(response.status) || response.status !== ghost.status) {
            leaks.push(`${who} ${key} -> ${response.status}, a missing id gives ${ghost.status}`);
          }
        }
        if (response.status >= 500) leaks.push(`${who} ${key} -> ${response.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshot()).toBe(before);
    // every route × several callers: on a busy shared machine this outgrows the default minute
  }, 240_000);

  it("gives managers, mentors, executives and anonymous callers no write access to the directory", async () => {
    const before = await snapshot();
    const escalations: string[] = [];
    const writes = routeKeys().filter((k) => !k.startsWith("GET") && !cases[k]?.public && k !== "POST /api/auth/organisation");
    const adminReads = ["GET /api/outbox", "GET /api/jobs", "GET /api/people/export", "GET /api/people/{id}/data-export", "GET /api/organisations", "GET /api/catalogue/export", "GET /api/planning/settings", "GET /api/mentoring/policy", "GET /api/mentoring/engagement-settings", "GET /api/organisation/security", "GET /api/organisation/members", "GET /api/organisation/sso"];
    for (const who of ["managerA", "mentorA", "executiveA", "anonymous"]) {
      for (const key of [...writes, ...adminReads]) {
        if (who !== "anonymous" && (key.includes("/api/tokens") || key.includes("/api/me/mentoring-preferences"))) continue; // everyone manages their own tokens and reminder preference
        if (who !== "anonymous" && key === "POST /api/me/two-factor/setup") continue; // everyone may set up two-factor for their own account
        if (who === "mentorA" && key === "PUT /api/me/mentor-profile") continue; // a mentor edits their own matching profile
        if (who !== "anonymous" && key === "POST /api/roi/compute") continue; // a stateless calculator every member may use: it writes nothing
        const response = await send(clients[who] as TTestClient, key);
        if (response.status < 400 || response.status >= 500) escalations.push(`${who} ${key} -> ${response.status}`);
      }
    }
    expect(escalations).toEqual([]);
    expect(await snapshot()).toBe(before);
    // every route × several callers: on a busy shared machine this outgrows the default minute
  }, 240_000);

  it("keeps the operator's newsletter and insights routes from every organisation role, HR admins included", async () => {
    const operatorRoutes = routeKeys().filter((k) => cases[k]?.operator);
    expect(operatorRoutes.length).toBeGreaterThan(0);
    const escalations: string[] = [];
    for (const who of ["hrA", "hrB", "managerA", "mentorA", "executiveA", "anonymous"]) {
      for (const key of operatorRoutes) {
        const status = (await send(clients[who] as TTestClient, key)).status;
        if (status !== (who === "anonymous" ? 401 : 403)) escalations.push(`${who} ${key} -> ${status}`);
      }
    }
    expect(escalations).toEqual([]);
  });

  it("scopes an API token to its organisation", async () => {
    const bearer = (await (await (clients.hrB as TTestClient).request("/api/tokens", { method: "POST", json: { name: "b" } })).json()).token as string;
    const response = await t.client().request(`/api/people/${personA}`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(response.status).toBe(404);
    const own = await t.client().request("/api/people", { headers: { authorization: `Bearer ${bearer}` } });
    expect(own.status).toBe(200);
    const page = await own.json();
    expect(page.items.map((p: { id: string }) => p.id)).not.toContain(personA);
    expect(page.items.every((p: { email: string }) => !p.email.endsWith("@a.test") || p.email === "z9@a.test")).toBe(true);
  });

  it("ignores organisationId and other foreign fields sent to write endpoints (mass assignment)", async () => {
    const response = await (clients.hrB as TTestClient).request("/api/people", {
      method: "POST",
      json: { ...PERSON("B1"), email: "b1@b.test", organisationId: orgA },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION" });
    expect((await listAllPeople(t.ctx.db, orgA)).some((p) => p.employeeNumber === "B1")).toBe(false);
  });
});
