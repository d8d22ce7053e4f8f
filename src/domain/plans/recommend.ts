import { SITUATIONS, type TSituation } from "../assessment/challenge-types";
import { MANAGER_CHALLENGES } from "../assessment/manager-challenges";
import type { TChallengeMeans } from "../assessment/score-challenge-scan";
import { TALENTS } from "../assessment/talents";
import { invalid } from "../shared/errors";
import { LOCALES, isLocale, type TLocale } from "../shared/locale";
import { MODULE_FORMATS, type TDevelopmentModule, type TModuleFormat } from "./catalogue";
import { checkCents } from "./money";
import { strongestTalents, type TTalentStrengths } from "./talent-strengths";

// ---- The model's parameters (docs/recommendation-engine.md explains each) ----
/** Talent × effort: a module that builds on one of the person's strongest talents has its effect multiplied by this. */
export const TALENT_MULTIPLIER = 1.5;
/** How many of the person's talents count as "strongest" (the five on top of the strengths profile). */
export const STRONG_TALENT_COUNT = 5;
/** Share of a module's other challenges that adds to its main one (a broad module is not simply the sum). */
export const SECONDARY_SHARE = 0.25;
/** Extra effect when the module is written for one of the person's best-fit situations. */
export const SITUATION_BONUS = 0.1;
/** Hours at which the effort factor is 1; the factor is √(hours / 16), kept between 0.5 and 1.5. */
export const REFERENCE_HOURS = 16;
export const EFFORT_MIN = 0.5;
export const EFFORT_MAX = 1.5;
/** Menu length and the most modules of one format on a menu, unless the caller asks otherwise. */
export const DEFAULT_MENU_SIZE = 8;
export const DEFAULT_MAX_PER_FORMAT = 2;

/** What the engine needs to know about one person. */
export type TPersonNeeds = {
  id: string;
  /** Challenge scan means, 1 (never) – 5 (always); null or absent = not measured. */
  challengeMeans: TChallengeMeans;
  /** Strength per talent id (≥ 0); see talentStrengthsFromProfile. */
  talentStrengths: TTalentStrengths;
  /** The person's language: the menu only holds modules given in it (unless options.languages says otherwise). */
  language: TLocale;
  /** Best-fit situations from situationFit, if known. */
  situations?: readonly TSituation[];
};

export type TRecommendOptions = {
  /** Languages the person accepts; default: only their own language. */
  languages?: readonly TLocale[];
  /** Leave out modules that cost more than this per participant. */
  maxCostCents?: number;
  /** Leave out modules that take more hours than this. */
  maxHours?: number;
  /** Only these formats. */
  formats?: readonly TModuleFormat[];
  menuSize?: number;
  maxPerFormat?: number;
  /** Override of TALENT_MULTIPLIER (≥ 1), e.g. to show the effect of the rule. */
  talentMultiplier?: number;
};

/** Why a module is suggested; the UI localises it (reasonText does it on the server). */
export type TReason =
  | { kind: "builds-on-talent"; challengeId: string; talentId: string }
  | { kind: "addresses-challenge"; challengeId: string };

export type TSuggestion = {
  moduleId: string;
  rank: number;
  /** Predicted impact in impact points: needFit × talentMultiplier × effortFactor × situation factor. */
  score: number;
  needFit: number;
  talentMultiplier: number;
  effortFactor: number;
  situationMatch: boolean;
  format: TModuleFormat;
  costCents: number;
  hours: number;
  reason: TReason;
};

/** How many modules each filter left out (a module counts once, for the first filter it fails); diversity: modules that would have made the menu but their format already had maxPerFormat. */
export type TLeftOut = { language: number; format: number; budget: number; hours: number; noSeats: number; noNeed: number; diversity: number };

export type TRecommendation = {
  personId: string;
  /** ok; no-profile: no challenge was measured; nothing-fits: the filters left nothing. */
  status: "ok" | "no-profile" | "nothing-fits";
  menu: TSuggestion[];
  leftOut: TLeftOut;
};

const CHALLENGE_INDEX: ReadonlyMap<string, number> = new Map(MANAGER_CHALLENGES.map((c, i) => [c.id, i]));
const CHALLENGE_IDS = MANAGER_CHALLENGES.map((c) => c.id);
const TALENT_INDEX: ReadonlyMap<string, number> = new Map(TALENTS.map((t, i) => [t.id, i]));
const TALENT_IDS = TALENTS.map((t) => t.id);

type TCompiled = {
  module: TDevelopmentModule;
  challenges: Int32Array;
  weights: Float64Array;
  talents: Int32Array;
  effort: number;
  situationMask: number;
  languageMask: number;
  formatIndex: number;
};

const maskOf = <T>(all: readonly T[], values: readonly T[]) => values.reduce((mask, v) => mask | (1 << all.indexOf(v)), 0);

/** The effort factor of a module: √(hours / REFERENCE_HOURS) kept within [EFFORT_MIN, EFFORT_MAX]. */
export function effortFactor(hours: number): number {
  return Math.min(EFFORT_MAX, Math.max(EFFORT_MIN, Math.sqrt(hours / REFERENCE_HOURS)));
}

function compile(module: TDevelopmentModule): TCompiled {
  return {
    module,
    challenges: Int32Array.from(module.challenges.map((c) => CHALLENGE_INDEX.get(c.challengeId) ?? -1)),
    weights: Float64Array.from(module.challenges.map((c) => c.weight)),
    talents: Int32Array.from(module.buildsOn.map((t) => TALENT_INDEX.get(t) ?? -1)),
    effort: effortFactor(module.hours),
    situationMask: maskOf(SITUATIONS, module.situations),
    languageMask: maskOf(LOCALES, module.languages),
    formatIndex: MODULE_FORMATS.indexOf(module.format),
  };
}

/** A person turned into arrays once: need per challenge, strength per talent, which talents are strongest. */
type TPrepared = { need: Float64Array; strength: Float64Array; strong: Uint8Array; situationMask: number; measured: boolean };

function prepare(person: TPersonNeeds): TPrepared {
  if (typeof person.id !== "string" || person.id === "") throw invalid("person.id", "a person needs an id");
  if (!isLocale(person.language)) throw invalid("person.language", "language must be nl, fr or en");
  const need = new Float64Array(CHALLENGE_IDS.length);
  let measured = false;
  CHALLENGE_IDS.forEach((id, i) => {
    const mean = person.challengeMeans[id];
    if (mean === null || mean === undefined) return;
    if (typeof mean !== "number" || !Number.isFinite(mean) || mean < 1 || mean > 5) {
      throw invalid(`challengeMeans.${id}`, `challenge mean for ${id} must be from 1 to 5`);
    }
    need[i] = (mean - 1) / 4;
    measured = true;
  });
  const strength = new Float64Array(TALENT_IDS.length);
  for (const [id, value] of Object.entries(person.talentStrengths)) {
    const index = TALENT_INDEX.get(id);
    if (index === undefined) throw invalid(`talentStrengths.${id}`, `${id} is not a known talent`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw invalid(`talentStrengths.${id}`, `strength of ${id} must be 0 or more`);
    strength[index] = value;
  }
  const strong = new Uint8Array(TALENT_IDS.length);
  for (const id of strongestTalents(person.talentStrengths, STRONG_TALENT_COUNT)) strong[TALENT_INDEX.get(id) ?? 0] = 1;
  return { need, strength, strong, situationMask: maskOf(SITUATIONS, person.situations ?? []), measured };
}

type TScored = { compiled: TCompiled; score: number; needFit: number; multiplier: number; situationMatch: boolean; primary: number; talent: number };

/** Scores one compiled module for a prepared person; null when it addresses none of the person's needs. */
function scoreCompiled(c: TCompiled, p: TPrepared, talentMultiplier: number): TScored | null {
  let primary = -1;
  let best = 0;
  let sum = 0;
  for (let k = 0; k < c.challenges.length; k++) {
    const v = (c.weights[k] ?? 0) * (p.need[c.challenges[k] ?? 0] ?? 0);
    sum += v;
    if (v > best) {
      best = v;
      primary = c.challenges[k] ?? -1;
    }
  }
  if (primary < 0) return null;
  const needFit = best + SECONDARY_SHARE * (sum - best);
  let talent = -1;
  for (let k = 0; k < c.talents.length; k++) {
    const t = c.talents[k] ?? -1;
    if (t >= 0 && p.strong[t] === 1 && (talent < 0 || (p.strength[t] ?? 0) > (p.strength[talent] ?? 0))) talent = t;
  }
  const multiplier = talent >= 0 ? talentMultiplier : 1;
  const situationMatch = (c.situationMask & p.situationMask) !== 0;
  const score = needFit * multiplier * c.effort * (situationMatch ? 1 + SITUATION_BONUS : 1);
  return { compiled: c, score, needFit, multiplier, situationMatch, primary, talent };
}

type TFilters = { languageMask: number; formatMask: number; maxCostCents: number; maxHours: number };

function filtersOf(person: TPersonNeeds, options: TRecommendOptions): TFilters {
  return {
    languageMask: maskOf(LOCALES, options.languages ?? [person.language]),
    formatMask: options.formats ? maskOf(MODULE_FORMATS, options.formats) : -1,
    maxCostCents: options.maxCostCents ?? Number.POSITIVE_INFINITY,
    maxHours: options.maxHours ?? Number.POSITIVE_INFINITY,
  };
}

/** The first filter a module fails, in the order language, format, budget, hours, seats; null when it passes. */
function filterOf(c: TCompiled, f: TFilters): "language" | "format" | "budget" | "hours" | "noSeats" | null {
  if ((c.languageMask & f.languageMask) === 0) return "language";
  if ((f.formatMask & (1 << c.formatIndex)) === 0) return "format";
  if (c.module.cost.cents > f.maxCostCents) return "budget";
  if (c.module.hours > f.maxHours) return "hours";
  if (c.module.seatsPerPeriod === 0) return "noSeats";
  return null;
}

/** The same score as scoreCompiled without building the explanation (the hot loop of the menu). */
function fastScore(c: TCompiled, p: TPrepared, talentMultiplier: number): number {
  let best = 0;
  let sum = 0;
  for (let k = 0; k < c.challenges.length; k++) {
    const v = (c.weights[k] ?? 0) * (p.need[c.challenges[k] ?? 0] ?? 0);
    sum += v;
    if (v > best) best = v;
  }
  if (best === 0) return 0;
  let multiplier = 1;
  for (let k = 0; k < c.talents.length; k++) {
    if (p.strong[c.talents[k] ?? 0] === 1) {
      multiplier = talentMultiplier;
      break;
    }
  }
  const situation = (c.situationMask & p.situationMask) !== 0 ? 1 + SITUATION_BONUS : 1;
  return (best + SECONDARY_SHARE * (sum - best)) * multiplier * c.effort * situation;
}

function checkOptions(options: TRecommendOptions): Required<Omit<TRecommendOptions, "languages" | "maxCostCents" | "maxHours" | "formats">> {
  const menuSize = options.menuSize ?? DEFAULT_MENU_SIZE;
  const maxPerFormat = options.maxPerFormat ?? DEFAULT_MAX_PER_FORMAT;
  const talentMultiplier = options.talentMultiplier ?? TALENT_MULTIPLIER;
  if (!Number.isInteger(menuSize) || menuSize < 1 || menuSize > 100) throw invalid("menuSize", "menuSize must be a whole number from 1 to 100");
  if (!Number.isInteger(maxPerFormat) || maxPerFormat < 1) throw invalid("maxPerFormat", "maxPerFormat must be a whole number of 1 or more");
  if (!Number.isFinite(talentMultiplier) || talentMultiplier < 1) throw invalid("talentMultiplier", "talentMultiplier must be 1 or more");
  if (options.maxCostCents !== undefined) checkCents("maxCostCents", options.maxCostCents);
  if (options.maxHours !== undefined && (!Number.isFinite(options.maxHours) || options.maxHours <= 0)) throw invalid("maxHours", "maxHours must be above 0");
  if (options.languages?.some((l) => !isLocale(l))) throw invalid("languages", "languages must be nl, fr or en");
  return { menuSize, maxPerFormat, talentMultiplier };
}

const byScoreThenId = (a: TScored, b: TScored) =>
  b.score - a.score || (a.compiled.module.id < b.compiled.module.id ? -1 : a.compiled.module.id > b.compiled.module.id ? 1 : 0);

function toSuggestion(s: TScored, rank: number): TSuggestion {
  const m = s.compiled.module;
  const challengeId = CHALLENGE_IDS[s.primary] ?? "";
  const reason: TReason = s.talent >= 0 ? { kind: "builds-on-talent", challengeId, talentId: TALENT_IDS[s.talent] ?? "" } : { kind: "addresses-challenge", challengeId };
  return {
    moduleId: m.id,
    rank,
    score: s.score,
    needFit: s.needFit,
    talentMultiplier: s.multiplier,
    effortFactor: s.compiled.effort,
    situationMatch: s.situationMatch,
    format: m.format,
    costCents: m.cost.cents,
    hours: m.hours,
    reason,
  };
}

/** A catalogue compiled once, to score many people against it (the bench scores 10,000 × 500). */
export type TRecommender = {
  /** The à la carte menu: filtered, ranked by score (ties by id), at most maxPerFormat of one format. */
  recommend(person: TPersonNeeds, options?: TRecommendOptions): TRecommendation;
  /** Every module that meets a need and passes the filters, best first (no diversity cap). */
  rank(person: TPersonNeeds, options?: TRecommendOptions): TSuggestion[];
  /** Predicted impact of each given module for the person, ignoring filters (0 when it meets no need). */
  impacts(person: TPersonNeeds, moduleIds: readonly string[], options?: Pick<TRecommendOptions, "talentMultiplier">): number[];
};

/** Compiles a catalogue for the engine. Modules are assumed validated (validateModule). */
export function createRecommender(modules: readonly TDevelopmentModule[]): TRecommender {
  // Sorted by id once, so that "ties by id" is "ties by index" in the hot loop.
  const compiled = [...modules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(compile);
  const byId = new Map(compiled.map((c) => [c.module.id, c]));

  function eligible(person: TPersonNeeds, options: TRecommendOptions) {
    const { talentMultiplier } = checkOptions(options);
    const p = prepare(person);
    const filters = filtersOf(person, options);
    const scored: TScored[] = [];
    for (const c of compiled) {
      if (filterOf(c, filters) !== null) continue;
      const s = scoreCompiled(c, p, talentMultiplier);
      if (s) scored.push(s);
    }
    scored.sort(byScoreThenId);
    return scored;
  }

  return {
    recommend(person, options = {}) {
      const { menuSize, maxPerFormat, talentMultiplier } = checkOptions(options);
      const p = prepare(person);
      const filters = filtersOf(person, options);
      const leftOut: TLeftOut = { language: 0, format: 0, budget: 0, hours: 0, noSeats: 0, noNeed: 0, diversity: 0 };
      const scores = new Float64Array(compiled.length);
      for (let i = 0; i < compiled.length; i++) {
        const c = compiled[i] as TCompiled;
        const filter = filterOf(c, filters);
        if (filter !== null) leftOut[filter]++;
        else {
          const score = p.measured ? fastScore(c, p, talentMultiplier) : 0;
          if (score > 0) scores[i] = score;
          else leftOut.noNeed++;
        }
      }
      if (!p.measured) return { personId: person.id, status: "no-profile", menu: [], leftOut };
      // Greedy re-rank by selection: the best remaining module whose format is not full yet; ties by id (index).
      const perFormat = new Int32Array(MODULE_FORMATS.length);
      const menu: TSuggestion[] = [];
      const full = new Uint8Array(MODULE_FORMATS.length);
      while (menu.length < menuSize) {
        let best = -1;
        let bestScore = 0;
        for (let i = 0; i < scores.length; i++) {
          const score = scores[i] ?? 0;
          if (score > bestScore && full[(compiled[i] as TCompiled).formatIndex] === 0) {
            best = i;
            bestScore = score;
          }
        }
        if (best < 0) break;
        const c = compiled[best] as TCompiled;
        scores[best] = 0;
        const detail = scoreCompiled(c, p, talentMultiplier);
        if (detail) menu.push(toSuggestion(detail, menu.length + 1));
        perFormat[c.formatIndex] = (perFormat[c.formatIndex] ?? 0) + 1;
        if ((perFormat[c.formatIndex] ?? 0) >= maxPerFormat) full[c.formatIndex] = 1;
      }
      // Modules that scored but stayed off the menu only because their format was full.
      if (menu.length > 0) {
        const lastScore = menu[menu.length - 1]?.score ?? 0;
        for (let i = 0; i < scores.length; i++) {
          const score = scores[i] ?? 0;
          if (score > 0 && full[(compiled[i] as TCompiled).formatIndex] === 1 && (score > lastScore || (score === lastScore && menu.length < menuSize))) leftOut.diversity++;
        }
      }
      return { personId: person.id, status: menu.length === 0 ? "nothing-fits" : "ok", menu, leftOut };
    },
    rank(person, options = {}) {
      return eligible(person, options).map((s, i) => toSuggestion(s, i + 1));
    },
    impacts(person, moduleIds, options = {}) {
      const { talentMultiplier } = checkOptions(options);
      const p = prepare(person);
      return moduleIds.map((id) => {
        const c = byId.get(id);
        if (!c) throw invalid("moduleIds", `module ${id} is not in the catalogue`);
        return scoreCompiled(c, p, talentMultiplier)?.score ?? 0;
      });
    },
  };
}

/** One person's menu from a catalogue (compiles the catalogue each call; use createRecommender for many people). */
export function recommend(person: TPersonNeeds, modules: readonly TDevelopmentModule[], options: TRecommendOptions = {}): TRecommendation {
  return createRecommender(modules).recommend(person, options);
}
