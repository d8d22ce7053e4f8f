import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caught } from "./test-helpers";
import { addDays, instantsOf, isTimeZone, localToUtc, parseLocalDate, parseLocalDateTime, parseTimeOfDay, utcToLocal } from "./zoned-time";

const BRU = "Europe/Brussels";
const utc = (text: string, tz = BRU) => localToUtc(parseLocalDateTime("t", text), tz).toISOString();

describe("Brussels wall-clock time to UTC", () => {
  it.each([
    ["2026-07-01T12:00", "2026-07-01T10:00:00.000Z", "summer: UTC+2"],
    ["2026-12-01T12:00", "2026-12-01T11:00:00.000Z", "winter: UTC+1"],
    ["2027-03-28T01:59", "2027-03-28T00:59:00.000Z", "last minute before the spring jump"],
    ["2027-03-28T03:00", "2027-03-28T01:00:00.000Z", "first minute after the spring jump"],
    ["2026-10-25T01:59", "2026-10-24T23:59:00.000Z", "before the repeated hour"],
    ["2026-10-25T02:00", "2026-10-25T00:00:00.000Z", "repeated hour: the earlier instant (still summer time)"],
    ["2026-10-25T02:30", "2026-10-25T00:30:00.000Z", "repeated hour: the earlier instant (still summer time)"],
    ["2026-10-25T03:00", "2026-10-25T02:00:00.000Z", "after the repeated hour"],
    ["2026-03-28T02:30", "2026-03-28T01:30:00.000Z", "the Saturday before the jump is an ordinary night"],
  ])("%s → %s (%s)", (local, expected) => {
    expect(utc(local)).toBe(expected);
  });

  it.each(["2027-03-28T02:00", "2027-03-28T02:30", "2027-03-28T02:59", "2026-03-29T02:15"])("rejects %s, which the spring-forward gap skips, naming the field", (local) => {
    const error = caught(() => localToUtc(parseLocalDateTime("slots[0].start", local), BRU, "slots[0].start"));
    expect(error).toMatchObject({ code: "VALIDATION", field: "slots[0].start" });
    expect(error.message).toContain(`${local} does not exist in Europe/Brussels`);
  });

  it("moves a gap time forward by the gap when asked to (computed times, not typed ones)", () => {
    expect(localToUtc(parseLocalDateTime("t", "2027-03-28T02:30"), BRU, "t", "compatible").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(utcToLocal(new Date("2027-03-28T01:30:00Z"), BRU)).toMatchObject({ hour: 3, minute: 30 });
  });

  it("finds both instants of an ambiguous time and none in a gap", () => {
    expect(instantsOf(parseLocalDateTime("t", "2026-10-25T02:30"), BRU).map((d) => d.toISOString())).toEqual(["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"]);
    expect(instantsOf(parseLocalDateTime("t", "2027-03-28T02:30"), BRU)).toEqual([]);
  });

  it("works for other zones with other rules (New York springs forward on 8 March 2026)", () => {
    expect(utc("2026-03-08T01:30", "America/New_York")).toBe("2026-03-08T06:30:00.000Z");
    expect(caught(() => utc("2026-03-08T02:30", "America/New_York")).code).toBe("VALIDATION");
    expect(utc("2026-03-08T03:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
  });

  it("round-trips every minute of the fall-back and spring-forward nights", () => {
    for (const from of [Date.UTC(2026, 9, 24, 22), Date.UTC(2027, 2, 27, 22)]) {
      for (let t = from; t < from + 6 * 3_600_000; t += 60_000) {
        const instant = new Date(t);
        const back = localToUtc(utcToLocal(instant, BRU), BRU);
        const inSecondPass = t >= Date.UTC(2026, 9, 25, 1) && t < Date.UTC(2026, 9, 25, 2);
        expect(back.getTime()).toBe(inSecondPass ? t - 3_600_000 : t);
      }
    }
  });

  it("round-trips random minutes of 2026–2028: UTC → wall clock → UTC is the same instant, or the earlier twin in the repeated hour", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2028, 11, 31) / 60_000 }), (minute) => {
        const instant = new Date(minute * 60_000);
        const back = localToUtc(utcToLocal(instant, BRU), BRU);
        const twins = instantsOf(utcToLocal(instant, BRU), BRU);
        expect(twins.map((d) => d.getTime())).toContain(instant.getTime());
        expect(back.getTime()).toBe(twins[0]?.getTime());
        expect(instant.getTime() - back.getTime()).toBe(twins.length === 2 ? (twins[1]?.getTime() === instant.getTime() ? 3_600_000 : 0) : 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parsing local dates and times", () => {
  it.each([
    ["2026-02-29T10:00", "is not a date in the calendar"],
    ["2026-13-01T10:00", "is not a date in the calendar"],
    ["2026-10-25 10:00", "YYYY-MM-DDTHH:MM"],
    ["2026-10-25T24:00", "is not a time of day"],
    ["2026-10-25T10:60", "is not a time of day"],
    ["2026-10-25T10:00:30", "YYYY-MM-DDTHH:MM"],
    ["2026-10-25T10:00Z", "YYYY-MM-DDTHH:MM"],
    ["1999-12-31T10:00", "is not a date in the calendar"],
    [20261025, "YYYY-MM-DDTHH:MM"],
  ])("rejects %j", (value, message) => {
    const error = caught(() => parseLocalDateTime("slots[1].end", value));
    expect(error).toMatchObject({ code: "VALIDATION", field: "slots[1].end" });
    expect(error.message).toContain(message);
  });

  it("accepts leap days, seconds written as :00, and times of day", () => {
    expect(parseLocalDateTime("t", "2028-02-29T23:59:00")).toEqual({ year: 2028, month: 2, day: 29, hour: 23, minute: 59, second: 0 });
    expect(parseLocalDate("d", "2026-12-31")).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseTimeOfDay("q", "20:00")).toBe(1200);
    expect(caught(() => parseTimeOfDay("quiet.start", "8:00")).field).toBe("quiet.start");
  });

  it("adds calendar days across month and year ends", () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("knows real time zones only", () => {
    expect(isTimeZone("Europe/Brussels")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
