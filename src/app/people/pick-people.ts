import type { TPeopleToPick } from "../../contracts/people";
import { findMembership } from "../../db/organisations-repo";
import { listPeopleToPick } from "../../db/people-repo";
import { authorise } from "../../domain/policy/index";
import type { TActor } from "../../domain/shared/roles";
import type { TAppContext } from "../shared/context";

/**
 * The people pickers' search (360 nominations, mentoring, budgets, cohorts): active people of the organisation found
 * by name or department, with name and department only — enough to choose a colleague, never contact data.
 * Open to every member (any role, or a person of the organisation), wider than their directory scope on purpose:
 * a manager nominates peers for a 360 and a mentor proposes an engagement to someone they do not mentor yet.
 */
export async function pickPeople(ctx: Pick<TAppContext, "db">, actor: TActor, query: { q?: string; limit: number }): Promise<TPeopleToPick> {
  authorise({ ...actor, personId: (await findMembership(ctx.db, actor.organisationId, actor.userId))?.personId ?? null }, "person.pick");
  return { items: await listPeopleToPick(ctx.db, actor.organisationId, query) };
}
