// Every cell of the authorisation policy, written out by hand from the rules the use cases applied before the policy
// existed: actor kind (columns, in ACTOR_KINDS order) × action × relationship → y allowed, n refused, - cannot exist.
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { ACTOR_KINDS, policyMatrix } from "./matrix";
import { ACTIONS, authorise, can, decide } from "./policy";

//   columns: operator without organisation, operator, HR admin, manager, executive, external mentor, person without role,
//   account without role or person
const EXPECTED: [string, string, string][] = [
    ["organisation.create", "the organisation", "yynnnnnn"],
    ["organisation.list", "the organisation", "yynnnnnn"],
    ["insights.manage", "the organisation", "yynnnnnn"],
    ["newsletter.manage", "the organisation", "yynnnnnn"],
    ["outbox.read", "the organisation", "yyynnnnn"],
    ["outbox.read_platform", "the organisation", "yynnnnnn"],
    ["security.manage", "the organisation", "nyynnnnn"],
    ["sso.manage", "the organisation", "nyynnnnn"],
    ["scim.manage", "the organisation", "nyynnnnn"],
    ["invitation.manage", "the organisation", "nyynnnnn"],
    ["token.create", "the organisation", "nyyyyyyy"],
    ["person.read", "the organisation", "nyyyyynn"],
    ["person.org_chart.read", "the organisation", "nyyyynnn"],
    ["person.manage", "the organisation", "nyynnnnn"],
    ["person.account.read", "the organisation", "nyynnnnn"],
    ["person.pick", "the organisation", "nyyyyyyn"],
    ["catalogue.read", "the organisation", "nyyyyynn"],
    ["catalogue.archived.read", "the organisation", "nyynnnnn"],
    ["catalogue.manage", "the organisation", "nyynnnnn"],
    ["planning.settings.manage", "the organisation", "nyynnnnn"],
    ["optimiser.run", "the organisation", "nyynnnnn"],
    ["job.read", "the organisation", "yyynnnnn"],
    ["job.read_all", "the organisation", "yynnnnnn"],
    ["person.data.manage", "the organisation", "nyynnnnn"],
    ["person.directory.read_all", "the organisation", "nyynnnnn"],
    ["person.reporting_line.read", "the organisation", "nnnyynnn"],
    ["person.mentees.read", "the organisation", "nnnnnynn"],
    ["person.org_chart.read_all", "the organisation", "nyynynnn"],
    ["evaluation.read", "the organisation", "nyynynnn"],
    ["evaluation.manage", "the organisation", "nyynnnnn"],
    ["evaluation.cohort.read", "a cohort of 4 participants", "nyynnnnn"],
    ["evaluation.cohort.read", "a cohort of 5 participants", "nyynynnn"],
    ["evaluation.cohort.members.read", "the organisation", "nyynnnnn"],
    ["evaluation.estimate.answer", "the organisation", "nnyyynyn"],
    ["roi.compute", "the organisation", "nyyyyynn"],
    ["assessment.take", "the organisation", "nnyyynyn"],
    ["report.read", "themself", "--yyy-y-"],
    ["report.read", "their mentee, shared with the mentor", "-----y--"],
    ["report.read", "their mentee, not shared", "-----n--"],
    ["report.read", "a direct report, shared with the line manager", "--yyy-y-"],
    ["report.read", "a direct report, not shared", "--nnn-n-"],
    ["report.read", "someone else, shared with HR", "nnynnnnn"],
    ["report.read", "someone else, shared with their mentor and line manager only", "nnnnnnnn"],
    ["report.sharing.manage", "the organisation", "nnyyynyn"],
    ["report.find", "the organisation", "nyyyyyyy"],
    ["report.team.choose", "the organisation", "nnynnnnn"],
    ["diagnosis.read", "the organisation", "nyynynnn"],
    ["plan.read", "their own plan", "--yyy-y-"],
    ["plan.read", "a direct report's plan", "--yyy-y-"],
    ["plan.read", "someone else's plan", "nyynnnnn"],
    ["plan.edit", "their own plan", "--yyy-y-"],
    ["plan.edit", "a direct report's plan", "--nnn-n-"],
    ["plan.edit", "someone else's plan", "nnnnnnnn"],
    ["plan.submit", "their own plan", "--yyy-y-"],
    ["plan.submit", "a direct report's plan", "--nnn-n-"],
    ["plan.submit", "someone else's plan", "nnnnnnnn"],
    ["plan.approve", "their own plan", "--nnn-n-"],
    ["plan.approve", "a direct report's plan", "--yyy-y-"],
    ["plan.approve", "someone else's plan", "nyynnnnn"],
    ["plan.request_changes", "their own plan", "--nnn-n-"],
    ["plan.request_changes", "a direct report's plan", "--yyy-y-"],
    ["plan.request_changes", "someone else's plan", "nyynnnnn"],
    ["plan.comment", "their own plan", "--yyy-y-"],
    ["plan.comment", "a direct report's plan", "--yyy-y-"],
    ["plan.comment", "someone else's plan", "nyynnnnn"],
    ["plan.list", "the organisation", "nyyyynyn"],
    ["plan.list_all", "the organisation", "nyynnnnn"],
    ["plan.menu.read", "themself", "--yyy-y-"],
    ["plan.menu.read", "a direct report", "--ynn-n-"],
    ["plan.menu.read", "their mentee", "-----n--"],
    ["plan.menu.read", "someone else", "nyynnnnn"],
    ["plan.compare", "the organisation", "nyynynnn"],
    ["plan.compare.people", "the organisation", "nyynnnnn"],
    ["plan.module.override", "the organisation", "nyynnnnn"],
    ["feedback.campaign.create", "themself", "--yyy-y-"],
    ["feedback.campaign.create", "a direct report", "--ynn-n-"],
    ["feedback.campaign.create", "their mentee", "-----n--"],
    ["feedback.campaign.create", "someone else", "nyynnnnn"],
    ["feedback.campaign.list_all", "the organisation", "nyynnnnn"],
    ["feedback.campaign.read", "about themself", "--yyy-y-"],
    ["feedback.campaign.read", "about a direct report", "--yyy-y-"],
    ["feedback.campaign.read", "about someone else", "nyynnnnn"],
    ["feedback.campaign.nominate", "about themself", "--yyy-y-"],
    ["feedback.campaign.nominate", "about a direct report", "--ynn-n-"],
    ["feedback.campaign.nominate", "about someone else", "nyynnnnn"],
    ["feedback.campaign.submit", "about themself", "--yyy-y-"],
    ["feedback.campaign.submit", "about a direct report", "--ynn-n-"],
    ["feedback.campaign.submit", "about someone else", "nyynnnnn"],
    ["feedback.campaign.approve", "about themself", "--nnn-n-"],
    ["feedback.campaign.approve", "about a direct report", "--yyy-y-"],
    ["feedback.campaign.approve", "about someone else", "nyynnnnn"],
    ["feedback.campaign.launch", "about themself", "--nnn-n-"],
    ["feedback.campaign.launch", "about a direct report", "--yyy-y-"],
    ["feedback.campaign.launch", "about someone else", "nyynnnnn"],
    ["feedback.campaign.remind", "about themself", "--yyy-y-"],
    ["feedback.campaign.remind", "about a direct report", "--yyy-y-"],
    ["feedback.campaign.remind", "about someone else", "nyynnnnn"],
    ["feedback.campaign.close", "about themself", "--ynn-n-"],
    ["feedback.campaign.close", "about a direct report", "--ynn-n-"],
    ["feedback.campaign.close", "about someone else", "nyynnnnn"],
    ["feedback.campaign.cancel", "about themself", "--yyy-y-"],
    ["feedback.campaign.cancel", "about a direct report", "--ynn-n-"],
    ["feedback.campaign.cancel", "about someone else", "nyynnnnn"],
    ["feedback.campaign.reschedule", "about themself", "--yyy-y-"],
    ["feedback.campaign.reschedule", "about a direct report", "--ynn-n-"],
    ["feedback.campaign.reschedule", "about someone else", "nyynnnnn"],
    ["feedback.anonymity.manage", "the organisation", "nyynnnnn"],
    ["mentoring.engagement.start", "themself as mentor", "nnynnynn"],
    ["mentoring.engagement.start", "another mentor", "nnynnnnn"],
    ["mentoring.engagement.assign", "the organisation", "nnynnnnn"],
    ["mentoring.engagement.read", "as its mentor", "-----y--"],
    ["mentoring.engagement.read", "as its mentee", "--yyy-y-"],
    ["mentoring.engagement.read", "as its sponsor", "--yyy-y-"],
    ["mentoring.engagement.read", "not a party", "nnynnnnn"],
    ["mentoring.engagement.list_all", "the organisation", "nnynnnnn"],
    ["mentoring.engagement.activate", "as its mentor", "-----y--"],
    ["mentoring.engagement.activate", "as its mentee", "--ynn-n-"],
    ["mentoring.engagement.activate", "as its sponsor", "--ynn-n-"],
    ["mentoring.engagement.activate", "not a party", "nnynnnnn"],
    ["mentoring.engagement.pause", "as its mentor", "-----y--"],
    ["mentoring.engagement.pause", "as its mentee", "--yyy-y-"],
    ["mentoring.engagement.pause", "as its sponsor", "--ynn-n-"],
    ["mentoring.engagement.pause", "not a party", "nnynnnnn"],
    ["mentoring.engagement.resume", "as its mentor", "-----y--"],
    ["mentoring.engagement.resume", "as its mentee", "--yyy-y-"],
    ["mentoring.engagement.resume", "as its sponsor", "--ynn-n-"],
    ["mentoring.engagement.resume", "not a party", "nnynnnnn"],
    ["mentoring.engagement.complete", "as its mentor", "-----y--"],
    ["mentoring.engagement.complete", "as its mentee", "--ynn-n-"],
    ["mentoring.engagement.complete", "as its sponsor", "--ynn-n-"],
    ["mentoring.engagement.complete", "not a party", "nnynnnnn"],
    ["mentoring.engagement.cancel", "as its mentor", "-----y--"],
    ["mentoring.engagement.cancel", "as its mentee", "--yyy-y-"],
    ["mentoring.engagement.cancel", "as its sponsor", "--ynn-n-"],
    ["mentoring.engagement.cancel", "not a party", "nnynnnnn"],
    ["mentoring.engagement.edit_goals", "as its mentor", "-----y--"],
    ["mentoring.engagement.edit_goals", "as its mentee", "--yyy-y-"],
    ["mentoring.engagement.edit_goals", "as its sponsor", "--yyy-y-"],
    ["mentoring.engagement.edit_goals", "not a party", "nnynnnnn"],
    ["mentoring.engagement.take_part", "as its mentor", "-----y--"],
    ["mentoring.engagement.take_part", "as its mentee", "--yyy-y-"],
    ["mentoring.engagement.take_part", "as its sponsor", "--nnn-n-"],
    ["mentoring.engagement.take_part", "not a party", "nnnnnnnn"],
    ["mentoring.survey.answer", "as its mentor", "-----n--"],
    ["mentoring.survey.answer", "as its mentee", "--yyy-y-"],
    ["mentoring.survey.answer", "as its sponsor", "--nnn-n-"],
    ["mentoring.survey.answer", "not a party", "nnnnnnnn"],
    ["mentoring.note.read", "their own private note", "--yyyyy-"],
    ["mentoring.note.read", "their own shared note", "--yyyyy-"],
    ["mentoring.note.read", "the other party's shared note", "--yyyyy-"],
    ["mentoring.note.read", "the other party's private note", "--nnnnn-"],
    ["mentoring.note.read", "a shared note of an engagement they sponsor", "--nnn-n-"],
    ["mentoring.note.read", "a shared note of someone else's engagement", "nnnnnnnn"],
    ["mentoring.note.edit", "their own private note", "--yyyyy-"],
    ["mentoring.note.edit", "their own shared note", "--yyyyy-"],
    ["mentoring.note.edit", "the other party's shared note", "--nnnnn-"],
    ["mentoring.note.edit", "the other party's private note", "--nnnnn-"],
    ["mentoring.note.edit", "a shared note of an engagement they sponsor", "--nnn-n-"],
    ["mentoring.note.edit", "a shared note of someone else's engagement", "nnnnnnnn"],
    ["mentoring.enrolment.manage", "themself", "--yyy-y-"],
    ["mentoring.enrolment.manage", "a direct report", "--ynn-n-"],
    ["mentoring.enrolment.manage", "their mentee", "-----y--"],
    ["mentoring.enrolment.manage", "someone else", "nnynnnnn"],
    ["mentoring.caseload.read", "the organisation", "nnnnnynn"],
    ["mentoring.participation.read", "the organisation", "nyynynnn"],
    ["mentoring.settings.manage", "the organisation", "nyynnnnn"],
    ["mentoring.nudge_policy.manage", "the organisation", "nyynnnnn"],
    ["mentor.profile.edit", "the organisation", "nnnnnynn"],
    ["mentor.manage", "the organisation", "nyynnnnn"],
    ["matching.manage", "the organisation", "nyynnnnn"],
    ["mentor.choose", "the organisation", "nnyyynyn"],
];

const symbol = { allow: "y", deny: "n", "n/a": "-" } as const;

describe("the policy matrix", () => {
  it("names the actor kinds in the expected column order", () => {
    expect(ACTOR_KINDS.map((k) => k.id)).toEqual(["operator-alone", "operator", "hr", "manager", "executive", "mentor", "person", "account"]);
  });

  it("has a row for every action and relationship, and no other", () => {
    expect(policyMatrix().map((r) => `${r.action} / ${r.relationship}`)).toEqual(EXPECTED.map(([action, relationship]) => `${action} / ${relationship}`));
    expect(new Set(EXPECTED.map(([action]) => action))).toEqual(new Set(ACTIONS));
  });

  it.each(EXPECTED)("%s, %s: %s", (action, relationship, cells) => {
    const row = policyMatrix().find((r) => r.action === action && r.relationship === relationship);
    expect(row?.cells.map((c) => symbol[c]).join("")).toBe(cells);
  });
});

const hr = { isOperator: false, roles: ["hr_admin"] as const, organisationId: "o", userId: "u-hr", personId: "p-hr" };
const manager = { isOperator: false, roles: ["manager"] as const, organisationId: "o", userId: "u-m", personId: "p-m" };
const owner = { isOperator: false, roles: [] as const, organisationId: "o", userId: "u-o", personId: "p-o" };
const mentor = { isOperator: false, roles: ["mentor"] as const, organisationId: "o", userId: "u-mentor", personId: null };
const plan = (status: "draft" | "submitted" | "approved" | "changes_requested" | null) => ({ ownerPersonId: "p-o", lineManagerPersonId: "p-m", status });
const campaign = (status: "nominating" | "awaiting_approval" | "approved" | "open" | "closed" | "cancelled") => ({ subjectPersonId: "p-o", subjectLineManagerPersonId: "p-m", status });
const engagement = (status: "proposed" | "active" | "paused" | "completed" | "cancelled") => ({ mentorUserId: "u-mentor", menteeUserId: "u-o", sponsorUserId: "u-m", status });

describe("state-dependent actions", () => {
  it.each([
    ["plan.submit", owner, ["draft", "changes_requested"]],
    ["plan.approve", manager, ["submitted"]],
    ["plan.request_changes", hr, ["submitted", "approved"]],
    ["plan.comment", owner, ["draft", "submitted", "approved", "changes_requested"]],
  ] as const)("%s is possible only from %#", (action, actor, statuses) => {
    for (const status of ["draft", "submitted", "approved", "changes_requested", null] as const) {
      const decision = decide(actor, action, plan(status));
      expect(decision.allowed, `${action} on ${status}`).toBe((statuses as readonly (string | null)[]).includes(status));
      if (!decision.allowed) expect(decision.refusal).toBe("conflict");
    }
  });

  it.each([
    ["feedback.campaign.nominate", owner, ["nominating"]],
    ["feedback.campaign.submit", owner, ["nominating"]],
    ["feedback.campaign.approve", manager, ["awaiting_approval"]],
    ["feedback.campaign.launch", manager, ["approved"]],
    ["feedback.campaign.remind", manager, ["open"]],
    ["feedback.campaign.close", hr, ["open"]],
    ["feedback.campaign.cancel", hr, ["nominating", "awaiting_approval", "approved", "open"]],
    ["feedback.campaign.cancel", owner, ["nominating", "awaiting_approval", "approved"]],
    ["feedback.campaign.reschedule", owner, ["nominating", "awaiting_approval", "approved"]],
  ] as const)("%s by %o is possible only in %o", (action, actor, statuses) => {
    for (const status of ["nominating", "awaiting_approval", "approved", "open", "closed", "cancelled"] as const) {
      const decision = decide(actor, action, campaign(status));
      expect(decision.allowed, `${action} on ${status}`).toBe((statuses as readonly string[]).includes(status));
      if (!decision.allowed) expect(decision.refusal).toBe("conflict");
    }
  });

  it.each([
    ["mentoring.engagement.activate", mentor, ["proposed"]],
    ["mentoring.engagement.pause", owner, ["active"]],
    ["mentoring.engagement.resume", owner, ["paused"]],
    ["mentoring.engagement.complete", mentor, ["active", "paused"]],
    ["mentoring.engagement.cancel", owner, ["proposed", "active", "paused"]],
    ["mentoring.engagement.edit_goals", manager, ["proposed", "active", "paused"]],
  ] as const)("%s is possible only from %#", (action, actor, statuses) => {
    for (const status of ["proposed", "active", "paused", "completed", "cancelled"] as const) {
      const decision = decide(actor, action, engagement(status));
      expect(decision.allowed, `${action} on ${status}`).toBe((statuses as readonly string[]).includes(status));
      if (!decision.allowed) expect(decision.refusal).toBe("conflict");
    }
  });

  it("refuses the wrong role with 403 whatever the state, and a stranger with 404", () => {
    expect(decide(owner, "plan.approve", plan("submitted"))).toMatchObject({ allowed: false, refusal: "forbidden" });
    expect(decide(manager, "feedback.campaign.close", campaign("open"))).toMatchObject({ allowed: false, refusal: "forbidden" });
    expect(decide(owner, "mentoring.engagement.complete", engagement("active"))).toMatchObject({ allowed: false, refusal: "forbidden" });
    const stranger = { ...manager, personId: "p-x", userId: "u-x" };
    expect(decide(stranger, "plan.read", plan("draft"))).toMatchObject({ allowed: false, refusal: "not_found", entity: "plan" });
    expect(decide(stranger, "feedback.campaign.read", campaign("open"))).toMatchObject({ allowed: false, refusal: "not_found", entity: "campaign" });
    expect(decide(stranger, "mentoring.engagement.read", engagement("active"))).toMatchObject({ allowed: false, refusal: "not_found", entity: "engagement" });
  });
});

describe("authorise", () => {
  const thrown = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return error as DomainError;
    }
    throw new Error("nothing thrown");
  };

  it("passes when allowed and throws 403 naming the field, 404 naming the thing, or 409 on the status", () => {
    expect(() => authorise(hr, "scim.manage")).not.toThrow();
    expect(thrown(() => authorise(manager, "scim.manage"))).toMatchObject({ code: "FORBIDDEN", field: "scope" });
    expect(thrown(() => authorise(owner, "evaluation.manage"))).toMatchObject({ code: "FORBIDDEN", field: undefined });
    const report = { personId: "p-x", lineManagerPersonId: null, mentorUserIds: [], sharing: { mentor: true, lineManager: true, hr: false } };
    expect(thrown(() => authorise(hr, "report.read", report))).toMatchObject({ code: "NOT_FOUND", message: "report not found" });
    expect(thrown(() => authorise(manager, "plan.approve", plan("draft")))).toMatchObject({ code: "CONFLICT", field: "status" });
    expect(() => authorise(hr, "mentoring.engagement.start", { mentorUserId: "u-mentor" })).not.toThrow();
    expect(thrown(() => authorise(mentor, "mentoring.engagement.start", { mentorUserId: "u-other" }))).toMatchObject({ code: "FORBIDDEN", field: "mentorUserId" });
  });

  it("refuses to guess a person or account that was not looked up", () => {
    expect(() => can({ isOperator: false, roles: ["manager"], organisationId: "o" }, "assessment.take")).toThrow(/personId/);
    expect(() => can({ isOperator: false, roles: ["mentor"], organisationId: "o", personId: null }, "mentoring.note.edit", { ...engagement("active"), authorUserId: "u", visibility: "shared" })).toThrow(/userId/);
  });

  it("treats a signed-in user without a current organisation as nobody there, the operator too", () => {
    const alone = { isOperator: true, roles: [] as const, organisationId: null, userId: "u", personId: null };
    expect(can(alone, "organisation.create")).toBe(true);
    expect(can(alone, "person.manage")).toBe(false);
    expect(can({ isOperator: true, roles: [] }, "person.manage")).toBe(true);
  });
});
