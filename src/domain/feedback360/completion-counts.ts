import { invalid } from "../shared/errors";
import { isRaterGroup, RATER_GROUPS, type TRaterGroup } from "./types";

/** One invited rater of a campaign. */
export type TInvitation = { raterId: string; group: TRaterGroup };

/** Per group: how many were invited and how many of them answered — counts only, never who. */
export type TCompletionCounts = Record<TRaterGroup, { invited: number; answered: number }>;

/**
 * The completion view. Counts are shown for every group, also below its minimum (the issue allows
 * counts); no rater ids leave this function. A response counts once, in the group of its
 * invitation; responses without an invitation are not counted.
 */
export function completionCounts(
  invitations: readonly TInvitation[],
  responses: readonly { raterId: string }[],
): TCompletionCounts {
  const groupOf = new Map<string, TRaterGroup>();
  invitations.forEach((invitation, index) => {
    if (!isRaterGroup(invitation.group)) {
      throw invalid(`invitations[${index}].group`, "unknown rater group");
    }
    if (groupOf.has(invitation.raterId)) throw invalid(`invitations[${index}].raterId`, "rater invited twice");
    groupOf.set(invitation.raterId, invitation.group);
  });
  const counts = Object.fromEntries(
    RATER_GROUPS.map((group) => [group, { invited: 0, answered: 0 }]),
  ) as TCompletionCounts;
  for (const group of groupOf.values()) counts[group].invited += 1;
  const answered = new Set(responses.map((response) => response.raterId));
  for (const [raterId, group] of groupOf) if (answered.has(raterId)) counts[group].answered += 1;
  return counts;
}
