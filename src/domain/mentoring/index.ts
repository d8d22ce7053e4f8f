// Mentoring managed as a project (issue 5): the pure core. No I/O, no clock, no Math.random — see README.md.

/** Wall-clock ↔ UTC in an IANA zone (Europe/Brussels by default), DST gaps rejected, repeated hours → earlier instant. */
export { DEFAULT_TIME_ZONE, localToUtc, utcToLocal, instantsOf, parseLocalDateTime, parseLocalDate, parseTimeOfDay, isTimeZone, checkTimeZone, formatLocalDateTime, formatLocalDate } from "./zoned-time";
export type { TLocalDateTime, TDisambiguation } from "./zoned-time";

/** Engagements: statuses, the who-may-do-what table, goals tied to manager challenges. */
export {
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_ROLES,
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_TRANSITIONS,
  MIN_GOALS,
  MAX_GOALS,
  engagementRoles,
  checkEngagementAction,
  transitionEngagement,
  validateGoals,
  newEngagement,
  updateGoals,
  partyOf,
  requireActive,
} from "./engagement";
export type { TEngagement, TEngagementGoal, TEngagementStatus, TEngagementRole, TEngagementAction, TNewEngagementInput } from "./engagement";

/** Sessions: propose 1–5 slots, accept, reschedule, cancel, mark held; agenda; double-booking and duration rules. */
export { SESSION_STATUSES, DEFAULT_SESSION_RULES, MAX_SLOTS, parseSlot, checkSlot, overlaps, checkNoDoubleBooking, proposeSession, acceptSlot, rescheduleSession, cancelSession, markHeld, setAgenda, resolveSessionRules } from "./sessions";
export type { TSession, TSessionStatus, TSlot, TSessionRules, TProposeInput } from "./sessions";

/** Action items with local due dates and owners. */
export { ACTION_OWNERS, newActionItem, setActionItemDone, actionItemOverdueAt, isOverdue, localDateOf } from "./action-items";
export type { TActionItem, TActionOwner, TNewActionItemInput } from "./action-items";

/** iCalendar invitations and cancellations (RFC 5545/5546). */
export { sessionToIcs, sessionUid, escapeText, foldLine, ICS_TIME_ZONES } from "./ics";
export type { TIcsInput, TIcsPerson, TIcsTimeZone } from "./ics";

/** The nudge planner (reminders, overdue actions, stale check-ins) and its email texts in nl/fr/en. */
export { NUDGE_KINDS, DEFAULT_NUDGE_POLICY, resolveNudgePolicy, dueNudges, inQuietHours, afterQuietHours } from "./nudges";
export type { TNudge, TNudgeKind, TNudgePolicy, TNudgePreference, TQuietHours, TCheckInStamp, TDueNudgesInput } from "./nudges";
export { nudgeEmail } from "./nudge-texts";
export type { TNudgeEmailInput, TNudgeEmailText } from "./nudge-texts";

/** Check-ins, module enrolments and the mentee's home summary. */
export { newCheckIn, ENROLMENT_STATUSES, ENROLMENT_ACTIONS, ENROLMENT_TRANSITIONS, nextEnrolmentStatus, changeEnrolment, menteeHome } from "./progress";
export type { TCheckIn, TCheckInInput, TEnrolment, TEnrolmentStatus, TEnrolmentAction, TMenteeHome, TMenteeHomeInput, TNextStep, TGoalProgress } from "./progress";

/** Private and shared notes: who may read them. */
export { NOTE_VISIBILITIES, canReadNote, canEditNote, validateNote } from "./notes";
export type { TNote, TNoteVisibility } from "./notes";

/** Reaction surveys (Kirkpatrick L1) and closure feedback shown to mentors only over ≥ 3 mentees. */
export { REACTION_ITEMS, CLOSURE_ITEMS, MIN_MENTEES_FOR_FEEDBACK, validateReaction, validateClosureFeedback, checkReactionAllowed, mentorFeedbackView } from "./surveys";
export type { TReactionAnswers, TReactionItem, TReactionSubject, TClosureAnswers, TClosureItem, TMentorFeedback, TMentorFeedbackView } from "./surveys";

/** Consent to a mentor-started engagement: the mentee's, and HR's when the organisation asks. */
export { CONSENT_STATES, initialConsent, toConsent, awaitingConsent, consentPartyOf, answerConsent } from "./engagement-consent";
export type { TConsentState, TEngagementConsent, TConsentParty, TConsentDecision } from "./engagement-consent";
