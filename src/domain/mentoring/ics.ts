import { invalid } from "../shared/errors";
import { instantsOf, utcToLocal, type TLocalDateTime } from "./zoned-time";

/**
 * Time zones Sterk can put in an invitation, with their VTIMEZONE. Europe/Brussels (and its
 * neighbours) follow the EU rule in force since 1996: summer time from the last Sunday of March at
 * 01:00 UTC to the last Sunday of October at 01:00 UTC.
 */
const EU_CENTRAL = ["Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg", "Europe/Paris", "Europe/Berlin"] as const;
export type TIcsTimeZone = (typeof EU_CENTRAL)[number];
export const ICS_TIME_ZONES: readonly TIcsTimeZone[] = EU_CENTRAL;

function vtimezone(tzid: TIcsTimeZone): string[] {
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${tzid}`,
    `X-LIC-LOCATION:${tzid}`,
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
}

export type TIcsPerson = { name: string; email: string };

export type TIcsInput = {
  method: "REQUEST" | "CANCEL";
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string | null;
  organizer: TIcsPerson;
  attendees: readonly TIcsPerson[];
  timeZone: TIcsTimeZone;
  /** DTSTAMP: when this message is produced. */
  now: Date;
};

/** The stable UID of a session's calendar event: the same for the invitation, every update and the cancellation. */
export function sessionUid(sessionId: string, domain: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(sessionId)) throw invalid("sessionId", "sessionId cannot be used in a calendar UID");
  if (!/^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*$/.test(domain)) {
    throw invalid("domain", "domain must be a host name");
  }
  return `session-${sessionId}@${domain.toLowerCase()}`;
}

/** RFC 5545 TEXT: backslash, semicolon, comma escaped; any line break becomes `\n`; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** A parameter value (CN): quoted, without the characters a quoted-string may not hold. */
function paramValue(value: string): string {
  const cleaned = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/"/g, "'").trim();
  return `"${cleaned}"`;
}

const EMAIL = /^[^\s@"<>;:,\\()[\]]+@[^\s@"<>;:,\\()[\]]+\.[^\s@"<>;:,\\()[\]]+$/;

function calAddress(field: string, person: TIcsPerson): string {
  if (typeof person.email !== "string" || person.email.length > 254 || !EMAIL.test(person.email)) throw invalid(`${field}.email`, `${field}.email is not an email address`);
  return `mailto:${person.email}`;
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and
 * a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const width = octets(char.codePointAt(0) as number);
    if (size + width > limit) {
      out.push(current);
      current = " ";
      size = 1;
      limit = 75;
    }
    current += char;
    size += width;
  }
  out.push(current);
  return out.join("\r\n");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const basic = (t: TLocalDateTime) => `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;

/** `20261025T013000Z` */
export function utcStamp(instant: Date): string {
  return `${basic({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    hour: instant.getUTCHours(),
    minute: instant.getUTCMinutes(),
    second: instant.getUTCSeconds(),
  })}Z`;
}

function validDate(field: string, value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalid(field, `${field} must be a valid instant`);
  return value;
}

/**
 * One session as an iCalendar object (RFC 5545 / iTIP RFC 5546): a VTIMEZONE, one VEVENT with
 * DTSTART/DTEND in local time with TZID (in UTC when either falls in the repeated fall-back hour), DTSTAMP in UTC, the caller's stable UID and SEQUENCE.
 * METHOD:CANCEL carries STATUS:CANCELLED. CRLF line endings, lines folded at 75 octets.
 */
export function sessionToIcs(input: TIcsInput): string {
  if (input.method !== "REQUEST" && input.method !== "CANCEL") throw invalid("method", "method must be REQUEST or CANCEL");
  if (!(ICS_TIME_ZONES as readonly string[]).includes(input.timeZone)) throw invalid("timeZone", `timeZone must be one of ${ICS_TIME_ZONES.join(", ")}`);
  if (typeof input.uid !== "string" || !/^[\x21-\x7e]{1,255}$/.test(input.uid)) throw invalid("uid", "uid must be printable ASCII without spaces");
  if (!Number.isInteger(input.sequence) || input.sequence < 0) throw invalid("sequence", "sequence must be a whole number ≥ 0");
  const start = validDate("start", input.start);
  const end = validDate("end", input.end);
  const now = validDate("now", input.now);
  if (end.getTime() <= start.getTime()) throw invalid("end", "end must be after start");
  if (input.summary.trim() === "") throw invalid("summary", "summary is required");
  if (input.attendees.length === 0) throw invalid("attendees", "an invitation needs at least one attendee");

  const cancel = input.method === "CANCEL";
  const tz = input.timeZone;
  // A wall-clock time that occurs twice (the fall-back hour) is read differently by parsers: RFC 5545
  // says "the first occurrence", libical and ical.js take standard time. UTC is unambiguous for all.
  const inUtc = [start, end].some((instant) => instantsOf(utcToLocal(instant, tz), tz).length > 1);
  const when = (name: string, instant: Date) => (inUtc ? `${name}:${utcStamp(instant)}` : `${name};TZID=${tz}:${basic(utcToLocal(instant, tz))}`);
  const lines = [
    "BEGIN:VCALENDAR",
    "PRODID:-//Sterk//Mentoring//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    `METHOD:${input.method}`,
    ...vtimezone(tz),
    "BEGIN:VEVENT",
    `UID:${input.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `SEQUENCE:${input.sequence}`,
    when("DTSTART", start),
    when("DTEND", end),
    `SUMMARY:${escapeText(input.summary.trim())}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.location && input.location.trim() !== "" ? [`LOCATION:${escapeText(input.location.trim())}`] : []),
    `ORGANIZER;CN=${paramValue(input.organizer.name)}:${calAddress("organizer", input.organizer)}`,
    ...input.attendees.map(
      (person, i) =>
        `ATTENDEE;CN=${paramValue(person.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=${cancel ? "FALSE" : "TRUE"}:${calAddress(`attendees[${i}]`, person)}`,
    ),
    `STATUS:${cancel ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
