import type { TRandom } from "../shared/random";
import { compareCodeUnits } from "./order-independent";
import type { TRaterResponse, TReportComment } from "./types";

/** The comments of some responses, trimmed, empty ones dropped, rebuilt so no other field travels. */
export function collectComments(responses: readonly TRaterResponse[]): TReportComment[] {
  const collected: TReportComment[] = [];
  for (const response of responses) {
    pushComment(collected, undefined, response.comment);
    for (const comment of response.comments ?? []) pushComment(collected, comment.itemId, comment.text);
  }
  return collected;
}

function pushComment(into: TReportComment[], itemId: string | undefined, text: string | undefined): void {
  const trimmed = text?.trim();
  if (!trimmed) return;
  into.push(itemId === undefined ? { text: trimmed } : { itemId, text: trimmed });
}

/**
 * Comments in an order that carries no information: first sorted by content, which erases the order
 * of submission and of raters, then shuffled so the sort itself reveals nothing either.
 */
export function anonymousOrder(comments: readonly TReportComment[], random: TRandom): TReportComment[] {
  const sorted = [...comments].sort(compareComments);
  return shuffled(sorted, random);
}

function compareComments(a: TReportComment, b: TReportComment): number {
  return compareCodeUnits(a.itemId ?? "", b.itemId ?? "") || compareCodeUnits(a.text, b.text);
}

/** A Fisher–Yates shuffle of a copy, driven by the injected randomness. */
export function shuffled<T>(items: readonly T[], random: TRandom): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    const here = result[i] as T;
    result[i] = result[j] as T;
    result[j] = here;
  }
  return result;
}
