import { describe, expect, it } from "vitest";
import {
  afterRetryableFailure,
  classifySmtpFailure,
  isSendFinished,
  MAX_DELIVERY_ATTEMPTS,
  orphanedBefore,
  planIssueLanguages,
  resolveUnknownDelivery,
  SENDING_LEASE_MINUTES,
  type TSmtpFailure,
} from "./delivery";

describe("classifySmtpFailure", () => {
  it.each<[string, TSmtpFailure, string]>([
    ["a 451 reply to the message", { responseCode: 451, code: "EMESSAGE" }, "retry"],
    ["a 421 at connection", { responseCode: 421, code: "ECONNECTION" }, "retry"],
    ["a 550 unknown mailbox", { responseCode: 550, code: "EENVELOPE" }, "failed"],
    ["a 552 message refused", { responseCode: 552, code: "EMESSAGE" }, "failed"],
    ["a refused connection", { code: "ESOCKET", originalCode: "ECONNREFUSED" }, "retry"],
    ["an unknown host", { code: "EDNS", originalCode: "ENOTFOUND" }, "retry"],
    ["a failed login", { code: "EAUTH" }, "retry"],
    ["an address nodemailer refuses itself", { code: "EENVELOPE" }, "failed"],
    ["a connection closed mid-session", { code: "ECONNECTION" }, "unknown"],
    ["a socket timeout", { code: "ETIMEDOUT" }, "unknown"],
    ["a reset socket", { code: "ESOCKET", originalCode: "ECONNRESET" }, "unknown"],
    ["an error nobody described", {}, "unknown"],
  ])("treats %s as %s", (_, failure, outcome) => {
    expect(classifySmtpFailure(failure)).toBe(outcome);
  });
});

describe("afterRetryableFailure", () => {
  const now = new Date("2026-11-27T10:00:00Z");
  it("waits longer after each attempt", () => {
    const pauses = [1, 2, 3, 4].map((attempts) => {
      const next = afterRetryableFailure(attempts, now);
      if (next.status !== "pending") throw new Error("expected a retry");
      return (next.nextAttemptAt.getTime() - now.getTime()) / 60_000;
    });
    expect(pauses).toEqual([...pauses].sort((a, b) => a - b));
    expect(new Set(pauses).size).toBe(pauses.length);
  });
  it("gives up after the last attempt", () => {
    expect(afterRetryableFailure(MAX_DELIVERY_ATTEMPTS, now)).toEqual({ status: "failed" });
  });
});

describe("orphanedBefore", () => {
  it("is the lease length before now", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(now.getTime() - orphanedBefore(now).getTime()).toBe(SENDING_LEASE_MINUTES * 60_000);
  });
});

describe("resolveUnknownDelivery", () => {
  it("marks a delivery the operator knows arrived as sent, and queues a resend otherwise", () => {
    expect(resolveUnknownDelivery("unknown", "delivered")).toBe("sent");
    expect(resolveUnknownDelivery("unknown", "resend")).toBe("pending");
  });
  it.each(["pending", "sending", "sent", "failed", "skipped"] as const)("refuses to settle a delivery in %s", (status) => {
    expect(() => resolveUnknownDelivery(status, "resend")).toThrow(/unknown/);
  });
});

describe("isSendFinished", () => {
  it.each([
    [{}, true],
    [{ sent: 3, unknown: 1, failed: 1 }, true],
    [{ sent: 3, pending: 1 }, false],
    [{ sent: 3, sending: 1 }, false],
  ])("for %j is %s", (counts, finished) => {
    expect(isSendFinished(counts)).toBe(finished);
  });
});

describe("planIssueLanguages", () => {
  it("sends in every language that has confirmed subscribers", () => {
    expect(planIssueLanguages(["nl", "fr", "en"], { nl: 3, fr: 0, en: 1 })).toEqual(["en", "nl"]);
  });
  it("refuses when a language with subscribers has no version, naming it", () => {
    expect(() => planIssueLanguages(["nl"], { nl: 3, fr: 2 })).toThrow(expect.objectContaining({ field: "versions.fr" }));
  });
  it("refuses when nobody is subscribed", () => {
    expect(() => planIssueLanguages(["nl"], {})).toThrow(expect.objectContaining({ field: "subscribers" }));
  });
});
