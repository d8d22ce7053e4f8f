import { describe, expect, it } from "vitest";
import { answerConsent, awaitingConsent, consentPartyOf, initialConsent, toConsent } from "./engagement-consent";

describe("consent to a mentor-started engagement", () => {
  it("asks nobody when HR starts it; the mentee (and HR when the organisation asks) when a mentor does", () => {
    expect(initialConsent("hr", true)).toEqual({ mentee: "not_required", hr: "not_required" });
    expect(initialConsent("mentor", false)).toEqual({ mentee: "pending", hr: "not_required" });
    expect(initialConsent("mentor", true)).toEqual({ mentee: "pending", hr: "pending" });
    expect(awaitingConsent(initialConsent("mentor", false))).toBe(true);
    expect(awaitingConsent(initialConsent("hr", false))).toBe(false);
    expect(toConsent("nonsense", "pending")).toEqual({ mentee: "not_required", hr: "pending" });
  });

  it("activates with the last consent, in either order, and cancels on one decline", () => {
    const both = initialConsent("mentor", true);
    const menteeFirst = answerConsent("proposed", both, "mentee", "accept");
    expect(menteeFirst).toEqual({ consent: { mentee: "accepted", hr: "pending" }, status: "proposed" });
    expect(answerConsent("proposed", menteeFirst.consent, "hr", "accept").status).toBe("active");
    const hrFirst = answerConsent("proposed", both, "hr", "accept");
    expect(answerConsent("proposed", hrFirst.consent, "mentee", "accept").status).toBe("active");
    expect(answerConsent("proposed", initialConsent("mentor", false), "mentee", "accept").status).toBe("active");
    expect(answerConsent("proposed", both, "hr", "decline")).toEqual({ consent: { mentee: "pending", hr: "declined" }, status: "cancelled" });
  });

  it("refuses an answer nobody waits for, a second answer and an unknown decision, naming the field", () => {
    const none = initialConsent("hr", false);
    expect(() => answerConsent("proposed", none, "mentee", "accept")).toThrow(expect.objectContaining({ code: "CONFLICT", field: "decision" }));
    const accepted = answerConsent("proposed", initialConsent("mentor", true), "mentee", "accept");
    expect(() => answerConsent("proposed", accepted.consent, "mentee", "decline")).toThrow(expect.objectContaining({ code: "CONFLICT" }));
    expect(() => answerConsent("cancelled", initialConsent("mentor", false), "mentee", "accept")).toThrow(expect.objectContaining({ code: "CONFLICT" }));
    expect(() => answerConsent("proposed", initialConsent("mentor", false), "mentee", "yes")).toThrow(expect.objectContaining({ code: "VALIDATION", field: "decision" }));
  });

  it("lets the mentee answer her own request, and HR only HR's part", () => {
    const both = initialConsent("mentor", true);
    expect(consentPartyOf(both, ["mentee"])).toBe("mentee");
    expect(consentPartyOf(both, ["hr"])).toBe("hr");
    expect(consentPartyOf(both, ["mentor"])).toBeNull();
    expect(consentPartyOf(both, ["sponsor"])).toBeNull();
    expect(consentPartyOf({ mentee: "accepted", hr: "pending" }, ["mentee", "hr"])).toBe("hr");
  });
});
