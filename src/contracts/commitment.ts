// Committing money and hours (issue 13): the limits a person's commitments are judged against, and the facts of a
// refusal that a 409 problem document carries (`refusals`), which the web words in the reader's language.
import { z } from "zod";

export const ZCommitmentRefusalCode = z.enum(["not_in_approved_plan", "over_hour_limit", "over_person_budget", "over_department_budget"]);

/** One reason a commitment was refused, with its facts (money in integer cents of `currency`; spent includes the commitment). */
export const ZCommitmentRefusal = z.object({
  code: ZCommitmentRefusalCode,
  currency: z.string(),
  budgetCents: z.number().int().nullable(),
  spentCents: z.number().int(),
  overByCents: z.number().int(),
  hours: z.number(),
  limitHours: z.number().nullable(),
  overByHours: z.number(),
  department: z.string().nullable(),
  moduleId: z.string().nullable(),
});
export type TCommitmentRefusalView = z.infer<typeof ZCommitmentRefusal>;

/** The person's budget, the department's budget (with what others hold) and the hour limit; null = none set. */
export const ZCommitmentLimits = z.object({
  currency: z.string(),
  person: z.object({ budgetCents: z.number().int(), committedCents: z.number().int() }).nullable(),
  department: z.object({ name: z.string(), budgetCents: z.number().int(), committedCents: z.number().int() }).nullable(),
  limitHours: z.number().nullable(),
});
export type TCommitmentLimitsView = z.infer<typeof ZCommitmentLimits>;
