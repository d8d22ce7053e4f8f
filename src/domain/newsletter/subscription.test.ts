import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONFIRMATION_HOURS,
  CONFIRMATION_RESEND_MINUTES,
  decideConfirm,
  decideErase,
  decideLanguageChange,
  decideSubscribe,
  decideUnsubscribe,
  receivesIssues,
  type TSubscription,
} from "./subscription";

const t0 = new Date("2026-11-27T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const hours = (n: number) => minutes(n * 60);

describe("the subscription lifecycle", () => {
  it("goes pending -> confirmed -> unsubscribed -> erased, receiving issues only while confirmed", () => {
    const subscribed = decideSubscribe(undefined, { language: "fr", now: t0 });
    expect(subscribed).toMatchObject({ sendConfirmation: true, changed: true });
    expect(subscribed.next).toEqual({ status: "pending", language: "fr", confirmationSentAt: t0, confirmationExpiresAt: hours(CONFIRMATION_HOURS) });
    expect(receivesIssues(subscribed.next)).toBe(false);

    const confirmed = decideConfirm(subscribed.next, hours(47));
    if (!confirmed.ok) throw new Error("expected a confirmation");
    expect(confirmed.next.status).toBe("confirmed");
    expect(confirmed.next.confirmationExpiresAt).toBeNull();
    expect(receivesIssues(confirmed.next)).toBe(true);

    const unsubscribed = decideUnsubscribe(confirmed.next);
    expect(unsubscribed.outcome).toBe("unsubscribed");
    expect(receivesIssues(unsubscribed.next)).toBe(false);

    const erased = decideErase(unsubscribed.next);
    expect(erased).toEqual({ status: "erased", language: "fr", confirmationSentAt: null, confirmationExpiresAt: null });
    expect(receivesIssues(erased)).toBe(false);
  });

  it("refuses a replayed confirmation link and one that expired after 48 hours", () => {
    const pending = decideSubscribe(undefined, { language: "nl", now: t0 }).next;
    expect(decideConfirm(pending, hours(48))).toEqual({ ok: false, reason: "expired" });
    const confirmed = decideConfirm(pending, hours(1));
    if (!confirmed.ok) throw new Error("expected a confirmation");
    expect(decideConfirm(confirmed.next, hours(2))).toEqual({ ok: false, reason: "used" });
  });

  it("kills a pending confirmation link when the subscriber unsubscribes", () => {
    const pending = decideSubscribe(undefined, { language: "nl", now: t0 }).next;
    const { next } = decideUnsubscribe(pending);
    expect(decideConfirm(next, minutes(1))).toEqual({ ok: false, reason: "used" });
  });

  it("answers a second unsubscribe with its own outcome and no change", () => {
    const confirmed: TSubscription = { status: "confirmed", language: "en", confirmationSentAt: t0, confirmationExpiresAt: null };
    const once = decideUnsubscribe(confirmed);
    const twice = decideUnsubscribe(once.next);
    expect(twice).toEqual({ next: once.next, outcome: "already_unsubscribed" });
  });
});

describe("a subscription request", () => {
  const confirmed: TSubscription = { status: "confirmed", language: "nl", confirmationSentAt: t0, confirmationExpiresAt: null };
  const pending = decideSubscribe(undefined, { language: "nl", now: t0 }).next;
  const unsubscribed = decideUnsubscribe(confirmed).next;

  it.each([
    ["a new address", undefined, minutes(0), true, "pending"],
    ["a pending address, minutes after its last email", pending, minutes(CONFIRMATION_RESEND_MINUTES - 1), false, "pending"],
    ["a pending address, later", pending, minutes(CONFIRMATION_RESEND_MINUTES), true, "pending"],
    ["a confirmed address", confirmed, minutes(0), false, "confirmed"],
    ["an unsubscribed address", unsubscribed, minutes(0), true, "pending"],
    ["an erased address", decideErase(confirmed), minutes(0), true, "pending"],
  ] as const)("for %s sends a confirmation: %s, status %s", (_, current, now, sends, status) => {
    const decision = decideSubscribe(current, { language: "nl", now });
    expect(decision.sendConfirmation).toBe(sends);
    expect(decision.next.status).toBe(status);
  });

  it("never changes a confirmed subscriber, whatever language is asked", () => {
    expect(decideSubscribe(confirmed, { language: "fr", now: t0 })).toEqual({ next: confirmed, sendConfirmation: false, changed: false });
  });

  it("takes the latest language for a pending address even when no new email goes out", () => {
    const decision = decideSubscribe(pending, { language: "en", now: minutes(1) });
    expect(decision).toMatchObject({ sendConfirmation: false, changed: true, next: { language: "en", confirmationExpiresAt: pending.confirmationExpiresAt } });
  });
});

describe("changing language", () => {
  it("changes only the language, and reports when it was already that language", () => {
    const confirmed: TSubscription = { status: "confirmed", language: "nl", confirmationSentAt: t0, confirmationExpiresAt: null };
    expect(decideLanguageChange(confirmed, "fr")).toEqual({ next: { ...confirmed, language: "fr" }, changed: true });
    expect(decideLanguageChange(confirmed, "nl").changed).toBe(false);
  });
});

type TEvent =
  | { kind: "subscribe"; language: "nl" | "fr" | "en"; after: number }
  | { kind: "confirm"; after: number }
  | { kind: "unsubscribe" }
  | { kind: "erase" }
  | { kind: "language"; language: "nl" | "fr" | "en" };

const language = fc.constantFrom("nl" as const, "fr" as const, "en" as const);
const event: fc.Arbitrary<TEvent> = fc.oneof(
  fc.record({ kind: fc.constant("subscribe" as const), language, after: fc.integer({ min: 0, max: 72 * 60 }) }),
  fc.record({ kind: fc.constant("confirm" as const), after: fc.integer({ min: 0, max: 72 * 60 }) }),
  fc.record({ kind: fc.constant("unsubscribe" as const) }),
  fc.record({ kind: fc.constant("erase" as const) }),
  fc.record({ kind: fc.constant("language" as const), language }),
);

describe("any sequence of events", () => {
  it("confirms only through a live link, and keeps a link only while pending", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let state: TSubscription | undefined;
        let now = t0;
        for (const e of events) {
          const before = state;
          if (e.kind === "subscribe") {
            now = minutes((now.getTime() - t0.getTime()) / 60_000 + e.after);
            const d = decideSubscribe(state, { language: e.language, now });
            if (d.sendConfirmation && d.next.confirmationExpiresAt?.getTime() !== now.getTime() + CONFIRMATION_HOURS * 3600_000) return false;
            if (before?.status === "confirmed" && d.next !== before) return false;
            state = d.next;
          } else if (state && e.kind === "confirm") {
            now = minutes((now.getTime() - t0.getTime()) / 60_000 + e.after);
            const d = decideConfirm(state, now);
            const live = state.status === "pending" && state.confirmationExpiresAt !== null && state.confirmationExpiresAt > now;
            if (d.ok !== live) return false;
            if (d.ok) state = d.next;
          } else if (state && e.kind === "unsubscribe") state = decideUnsubscribe(state).next;
          else if (state && e.kind === "erase") state = decideErase(state);
          else if (state && e.kind === "language") state = decideLanguageChange(state, e.language).next;
          if (state && state.status !== "pending" && state.confirmationExpiresAt !== null) return false;
          if (state?.status === "confirmed" && before?.status !== "confirmed" && e.kind !== "confirm") return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
