// Who acts, as the policy sees them: the platform operator flag, the roles held in the current organisation,
// and — for rules about people — the account's user id and the person it is linked to there.
import type { TOrgRole } from "../shared/roles";

/**
 * An actor for the policy. Every field but `isOperator` may be left out where the rule does not need it:
 * - `organisationId: null` means signed in without a current organisation (the web app); left out or a string
 *   means inside one (every use case's actor);
 * - `personId`/`userId` must be given (null when there is none) for rules that relate the actor to a person;
 *   such a rule throws when they were not looked up, so a forgotten lookup can never silently deny or allow.
 */
export type TPolicyActor = {
  isOperator: boolean;
  roles?: readonly TOrgRole[];
  organisationId?: string | null;
  userId?: string | null;
  personId?: string | null;
};

/** True when the actor holds the role in the current organisation. */
export function hasRole(actor: TPolicyActor, role: TOrgRole): boolean {
  return (actor.roles ?? []).includes(role);
}

/** True when the actor acts inside an organisation. */
export function inOrganisation(actor: TPolicyActor): boolean {
  return actor.organisationId !== null;
}

/** HR admin of the current organisation, or the operator inside it: administers people, settings and accounts. */
export function administers(actor: TPolicyActor): boolean {
  return inOrganisation(actor) && (actor.isOperator || hasRole(actor, "hr_admin"));
}

/** The operator, or anyone holding a role in the current organisation. */
export function isMemberWithRole(actor: TPolicyActor): boolean {
  return inOrganisation(actor) && (actor.isOperator || (actor.roles ?? []).length > 0);
}

/** The person the actor's account is linked to in the current organisation, or null. Throws when not looked up. */
export function personOf(actor: TPolicyActor): string | null {
  if (actor.personId === undefined) throw new Error("this rule relates the actor to a person: pass the actor's personId (null when none)");
  return inOrganisation(actor) ? actor.personId : null;
}

/** The actor's user id. Throws when not given. */
export function userOf(actor: TPolicyActor): string | null {
  if (actor.userId === undefined) throw new Error("this rule relates the actor to an account: pass the actor's userId");
  return actor.userId;
}
