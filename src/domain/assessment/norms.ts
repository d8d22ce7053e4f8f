import { errorFunction } from "simple-statistics";
import { invalid } from "../shared/errors";
import { BIG_FIVE_DOMAINS, FACET_NUMBERS, type TBigFiveDomain, type TFacetNumber } from "./ipip-neo-120-items";
import NORM_GROUPS from "./norms/ipip-neo-120.json";
import type { TIpipScores } from "./score-ipip-neo-120";

/** A facet key such as "C6" (Cautiousness). */
export type TFacetKey = `${TBigFiveDomain}${TFacetNumber}`;

/** A mean and standard deviation of a reference sample. */
export type TNormStat = { mean: number; sd: number };

/** The age bands of the norm table; a person may give one (optional), nobody is asked their sex. */
export const AGE_BANDS = ["under-21", "21-40", "41-60", "over-60"] as const;
export type TAgeBand = (typeof AGE_BANDS)[number];

/** Which reference a score is normed against: the working-age average, or one age band (M/F averaged). */
export type TNormReference = "working-age" | TAgeBand;

/** The reference for all five domains (24–120) and all 30 facets (4–20), with where it comes from. */
export type TIpipNorm = {
  reference: TNormReference;
  source: string;
  domains: Readonly<Record<TBigFiveDomain, TNormStat>>;
  facets: Readonly<Record<TFacetKey, TNormStat>>;
};

/** How the norms are cited wherever they are used (see norms/ATTRIBUTION.md). */
export const IPIP_NORM_SOURCE =
  "Johnson (2014), IPIP-NEO-120 norms (via five-factor-e, MIT); general-population English-language web respondents";

type TNormGroup = { sex: string; age_band: string; domains: Record<string, TNormStat>; facets: Record<string, TNormStat> };
const FILE_BAND: Readonly<Record<TAgeBand, string>> = { "under-21": "under 21", "21-40": "21-40", "41-60": "41-60", "over-60": "over 60" };
const WORKING_AGE_BANDS: readonly TAgeBand[] = ["21-40", "41-60"];

function groupsFor(bands: readonly TAgeBand[]): TNormGroup[] {
  const wanted = new Set(bands.map((band) => FILE_BAND[band]));
  const groups = (NORM_GROUPS as TNormGroup[]).filter((group) => wanted.has(group.age_band));
  if (groups.length !== bands.length * 2) throw new Error(`norm table lacks a group for ${bands.join(", ")}`);
  return groups;
}

/** The simple average of the groups' means and of their SDs (not a pooled SD: the groups are weighted equally). */
function averageOf(stats: readonly (TNormStat | undefined)[], key: string): TNormStat {
  const present = stats.filter((s): s is TNormStat => s !== undefined);
  if (present.length !== stats.length) throw new Error(`norm table lacks ${key}`);
  const mean = present.reduce((sum, s) => sum + s.mean, 0) / present.length;
  const sd = present.reduce((sum, s) => sum + s.sd, 0) / present.length;
  return { mean, sd };
}

function buildNorm(reference: TNormReference): TIpipNorm {
  const groups = groupsFor(reference === "working-age" ? WORKING_AGE_BANDS : [reference]);
  const domains = Object.fromEntries(BIG_FIVE_DOMAINS.map((d) => [d, averageOf(groups.map((g) => g.domains[d]), d)]));
  const facets = Object.fromEntries(
    BIG_FIVE_DOMAINS.flatMap((d) => FACET_NUMBERS.map((f) => [`${d}${f}`, averageOf(groups.map((g) => g.facets[`${d}${f}`]), `${d}${f}`)])),
  );
  return { reference, source: IPIP_NORM_SOURCE, domains: domains as TIpipNorm["domains"], facets: facets as TIpipNorm["facets"] };
}

const NORMS: ReadonlyMap<TNormReference, TIpipNorm> = new Map(
  (["working-age", ...AGE_BANDS] as const).map((reference) => [reference, buildNorm(reference)]),
);

/** True for a valid age band id ("under-21", "21-40", "41-60", "over-60"). */
export function isAgeBand(value: unknown): value is TAgeBand {
  return typeof value === "string" && (AGE_BANDS as readonly string[]).includes(value);
}

/** The reference norm: working-age (M/F × 21–40/41–60 averaged) unless the person gave an age band. */
export function ipipNorm(ageBand?: TAgeBand | null): TIpipNorm {
  if (ageBand !== undefined && ageBand !== null && !isAgeBand(ageBand)) throw invalid("ageBand", `ageBand must be one of ${AGE_BANDS.join(", ")}`);
  const norm = NORMS.get(ageBand ?? "working-age");
  if (!norm) throw new Error("norms not built");
  return norm;
}

/** Φ, the standard normal cumulative distribution function. */
export function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A raw score against a norm: z, percentile = 100 × Φ(z) and T = 50 + 10 × z, the latter two to one decimal. */
export function normedScore(raw: number, norm: TNormStat): { z: number; percentile: number; t: number } {
  const z = (raw - norm.mean) / norm.sd;
  return { z, percentile: round1(100 * normalCdf(z)), t: round1(50 + 10 * z) };
}

export type TNormedFacet = { facet: TFacetNumber; score: number; percentile: number; t: number };
export type TNormedDomain = { domain: TBigFiveDomain; score: number; percentile: number; t: number; facets: TNormedFacet[] };

/** Raw scores with a percentile and a T score for every domain and facet. */
export function normIpipScores(scores: Pick<TIpipScores, "domains">, norm: TIpipNorm): TNormedDomain[] {
  return scores.domains.map((domain) => {
    const { percentile, t } = normedScore(domain.score, norm.domains[domain.domain]);
    return {
      domain: domain.domain,
      score: domain.score,
      percentile,
      t,
      facets: domain.facets.map((facet) => ({ facet: facet.facet, score: facet.score, ...pick(normedScore(facet.score, norm.facets[`${domain.domain}${facet.facet}`])) })),
    };
  });
}

const pick = ({ percentile, t }: { percentile: number; t: number }) => ({ percentile, t });

/**
 * A score's percentile within an organisation's own completed profiles (the share scoring lower plus half the
 * ties, × 100, one decimal); null below `minimum` profiles.
 */
export function ownPercentile(raw: number, population: readonly number[], minimum: number): number | null {
  if (population.length < minimum || population.length === 0) return null;
  const below = population.filter((value) => value < raw).length;
  const ties = population.filter((value) => value === raw).length;
  return round1((100 * (below + ties / 2)) / population.length);
}
