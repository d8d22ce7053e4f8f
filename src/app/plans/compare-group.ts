// The group comparison: for everyone with a challenge scan (optionally one department), the predicted impact of
// their personalised plan (the submitted or approved one, else the best of their menu at the standard's cost)
// next to the standard programme. HR sees per-person rows; executives only the group, and only for groups of
// at least MIN_GROUP_SIZE people (the anonymity rule for team and department cells).
import { findPlanSettings } from "../../db/catalogue-repo";
import { listPlansWithCurrentVersion } from "../../db/plans-repo";
import type { TGroupComparisonResponse } from "../../contracts/plans";
import { compareWithStandard } from "../../domain/plans/index";
import { DomainError } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { COMMITTED_STATUSES, isHr, moduleSummary, personName, type TPlanCtx } from "./plan-common";
import { loadCatalogue, loadPlanningPeople } from "./planning-data";

/** Smallest group an executive sees figures for (team/department cells ≥ 5 people). */
export const MIN_GROUP_SIZE = 5;

export async function getGroupComparison(ctx: TPlanCtx, actor: TActor, query: { department?: string; locale: TLocale }): Promise<TGroupComparisonResponse> {
  const hr = isHr(actor);
  if (!hr && !actor.roles.includes("executive")) throw new DomainError("FORBIDDEN", "only HR admins and executives see the comparison with the standard programme");
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
  const base = { department, departments, currency: settings.currency, minimumGroupSize: MIN_GROUP_SIZE };
  if (standardIds.length === 0) return { ...base, status: "no-standard-programme", standard: null, group: null, people: null };
  const standardModules = standardIds.map((id) => byId.get(id)).filter((m) => m !== undefined);
  const standard = {
    modules: standardModules.map((m) => moduleSummary(m, query.locale, false)),
    cost: { cents: standardModules.reduce((a, m) => a + m.cost.cents, 0), currency: settings.currency },
    hours: standardModules.reduce((a, m) => a + m.hours, 0),
  };
  const group = planners.filter((p) => p.hasScan && (department === null || p.person.department === department));
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
