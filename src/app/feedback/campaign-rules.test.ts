import { describe, expect, it } from "vitest";
import { campaignActions } from "../../domain/policy/index";
import { effectiveClosedAt, effectiveStatus, showsNominees } from "./campaign-rules";

const now = new Date("2026-03-10T12:00:00Z");
// the campaign is about p-subject, whose line manager is p-boss
const hr = { isOperator: false, roles: ["hr_admin"] as const, personId: "p-hr", userId: "u-hr" };
const subject = { isOperator: false, roles: [] as const, personId: "p-subject", userId: "u-subject" };
const lineManager = { isOperator: false, roles: ["manager"] as const, personId: "p-boss", userId: "u-boss" };
const hrSubject = { isOperator: false, roles: ["hr_admin"] as const, personId: "p-subject", userId: "u-subject" };

describe("effectiveStatus", () => {
  it.each([
    ["open", "2026-03-10T12:00:01Z", "open"],
    ["open", "2026-03-10T12:00:00Z", "closed"],
    ["closed", "2026-04-01T00:00:00Z", "closed"],
    ["approved", "2026-03-01T00:00:00Z", "approved"],
    ["cancelled", "2026-03-01T00:00:00Z", "cancelled"],
  ])("a campaign stored %s closing %s reads as %s", (status, closesAt, expected) => {
    expect(effectiveStatus({ status, closesAt: new Date(closesAt) }, now)).toBe(expected);
  });

  it("dates a lazily closed campaign at its close date, an early close at the moment HR closed it", () => {
    const closesAt = new Date("2026-03-09T00:00:00Z");
    expect(effectiveClosedAt({ status: "open", closesAt, closedAt: null }, now)).toEqual(closesAt);
    expect(effectiveClosedAt({ status: "closed", closesAt: now, closedAt: closesAt }, now)).toEqual(closesAt);
    expect(effectiveClosedAt({ status: "open", closesAt: new Date("2026-04-01T00:00:00Z"), closedAt: null }, now)).toBeNull();
  });
});

describe("the campaign's actions (the policy's campaign steps)", () => {
  it.each([
    ["nominating", subject, ["editNominees", "submit", "cancel"]],
    ["nominating", lineManager, []],
    ["awaiting_approval", subject, ["cancel"]],
    ["awaiting_approval", lineManager, ["approve"]],
    ["awaiting_approval", hr, ["approve", "cancel"]],
    ["awaiting_approval", hrSubject, ["cancel"]],
    ["approved", lineManager, ["launch"]],
    ["approved", subject, ["cancel"]],
    ["open", subject, ["remind"]],
    ["open", lineManager, ["remind"]],
    ["open", hr, ["remind", "close", "cancel"]],
    ["closed", hr, []],
    ["cancelled", hr, []],
  ] as const)("%s: %o may %j", (status, role, expected) => {
    const actions = campaignActions(role, { subjectPersonId: "p-subject", subjectLineManagerPersonId: "p-boss", status });
    expect(Object.entries(actions).filter(([, allowed]) => allowed).map(([action]) => action)).toEqual(expected);
  });
});

describe("showsNominees", () => {
  it("lists nominees only until the links went out, also when a launched campaign is cancelled", () => {
    expect(showsNominees({ status: "awaiting_approval", openedAt: null })).toBe(true);
    expect(showsNominees({ status: "open", openedAt: now })).toBe(false);
    expect(showsNominees({ status: "cancelled", openedAt: now })).toBe(false);
    expect(showsNominees({ status: "cancelled", openedAt: null })).toBe(true);
  });
});
