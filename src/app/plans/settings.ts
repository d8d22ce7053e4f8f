// Planning settings (currency, default budget per person, hour limit, standard programme) and the budgets per
// department and per person. HR admins and the operator only.
import type { TPlanningSettings, TPlanningSettingsInput } from "../../contracts/catalogue";
import {
  findPlanSettings,
  listCatalogueRows,
  listDepartmentBudgets,
  listPersonBudgets,
  savePlanSettings,
  setDepartmentBudget,
  setPersonBudget,
} from "../../db/catalogue-repo";
import { findPerson, listAllPeople } from "../../db/people-repo";
import { checkCents, checkCurrency } from "../../domain/plans/index";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { mustAdministerPlanning } from "./catalogue";

/** Above this a limit on hours of development per person means nothing. */
const MAX_HOURS_LIMIT = 10_000;
/** Below this a limit means nothing either (and tiny values do not fit the column). */
const MIN_HOURS_LIMIT = 0.1;

/** The settings, the budgets and the directory's departments. */
export async function getPlanningSettings(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TPlanningSettings> {
  mustAdministerPlanning(actor);
  const organisationId = actor.organisationId;
  const [settings, departmentBudgets, personBudgets, everyone] = await Promise.all([
    findPlanSettings(ctx.db, organisationId),
    listDepartmentBudgets(ctx.db, organisationId),
    listPersonBudgets(ctx.db, organisationId),
    listAllPeople(ctx.db, organisationId),
  ]);
  const byId = new Map(everyone.map((p) => [p.id, p]));
  const departments = [...new Set(everyone.filter((p) => p.active && p.department.trim() !== "").map((p) => p.department))].sort((a, b) => a.localeCompare(b));
  return {
    ...settings,
    departmentBudgets,
    personBudgets: personBudgets
      .map((b) => {
        const person = byId.get(b.personId);
        return { personId: b.personId, name: person ? `${person.firstName} ${person.lastName}` : "", budgetCents: b.budgetCents };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    departments,
  };
}

function hoursLimit(value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value < MIN_HOURS_LIMIT || value > MAX_HOURS_LIMIT) {
    throw invalid("maxHoursPerPerson", `maxHoursPerPerson must be from ${MIN_HOURS_LIMIT} to ${MAX_HOURS_LIMIT} hours, or null for no limit`);
  }
  return value;
}

/** Changes the settings; fields left out stay. The currency cannot change while modules are priced in another. */
export async function updatePlanningSettings(ctx: Pick<TAppContext, "db">, actor: TActor, input: TPlanningSettingsInput): Promise<TPlanningSettings> {
  mustAdministerPlanning(actor);
  const organisationId = actor.organisationId;
  await ctx.db.transaction(async (tx) => {
    const current = await findPlanSettings(tx, organisationId);
    const next = { ...current };
    const rows = await listCatalogueRows(tx, organisationId, { includeArchived: true });
    if (input.currency !== undefined) {
      next.currency = checkCurrency("currency", input.currency);
      if (next.currency !== current.currency) {
        const other = rows.find((row) => {
          const cost = (row.module as { cost?: { currency?: unknown } } | null)?.cost;
          return cost?.currency !== next.currency;
        });
        if (other) {
          throw new DomainError("CONFLICT", `the catalogue holds modules priced in ${current.currency} (e.g. ${other.id}): the currency cannot change`, "currency");
        }
      }
    }
    if (input.defaultPersonBudgetCents !== undefined) {
      next.defaultPersonBudgetCents = input.defaultPersonBudgetCents === null ? null : checkCents("defaultPersonBudgetCents", input.defaultPersonBudgetCents);
    }
    if (input.maxHoursPerPerson !== undefined) next.maxHoursPerPerson = hoursLimit(input.maxHoursPerPerson);
    if (input.standardModuleIds !== undefined) {
      // archived modules may stay in the programme (they were in it when archived); unknown ids may not
      const known = new Set(rows.map((row) => row.id));
      input.standardModuleIds.forEach((id, i) => {
        if (!known.has(id)) throw invalid(`standardModuleIds[${i}]`, `standardModuleIds[${i}]: no module ${id} in the catalogue`);
      });
      if (new Set(input.standardModuleIds).size !== input.standardModuleIds.length) throw invalid("standardModuleIds", "standardModuleIds has duplicates");
      next.standardModuleIds = [...input.standardModuleIds];
    }
    await savePlanSettings(tx, organisationId, next);
  });
  return getPlanningSettings(ctx, actor);
}

function budget(value: number | null): number | null {
  return value === null ? null : checkCents("budgetCents", value);
}

/** Sets (cents) or removes (null) a department's budget. */
export async function updateDepartmentBudget(ctx: Pick<TAppContext, "db">, actor: TActor, department: string, budgetCents: number | null): Promise<TPlanningSettings> {
  mustAdministerPlanning(actor);
  const name = department.trim();
  if (name === "" || name.length > 200) throw invalid("department", "department must be 1–200 characters");
  // PostgreSQL cannot store NUL; other control characters have no place in a name either
  if (/[\u0000-\u001f\u007f]/.test(name)) throw invalid("department", "department contains control characters");
  await setDepartmentBudget(ctx.db, actor.organisationId, name, budget(budgetCents));
  return getPlanningSettings(ctx, actor);
}

/** Sets (cents) or removes (null) a person's own budget; another organisation's person is "not found". */
export async function updatePersonBudget(ctx: Pick<TAppContext, "db">, actor: TActor, personId: string, budgetCents: number | null): Promise<TPlanningSettings> {
  mustAdministerPlanning(actor);
  if (!(await findPerson(ctx.db, actor.organisationId, personId))) throw notFound("person");
  await setPersonBudget(ctx.db, actor.organisationId, personId, budget(budgetCents));
  return getPlanningSettings(ctx, actor);
}
