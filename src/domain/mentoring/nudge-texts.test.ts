import { describe, expect, it } from "vitest";
import { LOCALES } from "../shared/locale";
import { nudgeEmail, type TNudgeEmailInput } from "./nudge-texts";

const common = { recipientName: "Anne Peeters", url: "https://app.sterk.example/mentoring", preferencesUrl: "https://app.sterk.example/settings/reminders" };
const inputs: TNudgeEmailInput[] = [
  { ...common, kind: "session_reminder", otherPartyName: "Luc Dubois", start: new Date("2026-10-26T09:00:00Z"), end: new Date("2026-10-26T10:00:00Z"), timeZone: "Europe/Brussels", location: "Rue de la Loi 16" },
  { ...common, kind: "overdue_action", actionText: "Draft the team charter", dueDate: "2026-10-24" },
  { ...common, kind: "stale_checkin", goalTitle: "Lead the Q4 sales review", daysSinceLastCheckIn: 15 },
];
const all = LOCALES.flatMap((locale) => inputs.map((input) => [locale, input.kind, nudgeEmail(locale, input)] as const));
const words = (list: string) => new RegExp(`(?<!\\p{L})(?:${list})(?!\\p{L})`, "giu");

describe("nudge emails", () => {
  it.each(all)("%s %s: subject, greeting, link and opt-out", (_locale, _kind, email) => {
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.paragraphs[0]).toContain("Anne Peeters");
    expect(email.action.url).toBe(common.url);
    expect(email.footer).toContain(common.preferencesUrl);
    expect(email.text).toContain(`${email.action.label}${_locale === "fr" ? " :" : ":"} ${common.url}`);
    expect(email.text).not.toMatch(/\n{3}/);
  });

  it("address the reader formally: u in Dutch, vous in French", () => {
    const text = (locale: string) => all.filter(([l]) => l === locale).map(([, , e]) => `${e.subject}\n${e.text}`).join("\n");
    expect(text("nl").match(words("je|jij|jou|jouw|jullie")) ?? []).toEqual([]);
    expect(text("nl")).toMatch(words("u|uw"));
    expect(text("fr").match(words("tu|toi|ton|ta|tes")) ?? []).toEqual([]);
    expect(text("fr").match(/(?<!\p{L})t[’']\p{L}/giu) ?? []).toEqual([]);
    expect(text("fr")).toMatch(words("vous|votre|vos"));
  });

  it.each([
    ["nl", "26", "10:00", "11:00", "maandag"],
    ["fr", "26", "10:00", "11:00", "lundi"],
    ["en", "26", "10:00", "11:00", "Monday"],
  ] as const)("write the session time in Brussels local time in %s (winter time, 09:00 UTC = 10:00)", (locale, day, from, to, weekday) => {
    const email = nudgeEmail(locale, inputs[0] as TNudgeEmailInput);
    for (const part of [day, from, to, weekday]) expect(email.subject + email.paragraphs[1]).toContain(part);
    expect(email.paragraphs.join("\n")).toContain("Rue de la Loi 16");
  });

  it.each([
    ["nl", "24 oktober 2026"],
    ["fr", "24 octobre 2026"],
    ["en", "24 October 2026"],
  ] as const)("write the due date in %s as %s", (locale, date) => {
    expect(nudgeEmail(locale, inputs[1] as TNudgeEmailInput).paragraphs[1]).toContain(date);
  });

  it("keep line breaks out of names and texts, so no header can be injected", () => {
    const email = nudgeEmail("en", { ...common, kind: "session_reminder", recipientName: "Eve\r\nBcc: x@evil.example", otherPartyName: "Luc\u2028Dubois", start: new Date("2026-10-26T09:00:00Z"), end: new Date("2026-10-26T10:00:00Z"), timeZone: "Europe/Brussels", location: null });
    expect(email.paragraphs.join("")).not.toMatch(/[\r\n\u2028]/);
    expect(email.paragraphs[0]).toBe("Dear Eve Bcc: x@evil.example,");
    expect(email.paragraphs[1]).toContain("Luc Dubois");
    expect(email.paragraphs).toHaveLength(2);
  });

  it("differ per kind and per language", () => {
    const subjects = new Set(all.map(([, , e]) => e.subject));
    expect(subjects.size).toBe(all.length);
  });
});
