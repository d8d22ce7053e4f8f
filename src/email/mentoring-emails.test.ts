import { describe, expect, it } from "vitest";
import { nudgeEmail } from "../domain/mentoring/index";
import { renderNudgeEmail, renderSessionEmail } from "./mentoring-emails";

const base = {
  recipientName: "Anne <b>Peeters</b>",
  otherPartyName: "Luc\r\nBcc: evil@x.test",
  start: new Date("2026-04-02T12:00:00Z"),
  end: new Date("2026-04-02T13:00:00Z"),
  timeZone: "Europe/Brussels",
  location: "Room 4",
  reason: null,
  url: "https://sterk.test/mentoring/1",
};

describe("session emails", () => {
  it.each([
    ["nl", "Mentoringsessie gepland", "14:00"],
    ["fr", "Séance de mentorat planifiée", "14:00"],
    ["en", "Mentoring session scheduled", "14:00"],
  ] as const)("says in %s when the session is, in Brussels time", (locale, subject, time) => {
    const email = renderSessionEmail(locale, { ...base, kind: "scheduled" });
    expect(email.subject).toContain(subject);
    expect(email.subject).toContain(time);
    expect(email.text).toContain("Room 4");
  });

  it("keeps names on one line and escapes them in HTML", () => {
    const email = renderSessionEmail("en", { ...base, kind: "cancelled", reason: "Ill" });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.text).toContain("Luc Bcc: evil@x.test");
    expect(email.text).toContain("Reason: Ill");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain("&#60;b&#62;");
  });

  it("wraps a nudge's text with its opt-out footer", () => {
    const text = nudgeEmail("fr", { kind: "overdue_action", recipientName: "Anne", actionText: "Plan", dueDate: "2026-03-10", url: "https://sterk.test/m", preferencesUrl: "https://sterk.test/p" });
    const email = renderNudgeEmail(text);
    expect(email.subject).toBe(text.subject);
    expect(email.text).toContain("https://sterk.test/p");
    expect(email.html).toContain('href="https://sterk.test/m"');
  });
});
