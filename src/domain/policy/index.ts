export { administers, hasRole, inOrganisation, isMemberWithRole, type TPolicyActor } from "./actor";
export type { TDecision, TRefusal } from "./decision";
export { ACTIONS, POLICY, authorise, can, decide, type TAction, type TResourceOf } from "./policy";
export { reportViewer, type TPersonResource, type TReportResource, type TReportSharing, type TReportViewer } from "./rules/diagnosis";
export { EXECUTIVE_MIN_COHORT, type TCohortResource } from "./rules/evaluation";
export { CAMPAIGN_ACTION_STEPS, CAMPAIGN_STATUS_LIST, campaignActions, campaignRelation, type TCampaignResource } from "./rules/feedback";
export { engagementRelation, type TEngagementResource, type TEngagementStartResource, type TNoteResource } from "./rules/mentoring";
export { planRelation, type TPlanResource } from "./rules/plans";
export { directoryScope, needsMentees, needsReportingEdges, orgChartScope, readsWholeDirectory } from "./rules/people";
