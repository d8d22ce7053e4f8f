import { invalid } from "../shared/errors";

/** Sterk's default time zone: sessions, quiet hours and due dates are meant in Brussels time unless an organisation says otherwise. */
export const DEFAULT_TIME_ZONE = "Europe/Brussels";

/** A wall-clock reading in some time zone (no offset): what a person types or sees on a clock. */
export type TLocalDateTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/**
 * What to do with a wall-clock time that occurs twice (autumn fall-back) or never (spring-forward gap):
 * - `reject`: twice → the earlier instant; never → a DomainError naming the field (for times people type);
 * - `compatible`: twice → the earlier instant; never → moved forward by the length of the gap
 *   (02:30 on a spring-forward night becomes 03:30), as Temporal's "compatible" does (for computed times).
 */
export type TDisambiguation = "reject" | "compatible";

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** True when the runtime (full ICU) knows this IANA time zone. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value === "" || value.length > 64) return false;
  try {
    formatter(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws a DomainError naming the field unless the value is a known IANA time zone. */
export function checkTimeZone(field: string, value: unknown): string {
  if (!isTimeZone(value)) throw invalid(field, `${field} must be an IANA time zone such as ${DEFAULT_TIME_ZONE}`);
  return value;
}

/** The wall clock in `timeZone` at an instant. */
export function utcToLocal(instant: Date, timeZone: string): TLocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === "BC" || parts.era === "B" ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function wallAsUtc(local: TLocalDateTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, 0);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (Brussels: +1 h in winter, +2 h in summer). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(utcToLocal(new Date(whole), timeZone)) - whole;
}

/** Every instant whose wall clock in `timeZone` reads `local`, earliest first: 1 normally, 2 at fall-back, 0 in a gap. */
export function instantsOf(local: TLocalDateTime, timeZone: string): Date[] {
  const asUtc = wallAsUtc(local);
  const offsets = new Set([offsetAt(asUtc - DAY, timeZone), offsetAt(asUtc, timeZone), offsetAt(asUtc + DAY, timeZone)]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = asUtc - offset;
    if (offsetAt(candidate, timeZone) === offset) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b).map((t) => new Date(t));
}

/**
 * The UTC instant of a wall-clock time in `timeZone`, DST-correct. An ambiguous time (it occurs twice
 * when clocks go back) is the earlier instant, i.e. still on summer time. A time in the spring-forward
 * gap is rejected (`reject`, the default) or moved forward by the gap (`compatible`).
 */
export function localToUtc(local: TLocalDateTime, timeZone: string, field = "time", disambiguation: TDisambiguation = "reject"): Date {
  const [earliest] = instantsOf(local, timeZone);
  if (earliest) return earliest;
  if (disambiguation === "reject") {
    throw invalid(
      field,
      `${formatLocalDateTime(local)} does not exist in ${timeZone}: the clocks jump forward at that moment (summer time starts); choose another time`,
    );
  }
  // The gap: read the time with the offset in force just before it, which lands after the jump.
  const asUtc = wallAsUtc(local);
  return new Date(asUtc - offsetAt(asUtc - DAY, timeZone));
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `2026-10-25T02:30` (seconds only when not zero). */
export function formatLocalDateTime(local: TLocalDateTime): string {
  const base = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`;
  return local.second ? `${base}:${pad(local.second)}` : base;
}

/** `2026-10-25`. */
export function formatLocalDate(local: Pick<TLocalDateTime, "year" | "month" | "day">): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2199;

/** A calendar date `YYYY-MM-DD` (years 2000–2199), or a DomainError naming the field. */
export function parseLocalDate(field: string, value: unknown): { year: number; month: number; day: number } {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) throw invalid(field, `${field} must be a date written YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalid(field, `${field} is not a date in the calendar`);
  }
  return { year, month, day };
}

/** A wall-clock time `YYYY-MM-DDTHH:MM` (minute precision, `:00` seconds tolerated), or a DomainError naming the field. */
export function parseLocalDateTime(field: string, value: unknown): TLocalDateTime {
  const match = typeof value === "string" ? /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::00)?$/.exec(value) : null;
  if (!match) throw invalid(field, `${field} must be a local date and time written YYYY-MM-DDTHH:MM`);
  const date = parseLocalDate(field, match[1]);
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (hour > 23 || minute > 59) throw invalid(field, `${field} is not a time of day`);
  return { ...date, hour, minute, second: 0 };
}

/** A time of day `HH:MM` as minutes after midnight, or a DomainError naming the field. */
export function parseTimeOfDay(field: string, value: unknown): number {
  const match = typeof value === "string" ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  const [hour, minute] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || hour > 23 || minute > 59) throw invalid(field, `${field} must be a time of day written HH:MM`);
  return hour * 60 + minute;
}

/** The calendar date `days` after a local date (negative goes back), by the calendar, not by 24-hour steps. */
export function addDays<T extends { year: number; month: number; day: number }>(date: T, days: number): T {
  const moved = new Date(Date.UTC(2000, 0, 1));
  moved.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { ...date, year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Minutes after local midnight of an instant's wall clock. */
export function minuteOfDay(local: TLocalDateTime): number {
  return local.hour * 60 + local.minute;
}
