import { invalid } from "../shared/errors";
import { isRaterGroup, type TRaterResponse } from "./types";

/** Rejects item lists with blanks or duplicates; the report lists items in this order. */
export function checkItemIds(itemIds: readonly string[]): void {
  const seen = new Set<string>();
  itemIds.forEach((itemId, index) => {
    if (typeof itemId !== "string" || itemId === "") throw invalid(`itemIds[${index}]`, "item id is empty");
    if (seen.has(itemId)) throw invalid(`itemIds[${index}]`, "item id appears twice");
    seen.add(itemId);
  });
}

/**
 * Rejects responses the rules cannot be applied to: unknown groups or items, a rater counted twice,
 * two self-assessments, ratings that are not finite numbers. Messages name the position, never the rater.
 */
export function checkResponses(responses: readonly TRaterResponse[], itemIds: readonly string[]): void {
  const knownItems = new Set(itemIds);
  const raters = new Set<string>();
  let selfCount = 0;
  responses.forEach((response, index) => {
    const at = `responses[${index}]`;
    if (typeof response.raterId !== "string" || response.raterId === "") {
      throw invalid(`${at}.raterId`, "rater id is empty");
    }
    if (raters.has(response.raterId)) throw invalid(`${at}.raterId`, "the same rater answered twice");
    raters.add(response.raterId);
    if (!isRaterGroup(response.group)) {
      throw invalid(`${at}.group`, "unknown rater group");
    }
    if (response.group === "self" && ++selfCount > 1) throw invalid(`${at}.group`, "more than one self-assessment");
    checkAnswers(response, knownItems, at);
    checkComments(response, knownItems, at);
  });
}

function checkAnswers(response: TRaterResponse, knownItems: ReadonlySet<string>, at: string): void {
  for (const [itemId, value] of Object.entries(response.answers ?? {})) {
    if (!knownItems.has(itemId)) throw invalid(`${at}.answers.${itemId}`, "unknown item");
    if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
      throw invalid(`${at}.answers.${itemId}`, "answer must be a number or null (can't judge)");
    }
  }
}

function checkComments(response: TRaterResponse, knownItems: ReadonlySet<string>, at: string): void {
  if (response.comment !== undefined && typeof response.comment !== "string") {
    throw invalid(`${at}.comment`, "comment must be text");
  }
  (response.comments ?? []).forEach((comment, index) => {
    if (typeof comment.text !== "string") throw invalid(`${at}.comments[${index}].text`, "comment must be text");
    if (comment.itemId !== undefined && !knownItems.has(comment.itemId)) {
      throw invalid(`${at}.comments[${index}].itemId`, "unknown item");
    }
  });
}
