// Mentor matching (issue 4, part 6). Pure: no I/O.

/** The explained match score of a mentor for a mentee, with the rules that exclude the pair. */
export { matchScore, checkMentor, MATCH_POINTS, SECOND_LANGUAGE_SHARE } from "./score";
export type { TMatchRules } from "./score";
/** Whole-pool assignment under capacities (min-cost flow), with each mentee's top three. */
export { assignMentors } from "./assign";
export type { TAssignOptions, TMenteeMatch, TPoolAssignment } from "./assign";
export type { TMentor, TMentee, TMatchScore, TMatchPart, TIneligibleReason, TExpertiseLevel } from "./types";
/** True when a matching reader may see a person's challenges: an HR admin, and the person shares their report with HR. */
export { showsMenteeChallenges } from "./shown-challenges";
export type { THrSharing } from "./shown-challenges";
