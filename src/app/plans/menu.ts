// The à la carte menu: the recommendation engine over the organisation's catalogue for one person, with each
// suggestion's reason in the reader's language and the person's budget, so the page can show what is affordable.
import { findPlanSettings } from "../../db/catalogue-repo";
import { listAllPeople } from "../../db/people-repo";
import { findPlanOfPerson, listPlansWithCurrentVersion } from "../../db/plans-repo";
import type { TMenu } from "../../contracts/plans";
import { createRecommender, reasonText, type TModuleFormat, type TRecommendOptions } from "../../domain/plans/index";
import { authorise } from "../../domain/policy/index";
import { notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";
import { budgetsFor, challengeOptions, moduleSummary, myPersonRecord, personLanguage, personName, type TPlanCtx } from "./plan-common";
import { loadCatalogue, loadPlanningPeople } from "./planning-data";

export type TMenuFilters = { languages?: readonly TLocale[]; maxCostCents?: number; maxHours?: number; formats?: readonly TModuleFormat[] };

type TMenuPerson = { id: string; firstName: string; lastName: string; department: string; language: string };

/** The menu of one person of the organisation (no access check: callers decide). */
export async function menuOfPerson(ctx: TPlanCtx, organisationId: string, person: TMenuPerson, locale: TLocale, filters: TMenuFilters = {}): Promise<TMenu> {
  const [catalogue, planners, settings] = await Promise.all([
    loadCatalogue(ctx, organisationId),
    loadPlanningPeople(ctx, organisationId, [person.id]),
    findPlanSettings(ctx.db, organisationId),
  ]);
  const planner = planners[0];
  const options: TRecommendOptions = { ...filters };
  const needs = planner?.needs ?? { id: person.id, challengeMeans: {}, talentStrengths: {}, language: personLanguage(person) };
  const recommendation = createRecommender(catalogue).recommend(needs, options);
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  const plan = await findPlanOfPerson(ctx.db, organisationId, person.id);
  let costCents = 0;
  if (plan) {
    const [withVersion] = await listPlansWithCurrentVersion(ctx.db, organisationId, [person.id]);
    costCents = withVersion?.current.costCents ?? 0;
  }
  return {
    person: { id: person.id, name: personName(person), department: person.department, language: personLanguage(person) },
    language: locale,
    status: recommendation.status,
    hasStrengths: planner?.hasStrengths ?? false,
    menu: recommendation.menu.flatMap((s) => {
      const m = byId.get(s.moduleId);
      if (!m) return [];
      return [
        {
          rank: s.rank,
          module: moduleSummary(m, locale, false),
          score: s.score,
          needFit: s.needFit,
          talentMultiplier: s.talentMultiplier,
          effortFactor: s.effortFactor,
          situationMatch: s.situationMatch,
          reason: s.reason,
          reasonText: reasonText(s.reason, locale),
        },
      ];
    }),
    leftOut: recommendation.leftOut,
    currency: settings.currency,
    budgets: await budgetsFor(ctx, organisationId, person, plan?.id ?? null, costCents, settings),
    challenges: challengeOptions(planner?.hasScan ? needs : null, locale),
  };
}

/** The signed-in person's own menu; an account without a person record gets "your person record not found". */
export async function getMyMenu(ctx: TPlanCtx, actor: TActor, locale: { requested?: TLocale; user?: TLocale | null }, filters: TMenuFilters = {}): Promise<TMenu> {
  const person = await myPersonRecord(ctx, actor);
  const reader = locale.requested ?? locale.user ?? personLanguage(person);
  return menuOfPerson(ctx, actor.organisationId, person, reader, filters);
}

/**
 * The menu of a person named by employee number or email (HR or the operator; the CLI's `plan suggest`).
 * The reader's language defaults to the person's own.
 */
export async function suggestForPerson(ctx: Pick<TAppContext, "db" | "now" | "log">, actor: TActor, ref: string, options: { lang?: TLocale } & TMenuFilters = {}) {
  // anyone's menu by reference, as another person's (HR): refused before the lookup, a 403 that does not tell whether
  // the person exists; the actor's own person record plays no part (the CLI's actor has none)
  authorise({ ...actor, personId: null }, "plan.menu.read", { personId: ref });
  const wanted = ref.trim().toLowerCase();
  const everyone = await listAllPeople(ctx.db, actor.organisationId);
  const person = everyone.find((p) => p.employeeNumber.toLowerCase() === wanted) ?? everyone.find((p) => p.email.toLowerCase() === wanted);
  if (!person) throw notFound(`person ${ref}`);
  const { lang, ...filters } = options;
  const menu = await menuOfPerson(ctx, actor.organisationId, person, lang ?? personLanguage(person), filters);
  return { person: { ...menu.person, employeeNumber: person.employeeNumber, email: person.email }, menu };
}
