// Deterministic synthetic catalogues and people for the plans benchmarks (issue 4, part 8).
import { SITUATIONS } from "../src/domain/assessment/challenge-types";
import { MANAGER_CHALLENGES } from "../src/domain/assessment/manager-challenges";
import { FACET_TALENTS } from "../src/domain/assessment/talents";
import { MODULE_FORMATS, type TDevelopmentModule, type TModuleFormat } from "../src/domain/plans/catalogue";
import type { TPersonNeeds } from "../src/domain/plans/recommend";
import { seededRandom, type TRandom } from "../src/domain/shared/random";
import type { TLocale } from "../src/domain/shared/locale";

/** Hours, price in euros and seats per format, as ranges seen in Belgian management training. */
const FORMAT_PROFILE: Readonly<Record<TModuleFormat, { hours: [number, number]; euros: [number, number]; seats: [number, number] | null }>> = {
  mentoring_track: { hours: [6, 24], euros: [1_500, 4_500], seats: [4, 10] },
  workshop: { hours: [4, 14], euros: [400, 1_500], seats: [10, 16] },
  elearning: { hours: [2, 8], euros: [50, 300], seats: null },
  book: { hours: [6, 10], euros: [25, 50], seats: null },
  peer_circle: { hours: [10, 18], euros: [600, 1_200], seats: [6, 10] },
  on_the_job: { hours: [16, 40], euros: [0, 300], seats: [4, 8] },
  job_shadowing: { hours: [8, 16], euros: [0, 0], seats: [2, 6] },
};

const between = (random: TRandom, [lo, hi]: readonly [number, number]) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(random: TRandom, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
function sample<T>(random: TRandom, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

const LANGUAGE_SETS: readonly (readonly TLocale[])[] = [["nl", "fr", "en"], ["nl", "fr", "en"], ["nl", "fr", "en"], ["nl", "fr"], ["nl"], ["fr"], ["en"]];
const ALL_TALENTS = FACET_TALENTS.flatMap((f) => [f.high.id, f.low.id]);

/** `count` valid modules (validateModule accepts them), the same for the same seed. */
export function generateModules(count: number, seed: number): TDevelopmentModule[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const format = pick(random, MODULE_FORMATS);
    const profile = FORMAT_PROFILE[format];
    const challenges = sample(random, MANAGER_CHALLENGES, 1 + Math.floor(random() * 4)).map((c, k) => ({
      challengeId: c.id,
      weight: k === 0 ? 1 : Math.round((0.2 + random() * 0.7) * 10) / 10,
    }));
    const id = `gen-${String(i).padStart(4, "0")}`;
    return {
      id,
      title: { nl: `Module ${i}`, fr: `Module ${i}`, en: `Module ${i}` },
      description: { nl: "Gegenereerd.", fr: "Généré.", en: "Generated." },
      format,
      hours: between(random, profile.hours),
      cost: { cents: between(random, profile.euros) * 100, currency: "EUR" },
      seatsPerPeriod: profile.seats ? between(random, profile.seats) : null,
      languages: pick(random, LANGUAGE_SETS),
      provider: "Bench",
      challenges,
      buildsOn: sample(random, ALL_TALENTS, 1 + Math.floor(random() * 4)),
      situations: random() < 0.5 ? [] : sample(random, SITUATIONS, 1),
    };
  });
}

/** `count` people with scan means (a handful of challenges that apply), a leaning pole per facet, a language. */
export function generatePeople(count: number, seed: number): TPersonNeeds[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const elevated = new Set(sample(random, MANAGER_CHALLENGES, 3 + Math.floor(random() * 6)).map((c) => c.id));
    const challengeMeans = Object.fromEntries(
      MANAGER_CHALLENGES.map((c) => [c.id, elevated.has(c.id) ? 3 + Math.round(random() * 8) / 4 : 1 + Math.round(random() * 6) / 4]),
    );
    const talentStrengths: Record<string, number> = {};
    for (const facet of FACET_TALENTS) {
      const distance = Math.round((random() * 16 - 8) * 10) / 10;
      if (distance !== 0) talentStrengths[distance > 0 ? facet.high.id : facet.low.id] = Math.abs(distance);
    }
    const u = random();
    const language: TLocale = u < 0.55 ? "nl" : u < 0.95 ? "fr" : "en";
    return { id: `person-${String(i).padStart(5, "0")}`, language, challengeMeans, talentStrengths, situations: [pick(random, SITUATIONS)] };
  });
}
