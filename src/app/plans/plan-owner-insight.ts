// What a plan's reviewer sees of its owner beyond the plan itself: her strongest talents and why each module of
// her plan suits her. Both are read from her report (strengths questionnaire, challenge scan), so they follow the
// report's sharing rules exactly (resolveReportViewer): not shared → no talents and no reasons, and the page says so.
import type { TPlanOwnerInsight } from "../../contracts/plans";
import { TALENTS } from "../../domain/assessment/index";
import { createRecommender, reasonText, STRONG_TALENT_COUNT, strongestTalents } from "../../domain/plans/index";
import { DomainError } from "../../domain/shared/errors";
import { LOCALES, type TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { resolveReportViewer } from "../reports/report-access";
import type { TPlanCtx, TPlanPersonRecord } from "./plan-common";
import { loadCatalogue, loadPlanningPeople } from "./planning-data";

/** True when the actor may read the person's individual report (the person's own sharing choice decides). */
async function mayReadReport(ctx: TPlanCtx, actor: TActor, personId: string): Promise<boolean> {
  try {
    await resolveReportViewer(ctx, actor, personId);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

/** The owner's talents and the reason for each module (in the reader's language), as far as she shares her report with the actor. */
export async function ownerInsight(ctx: TPlanCtx, actor: TActor, person: TPlanPersonRecord, moduleIds: readonly string[], locale: TLocale): Promise<TPlanOwnerInsight> {
  const firstName = person.firstName.trim() || person.lastName.trim();
  if (!(await mayReadReport(ctx, actor, person.id))) return { firstName, reportShared: false, talents: null, reasons: [] };
  const [catalogue, planners] = await Promise.all([loadCatalogue(ctx, actor.organisationId, { includeArchived: true }), loadPlanningPeople(ctx, actor.organisationId, [person.id])]);
  const planner = planners[0];
  if (!planner) return { firstName, reportShared: true, talents: null, reasons: [] };
  const talentById = new Map(TALENTS.map((t) => [t.id, t]));
  const talents = planner.hasStrengths
    ? strongestTalents(planner.needs.talentStrengths, STRONG_TALENT_COUNT).flatMap((id) => {
        const talent = talentById.get(id);
        return talent ? [{ id, name: talent.name[locale], description: talent.description[locale] }] : [];
      })
    : null;
  // every module that meets one of her measured needs, whatever its language or format: the plan may hold any of them
  const ranked = planner.hasScan ? createRecommender(catalogue).rank(planner.needs, { languages: LOCALES }) : [];
  const reasonOf = new Map(ranked.map((s) => [s.moduleId, s.reason]));
  const reasons = moduleIds.flatMap((moduleId) => {
    const reason = reasonOf.get(moduleId);
    return reason ? [{ moduleId, reasonText: reasonText(reason, locale, firstName) }] : [];
  });
  return { firstName, reportShared: true, talents, reasons };
}
