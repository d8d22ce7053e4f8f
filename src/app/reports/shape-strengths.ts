import type { TStrengthsSection } from "../../contracts/reports";
import {
  DOMAIN_NAMES,
  facetTalents,
  findIpipItem,
  scoreIpipNeo120,
  strengthsProfile,
  type TTalent,
  type TTalentStrength,
} from "../../domain/assessment/index";
import type { TLocale } from "../../domain/shared/locale";

/** Stored answers (item id → 1..5 or null), whatever shape an older writer used. */
export type TStoredAnswers = Record<string, number | null>;

/** Reads an assessment's `answers` column: a map of id → value, or a list of {id, score}. */
export function storedAnswers(value: unknown): TStoredAnswers {
  const answers: TStoredAnswers = {};
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (entry && typeof entry === "object" && typeof (entry as { id?: unknown }).id === "string") {
        const score = (entry as { score?: unknown }).score;
        answers[(entry as { id: string }).id] = typeof score === "number" ? score : null;
      }
    }
  } else if (value && typeof value === "object") {
    for (const [id, score] of Object.entries(value)) answers[id] = typeof score === "number" ? score : null;
  }
  return answers;
}

/** Only the IPIP-NEO-120 items among the answers, as the scorer takes them. */
export function ipipAnswerList(answers: TStoredAnswers) {
  return Object.entries(answers)
    .filter(([id]) => findIpipItem(id) !== undefined)
    .map(([id, score]) => ({ id, score: score ?? Number.NaN }));
}

const talentText = (talent: TTalent, locale: TLocale) => ({
  id: talent.id,
  name: talent.name[locale],
  description: talent.description[locale],
});

const facetKey = (strength: Pick<TTalentStrength, "domain" | "facet">) => `${strength.domain}${strength.facet}`;

/**
 * The strengths part of the report in one language: the five most distinctive talents first, then
 * domains and facets as raw sums. Null when the answers cannot be scored (an incomplete record).
 */
export function strengthsSection(answers: TStoredAnswers, completedAt: Date, locale: TLocale): TStrengthsSection | null {
  let scores: ReturnType<typeof scoreIpipNeo120>;
  try {
    scores = scoreIpipNeo120(ipipAnswerList(answers));
  } catch {
    return null;
  }
  const profile = strengthsProfile(scores);
  const byFacet = new Map(profile.ranked.map((strength) => [facetKey(strength), strength]));
  return {
    completedAt: completedAt.toISOString(),
    scoreKind: "raw",
    facetRange: [4, 20],
    domainRange: [24, 120],
    topTalents: profile.topFive.map((strength) => ({
      domain: strength.domain,
      facet: strength.facet,
      facetName: facetTalents(strength.domain, strength.facet).name[locale],
      pole: strength.pole,
      facetScore: strength.facetScore,
      talents: strength.talents.map((talent) => talentText(talent, locale)),
    })),
    domains: scores.domains.map((domain) => ({
      domain: domain.domain,
      name: DOMAIN_NAMES[domain.domain][locale],
      score: domain.score,
      facets: domain.facets.map((facet) => {
        const strength = byFacet.get(`${domain.domain}${facet.facet}`);
        return {
          facet: facet.facet,
          name: facetTalents(domain.domain, facet.facet).name[locale],
          score: facet.score,
          pole: strength?.pole ?? "balanced",
          talents: (strength?.talents ?? []).map((talent) => talentText(talent, locale)),
        };
      }),
    })),
  };
}
