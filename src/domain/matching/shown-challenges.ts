// Who sees which challenges drive a person's mentor match (issue 13). Matching always uses a person's challenge scan;
// showing its top challenges (or naming the ones a mentor's expertise covers) is reading part of their report, so
// it follows the report rule of decision 0005: shared with HR, read by an HR admin. The operator never reads one.
import type { TOrgRole } from "../shared/roles";

/** The person's report sharing choice, as far as HR is concerned. */
export type THrSharing = { hr: boolean };

/** True when the reader of the matching may see the person's challenges: an HR admin, and the person shares with HR. */
export function showsMenteeChallenges(reader: { roles: readonly TOrgRole[] }, sharing: THrSharing): boolean {
  return sharing.hr && reader.roles.includes("hr_admin");
}
