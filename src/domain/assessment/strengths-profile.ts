import { invalid } from "../shared/errors";
import { BIG_FIVE_DOMAINS, FACET_NUMBERS, type TBigFiveDomain, type TFacetNumber } from "./ipip-neo-120-items";
import { normalCdf, type TFacetKey } from "./norms";
import type { TIpipScores } from "./score-ipip-neo-120";
import { talentAt, type TTalent } from "./talents";

export type { TFacetKey } from "./norms";

/** A published norm for raw facet sums (4–20): the mean and standard deviation of a reference sample. */
export type TFacetNorm = { mean: number; sd: number };

/** A norm table for all 30 facets, with the publication it comes from. Sterk ships none: pass a published one. */
export type TNorms = { source: string; facets: Readonly<Record<TFacetKey, TFacetNorm>> };

/** One facet of the profile: which way it leans and the talent(s) that go with it. */
export type TTalentStrength = {
  domain: TBigFiveDomain;
  facet: TFacetNumber;
  facetScore: number;
  /** "balanced" when the score sits exactly on the reference point: both talents are available. */
  pole: "high" | "low" | "balanced";
  /** Signed distance from the reference point, in raw points (unnormed) or SD units (normed). */
  distance: number;
  /** 100 × Φ(distance), one decimal; null without a norm. */
  percentile: number | null;
  /** 50 + 10 × distance, one decimal; null without a norm. */
  t: number | null;
  /** Normed: the score is clearly non-average (percentile ≤ 25 or ≥ 75, decision 0014). Unnormed: always (the old raw ranking). */
  isTalent: boolean;
  talents: readonly TTalent[];
};

/** The strengths profile: the (up to) five most distinctive talents first, then all 30 facets ranked. */
export type TStrengthsProfile = {
  normed: boolean;
  normSource: string | null;
  unit: "raw-points" | "sd";
  topFive: readonly TTalentStrength[];
  ranked: readonly TTalentStrength[];
};

/** A normed facet is a talent at or below this percentile (low pole) or at or above 100 minus it (high pole). */
export const TALENT_PERCENTILE = 25;

/** Midpoint of a 4-item facet on the 1–5 scale: 4 × 3. */
export const FACET_MIDPOINT = 12;
const FACET_MIN = 4;
const FACET_MAX = 20;

function facetScoresOf(scores: Pick<TIpipScores, "domains">): Map<TFacetKey, number> {
  const byKey = new Map<TFacetKey, number>();
  for (const domain of scores.domains) {
    for (const facet of domain.facets) byKey.set(`${domain.domain}${facet.facet}`, facet.score);
  }
  for (const domain of BIG_FIVE_DOMAINS) {
    for (const facet of FACET_NUMBERS) {
      const score = byKey.get(`${domain}${facet}`);
      if (score === undefined || !Number.isFinite(score) || score < FACET_MIN || score > FACET_MAX) {
        throw invalid(`${domain}${facet}`, `facet ${domain}${facet} needs a raw score from ${FACET_MIN} to ${FACET_MAX}`);
      }
    }
  }
  return byKey;
}

function checkNorms(norms: TNorms): void {
  for (const domain of BIG_FIVE_DOMAINS) {
    for (const facet of FACET_NUMBERS) {
      const norm = norms.facets[`${domain}${facet}`] as TFacetNorm | undefined;
      if (!norm || !Number.isFinite(norm.mean) || !Number.isFinite(norm.sd) || norm.sd <= 0) {
        throw invalid(`norms.${domain}${facet}`, `norm for facet ${domain}${facet} needs a mean and a positive SD`);
      }
    }
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function normedParts(distance: number, normed: boolean): Pick<TTalentStrength, "percentile" | "t" | "isTalent"> {
  if (!normed) return { percentile: null, t: null, isTalent: true };
  const exact = 100 * normalCdf(distance);
  return { percentile: round1(exact), t: round1(50 + 10 * distance), isTalent: exact <= TALENT_PERCENTILE || exact >= 100 - TALENT_PERCENTILE };
}

function strengthOf(domain: TBigFiveDomain, facet: TFacetNumber, facetScore: number, norms?: TNorms): TTalentStrength {
  const norm = norms?.facets[`${domain}${facet}`];
  const distance = norm ? (facetScore - norm.mean) / norm.sd : facetScore - FACET_MIDPOINT;
  const parts = normedParts(distance, norm !== undefined);
  if (distance === 0) {
    return { domain, facet, facetScore, pole: "balanced", distance: 0, ...parts, talents: [talentAt(domain, facet, "high"), talentAt(domain, facet, "low")] };
  }
  const pole = distance > 0 ? "high" : "low";
  return { domain, facet, facetScore, pole, distance, ...parts, talents: [talentAt(domain, facet, pole)] };
}

const ORDER = (s: TTalentStrength) => BIG_FIVE_DOMAINS.indexOf(s.domain) * 10 + s.facet;

/**
 * Ranks the 30 facets by how far each lies from the reference point (the scale midpoint 12, or the norm
 * mean in SD units when norms are given); ties keep the administration order N E O A C, facets 1–6.
 * With norms, only clearly non-average facets (percentile ≤ 25 or ≥ 75) make the top five, so it may hold fewer.
 */
export function strengthsProfile(scores: Pick<TIpipScores, "domains">, norms?: TNorms): TStrengthsProfile {
  const byKey = facetScoresOf(scores);
  if (norms) checkNorms(norms);
  const ranked = BIG_FIVE_DOMAINS.flatMap((domain) =>
    FACET_NUMBERS.map((facet) => strengthOf(domain, facet, byKey.get(`${domain}${facet}`) ?? FACET_MIDPOINT, norms)),
  ).sort((a, b) => Math.abs(b.distance) - Math.abs(a.distance) || ORDER(a) - ORDER(b));
  return {
    normed: norms !== undefined,
    normSource: norms?.source ?? null,
    unit: norms ? "sd" : "raw-points",
    topFive: (norms ? ranked.filter((strength) => strength.isTalent) : ranked).slice(0, 5),
    ranked,
  };
}
