import { can, type TAction, type TPolicyActor, type TResourceOf } from "../../domain/policy/index";
import { policyActorOf } from "./permissions";
import { useSession } from "./session-context";

/** True when the one policy (domain/policy) lets the signed-in user do `action` (on `resource`, when it needs one). */
export function useCan<A extends TAction>(action: A, resource?: TResourceOf<A>): boolean {
  const actor = policyActorOf(useSession());
  return (can as (actor: TPolicyActor, action: TAction, resource?: unknown) => boolean)(actor, action, resource);
}
