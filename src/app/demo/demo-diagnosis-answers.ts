import { BIG_FIVE_DOMAINS, IPIP_NEO_120_ITEMS, MANAGER_CHALLENGES } from "../../domain/assessment/index";
import type { TRaterGroup } from "../../domain/feedback360/index";
import { seededRandom, type TRandom } from "../../domain/shared/random";

/** Item or statement id → answer 1..5 (null: "can't judge"). */
export type TDemoAnswers = Record<string, number | null>;

/** A standard normal draw (Box–Muller) from the injected uniform source. */
function normal(random: TRandom): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function toScale(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

/** A stable 32-bit seed from a label, so each demo person gets their own sequence. */
export function seedOf(label: string): number {
  let hash = 2166136261;
  for (let i = 0; i < label.length; i += 1) hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * Plausible IPIP-NEO-120 answers: a latent level per domain, a facet level around it, and item
 * noise; minus-keyed items answered in reverse. Answers are what the person chose (1–5), so the
 * organisation's reliability figures come out like real data (α well above zero, below one).
 */
export function demoIpipAnswers(label: string): TDemoAnswers {
  const random = seededRandom(seedOf(`ipip:${label}`));
  const domainLevel = Object.fromEntries(BIG_FIVE_DOMAINS.map((domain) => [domain, normal(random)]));
  const facetLevel = new Map<string, number>();
  const answers: TDemoAnswers = {};
  for (const item of IPIP_NEO_120_ITEMS) {
    const key = `${item.domain}${item.facet}`;
    if (!facetLevel.has(key)) facetLevel.set(key, 0.7 * (domainLevel[item.domain] ?? 0) + 0.6 * normal(random));
    const level = facetLevel.get(key) ?? 0;
    const signed = item.keyed === "plus" ? level : -level;
    answers[item.id] = toScale(3 + 1.1 * signed + 0.7 * normal(random));
  }
  return answers;
}

/** A person's underlying challenge levels (1–5) per challenge, the "truth" both self and raters see through noise. */
export function demoChallengeLevels(label: string): Record<string, number> {
  const random = seededRandom(seedOf(`levels:${label}`));
  const general = normal(random) * 0.4;
  return Object.fromEntries(MANAGER_CHALLENGES.map((challenge) => [challenge.id, 2.6 + general + 0.8 * normal(random)]));
}

/**
 * Answers to the challenge scan by one respondent: the person's levels seen with a bias per
 * challenge (`bias[challengeId]`, + sees it more) and noise; `cannotJudge` is the chance of "can't judge".
 */
export function demoScanAnswers(
  label: string,
  levels: Readonly<Record<string, number>>,
  options: { bias?: Readonly<Record<string, number>>; cannotJudge?: number } = {},
): TDemoAnswers {
  const random = seededRandom(seedOf(`scan:${label}`));
  const answers: TDemoAnswers = {};
  for (const challenge of MANAGER_CHALLENGES) {
    const level = (levels[challenge.id] ?? 3) + (options.bias?.[challenge.id] ?? 0);
    for (const statement of challenge.statements) {
      answers[statement.id] = random() < (options.cannotJudge ?? 0) ? null : toScale(level + 0.5 * normal(random));
    }
  }
  return answers;
}

/** One demo rater of the closed 360 campaign. */
export type TDemoRater = {
  group: Exclude<TRaterGroup, "self">;
  name: string;
  email: string;
  language: "nl" | "fr" | "en";
  answers: TDemoAnswers;
  comments: { itemId?: string; text: string }[];
  submitted: boolean;
};

/** Challenges the demo manager underrates in herself (others see them more): the report's blind spots. */
export const DEMO_BLIND_SPOTS = ["delegate-and-follow-up", "colleague-to-boss"] as const;
/** Challenges she rates higher than others do: her hidden strengths. */
export const DEMO_HIDDEN_STRENGTHS = ["lack-self-confidence"] as const;

/**
 * The closed 360 about the demo sales manager: her line manager, four peers, three others, and
 * two direct reports — one group short of its minimum, so the report hides it everywhere.
 */
export function demoCampaignRaters(
  subjectLabel: string,
  raters: readonly { group: TDemoRater["group"]; name: string; email: string; language: TDemoRater["language"] }[],
): TDemoRater[] {
  const levels = demoChallengeLevels(subjectLabel);
  const bias: Record<string, number> = {};
  for (const id of DEMO_BLIND_SPOTS) bias[id] = 1.6;
  for (const id of DEMO_HIDDEN_STRENGTHS) bias[id] = -1.6;
  return raters.map((rater, index) => ({
    ...rater,
    answers: demoScanAnswers(`${subjectLabel}:rater:${index}`, levels, { bias, cannotJudge: rater.group === "other" ? 0.15 : 0.05 }),
    comments: DEMO_COMMENTS[rater.group][index % 2] ? [{ text: DEMO_COMMENTS[rater.group][index % 2] as string }] : [],
    submitted: true,
  }));
}

/** Self-scan answers of the demo subject, with her blind spots and hidden strengths built in. */
export function demoSubjectSelfScan(subjectLabel: string): TDemoAnswers {
  return demoScanAnswers(`${subjectLabel}:self`, demoChallengeLevels(subjectLabel));
}

const DEMO_COMMENTS: Record<TDemoRater["group"], readonly string[]> = {
  line_manager: ["An zet het team sterk neer bij klanten; ze mag meer loslaten aan haar accountmanagers.", ""],
  peer: [
    "Altijd bereid om mee te denken over de planning tussen verkoop en productie.",
    "Elle défend bien son équipe, mais les décisions prennent parfois du temps.",
  ],
  direct_report: ["Ik zou graag meer zelf beslissen over mijn klanten.", "Duidelijke doelen, maar weinig opvolging."],
  other: ["Very responsive with export customers.", "Een betrouwbare partner voor de logistiek."],
};
