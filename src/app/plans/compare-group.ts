// The group comparison: for everyone with a challenge scan (optionally one department), the predicted impact of
// their personalised plan (the submitted or approved one, else the best of their menu at the standard's cost)
// next to the standard programme. HR sees per-person rows; executives only the group, and only for groups of
// at least MIN_GROUP_SIZE people (the anonymity rule for team and department cells).
import { findPlanSettings } from "../../db/catalogue-repo";
import { listPlansWithCurrentVersion } from "../../db/plans-repo";
import type { TGroupComparisonResponse } from "../../contracts/plans";
import { compareWithStandard } from "../../domain/plans/index";
import { authorise, can } from "../../domain/policy/index";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { COMMITTED_STATUSES, moduleSummary, personName, type TPlanCtx } from "./plan-common";
import { listCompletedAssessmentHistory } from "../../db/reports-repo";
import { steppedState } from "../../domain/shared/stepped-aggregate";
import { scanAnswers } from "../reports/shape-challenges";
import { ipipAnswerList, storedAnswers } from "../reports/shape-strengths";
import { loadCatalogue, loadPlanningPeople, needsOf, type TPlanningPerson } from "./planning-data";

/** Smallest group an executive sees figures for (team/department cells ≥ 5 people). */
export const MIN_GROUP_SIZE = 5;

/**
 * The executive's group: the people and their questionnaires as of the group's last step of MIN_GROUP_SIZE
 * completions (challenge scans and strengths questionnaires, retakes included; decision 0015), so the group
 * figure never moves by one person's new answers. HR sees every person's row and needs no step.
 */
async function publishedGroup(ctx: TPlanCtx, organisationId: string, candidates: readonly TPlanningPerson[]): Promise<TPlanningPerson[]> {
  const byId = new Map(candidates.map((p) => [p.person.id, p]));
  const [scans, ipips] = await Promise.all([
    listCompletedAssessmentHistory(ctx.db, organisationId, "challenge-scan"),
    listCompletedAssessmentHistory(ctx.db, organisationId, "ipip-neo-120"),
  ]);
  const completions = [...scans.map((row) => ({ row, kind: "scan" as const })), ...ipips.map((row) => ({ row, kind: "ipip" as const }))]
    .filter(({ row }) => byId.has(row.personId))
    .map(({ row, kind }) => ({ personId: `${row.personId}|${kind}`, id: row.id, at: row.completedAt.getTime(), value: storedAnswers(row.answers) }));
  const asOfStep = new Map(steppedState(completions, MIN_GROUP_SIZE).members.map((m) => [m.personId, m.value]));
  const now = ctx.now();
  return candidates.flatMap((planner) => {
    const scan = asOfStep.get(`${planner.person.id}|scan`);
    if (!scan) return [];
    const ipip = asOfStep.get(`${planner.person.id}|ipip`);
    const published = needsOf(
      planner.person,
      ipip ? ipipAnswerList(ipip) : null,
      Object.entries(scanAnswers(scan)).map(([id, score]) => ({ id, score })),
      now,
    );
    return published.hasScan ? [published] : [];
  });
}

/** Personalised plans against the standard programme: per person for HR; for executives only the group, in steps. */
export async function getGroupComparison(ctx: TPlanCtx, actor: TActor, query: { department?: string; locale: TLocale }): Promise<TGroupComparisonResponse> {
  authorise(actor, "plan.compare");
  const hr = can(actor, "plan.compare.people");
  const { organisationId } = actor;
  const [settings, catalogue, planners, plans] = await Promise.all([
    findPlanSettings(ctx.db, organisationId),
    loadCatalogue(ctx, organisationId),
    loadPlanningPeople(ctx, organisationId),
    listPlansWithCurrentVersion(ctx.db, organisationId),
  ]);
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  const department = query.department?.trim() || null;
  const departments = [...new Set(planners.map((p) => p.person.department).filter((d) => d.trim() !== ""))].sort((a, b) => a.localeCompare(b));
  const standardIds = settings.standardModuleIds.filter((id) => byId.has(id));
  const base = { department, departments, currency: settings.currency, minimumGroupSize: MIN_GROUP_SIZE, step: MIN_GROUP_SIZE };
  if (standardIds.length === 0) return { ...base, status: "no-standard-programme", standard: null, group: null, people: null };
  const standardModules = standardIds.map((id) => byId.get(id)).filter((m) => m !== undefined);
  const standard = {
    modules: standardModules.map((m) => moduleSummary(m, query.locale, false)),
    cost: { cents: standardModules.reduce((a, m) => a + m.cost.cents, 0), currency: settings.currency },
    hours: standardModules.reduce((a, m) => a + m.hours, 0),
  };
  const inGroup = (p: TPlanningPerson) => department === null || p.person.department === department;
  const group = hr ? planners.filter((p) => p.hasScan && inGroup(p)) : await publishedGroup(ctx, organisationId, planners.filter(inGroup));
  if (!hr && group.length < MIN_GROUP_SIZE) return { ...base, status: "too-few-people", standard, group: null, people: null };
  const given: Record<string, string[]> = {};
  for (const plan of plans) {
    if (!COMMITTED_STATUSES.includes(plan.status)) continue;
    const ids = plan.current.moduleIds.filter((id) => byId.has(id));
    if (ids.length > 0) given[plan.personId] = ids;
  }
  const result = compareWithStandard({ people: group.map((p) => p.needs), modules: catalogue, standardModuleIds: standardIds, plans: given });
  const rows = hr
    ? result.people.map((row, i) => {
        const person = group[i]?.person;
        return {
          personId: row.personId,
          name: person ? personName(person) : "",
          department: person?.department ?? "",
          personalisedImpact: row.personalised.impact,
          standardImpact: row.standard.impact,
          difference: row.difference,
          derived: row.derived,
          personalisedModuleIds: [...row.personalised.moduleIds],
          personalisedCostCents: row.personalised.costCents,
        };
      })
    : null;
  return { ...base, status: "ok", standard, group: result.group, people: rows };
}
