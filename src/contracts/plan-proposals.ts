import { z } from "zod";
import { ZLocale, ZUuid } from "./common";
import { ZModuleSummary, ZMoney } from "./plans";

/** pending until the owner accepts or declines it; withdrawn when a later optimiser run replaced it. */
export const ZPlanProposalStatus = z.enum(["pending", "accepted", "declined", "withdrawn"]);

/** What an applied optimiser run proposes for a submitted or approved plan (modules in the reader's language). */
export const ZPlanProposal = z.object({
  id: ZUuid,
  runId: ZUuid,
  status: ZPlanProposalStatus,
  /** the plan version the proposal was made against */
  basedOnVersion: z.number().int(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  modules: z.array(ZModuleSummary),
  /** cost and hours of the proposed modules at today's catalogue prices */
  cost: ZMoney,
  hours: z.number(),
});
export type TPlanProposal = z.infer<typeof ZPlanProposal>;

/** A plan's proposals, newest first (planId null: the person has no plan). */
export const ZPlanProposalList = z.object({ planId: ZUuid.nullable(), items: z.array(ZPlanProposal) });
export type TPlanProposalList = z.infer<typeof ZPlanProposalList>;

export const ZPlanProposalQuery = z.strictObject({ lang: ZLocale.optional() });
