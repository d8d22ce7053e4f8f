import { describe, expect, it } from "vitest";
import {
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_ROLES,
  ENGAGEMENT_STATUSES,
  checkEngagementAction,
  engagementRoles,
  newEngagement,
  transitionEngagement,
  updateGoals,
  validateGoals,
  type TEngagementAction,
  type TEngagementRole,
  type TEngagementStatus,
} from "./engagement";
import { CHALLENGES, HR, MENTEE, MENTOR, OTHER, SPONSOR, actor, caught, engagement } from "./test-helpers";

// The expected table, written out independently of ENGAGEMENT_TRANSITIONS: action, from, and the
// resulting status for mentor / mentee / sponsor / hr ("-" = not allowed for that role).
const EXPECTED = `
activate   proposed  active    -         -         active
pause      active    paused    paused    -         paused
resume     paused    active    active    -         active
complete   active    completed -         -         completed
complete   paused    completed -         -         completed
cancel     proposed  cancelled cancelled -         cancelled
cancel     active    cancelled cancelled -         cancelled
cancel     paused    cancelled cancelled -         cancelled
edit_goals proposed  proposed  proposed  proposed  proposed
edit_goals active    active    active    active    active
edit_goals paused    paused    paused    paused    paused
`;
const expected = new Map<string, string>();
for (const line of EXPECTED.trim().split("\n")) {
  const [action, from, ...results] = line.trim().split(/\s+/);
  ENGAGEMENT_ROLES.forEach((role, i) => {
    if (results[i] !== "-") expected.set(`${action}|${from}|${role}`, results[i] as string);
  });
}

const cases = ENGAGEMENT_ACTIONS.flatMap((action) => ENGAGEMENT_STATUSES.flatMap((from) => ENGAGEMENT_ROLES.map((role) => [action, from, role] as const)));

describe("the engagement transition table", () => {
  it.each(cases)("%s from %s by %s", (action: TEngagementAction, from: TEngagementStatus, role: TEngagementRole) => {
    const result = expected.get(`${action}|${from}|${role}`);
    if (result) {
      expect(checkEngagementAction(from, action, [role])).toBe(result);
      return;
    }
    const error = caught(() => checkEngagementAction(from, action, [role]));
    const roleMayEver = [...expected.keys()].some((key) => key.startsWith(`${action}|`) && key.endsWith(`|${role}`));
    expect(error.code).toBe(roleMayEver ? "CONFLICT" : "FORBIDDEN");
  });

  it("has no way out of completed or cancelled", () => {
    for (const from of ["completed", "cancelled"] as const) {
      for (const action of ENGAGEMENT_ACTIONS) expect(caught(() => checkEngagementAction(from, action, ["mentor", "mentee", "sponsor", "hr"])).code).toBe("CONFLICT");
    }
  });

  it("allows an action when any of the actor's roles allows it", () => {
    expect(checkEngagementAction("proposed", "activate", ["sponsor", "hr"])).toBe("active");
    expect(caught(() => checkEngagementAction("active", "pause", [])).code).toBe("FORBIDDEN");
  });

  it("stamps the status change with the injected clock", () => {
    const now = new Date("2026-10-01T09:00:00Z");
    const paused = transitionEngagement(engagement(), "pause", actor(MENTEE), now);
    expect(paused).toMatchObject({ status: "paused", statusChangedAt: now });
    expect(caught(() => transitionEngagement(engagement(), "pause", actor(SPONSOR), now)).code).toBe("FORBIDDEN");
    expect(caught(() => transitionEngagement(engagement(), "pause", actor(OTHER, ["executive", "manager"]), now)).code).toBe("FORBIDDEN");
  });
});

describe("roles in an engagement", () => {
  it.each([
    [MENTOR, [], ["mentor"]],
    [MENTEE, [], ["mentee"]],
    [SPONSOR, ["manager"], ["sponsor"]],
    [HR, ["hr_admin"], ["hr"]],
    [SPONSOR, ["hr_admin"], ["sponsor", "hr"]],
    [OTHER, ["executive", "mentor"], []],
  ] as const)("%s with org roles %j plays %j", (userId, roles, expectedRoles) => {
    expect(engagementRoles(engagement(), actor(userId, [...roles]))).toEqual(expectedRoles);
  });

  it("gives an engagement without sponsor no sponsor", () => {
    expect(engagementRoles(engagement({ sponsorUserId: null }), actor(SPONSOR))).toEqual([]);
  });
});

describe("goals", () => {
  it.each([
    [[], "goals", "1 to 3 goals"],
    ["x", "goals", "1 to 3 goals"],
    [[{ challengeId: CHALLENGES[0] }, { challengeId: CHALLENGES[1] }, { challengeId: CHALLENGES[2] }, { challengeId: "persuasive-presence" }], "goals", "1 to 3 goals"],
    [[null], "goals[0]", "needs a challenge"],
    [[{ challengeId: "be-a-unicorn" }], "goals[0].challengeId", "not a known manager challenge"],
    [[{ challengeId: CHALLENGES[0] }, { challengeId: CHALLENGES[0] }], "goals[1].challengeId", "two goals"],
    [[{ challengeId: CHALLENGES[0], objective: 42 }], "goals[0].objective", "must be text"],
    [[{ challengeId: CHALLENGES[0], objective: "x".repeat(301) }], "goals[0].objective", "longer than 300"],
  ])("rejects %j naming %s", (goals, field, message) => {
    const error = caught(() => validateGoals(goals));
    expect(error).toMatchObject({ code: "VALIDATION", field });
    expect(error.message).toContain(message);
  });

  it("trims objectives and stores an empty one as null", () => {
    expect(
      validateGoals([
        { challengeId: CHALLENGES[0], objective: "  Reduce absenteeism in the team  " },
        { challengeId: CHALLENGES[1], objective: "   " },
        { challengeId: CHALLENGES[2] },
      ]),
    ).toEqual([
      { challengeId: CHALLENGES[0], objective: "Reduce absenteeism in the team" },
      { challengeId: CHALLENGES[1], objective: null },
      { challengeId: CHALLENGES[2], objective: null },
    ]);
  });

  it("lets the sponsor edit goals, but not someone outside the engagement or on a closed one", () => {
    const goals = [{ challengeId: CHALLENGES[2], objective: "Keep the team steady through the merger" }];
    expect(updateGoals(engagement(), goals, actor(SPONSOR)).goals).toEqual(goals);
    expect(caught(() => updateGoals(engagement(), goals, actor(OTHER, ["executive"]))).code).toBe("FORBIDDEN");
    expect(caught(() => updateGoals(engagement({ status: "completed" }), goals, actor(MENTOR))).code).toBe("CONFLICT");
  });
});

describe("a new engagement", () => {
  const now = new Date("2026-08-20T10:00:00Z");
  const valid = { id: "eng-9", mentorUserId: MENTOR, menteeUserId: MENTEE, sponsorUserId: SPONSOR, startDate: "2026-09-01", plannedEndDate: "2027-03-01", goals: [{ challengeId: CHALLENGES[0] }] };

  it("starts proposed, in Brussels time by default", () => {
    expect(newEngagement(valid, now)).toEqual({ ...valid, status: "proposed", goals: [{ challengeId: CHALLENGES[0], objective: null }], timeZone: "Europe/Brussels", statusChangedAt: now });
    expect(newEngagement({ ...valid, sponsorUserId: null }, now).sponsorUserId).toBeNull();
  });

  it.each([
    [{ mentorUserId: "" }, "mentorUserId"],
    [{ menteeUserId: MENTOR }, "mentorUserId"],
    [{ sponsorUserId: MENTEE }, "sponsorUserId"],
    [{ sponsorUserId: MENTOR }, "sponsorUserId"],
    [{ startDate: "2026-09-31" }, "startDate"],
    [{ plannedEndDate: "2026-09-01" }, "plannedEndDate"],
    [{ plannedEndDate: "2026-08-01" }, "plannedEndDate"],
    [{ plannedEndDate: "2028-09-02" }, "plannedEndDate"],
    [{ goals: [] }, "goals"],
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
  ])("rejects %j naming %s", (change, field) => {
    expect(caught(() => newEngagement({ ...valid, ...change }, now))).toMatchObject({ code: "VALIDATION", field });
  });

  it("accepts exactly 24 months", () => {
    expect(newEngagement({ ...valid, plannedEndDate: "2028-09-01" }, now).plannedEndDate).toBe("2028-09-01");
  });
});
