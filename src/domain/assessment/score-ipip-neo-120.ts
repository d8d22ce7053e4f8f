import { DomainError, ErrorCodes } from "../shared/errors";
import {
  BIG_FIVE_DOMAINS,
  FACET_NUMBERS,
  IPIP_NEO_120_ITEMS,
  findIpipItem,
  type TBigFiveDomain,
  type TFacetNumber,
  type TIpipItem,
} from "./ipip-neo-120-items";

/** One answer as the person gave it: 1 = very inaccurate … 5 = very accurate, whatever the item's key. */
export type TIpipAnswer = { id: string; score: number };

export type TFacetScore = { facet: TFacetNumber; score: number };
export type TDomainScore = { domain: TBigFiveDomain; score: number; facets: TFacetScore[] };

/** Raw sums (facet 4–20, domain 24–120); `normed: false` says no norm was applied. */
export type TIpipScores = { instrument: "ipip-neo-120"; normed: false; domains: TDomainScore[] };

/** One reason an answer set cannot be scored, naming the item. */
export type TAnswerProblem = { itemId: string; problem: "missing" | "unknown" | "duplicate" | "out-of-range" };

/** How far a person is through the questionnaire (save-and-resume). */
export type TIpipProgress = { answered: number; total: number; complete: boolean; nextItemId: string | null };

export const IPIP_MIN_ANSWER = 1;
export const IPIP_MAX_ANSWER = 5;

function isValidAnswer(score: unknown): score is number {
  return typeof score === "number" && Number.isInteger(score) && score >= IPIP_MIN_ANSWER && score <= IPIP_MAX_ANSWER;
}

/** The item's contribution to its facet: the answer itself, or 6 − answer for minus-keyed items. */
export function keyedValue(item: Pick<TIpipItem, "keyed">, answer: number): number {
  return item.keyed === "minus" ? IPIP_MAX_ANSWER + IPIP_MIN_ANSWER - answer : answer;
}

/** Throws a DomainError naming the item when one answer is unknown or out of range (for autosave). */
export function checkIpipAnswer(answer: TIpipAnswer): TIpipItem {
  const item = findIpipItem(answer.id);
  if (!item) throw answerError([{ itemId: answer.id, problem: "unknown" }]);
  if (!isValidAnswer(answer.score)) throw answerError([{ itemId: answer.id, problem: "out-of-range" }]);
  return item;
}

const PROBLEM_TEXT: Record<TAnswerProblem["problem"], string> = {
  missing: "has no answer",
  unknown: "is not an IPIP-NEO-120 item",
  duplicate: "is answered more than once",
  "out-of-range": `needs an answer from ${IPIP_MIN_ANSWER} to ${IPIP_MAX_ANSWER}`,
};

function answerError(problems: readonly TAnswerProblem[]): DomainError {
  const [first] = problems;
  if (!first) throw new Error("answerError needs at least one problem");
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  return new DomainError(ErrorCodes.VALIDATION, `item ${first.itemId} ${PROBLEM_TEXT[first.problem]}${more}`, first.itemId, problems);
}

function findProblems(answers: readonly TIpipAnswer[]): { problems: TAnswerProblem[]; byId: Map<string, number> } {
  const problems: TAnswerProblem[] = [];
  const byId = new Map<string, number>();
  for (const answer of answers) {
    const itemId = String(answer.id);
    if (!findIpipItem(itemId)) problems.push({ itemId, problem: "unknown" });
    else if (byId.has(itemId)) problems.push({ itemId, problem: "duplicate" });
    else if (!isValidAnswer(answer.score)) problems.push({ itemId, problem: "out-of-range" });
    else byId.set(itemId, answer.score);
  }
  const reported = new Set(problems.map((p) => p.itemId));
  for (const item of IPIP_NEO_120_ITEMS) {
    if (!byId.has(item.id) && !reported.has(item.id)) problems.push({ itemId: item.id, problem: "missing" });
  }
  return { problems, byId };
}

/** Scores a complete answer set into raw facet and domain sums; any missing, unknown, duplicate or out-of-range answer is a DomainError naming the item. */
export function scoreIpipNeo120(answers: readonly TIpipAnswer[]): TIpipScores {
  const { problems, byId } = findProblems(answers);
  if (problems.length > 0) throw answerError(problems);
  const sums = new Map<string, number>();
  for (const item of IPIP_NEO_120_ITEMS) {
    const key = `${item.domain}${item.facet}`;
    sums.set(key, (sums.get(key) ?? 0) + keyedValue(item, byId.get(item.id) ?? Number.NaN));
  }
  const facetSum = (domain: TBigFiveDomain, facet: TFacetNumber) => sums.get(`${domain}${facet}`) ?? Number.NaN;
  const domains = BIG_FIVE_DOMAINS.map((domain) => {
    const facets = FACET_NUMBERS.map((facet) => ({ facet, score: facetSum(domain, facet) }));
    return { domain, score: facets.reduce((sum, f) => sum + f.score, 0), facets };
  });
  return { instrument: "ipip-neo-120", normed: false, domains };
}

/** Counts the valid answers given so far and names the next unanswered item in administration order. */
export function ipipNeo120Progress(answers: readonly TIpipAnswer[]): TIpipProgress {
  const answered = new Set(answers.filter((a) => findIpipItem(a.id) && isValidAnswer(a.score)).map((a) => a.id));
  const next = IPIP_NEO_120_ITEMS.find((item) => !answered.has(item.id));
  return {
    answered: answered.size,
    total: IPIP_NEO_120_ITEMS.length,
    complete: next === undefined,
    nextItemId: next?.id ?? null,
  };
}
