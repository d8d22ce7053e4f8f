import type { TPolicyActor } from "./actor";
import type { TDecision } from "./decision";

/** One action's rule: a sentence for the documentation and the decision itself (pure). */
export type TRule<R> = { summary: string; decide: (actor: TPolicyActor, resource: R) => TDecision };

/** Declares a rule; `R` is the resource it needs (`void` for actions on the organisation as a whole). */
export function rule<R = void>(summary: string, decide: (actor: TPolicyActor, resource: R) => TDecision): TRule<R> {
  return { summary, decide };
}
