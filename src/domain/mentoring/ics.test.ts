import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, sessionToIcs, sessionUid, type TIcsInput } from "./ics";
import { caught } from "./test-helpers";
import { localToUtc, parseLocalDateTime } from "./zoned-time";

const brussels = (local: string) => localToUtc(parseLocalDateTime("t", local), "Europe/Brussels");

const base: TIcsInput = {
  method: "REQUEST",
  uid: sessionUid("7f3c9a2e-1b4d-4e8a-9c1f-2d3e4f5a6b7c", "sterk.example"),
  sequence: 0,
  start: brussels("2026-10-23T10:00"),
  end: brussels("2026-10-23T11:00"),
  summary: "Mentoring session: Anne Peeters & Luc Dubois",
  description: "Agenda: review of the quarter.",
  location: "Sterk office, Rue de la Loi 16, 1000 Brussels",
  organizer: { name: "Sterk", email: "mentoring@sterk.example" },
  attendees: [
    { name: "Anne Peeters", email: "anne.peeters@acme.be" },
    { name: "Luc Dubois", email: "luc.dubois@acme.be" },
  ],
  timeZone: "Europe/Brussels",
  now: new Date("2026-10-20T10:00:00Z"),
};

/** Parses with a real iCalendar parser (ical.js), using only the VTIMEZONE inside the text. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  return { calendar, vevent, event };
}

describe("sessionToIcs parsed by ical.js", () => {
  it.each([
    ["summer time, the day before the autumn change", "2026-10-24T10:00", "2026-10-24T08:00:00.000Z"],
    ["winter time, the day after the autumn change", "2026-10-26T10:00", "2026-10-26T09:00:00.000Z"],
    ["the autumn night, before the repeated hour", "2026-10-25T01:30", "2026-10-24T23:30:00.000Z"],
    ["the repeated hour (earlier instant)", "2026-10-25T02:30", "2026-10-25T00:30:00.000Z"],
    ["the autumn night, after the repeated hour", "2026-10-25T03:30", "2026-10-25T02:30:00.000Z"],
    ["winter time, the day before the spring change", "2027-03-27T10:00", "2027-03-27T09:00:00.000Z"],
    ["the spring night, after the jump", "2027-03-28T03:15", "2027-03-28T01:15:00.000Z"],
    ["summer time, the day after the spring change", "2027-03-29T10:00", "2027-03-29T08:00:00.000Z"],
    ["deep winter", "2027-01-15T09:00", "2027-01-15T08:00:00.000Z"],
  ])("puts the start of a session %s (%s Brussels) at %s", (_what, local, expectedUtc) => {
    const start = brussels(local);
    const end = new Date(start.getTime() + 60 * 60_000);
    const { event } = parse(sessionToIcs({ ...base, start, end }));
    expect(event.startDate.toJSDate().toISOString()).toBe(expectedUtc);
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(3_600_000);
  });

  it("writes local times with TZID and a VTIMEZONE with STANDARD and DAYLIGHT rules", () => {
    const text = sessionToIcs({ ...base, start: brussels("2026-10-26T10:00"), end: brussels("2026-10-26T11:30") });
    expect(text).toContain("\r\nDTSTART;TZID=Europe/Brussels:20261026T100000\r\n");
    expect(text).toContain("\r\nDTEND;TZID=Europe/Brussels:20261026T113000\r\n");
    const { calendar } = parse(text);
    const vtimezone = calendar.getFirstSubcomponent("vtimezone");
    expect(vtimezone?.getFirstPropertyValue("tzid")).toBe("Europe/Brussels");
    expect(vtimezone?.getFirstSubcomponent("daylight")?.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(vtimezone?.getFirstSubcomponent("standard")?.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  });

  it("writes the repeated autumn hour in UTC, since parsers disagree on which 02:30 is meant", () => {
    const text = sessionToIcs({ ...base, start: brussels("2026-10-25T02:30"), end: brussels("2026-10-25T03:30") });
    expect(text).toContain("\r\nDTSTART:20261025T003000Z\r\n");
    expect(text).toContain("\r\nDTEND:20261025T023000Z\r\n");
  });

  it("carries METHOD, the stable UID, SEQUENCE, DTSTAMP in UTC, organizer and attendees", () => {
    const { calendar, vevent, event } = parse(sessionToIcs({ ...base, sequence: 3 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe("session-7f3c9a2e-1b4d-4e8a-9c1f-2d3e4f5a6b7c@sterk.example");
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-10-20T10:00:00Z");
    expect(event.organizer).toBe("mailto:mentoring@sterk.example");
    expect(event.attendees.map((a) => [a.getFirstValue(), a.getParameter("cn"), a.getParameter("rsvp")])).toEqual([
      ["mailto:anne.peeters@acme.be", "Anne Peeters", "TRUE"],
      ["mailto:luc.dubois@acme.be", "Luc Dubois", "TRUE"],
    ]);
    expect(event.location).toBe(base.location);
  });

  it("keeps the UID across an update and a cancellation, with SEQUENCE going up and STATUS:CANCELLED", () => {
    const uid = sessionUid("s-42", "sterk.example");
    const invite = parse(sessionToIcs({ ...base, uid, sequence: 0 }));
    const update = parse(sessionToIcs({ ...base, uid, sequence: 1, start: brussels("2026-10-26T10:00"), end: brussels("2026-10-26T11:00") }));
    const cancel = parse(sessionToIcs({ ...base, uid, sequence: 2, method: "CANCEL", start: brussels("2026-10-26T10:00"), end: brussels("2026-10-26T11:00") }));
    expect([invite, update, cancel].map((p) => p.event.uid)).toEqual([uid, uid, uid]);
    expect([invite, update, cancel].map((p) => p.event.sequence)).toEqual([0, 1, 2]);
    expect(cancel.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancel.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(update.event.startDate.toJSDate().toISOString()).toBe("2026-10-26T09:00:00.000Z");
  });

  it("derives the UID from the session id and a domain, refusing what cannot be a UID", () => {
    expect(sessionUid("abc_1", "Sterk.Example")).toBe("session-abc_1@sterk.example");
    expect(caught(() => sessionUid("a b", "sterk.example")).field).toBe("sessionId");
    expect(caught(() => sessionUid("abc", "sterk example")).field).toBe("domain");
    expect(caught(() => sessionUid("abc", "evil.example\r\nX-INJECT:1")).field).toBe("domain");
  });
});

describe("RFC 5545 text rules", () => {
  const longFrench =
    "Séance de suivi : préparation de l'entretien annuel, délégation à l'équipe « ventes », priorités du trimestre ; réflexion sur la communication, l'écoute et la résilience émotionnelle — à préparer avant jeudi.";
  const longDutch =
    "Opvolgingsgesprek: voorbereiding van het functioneringsgesprek, delegeren aan het team, prioriteiten van het kwartaal; reflectie over communicatie, luisteren en veerkracht — graag vóór donderdag één pagina met ideeën (café-overleg, coördinatie).\nTweede regel: ‘citaat’ en emoji 🤝🌷 en € 1.000.";

  it("uses CRLF only and folds every line at 75 octets without splitting a UTF-8 character", () => {
    const text = sessionToIcs({ ...base, summary: longFrench, description: longDutch, location: longFrench });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const bytes = Buffer.from(text, "utf8");
    const lines: Buffer[] = [];
    let from = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        lines.push(bytes.subarray(from, i));
        from = i + 2;
      }
    }
    expect(lines.some((line) => line.length === 75)).toBe(true);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(line)).not.toThrow();
    }
    const { event } = parse(text);
    expect(event.summary).toBe(longFrench);
    expect(event.description).toBe(longDutch);
    expect(event.location).toBe(longFrench);
  });

  it.each([
    ["a, b", "a\\, b"],
    ["a; b", "a\\; b"],
    ["C:\\temp", "C:\\\\temp"],
    ["one\r\ntwo\nthree\rfour", "one\\ntwo\\nthree\\nfour"],
    ["tab\there, bell\u0007 gone", "tab\there\\, bell gone"],
    ["line\u2028separator", "line\\nseparator"],
  ])("escapes %j as %j", (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it("round-trips escaped text through ical.js, and a newline in text cannot inject a property", () => {
    const summary = "Plan; review, next steps \\ done";
    const description = "Line one\nSTATUS:CANCELLED\r\nATTENDEE:mailto:evil@example.com";
    const { event, vevent } = parse(sessionToIcs({ ...base, summary, description }));
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description.replace(/\r\n/g, "\n"));
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.attendees).toHaveLength(2);
  });

  it("keeps quotes and line breaks out of attendee names", () => {
    const text = sessionToIcs({ ...base, attendees: [{ name: 'Zoë "Z" Dupont\r\nX-EVIL:1', email: "zoe@acme.be" }] });
    expect(text).not.toContain("\r\nX-EVIL");
    expect(parse(text).event.attendees[0]?.getParameter("cn")).toBe("Zoë 'Z' Dupont X-EVIL:1");
  });

  it("folds at code points: a line of 4-byte characters breaks between them", () => {
    const folded = foldLine(`DESCRIPTION:${"🤝".repeat(30)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"🤝".repeat(30)}`);
  });

  it.each([
    [{ method: "PUBLISH" }, "method"],
    [{ timeZone: "America/New_York" }, "timeZone"],
    [{ uid: "has space@x" }, "uid"],
    [{ sequence: -1 }, "sequence"],
    [{ sequence: 1.5 }, "sequence"],
    [{ end: new Date("2026-10-23T08:00:00Z") }, "end"],
    [{ start: new Date("nope") }, "start"],
    [{ summary: "  " }, "summary"],
    [{ attendees: [] }, "attendees"],
    [{ organizer: { name: "x", email: "not-an-address" } }, "organizer.email"],
    [{ attendees: [{ name: "x", email: "a@b.be\r\nBCC:c@d.be" }] }, "attendees[0].email"],
  ])("rejects %j naming %s", (change, field) => {
    expect(caught(() => sessionToIcs({ ...base, ...(change as Partial<TIcsInput>) }))).toMatchObject({ code: "VALIDATION", field });
  });
});
