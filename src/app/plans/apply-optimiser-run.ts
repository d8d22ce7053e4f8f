// Applying an optimiser run (issue 13): the optimiser proposes, never overwrites. HR first reads the impact list
// (per person: a direct change of a draft or of no plan, a proposal for a submitted/approved plan, or nothing),
// then applies with that list's `confirm` hash; a plan that moved on since gives 409 (field confirm). Every change
// is emailed to the owner, in the same transaction as the change (the outbox).
import { createHash } from "node:crypto";
import type { TOptimiserApplyRequest, TOptimiserApplyResult, TOptimiserImpact } from "../../contracts/optimiser";
import { findOptimiserRun, markOptimiserRunApplied } from "../../db/optimiser-repo";
import { findPerson } from "../../db/people-repo";
import { insertPlanProposal, listPendingProposals, withdrawPendingProposals } from "../../db/plan-proposals-repo";
import { findAccountOfPerson, findPlanOfPerson, insertPlanEvent, listPlansWithCurrentVersion, writePlanVersion } from "../../db/plans-repo";
import type { TDb } from "../../db/client";
import { renderPlanChangedByOptimiser, renderPlanProposal } from "../../email/plan-proposal-emails";
import { checkAllocation, type TDevelopmentModule } from "../../domain/plans/index";
import { impactFingerprint, impactLine, type TImpactLine } from "../../domain/plans/optimiser-impact";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import type { TLocale } from "../../domain/shared/locale";
import type { TActor } from "../../domain/shared/roles";
import { queueEmails } from "../outbox/queue-email";
import type { TAppContext } from "../shared/context";
import { requirePlanFits } from "./commit-module";
import { mustAdminister, storedOf, UUID, type TStoredRun } from "./optimiser-run";
import { isPlanStatus, personLanguage, personName } from "./plan-common";
import { loadCatalogue } from "./planning-data";

type TCtx = Pick<TAppContext, "db" | "now" | "log" | "notifyOutbox" | "config">;

/** Each allocated person's modules, in the run's order. */
function modulesByPerson(stored: TStoredRun): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  for (const a of stored.result.allocations) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a.moduleId]);
  return byPerson;
}

/** The impact of the run on every allocated person's plan as it stands; `lock` takes their plan rows (in a transaction). */
async function impactOf(db: TDb, organisationId: string, stored: TStoredRun, lock: boolean): Promise<TImpactLine[]> {
  const byPerson = modulesByPerson(stored);
  const personIds = [...byPerson.keys()].sort();
  // one lock order (by person id) for every writer, so two applies queue instead of deadlocking
  if (lock) for (const personId of personIds) await findPlanOfPerson(db, organisationId, personId, true);
  const [plans, pending] = await Promise.all([listPlansWithCurrentVersion(db, organisationId, personIds), listPendingProposals(db, organisationId, personIds)]);
  const planOf = new Map(plans.map((p) => [p.personId, p]));
  const pendingOf = new Map(pending.map((p) => [p.personId, p]));
  return personIds.map((personId) => {
    const plan = planOf.get(personId);
    const proposal = pendingOf.get(personId);
    return impactLine({
      personId,
      newModuleIds: byPerson.get(personId) ?? [],
      // an unknown status is treated as one the owner has handed on: it is proposed to, never overwritten
      plan: plan ? { id: plan.id, status: isPlanStatus(plan.status) ? plan.status : "submitted", version: plan.currentVersion, moduleIds: plan.current.moduleIds } : null,
      pendingProposal: proposal ? { id: proposal.id, moduleIds: proposal.moduleIds } : null,
    });
  });
}

/** The confirmation of an impact list: a hash of the run and the list (not a secret; it proves what HR saw). */
function confirmationOf(runId: string, lines: readonly TImpactLine[]): string {
  return createHash("sha256").update(`${runId}\n${impactFingerprint(lines)}`).digest("hex");
}

async function loadRun(ctx: Pick<TAppContext, "db">, actor: TActor, id: string) {
  mustAdminister(actor);
  const row = await findOptimiserRun(ctx.db, actor.organisationId, id);
  if (!row) throw notFound("optimiser run");
  return storedOf(row);
}

/** What applying the run would do to each allocated person's plan, with the confirmation apply needs. */
export async function getOptimiserImpact(ctx: Pick<TAppContext, "db" | "log" | "now">, actor: TActor, id: string, locale: TLocale): Promise<TOptimiserImpact> {
  const stored = await loadRun(ctx, actor, id);
  const lines = await impactOf(ctx.db, actor.organisationId, stored, false);
  const catalogue = new Map((await loadCatalogue(ctx, actor.organisationId, { includeArchived: true })).map((m) => [m.id, m]));
  const titled = (ids: readonly string[]) => ids.map((mid) => ({ id: mid, title: catalogue.get(mid)?.title[locale] ?? stored.modules[mid]?.title[locale] ?? mid }));
  const items = lines.map((l) => {
    const person = stored.people[l.personId] ?? { name: l.personId, employeeNumber: "" };
    return {
      personId: l.personId,
      personName: person.name,
      employeeNumber: person.employeeNumber,
      kind: l.kind,
      planStatus: l.planStatus,
      oldModules: titled(l.oldModuleIds),
      newModules: titled(l.newModuleIds),
      replacesProposal: l.replacesProposalId !== null,
    };
  });
  items.sort((a, b) => a.personName.localeCompare(b.personName) || (a.personId < b.personId ? -1 : 1));
  const count = (kind: TImpactLine["kind"]) => lines.filter((l) => l.kind === kind).length;
  return { runId: id, items, counts: { direct: count("direct"), proposal: count("proposal"), unchanged: count("unchanged") }, confirm: confirmationOf(id, lines) };
}

/** Refuses (409, field moduleId) an allocation that no longer fits today's catalogue. */
async function requireFitsCatalogue(ctx: TCtx, organisationId: string, stored: TStoredRun, allocations: TStoredRun["result"]["allocations"]) {
  const catalogue = await loadCatalogue(ctx, organisationId);
  const byId = new Map<string, TDevelopmentModule>(catalogue.map((m) => [m.id, m]));
  const missing = allocations.find((a) => !byId.has(a.moduleId));
  if (missing) throw new DomainError("CONFLICT", `module ${missing.moduleId} is no longer in the catalogue; run the optimiser again`, "moduleId");
  const check = checkAllocation(
    {
      budgetCents: stored.result.budgetCents,
      modules: catalogue.map((m) => ({ id: m.id, costCents: m.cost.cents, seats: m.seatsPerPeriod, hours: m.hours })),
      participants: stored.input.participants,
    },
    allocations,
  );
  if (!check.ok) {
    const first = check.violations[0];
    throw new DomainError("CONFLICT", `the allocation no longer fits the catalogue (${first?.kind}: ${first?.detail}); run the optimiser again`, "moduleId", check.violations);
  }
  return byId;
}

/**
 * Applies the run to the selected people after HR confirmed its impact list: a draft version (source optimiser,
 * goals kept) for people without a plan or with a draft, a proposal for everyone else; each owner is emailed.
 */
export async function applyOptimiserRun(ctx: TCtx, actor: TActor, id: string, request: TOptimiserApplyRequest): Promise<TOptimiserApplyResult> {
  const stored = await loadRun(ctx, actor, id);
  const organisationId = actor.organisationId;
  const allocated = new Set(stored.result.allocations.map((a) => a.personId));
  const unknown = request.personIds?.find((p) => !allocated.has(p));
  if (unknown) throw invalid("personIds", `person ${unknown} has no allocation in this run`);
  const wanted = new Set(request.personIds ?? allocated);
  const allocations = stored.result.allocations.filter((a) => wanted.has(a.personId));
  const result = { applied: 0, direct: 0, proposed: 0, unchanged: 0 };
  if (allocations.length === 0) return result;
  const byId = await requireFitsCatalogue(ctx, organisationId, stored, allocations);
  const userId = UUID.test(actor.userId) ? actor.userId : null;

  await ctx.db.transaction(async (tx) => {
    const lines = await impactOf(tx, organisationId, stored, true);
    if (confirmationOf(id, lines) !== request.confirm) {
      throw new DomainError("CONFLICT", "the impact of this run is not the one confirmed (a plan or proposal changed since, or the list was never read); read the impact again and confirm it", "confirm");
    }
    const changes = lines.filter((l) => wanted.has(l.personId) && l.kind !== "unchanged");
    result.unchanged = lines.filter((l) => wanted.has(l.personId) && l.kind === "unchanged").length;
    await withdrawPendingProposals(tx, organisationId, changes.map((l) => l.personId));
    const emails = [];
    for (const line of changes) {
      // what HR writes or proposes must be a plan the owner can submit: within their budgets and the hour limit
      await requirePlanFits(tx, organisationId, line.personId, line.newModuleIds.map((m) => byId.get(m)).filter((m): m is TDevelopmentModule => m !== undefined), "personIds");
      if (line.kind === "direct") await writeDirectChange(tx, organisationId, line, byId, userId);
      else await writeProposal(tx, organisationId, id, line, userId);
      result[line.kind === "direct" ? "direct" : "proposed"] += 1;
      const email = await ownerEmail(ctx, tx, organisationId, line, byId);
      if (email) emails.push(email);
    }
    await queueEmails(ctx, emails, tx);
    await markOptimiserRunApplied(tx, organisationId, id);
  });
  result.applied = result.direct + result.proposed;
  ctx.log.info({ organisationId, runId: id, ...result }, "optimiser run applied");
  return result;
}

/** A new draft version with the run's modules and the plan's current goals (or none), and the plan event. */
async function writeDirectChange(tx: TDb, organisationId: string, line: TImpactLine, byId: ReadonlyMap<string, TDevelopmentModule>, userId: string | null) {
  const [plan] = await listPlansWithCurrentVersion(tx, organisationId, [line.personId]);
  const modules = line.newModuleIds.map((m) => byId.get(m)).filter((m): m is TDevelopmentModule => m !== undefined);
  const written = await writePlanVersion(tx, organisationId, line.personId, "draft", {
    moduleIds: line.newModuleIds,
    goals: plan?.current.goals ?? [],
    costCents: modules.reduce((s, m) => s + m.cost.cents, 0),
    hours: modules.reduce((s, m) => s + m.hours, 0),
    source: "optimiser",
    userId,
  });
  await insertPlanEvent(tx, organisationId, { planId: written.planId, version: written.version, action: "apply_optimiser", actorRole: "hr", comment: null, actorUserId: userId });
}

/** A pending proposal against the plan's current version, and the plan event; the plan itself is untouched. */
async function writeProposal(tx: TDb, organisationId: string, runId: string, line: TImpactLine, userId: string | null) {
  if (line.planId === null || line.planVersion === null) throw new Error("a proposal needs a plan");
  await insertPlanProposal(tx, organisationId, { runId, personId: line.personId, planId: line.planId, basedOnVersion: line.planVersion, moduleIds: line.newModuleIds, createdByUserId: userId });
  await insertPlanEvent(tx, organisationId, { planId: line.planId, version: line.planVersion, action: "propose_optimiser", actorRole: "hr", comment: null, actorUserId: userId });
}

/** The owner's email about the change, in the person's language: to their account's address, else the directory's. */
async function ownerEmail(ctx: TCtx, tx: TDb, organisationId: string, line: TImpactLine, byId: ReadonlyMap<string, TDevelopmentModule>) {
  const person = await findPerson(tx, organisationId, line.personId);
  if (!person) return null;
  const account = await findAccountOfPerson(tx, organisationId, line.personId);
  const to = account?.email ?? person.email;
  if (!to) return null;
  const locale = personLanguage(person);
  const titles = (ids: readonly string[]) => ids.map((m) => byId.get(m)?.title[locale] ?? m);
  const url = `${ctx.config.publicUrl}/me/plan`;
  const name = personName(person);
  const email =
    line.kind === "direct"
      ? renderPlanChangedByOptimiser(locale, { name, modules: titles(line.newModuleIds), before: line.planId ? titles(line.oldModuleIds) : null, url })
      : renderPlanProposal(locale, { name, modules: titles(line.newModuleIds), url });
  return { to, kind: line.kind === "direct" ? "plan_changed_by_optimiser" : "plan_proposal", organisationId, email };
}
