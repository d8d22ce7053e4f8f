import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canResend,
  invitationDelivery,
  invitationExpiry,
  linkMaySetPassword,
  matchPersonByEmail,
  orgDepths,
  selectPeople,
  skipReason,
  type TInvitedAccount,
} from "./index";

const untouched: TInvitedAccount = { hasPassword: false, hasSsoIdentity: false, isOperator: false, otherMemberships: 0 };
const NOW = new Date("2026-03-02T09:00:00Z");

describe("how an invitation reaches an account", () => {
  it.each([
    ["a new account", null, false, "link"],
    ["an untouched account", untouched, false, "link"],
    ["an account with a password", { ...untouched, hasPassword: true }, false, "notify"],
    ["an account signed in through SSO", { ...untouched, hasSsoIdentity: true }, false, "notify"],
    ["the operator", { ...untouched, isOperator: true }, false, "notify"],
    ["a member of another organisation without a password", { ...untouched, otherMemberships: 1 }, false, "notify"],
    ["a new account in an SSO-only organisation", null, true, "notify"],
    ["an untouched account in an SSO-only organisation", untouched, true, "notify"],
  ] as const)("%s gets %s", (_name, account, ssoOnly, expected) => {
    expect(invitationDelivery(account, ssoOnly)).toBe(expected);
  });

  it("issues a link only for an account that nobody can sign in to and that holds nothing elsewhere (any facts)", () => {
    fc.assert(
      fc.property(
        fc.record({ hasPassword: fc.boolean(), hasSsoIdentity: fc.boolean(), isOperator: fc.boolean(), otherMemberships: fc.nat(3) }),
        fc.boolean(),
        (account, ssoOnly) => {
          const link = invitationDelivery(account, ssoOnly) === "link";
          const takeoverRisk = account.hasPassword || account.hasSsoIdentity || account.isOperator || account.otherMemberships > 0 || ssoOnly;
          expect(link && takeoverRisk).toBe(false);
        },
      ),
    );
  });

  it("lets a link set a password only while the account is still untouched", () => {
    expect(linkMaySetPassword(untouched)).toBe(true);
    expect(linkMaySetPassword({ ...untouched, hasPassword: true })).toBe(false);
    expect(linkMaySetPassword({ ...untouched, otherMemberships: 2 })).toBe(false);
  });
});

describe("timing", () => {
  it("expires 7 days after sending", () => {
    expect(invitationExpiry(NOW).toISOString()).toBe("2026-03-09T09:00:00.000Z");
  });

  it.each([
    [0, false],
    [9 * 60_000 + 59_000, false],
    [10 * 60_000, true],
    [3 * 86_400_000, true],
  ])("after %i ms a resend is allowed: %s", (elapsed, allowed) => {
    expect(canResend(NOW, new Date(NOW.getTime() + elapsed))).toBe(allowed);
  });
});

describe("the person an account becomes", () => {
  const people = [
    { id: "p1", email: "An.Peeters@acme.test", employeeNumber: "E1", active: true, linkedUserId: null },
    { id: "p2", email: "jan@acme.test", employeeNumber: "E2", active: false, linkedUserId: null },
    { id: "p3", email: "kim@acme.test", employeeNumber: "E3", active: true, linkedUserId: "someone-else" },
    { id: "p4", email: "dup@acme.test", employeeNumber: "E4", active: true, linkedUserId: null },
    { id: "p5", email: "DUP@acme.test", employeeNumber: "E5", active: true, linkedUserId: null },
  ];

  it("matches the email case-insensitively", () => {
    expect(matchPersonByEmail(people, { userId: "u", email: "an.peeters@ACME.test" })?.id).toBe("p1");
  });

  it("never matches an inactive person or one linked to another account", () => {
    expect(matchPersonByEmail(people, { userId: "u", email: "jan@acme.test" })).toBeNull();
    expect(matchPersonByEmail(people, { userId: "u", email: "kim@acme.test" })).toBeNull();
    expect(matchPersonByEmail(people, { userId: "someone-else", email: "kim@acme.test" })?.id).toBe("p3");
  });

  it("breaks a tie with the employee number, else matches nobody", () => {
    expect(matchPersonByEmail(people, { userId: "u", email: "dup@acme.test" })).toBeNull();
    expect(matchPersonByEmail(people, { userId: "u", email: "dup@acme.test" }, "E5")?.id).toBe("p5");
    expect(matchPersonByEmail(people, { userId: "u", email: "dup@acme.test" }, "E9")).toBeNull();
  });
});

describe("who a directory invitation skips", () => {
  const base = { personId: "p", email: "p@acme.test", personActive: true, membership: null, pending: null };
  it.each([
    ["nobody without an account", base, null],
    ["an inactive person", { ...base, personActive: false }, "inactive"],
    ["a deactivated membership", { ...base, membership: { deactivated: true, canSignIn: true } }, "inactive"],
    ["a person without email", { ...base, email: " " }, "no_email"],
    ["an active account", { ...base, membership: { deactivated: false, canSignIn: true } }, "already_active"],
    ["a linked account that cannot sign in yet", { ...base, membership: { deactivated: false, canSignIn: false } }, null],
    ["a pending invitation", { ...base, pending: { expiresAt: new Date(NOW.getTime() + 1) } }, "already_invited"],
    ["a lapsed invitation (sent anew)", { ...base, pending: { expiresAt: NOW } }, null],
  ] as const)("%s → %s", (_name, candidate, reason) => {
    expect(skipReason(candidate, NOW)).toBe(reason);
  });
});

describe("the directory filter", () => {
  // d leads s1 and f1; s1 leads s2; x's manager is not in the list
  const tree = [
    { id: "d", managerId: null, department: "Directie", accountState: "invited" },
    { id: "s1", managerId: "d", department: "Sales", accountState: "none" },
    { id: "f1", managerId: "d", department: "Finance", accountState: "expired" },
    { id: "s2", managerId: "s1", department: " sales ", accountState: "none" },
    { id: "x", managerId: "gone", department: "Sales", accountState: "active" },
  ];
  const ids = (filter: Parameters<typeof selectPeople>[1]) => selectPeople(tree, filter).map((p) => p.id);

  it("counts depth from the top of the tree", () => {
    expect(Object.fromEntries(orgDepths(tree))).toEqual({ d: 1, s1: 2, f1: 2, s2: 3, x: 1 });
  });

  it("survives a reporting cycle", () => {
    const depths = orgDepths([
      { id: "a", managerId: "b" },
      { id: "b", managerId: "a" },
    ]);
    expect([...depths.keys()].sort()).toEqual(["a", "b"]);
  });

  it.each([
    [{}, ["d", "s1", "f1", "s2", "x"]],
    [{ department: "SALES" }, ["s1", "s2", "x"]],
    [{ level: 2 }, ["s1", "f1"]],
    [{ managersOnly: true }, ["d", "s1"]],
    [{ accountState: "none" as const }, ["s1", "s2"]],
    [{ accountState: "expired" as const, level: 2 }, ["f1"]],
    [{ department: "sales", level: 1 }, ["x"]],
  ])("%j selects %j", (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});
