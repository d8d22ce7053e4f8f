// What the policy answers: allowed, or refused with the way the refusal must look to the caller.

/** How a refusal shows: 403, 404 (the thing's existence stays hidden), or 409 (the right role, the wrong state). */
export type TRefusal = "forbidden" | "not_found" | "conflict";

export type TDecision =
  | { allowed: true; reason: string }
  | { allowed: false; reason: string; refusal: TRefusal; entity?: string; field?: string };

/** Allowed, with why. */
export function allow(reason: string): TDecision {
  return { allowed: true, reason };
}

/** Refused with 403; `field` names the request field at fault, when there is one. */
export function forbid(reason: string, field?: string): TDecision {
  return field === undefined ? { allowed: false, reason, refusal: "forbidden" } : { allowed: false, reason, refusal: "forbidden", field };
}

/** Refused as if the `entity` did not exist (404). */
export function hide(entity: string, reason: string): TDecision {
  return { allowed: false, reason, refusal: "not_found", entity };
}

/** Refused because of the resource's state (409). */
export function conflict(reason: string): TDecision {
  return { allowed: false, reason, refusal: "conflict", field: "status" };
}
