import type { TLocale } from "../shared/locale";

/** The result of reading one cell: the value, or a reason it is not acceptable. */
export type TValueResult<T> = { ok: true; value: T } | { ok: false; code: string; reason: string };

const ok = <T>(value: T): TValueResult<T> => ({ ok: true, value });
const fail = <T>(code: string, reason: string): TValueResult<T> => ({ ok: false, code, reason });

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_EXCEPT_TAB_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** True when the text holds a control character or a Unicode line/paragraph separator. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** A single-line text (names, numbers): trimmed, control characters refused. */
export function parseLineText(raw: string, maxLength: number): TValueResult<string> {
  const value = raw.trim();
  if (hasControlCharacter(value)) return fail("INVALID_TEXT", "contains a line break or control character");
  if (value.length > maxLength) return fail("TOO_LONG", `is longer than ${maxLength} characters`);
  return ok(value);
}

/** A free text (job title, department): trimmed, line breaks kept as \n, other control characters refused. */
export function parseFreeText(raw: string, maxLength: number): TValueResult<string> {
  const value = raw.replace(/\r\n?/g, "\n").trim();
  if (CONTROL_EXCEPT_TAB_LF.test(value)) return fail("INVALID_TEXT", "contains a control character");
  if (value.length > maxLength) return fail("TOO_LONG", `is longer than ${maxLength} characters`);
  return ok(value);
}

// A practical subset of RFC 5322 that every mail system and our API's email check accept: at most 254
// characters; a dot-atom local part (at most 64) of letters, digits and _ ' + - not ending in '; a domain of
// letter-digit-hyphen labels and an alphabetic top-level domain. Control characters match nothing here.
const EMAIL =
  /^(?=[^@]{1,64}@)[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*(?<!')@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** True for an address we can mail and store; no display names, comments, quotes or IP literals. */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

/** The key two emails are compared by: the same address in any letter case is one address. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

const DATE = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/.-])(\d{1,2})\5(\d{4}))$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A calendar date as ISO yyyy-mm-dd from dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd.
 * Day first, as written in Belgium: 03/01/2022 is 3 January. Impossible dates are refused, never rolled over.
 */
export function parseDate(raw: string): TValueResult<string> {
  const text = raw.trim();
  const match = DATE.exec(text);
  if (!match) return fail("INVALID_DATE", "is not a date (use dd/mm/yyyy or yyyy-mm-dd)");
  const iso = match[1] !== undefined;
  const year = Number(iso ? match[1] : match[7]);
  const month = Number(iso ? match[2] : match[6]);
  const day = Number(iso ? match[3] : match[4]);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail("INVALID_DATE", `has a year outside ${MIN_YEAR}–${MAX_YEAR}`);
  if (month < 1 || month > 12) return fail("INVALID_DATE", "has no such month");
  if (day < 1 || day > daysInMonth(year, month)) return fail("INVALID_DATE", "does not exist in the calendar");
  if (iso) return ok(text);
  return ok(`${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`);
}

const LANGUAGE_NAMES: Record<TLocale, readonly string[]> = {
  nl: ["nl", "nld", "dut", "nederlands", "dutch", "neerlandais", "vlaams", "flemish", "flamand", "niederlandisch"],
  fr: ["fr", "fra", "fre", "francais", "french", "frans", "franzosisch"],
  en: ["en", "eng", "english", "engels", "anglais", "englisch"],
};
const LANGUAGES: ReadonlyMap<string, TLocale> = new Map(
  (Object.keys(LANGUAGE_NAMES) as TLocale[]).flatMap((locale) => LANGUAGE_NAMES[locale].map((name) => [name, locale] as const)),
);

/** A language code (nl, NL, nl-BE, fr_BE) or name (Nederlands, Dutch, Français, Anglais …) as a locale; null when empty. */
export function parseLanguage(raw: string): TValueResult<TLocale | null> {
  const text = raw.trim();
  if (text === "") return ok(null);
  const lower = text.toLowerCase();
  const name = LANGUAGES.has(lower) ? lower : lower.normalize("NFKD").replace(/\p{M}/gu, "");
  const tag = /^([a-z]{2,3})[-_][a-z0-9]{2,8}$/.exec(name);
  const locale = LANGUAGES.get(name) ?? (tag ? LANGUAGES.get(tag[1] ?? "") : undefined);
  return locale ? ok(locale) : fail("UNKNOWN_LANGUAGE", "is not a language we know (use nl, fr or en)");
}
