import type { TLocalised } from "./localised";

/**
 * What the report says about one talent, addressed to the person (formal "u" / "vous"): a short narrative, how it
 * helps a manager, two or three things to try, and the overuse side to watch.
 */
export type TTalentAdvice = {
  narrative: TLocalised;
  helps: TLocalised;
  actions: readonly TLocalised[];
  watchOut: TLocalised;
};
