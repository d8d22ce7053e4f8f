import { describe, expect, it } from "vitest";
import { renderRaterInvitation, renderRaterReminder } from "../../email/templates";

const input = {
  name: "Olga\r\nBcc: evil@x.test",
  subject: "Ann\u2028Smith",
  organisation: "Brouwerij Demo",
  group: "peer" as const,
  groupMinimum: 4,
  closesAt: new Date("2026-03-12T16:00:00Z"),
  url: "https://sterk.example/rate#token=abc",
};

describe("360 rater emails", () => {
  it.each([
    ["nl", /groep: collega \(peer\)/, /minstens 4 mensen/, /12 maart 2026/],
    ["fr", /groupe : collègue \(pair\)/, /au moins 4 personnes/, /12 mars 2026/],
    ["en", /group: peer/, /at least 4 people/, /12 March 2026/],
  ] as const)("invites in %s, naming the group, the group minimum and the close date", (locale, group, minimum, date) => {
    const email = renderRaterInvitation(locale, input);
    for (const pattern of [group, minimum, date]) expect(email.text).toMatch(pattern);
    expect(email.text).toContain(input.url);
    expect(email.subject).not.toMatch(/[\r\n\u2028]/);
    expect(email.text).not.toContain("\r\nBcc");
  });

  it("tells the line manager that their answers are shown separately, and a reminder that old links stop working", () => {
    expect(renderRaterInvitation("en", { ...input, group: "line_manager" }).text).toMatch(/your answers are shown separately/);
    expect(renderRaterReminder("nl", input).text).toMatch(/eerdere links werken niet meer/);
  });
});
