import { SITUATIONS, type TSituation } from "../assessment/challenge-types";
import type { TLocalised } from "../assessment/localised";
import { findChallenge } from "../assessment/manager-challenges";
import { TALENTS } from "../assessment/talents";
import { invalid } from "../shared/errors";
import { LOCALES, isLocale, type TLocale } from "../shared/locale";
import { checkMoney, type TMoney } from "./money";

/** The kinds of development module Sterk knows. */
export const MODULE_FORMATS = ["mentoring_track", "workshop", "elearning", "book", "peer_circle", "on_the_job", "job_shadowing"] as const;
export type TModuleFormat = (typeof MODULE_FORMATS)[number];

/** How strongly a module addresses one challenge: 0 (not) … 1 (its main purpose). */
export type TChallengeWeight = { challengeId: string; weight: number };

/** One development module of a catalogue (the starter catalogue or an organisation's own). */
export type TDevelopmentModule = {
  id: string;
  title: TLocalised;
  description: TLocalised;
  format: TModuleFormat;
  /** Hours of effort for the participant, > 0. */
  hours: number;
  /** Cost per participant. */
  cost: TMoney;
  /** Seats per period (e.g. per quarter); null = unlimited (books, e-learning). 0 = nothing bookable now. */
  seatsPerPeriod: number | null;
  /** Languages the module is delivered in: a non-empty subset of nl, fr, en. */
  languages: readonly TLocale[];
  provider: string;
  /** The challenges it addresses, each with a weight 0..1; at least one. */
  challenges: readonly TChallengeWeight[];
  /** Talent ids (see assessment TALENTS) the module builds on: with these talents it works best. */
  buildsOn: readonly string[];
  /** The situations it suits; empty = any situation. */
  situations: readonly TSituation[];
};

const ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const TALENT_IDS: ReadonlySet<string> = new Set(TALENTS.map((t) => t.id));
const MAX_HOURS = 2_000;

type TRecord = Record<string, unknown>;
const isRecord = (v: unknown): v is TRecord => typeof v === "object" && v !== null && !Array.isArray(v);

function text(field: string, value: unknown, max: number): string {
  if (typeof value !== "string" || value.trim() === "") throw invalid(field, `${field} is required`);
  if (value.length > max) throw invalid(field, `${field} is longer than ${max} characters`);
  return value.trim();
}

function localised(field: string, value: unknown, max: number): TLocalised {
  if (!isRecord(value)) throw invalid(field, `${field} needs a text in nl, fr and en`);
  const [nl, fr, en] = LOCALES.map((locale) => text(`${field}.${locale}`, value[locale], max));
  return { nl: nl ?? "", fr: fr ?? "", en: en ?? "" };
}

function list(field: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw invalid(field, `${field} must be a list`);
  return value;
}

function unique<T>(field: string, values: readonly T[]): readonly T[] {
  if (new Set(values).size !== values.length) throw invalid(field, `${field} has duplicates`);
  return values;
}

function hoursOf(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw invalid("hours", "hours must be a number above 0");
  if (value > MAX_HOURS) throw invalid("hours", `hours cannot exceed ${MAX_HOURS}`);
  return value;
}

function seatsOf(value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw invalid("seatsPerPeriod", "seatsPerPeriod must be a whole number of 0 or more, or null for unlimited");
  }
  return value;
}

function challengesOf(value: unknown): readonly TChallengeWeight[] {
  const items = list("challenges", value);
  if (items.length === 0) throw invalid("challenges", "a module addresses at least one challenge");
  const parsed = items.map((item, i) => {
    const field = `challenges[${i}]`;
    if (!isRecord(item)) throw invalid(field, `${field} needs a challengeId and a weight`);
    const { challengeId, weight } = item;
    if (typeof challengeId !== "string" || !findChallenge(challengeId)) throw invalid(`${field}.challengeId`, `${field}.challengeId is not a known challenge`);
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0 || weight > 1) {
      throw invalid(`${field}.weight`, `${field}.weight must be from 0 to 1`);
    }
    return { challengeId, weight };
  });
  unique("challenges", parsed.map((c) => c.challengeId));
  return parsed;
}

function talentsOf(value: unknown): readonly string[] {
  const ids = list("buildsOn", value).map((id, i) => {
    if (typeof id !== "string" || !TALENT_IDS.has(id)) throw invalid(`buildsOn[${i}]`, `buildsOn[${i}] is not a known talent`);
    return id;
  });
  return unique("buildsOn", ids);
}

function languagesOf(value: unknown): readonly TLocale[] {
  const langs = list("languages", value).map((l, i) => {
    if (!isLocale(l)) throw invalid(`languages[${i}]`, `languages[${i}] must be nl, fr or en`);
    return l;
  });
  if (langs.length === 0) throw invalid("languages", "a module is given in at least one language");
  return unique("languages", langs);
}

function situationsOf(value: unknown): readonly TSituation[] {
  const situations = list("situations", value).map((s, i) => {
    if (typeof s !== "string" || !(SITUATIONS as readonly string[]).includes(s)) {
      throw invalid(`situations[${i}]`, `situations[${i}] must be one of ${SITUATIONS.join(", ")}`);
    }
    return s as TSituation;
  });
  return unique("situations", situations);
}

/** Validates one module from untrusted input (API, CSV, XLSX); a DomainError names the first bad field. */
export function validateModule(input: unknown): TDevelopmentModule {
  if (!isRecord(input)) throw invalid("module", "a module must be an object");
  const { id, format } = input;
  if (typeof id !== "string" || !ID.test(id)) throw invalid("id", "id must be 1–80 lower-case letters, digits, hyphens or underscores");
  if (typeof format !== "string" || !(MODULE_FORMATS as readonly string[]).includes(format)) {
    throw invalid("format", `format must be one of ${MODULE_FORMATS.join(", ")}`);
  }
  return {
    id,
    title: localised("title", input.title, 160),
    description: localised("description", input.description, 2_000),
    format: format as TModuleFormat,
    hours: hoursOf(input.hours),
    cost: checkMoney("cost", input.cost),
    seatsPerPeriod: seatsOf(input.seatsPerPeriod),
    languages: languagesOf(input.languages),
    provider: text("provider", input.provider, 120),
    challenges: challengesOf(input.challenges),
    buildsOn: talentsOf(input.buildsOn ?? []),
    situations: situationsOf(input.situations ?? []),
  };
}

/** Validates a whole catalogue: every module, unique ids, one currency. Errors name `modules[i].field`. */
export function validateCatalogue(input: readonly unknown[]): TDevelopmentModule[] {
  const modules = input.map((item, i) => {
    try {
      return validateModule(item);
    } catch (error) {
      if (error instanceof Error && "field" in error) throw invalid(`modules[${i}].${String(error.field)}`, `modules[${i}]: ${error.message}`);
      throw error;
    }
  });
  const seen = new Set<string>();
  modules.forEach((m, i) => {
    if (seen.has(m.id)) throw invalid(`modules[${i}].id`, `module id ${m.id} is used twice`);
    seen.add(m.id);
  });
  const currency = modules[0]?.cost.currency;
  modules.forEach((m, i) => {
    if (m.cost.currency !== currency) throw invalid(`modules[${i}].cost.currency`, `the catalogue mixes ${m.cost.currency} with ${String(currency)}`);
  });
  return modules;
}
