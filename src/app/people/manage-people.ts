import type { TAccountState } from "../../contracts/invitations";
import type { TPersonInput, TPersonPatch } from "../../contracts/people";
import { findClash, findPerson, findPersonWithAccount, insertPerson, listAllPeople, listPeople, updatePerson } from "../../db/people-repo";
import { buildOrgTree, inDirectoryScope, wouldCreateCycle } from "../../domain/people/index";
import { DomainError, invalid, notFound } from "../../domain/shared/errors";
import { authorise, can } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import { presentAccount } from "../invitations/present-account";
import { loadDirectoryScope } from "./load-directory-scope";
import { setPersonActive } from "./set-person-active";
import type { TAppContext } from "../shared/context";

function mustRead(actor: TActor) {
  authorise(actor, "person.read");
}

/** Only HR admins (and the operator) change the directory. */
export function mustAdminister(actor: TActor) {
  authorise(actor, "person.manage");
}

type TFound = NonNullable<Awaited<ReturnType<typeof findPersonWithAccount>>>;

/** What a reader outside HR sees of an account: its state, not the invitation or the roles behind it. */
function presentAccountState(row: TFound) {
  const account = presentAccount(row);
  return { ...account, userId: null, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: [] };
}

function present(row: TFound, actor: TActor) {
  return {
    id: row.id,
    employeeNumber: row.employeeNumber,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    jobTitle: row.jobTitle,
    department: row.department,
    managerId: row.managerId,
    managerName: row.managerName ?? null,
    startDate: row.startDate,
    roleStartDate: row.roleStartDate,
    language: row.language as "nl" | "fr" | "en",
    active: row.active,
    account: can(actor, "person.account.read") ? presentAccount(row) : presentAccountState(row),
  };
}

/** One page of the directory, within the actor's scope (domain/people/directory-scope.ts). */
export async function searchPeople(
  ctx: Pick<TAppContext, "db" | "now">,
  actor: TActor,
  query: { q?: string; includeInactive?: "true" | "false"; accountState?: TAccountState; limit: number; offset: number },
) {
  mustRead(actor);
  const scope = await loadDirectoryScope(ctx, actor);
  const page = await listPeople(
    ctx.db,
    actor.organisationId,
    {
      q: query.q,
      // people in the "deactivated" state are mostly inactive ones: asking for them includes them
      includeInactive: query.includeInactive === "true" || query.accountState === "deactivated",
      accountState: query.accountState,
      limit: query.limit,
      offset: query.offset,
      onlyIds: scope.everyone ? undefined : [...scope.personIds],
    },
    ctx.now(),
  );
  return { total: page.total, items: page.items.map((row) => present(row, actor)) };
}

/** One person within the actor's scope; another organisation's id, or one outside the scope, is "not found". */
export async function getPerson(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, id: string) {
  mustRead(actor);
  const scope = await loadDirectoryScope(ctx, actor);
  if (!inDirectoryScope(scope, id)) throw notFound("person");
  const row = await findPersonWithAccount(ctx.db, actor.organisationId, id, ctx.now());
  if (!row) throw notFound("person");
  return present(row, actor);
}

async function checkUnique(ctx: Pick<TAppContext, "db">, organisationId: string, values: { email?: string; employeeNumber?: string }, exceptId?: string) {
  const clash = await findClash(ctx.db, organisationId, values, exceptId);
  if (!clash) return;
  if (values.email && clash.email.toLowerCase() === values.email.toLowerCase()) {
    throw new DomainError("CONFLICT", "another person already has this email", "email");
  }
  throw new DomainError("CONFLICT", "another person already has this employee number", "employeeNumber");
}

async function checkManager(ctx: Pick<TAppContext, "db">, organisationId: string, personId: string | null, managerId: string | null) {
  if (!managerId) return;
  if (personId === managerId) throw invalid("managerId", "a person cannot be their own manager");
  const all = await listAllPeople(ctx.db, organisationId);
  const manager = all.find((p) => p.id === managerId);
  if (!manager) throw invalid("managerId", "unknown manager");
  if (personId && wouldCreateCycle(all, personId, managerId)) {
    throw invalid("managerId", "this manager reports (directly or not) to the person: that would be a reporting cycle");
  }
}

/** Adds a person to the directory. */
export async function createPerson(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, input: TPersonInput) {
  mustAdminister(actor);
  await checkUnique(ctx, actor.organisationId, input);
  await checkManager(ctx, actor.organisationId, null, input.managerId);
  const id = await insertPerson(ctx.db, actor.organisationId, { ...input, active: true });
  return getPerson(ctx, actor, id);
}

/** Edits, deactivates or reactivates a person. */
export async function editPerson(ctx: Pick<TAppContext, "db" | "now">, actor: TActor, id: string, patch: TPersonPatch) {
  mustAdminister(actor);
  const existing = await findPerson(ctx.db, actor.organisationId, id);
  if (!existing) throw notFound("person");
  await checkUnique(ctx, actor.organisationId, { email: patch.email, employeeNumber: patch.employeeNumber }, id);
  if (patch.managerId !== undefined) await checkManager(ctx, actor.organisationId, id, patch.managerId);
  const { active, ...fields } = patch;
  await ctx.db.transaction(async (tx) => {
    await updatePerson(tx, actor.organisationId, id, fields, ctx.now());
    // deactivation also ends the account's sessions, tokens and invitations
    if (active !== undefined && active !== existing.active) await setPersonActive({ db: tx, now: ctx.now }, actor.organisationId, id, active);
  });
  return getPerson(ctx, actor, id);
}

/** The organisation chart of the active people the actor may see; someone whose manager is out of sight is a root. */
export async function getOrgChart(ctx: Pick<TAppContext, "db" | "now">, actor: TActor) {
  mustRead(actor);
  const scope = await loadDirectoryScope(ctx, actor, "orgChart");
  const all = (await listAllPeople(ctx.db, actor.organisationId)).filter((p) => p.active && inDirectoryScope(scope, p.id));
  return { roots: buildOrgTree(all) };
}
