// Shared pieces of the menu, plan and comparison use cases: who the actor is to a plan, module summaries in the
// reader's language, budgets (person and department) and the person's comparison with the standard programme.
import { findPlanSettings, listDepartmentBudgets, listPersonBudgets, type TPlanSettingsRow } from "../../db/catalogue-repo";
import { findMembership } from "../../db/organisations-repo";
import { findPerson, listAllPeople } from "../../db/people-repo";
import { listPlansWithCurrentVersion } from "../../db/plans-repo";
import type { TModuleSummary, TPlanBudgets } from "../../contracts/plans";
import { MANAGER_CHALLENGES, findChallenge } from "../../domain/assessment/index";
import { compareWithStandard, planBudgetCheck, type TCommitmentLimits, type TDevelopmentModule, type TPersonNeeds, type TPlanActor, type TPlanStatus } from "../../domain/plans/index";
import { planRelation, type TPlanResource, type TPolicyActor } from "../../domain/policy/index";
import { notFound } from "../../domain/shared/errors";
import { isLocale, type TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

export type TPlanCtx = Pick<TAppContext, "db" | "now" | "log">;
export const COMMITTED_STATUSES: readonly string[] = ["submitted", "approved"];

/** The person record linked to the actor's account in the current organisation, or null. */
export async function actorPersonId(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<string | null> {
  return (await findMembership(ctx.db, actor.organisationId, actor.userId))?.personId ?? null;
}

/** The actor as the policy sees them for plan rules: with the person their account is linked to (or null). */
export async function planPolicyActor(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TPolicyActor> {
  return { ...actor, personId: await actorPersonId(ctx, actor) };
}

/** A person's plan as the policy's resource (the owner and their line manager; `status` when the rule needs it). */
export function planResource(person: { id: string; managerId: string | null }, status?: TPlanStatus | null): TPlanResource {
  return status === undefined ? { ownerPersonId: person.id, lineManagerPersonId: person.managerId } : { ownerPersonId: person.id, lineManagerPersonId: person.managerId, status };
}

export type TPlanPersonRecord = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/** The signed-in user's own person record; "your person record not found" (404) when the account has none. */
export async function myPersonRecord(ctx: Pick<TAppContext, "db">, actor: TActor): Promise<TPlanPersonRecord> {
  const personId = await actorPersonId(ctx, actor);
  const person = personId ? await findPerson(ctx.db, actor.organisationId, personId) : undefined;
  if (!person) throw notFound("your person record");
  return person;
}

/**
 * How the actor relates to a person's plan: the owner, their line manager (the account linked to the person's
 * manager), or HR. Anyone else — executives included — gets null and is answered "not found".
 */
export function planRole(actor: TPolicyActor, person: { id: string; managerId: string | null }): TPlanActor | null {
  return planRelation(actor, planResource(person));
}

export const personName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();
export const personLanguage = (p: { language: string }): TLocale => (isLocale(p.language) ? p.language : "nl");

export function moduleSummary(m: TDevelopmentModule, locale: TLocale, archived: boolean): TModuleSummary {
  return {
    id: m.id,
    title: m.title[locale],
    description: m.description[locale],
    format: m.format,
    hours: m.hours,
    cost: { cents: m.cost.cents, currency: m.cost.currency },
    provider: m.provider,
    languages: [...m.languages],
    archived,
  };
}

/** Summaries of module ids (archived modules still named; an unknown id gets its id as title). */
export function summariesOf(moduleIds: readonly string[], byId: ReadonlyMap<string, TDevelopmentModule>, active: ReadonlySet<string>, locale: TLocale, currency: string): TModuleSummary[] {
  return moduleIds.map((id) => {
    const m = byId.get(id);
    if (m) return moduleSummary(m, locale, !active.has(id));
    return { id, title: id, description: "", format: "elearning", hours: 0, cost: { cents: 0, currency }, provider: "", languages: [], archived: true };
  });
}

export function challengeName(challengeId: string, locale: TLocale): string {
  const wording = findChallenge(challengeId)?.wording[locale] ?? challengeId;
  return wording.charAt(0).toUpperCase() + wording.slice(1);
}

/** Every challenge in the reader's language; the person's measured ones first, highest need first. */
export function challengeOptions(needs: TPersonNeeds | null, locale: TLocale) {
  const means = needs?.challengeMeans ?? {};
  const options = MANAGER_CHALLENGES.map((c, index) => ({ id: c.id, name: challengeName(c.id, locale), measured: typeof means[c.id] === "number", score: means[c.id] ?? 0, index }));
  options.sort((a, b) => Number(b.measured) - Number(a.measured) || (b.score ?? 0) - (a.score ?? 0) || a.index - b.index);
  return options.map(({ id, name, measured }) => ({ id, name, measured }));
}

/**
 * What a person's commitments are judged against: their own budget (person_budgets, else the organisation's
 * default), their department's budget with what the department's other people hold (the committed — submitted or
 * approved — current versions of their plans), and the hour limit. `planId` is the person's own plan, left out.
 */
export async function commitmentLimits(
  ctx: Pick<TAppContext, "db">,
  organisationId: string,
  person: { id: string; department: string },
  planId: string | null,
  settings?: TPlanSettingsRow,
): Promise<TCommitmentLimits> {
  const s = settings ?? (await findPlanSettings(ctx.db, organisationId));
  const [personBudgets, departmentBudgets] = await Promise.all([listPersonBudgets(ctx.db, organisationId), listDepartmentBudgets(ctx.db, organisationId)]);
  const own = personBudgets.find((b) => b.personId === person.id)?.budgetCents ?? s.defaultPersonBudgetCents;
  const department = person.department.trim() === "" ? undefined : departmentBudgets.find((b) => b.department === person.department);
  let departmentCommitted = 0;
  if (department) {
    const plans = await listPlansWithCurrentVersion(ctx.db, organisationId);
    const colleagues = await departmentOf(ctx, organisationId, plans.map((p) => p.personId));
    departmentCommitted = plans
      .filter((p) => p.id !== planId && p.personId !== person.id && COMMITTED_STATUSES.includes(p.status) && colleagues.get(p.personId) === person.department)
      .reduce((sum, p) => sum + p.current.costCents, 0);
  }
  return {
    currency: s.currency,
    // every commitment of a person lives in their one plan (HR's overrides included), so nothing else draws on it
    person: own === null || own === undefined ? null : { budgetCents: own, committedCents: 0 },
    department: department ? { name: department.department, budgetCents: department.budgetCents, committedCents: departmentCommitted } : null,
    limitHours: s.maxHoursPerPerson,
  };
}

/** The person's and the department's budget status for a plan costing `costCents` (the plan itself counted as spent). */
export function budgetsOf(limits: TCommitmentLimits, costCents: number): TPlanBudgets {
  const money = (cents: number) => ({ cents, currency: limits.currency });
  return planBudgetCheck(
    money(costCents),
    limits.person ? { budget: money(limits.person.budgetCents), otherCommitted: [money(limits.person.committedCents)] } : null,
    limits.department ? { budget: money(limits.department.budgetCents), otherCommitted: [money(limits.department.committedCents)] } : null,
  );
}

/** The budgets a plan of `person` costing `costCents` draws on (see commitmentLimits). */
export async function budgetsFor(
  ctx: Pick<TAppContext, "db">,
  organisationId: string,
  person: { id: string; department: string },
  planId: string | null,
  costCents: number,
  settings?: TPlanSettingsRow,
): Promise<TPlanBudgets> {
  return budgetsOf(await commitmentLimits(ctx, organisationId, person, planId, settings), costCents);
}

async function departmentOf(ctx: Pick<TAppContext, "db">, organisationId: string, personIds: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(personIds);
  const everyone = await listAllPeople(ctx.db, organisationId);
  return new Map(everyone.filter((p) => wanted.has(p.id)).map((p) => [p.id, p.department]));
}

/** The person's plan (or, without one, the best of their menu at the standard's cost) next to the standard programme. */
export function personComparison(
  needs: TPersonNeeds,
  hasScan: boolean,
  catalogue: readonly TDevelopmentModule[],
  settings: TPlanSettingsRow,
  planModuleIds: readonly string[] | null,
  locale: TLocale,
) {
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  const standardIds = settings.standardModuleIds.filter((id) => byId.has(id));
  if (!hasScan || standardIds.length === 0) return null;
  const given = planModuleIds?.filter((id) => byId.has(id));
  const result = compareWithStandard({ people: [needs], modules: catalogue, standardModuleIds: standardIds, plans: given && given.length > 0 ? { [needs.id]: given } : {} });
  const row = result.people[0];
  if (!row) return null;
  const active = new Set(catalogue.map((m) => m.id));
  const side = (s: { moduleIds: readonly string[]; impact: number; costCents: number; hours: number }) => ({
    moduleIds: [...s.moduleIds],
    modules: summariesOf(s.moduleIds, byId, active, locale, settings.currency),
    impact: s.impact,
    cost: { cents: s.costCents, currency: settings.currency },
    hours: s.hours,
  });
  return { personalised: side(row.personalised), standard: side(row.standard), difference: row.difference, derived: row.derived };
}

export function isPlanStatus(value: string): value is TPlanStatus {
  return ["draft", "submitted", "approved", "changes_requested"].includes(value);
}
