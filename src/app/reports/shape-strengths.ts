import type { TStrengthsSection } from "../../contracts/reports";
import {
  TALENT_PERCENTILE,
  facetTalents,
  findIpipItem,
  ipipNorm,
  normIpipScores,
  ownPercentile,
  scoreIpipNeo120,
  strengthsProfile,
  talentAdvice,
  workplaceDomain,
  workplacePercentile,
  type TAgeBand,
  type TIpipScores,
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

/** An organisation's own percentile needs this many completed profiles (decision 0014). */
export const ORGANISATION_NORM_MINIMUM = 30;

/** One module of the person's menu, as far as the report links talents to it. */
export type TMenuLink = { moduleId: string; title: string; buildsOn: readonly string[]; challengeIds: readonly string[] };

/** What the report needs besides the answers: the norm group, the organisation's profiles, the person's challenges and menu. */
export type TStrengthsContext = {
  ageBand?: TAgeBand | null;
  /** raw scores of the organisation's completed profiles (the person's own included) */
  population?: readonly Pick<TIpipScores, "domains">[];
  /** the person's top challenges, most applicable first, named in the reader's language */
  topChallenges?: readonly { challengeId: string; name: string }[];
  menu?: readonly TMenuLink[];
};

/** Scores an answer set; null when it cannot be scored (an incomplete record). */
export function scoreStoredIpip(answers: TStoredAnswers): TIpipScores | null {
  try {
    return scoreIpipNeo120(ipipAnswerList(answers));
  } catch {
    return null;
  }
}

type TPopulation = { size: number; byKey: Map<string, number[]> };

function populationOf(profiles: readonly Pick<TIpipScores, "domains">[]): TPopulation {
  const byKey = new Map<string, number[]>();
  const add = (key: string, value: number) => byKey.set(key, [...(byKey.get(key) ?? []), value]);
  for (const profile of profiles) {
    for (const domain of profile.domains) {
      add(domain.domain, domain.score);
      for (const facet of domain.facets) add(`${domain.domain}${facet.facet}`, facet.score);
    }
  }
  return { size: profiles.length, byKey };
}

const organisationPercentile = (population: TPopulation, key: string, raw: number) =>
  ownPercentile(raw, population.byKey.get(key) ?? [], ORGANISATION_NORM_MINIMUM);

function linksOf(talentIds: readonly string[], context: TStrengthsContext) {
  const modules = (context.menu ?? []).filter((m) => m.buildsOn.some((id) => talentIds.includes(id)));
  const addressed = new Set(modules.flatMap((m) => m.challengeIds));
  return {
    modules: modules.map((m) => ({ moduleId: m.moduleId, title: m.title })),
    challenges: (context.topChallenges ?? []).filter((c) => addressed.has(c.challengeId)),
  };
}

function adviceText(talentId: string | undefined, locale: TLocale) {
  const advice = talentId ? talentAdvice(talentId) : undefined;
  if (!advice) return null;
  return {
    narrative: advice.narrative[locale],
    helps: advice.helps[locale],
    actions: advice.actions.map((action) => action[locale]),
    watchOut: advice.watchOut[locale],
  };
}

/**
 * The strengths part of the report in one language: every domain and facet as a percentile and T score against
 * the IPIP-NEO-120 norms (working age unless an age band is given), the organisation's own percentile from 30
 * profiles, the (up to) five most distinctive talents with advice and their links to the person's challenges and
 * menu, and all 30 facets ranked. Null when the answers cannot be scored (an incomplete record).
 */
export function strengthsSection(answers: TStoredAnswers, completedAt: Date, locale: TLocale, context: TStrengthsContext = {}): TStrengthsSection | null {
  const scores = scoreStoredIpip(answers);
  if (!scores) return null;
  const norm = ipipNorm(context.ageBand);
  const profile = strengthsProfile(scores, norm);
  const normed = normIpipScores(scores, norm);
  const population = populationOf(context.population ?? []);
  const shown = population.size >= ORGANISATION_NORM_MINIMUM;
  const byFacet = new Map(profile.ranked.map((strength, index) => [facetKey(strength), { strength, rank: index + 1 }]));
  const facetName = (s: Pick<TTalentStrength, "domain" | "facet">) => facetTalents(s.domain, s.facet).name[locale];
  return {
    completedAt: completedAt.toISOString(),
    scoreKind: "normed",
    norm: { reference: norm.reference, source: norm.source },
    talentPercentile: TALENT_PERCENTILE,
    organisation: { profiles: population.size, minimum: ORGANISATION_NORM_MINIMUM, shown },
    facetRange: [4, 20],
    domainRange: [24, 120],
    topTalents: profile.topFive.map((strength) => {
      const ids = strength.talents.map((talent) => talent.id);
      return {
        domain: strength.domain,
        facet: strength.facet,
        facetName: facetName(strength),
        pole: strength.pole,
        facetScore: strength.facetScore,
        percentile: strength.percentile ?? 50,
        t: strength.t ?? 50,
        organisationPercentile: organisationPercentile(population, facetKey(strength), strength.facetScore),
        talents: strength.talents.map((talent) => talentText(talent, locale)),
        advice: adviceText(ids[0], locale),
        ...linksOf(ids, context),
      };
    }),
    ranked: profile.ranked.map((strength) => ({
      domain: strength.domain,
      facet: strength.facet,
      facetName: facetName(strength),
      pole: strength.pole,
      percentile: strength.percentile ?? 50,
      isTalent: strength.isTalent,
      talents: strength.talents.map((talent) => talentText(talent, locale)),
    })),
    domains: normed.map((domain) => {
      const framing = workplaceDomain(domain.domain);
      return {
        domain: domain.domain,
        name: framing.name[locale],
        scientificName: framing.scientificName[locale],
        description: framing.description[locale],
        reversed: framing.reversed,
        score: domain.score,
        percentile: domain.percentile,
        t: domain.t,
        workplacePercentile: workplacePercentile(domain.domain, domain.percentile),
        workplaceT: framing.reversed ? Math.round((100 - domain.t) * 10) / 10 : domain.t,
        organisationPercentile: organisationPercentile(population, domain.domain, domain.score),
        facets: domain.facets.map((facet) => {
          const entry = byFacet.get(`${domain.domain}${facet.facet}`);
          return {
            facet: facet.facet,
            name: facetTalents(domain.domain, facet.facet).name[locale],
            score: facet.score,
            percentile: facet.percentile,
            t: facet.t,
            organisationPercentile: organisationPercentile(population, `${domain.domain}${facet.facet}`, facet.score),
            pole: entry?.strength.pole ?? "balanced",
            isTalent: entry?.strength.isTalent ?? false,
            rank: entry?.rank ?? 30,
            talents: (entry?.strength.talents ?? []).map((talent) => talentText(talent, locale)),
          };
        }),
      };
    }),
  };
}
