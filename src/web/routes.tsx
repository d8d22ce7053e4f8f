import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { AnonymousOnly, HomeRedirect, MessagePage, RequirePage, RequireSession } from "./components/guards";
import { LoadingState } from "./components/loading-state";
import { PublicLayout } from "./components/public-layout";
import type { TPage } from "./session/permissions";

/** A route's page, loaded on first visit so the first download stays small. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = lazyPage(() => import("./features/auth/sign-in-page"), "SignInPage");
const ForgotPasswordPage = lazyPage(() => import("./features/auth/forgot-password-page"), "ForgotPasswordPage");
const ResetPasswordPage = lazyPage(() => import("./features/auth/reset-password-page"), "ResetPasswordPage");
const InvitationPage = lazyPage(() => import("./features/auth/invitation-page"), "InvitationPage");
const RaterPage = lazyPage(() => import("./features/rater/rater-page"), "RaterPage");
const FeedbackCampaignsPage = lazyPage(() => import("./features/feedback/campaigns-page"), "FeedbackCampaignsPage");
const FeedbackCampaignPage = lazyPage(() => import("./features/feedback/campaign-page"), "FeedbackCampaignPage");
const PeoplePage = lazyPage(() => import("./features/people/people-page"), "PeoplePage");
const NewPersonPage = lazyPage(() => import("./features/people/new-person-page"), "NewPersonPage");
const PersonPage = lazyPage(() => import("./features/people/person-page"), "PersonPage");
const OrgChartPage = lazyPage(() => import("./features/org-chart/org-chart-page"), "OrgChartPage");
const ImportPage = lazyPage(() => import("./features/import/import-page"), "ImportPage");
const OutboxPage = lazyPage(() => import("./features/outbox/outbox-page"), "OutboxPage");
const JobsPage = lazyPage(() => import("./features/jobs/jobs-page"), "JobsPage");
const TokensPage = lazyPage(() => import("./features/tokens/tokens-page"), "TokensPage");
const OrganisationsPage = lazyPage(() => import("./features/organisations/organisations-page"), "OrganisationsPage");
const InvitePage = lazyPage(() => import("./features/invitations/invite-page"), "InvitePage");
const ArticlesPage = lazyPage(() => import("./features/insights/articles-page"), "ArticlesPage");
const ArticleEditorPage = lazyPage(() => import("./features/insights/article-editor-page"), "ArticleEditorPage");
const IssuesPage = lazyPage(() => import("./features/newsletter/issues-page"), "IssuesPage");
const IssuePage = lazyPage(() => import("./features/newsletter/issue-page"), "IssuePage");
const SubscribersPage = lazyPage(() => import("./features/newsletter/subscribers-page"), "SubscribersPage");
const AssessmentsPage = lazyPage(() => import("./features/assessments/assessments-page"), "AssessmentsPage");
const StrengthsPage = lazyPage(() => import("./features/assessments/questionnaire-page"), "StrengthsPage");
const ChallengeScanPage = lazyPage(() => import("./features/assessments/questionnaire-page"), "ChallengeScanPage");
const MyReportPage = lazyPage(() => import("./features/reports/report-page"), "MyReportPage");
const PersonReportPage = lazyPage(() => import("./features/reports/report-page"), "PersonReportPage");
const TeamStrengthsPage = lazyPage(() => import("./features/reports/team-strengths-page"), "TeamStrengthsPage");
const DiagnosisPage = lazyPage(() => import("./features/diagnosis/diagnosis-page"), "DiagnosisPage");
const OptimiserPage = lazyPage(() => import("./features/optimiser/optimiser-page"), "OptimiserPage");
const MentorsPage = lazyPage(() => import("./features/mentors/mentors-page"), "MentorsPage");
const MyMentorPage = lazyPage(() => import("./features/mentors/my-mentor-page"), "MyMentorPage");
const MentorProfilePage = lazyPage(() => import("./features/mentors/mentor-profile-page"), "MentorProfilePage");
const MyPlanPage = lazyPage(() => import("./features/plans/my-plan-page"), "MyPlanPage");
const PlansPage = lazyPage(() => import("./features/plans/plans-page"), "PlansPage");
const PlanReviewPage = lazyPage(() => import("./features/plans/plan-review-page"), "PlanReviewPage");
const CataloguePage = lazyPage(() => import("./features/catalogue/catalogue-page"), "CataloguePage");
const PlanningSettingsPage = lazyPage(() => import("./features/planning-settings/planning-settings-page"), "PlanningSettingsPage");
const MentoringPage = lazyPage(() => import("./features/mentoring/mentoring-page"), "MentoringPage");
const EngagementPage = lazyPage(() => import("./features/mentoring/engagement-page"), "EngagementPage");
const CaseloadPage = lazyPage(() => import("./features/mentoring/caseload-page"), "CaseloadPage");
const ParticipationPage = lazyPage(() => import("./features/mentoring/participation-page"), "ParticipationPage");
const EvaluationPage = lazyPage(() => import("./features/evaluation/dashboard-page"), "EvaluationPage");
const ProgrammePage = lazyPage(() => import("./features/evaluation/programme-page"), "ProgrammePage");
const MeasuresPage = lazyPage(() => import("./features/evaluation/measures-page"), "MeasuresPage");
const MyEstimatesPage = lazyPage(() => import("./features/evaluation/my-estimates-page"), "MyEstimatesPage");
const RoiPage = lazyPage(() => import("./features/roi/roi-page"), "RoiPage");
const SecurityPage = lazyPage(() => import("./features/account/security-page"), "SecurityPage");
const SsoSettingsPage = lazyPage(() => import("./features/sso/sso-settings-page"), "SsoSettingsPage");
const NotInDirectoryPage = lazyPage(() => import("./features/sso/not-in-directory-page"), "NotInDirectoryPage");

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function Public({ children, anonymousOnly }: { children: ReactNode; anonymousOnly?: boolean }) {
  const page = <Loading>{children}</Loading>;
  return <PublicLayout>{anonymousOnly ? <AnonymousOnly>{page}</AnonymousOnly> : page}</PublicLayout>;
}

function Guarded({ page, children }: { page: TPage; children: ReactNode }) {
  return (
    <RequirePage page={page}>
      <Loading>{children}</Loading>
    </RequirePage>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <MessagePage title={t("notFound.title")} text={t("notFound.text")} />;
}

/** Every page of the app; the server answers any non-/api path with index.html. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<Public anonymousOnly><SignInPage /></Public>} />
      <Route path="/forgot-password" element={<Public anonymousOnly><ForgotPasswordPage /></Public>} />
      <Route path="/reset-password" element={<Public><ResetPasswordPage /></Public>} />
      <Route path="/invitation" element={<Public><InvitationPage /></Public>} />
      <Route path="/rate" element={<Public><RaterPage /></Public>} />
      <Route path="/sso/not-in-directory" element={<Public><NotInDirectoryPage /></Public>} />
      <Route element={<RequireSession />}>
        <Route index element={<HomeRedirect />} />
        <Route path="/people" element={<Guarded page="people"><PeoplePage /></Guarded>} />
        <Route path="/people/new" element={<Guarded page="addPerson"><NewPersonPage /></Guarded>} />
        <Route path="/people/:id" element={<Guarded page="people"><PersonPage /></Guarded>} />
        <Route path="/org-chart" element={<Guarded page="orgChart"><OrgChartPage /></Guarded>} />
        <Route path="/import" element={<Guarded page="import"><ImportPage /></Guarded>} />
        <Route path="/invite" element={<Guarded page="invite"><InvitePage /></Guarded>} />
        <Route path="/outbox" element={<Guarded page="outbox"><OutboxPage /></Guarded>} />
        {/* the jobs page has the outbox's readers: HR (their organisation's jobs) and the operator (every job) */}
        <Route path="/jobs" element={<Guarded page="outbox"><JobsPage /></Guarded>} />
        <Route path="/settings/tokens" element={<Guarded page="tokens"><TokensPage /></Guarded>} />
        <Route path="/settings/sso" element={<Guarded page="sso"><SsoSettingsPage /></Guarded>} />
        <Route path="/organisations" element={<Guarded page="organisations"><OrganisationsPage /></Guarded>} />
        <Route path="/articles" element={<Guarded page="insights"><ArticlesPage /></Guarded>} />
        <Route path="/articles/:id" element={<Guarded page="insights"><ArticleEditorPage /></Guarded>} />
        <Route path="/newsletter" element={<Guarded page="newsletter"><IssuesPage /></Guarded>} />
        <Route path="/newsletter/issues/:id" element={<Guarded page="newsletter"><IssuePage /></Guarded>} />
        <Route path="/newsletter/subscribers" element={<Guarded page="newsletter"><SubscribersPage /></Guarded>} />
        <Route path="/me/assessments" element={<Guarded page="assessments"><AssessmentsPage /></Guarded>} />
        <Route path="/me/strengths" element={<Guarded page="assessments"><StrengthsPage /></Guarded>} />
        <Route path="/me/challenge-scan" element={<Guarded page="assessments"><ChallengeScanPage /></Guarded>} />
        <Route path="/me/report" element={<Guarded page="myReport"><MyReportPage /></Guarded>} />
        <Route path="/people/:id/report" element={<Guarded page="sharedReport"><PersonReportPage /></Guarded>} />
        <Route path="/team/strengths" element={<Guarded page="teamStrengths"><TeamStrengthsPage /></Guarded>} />
        <Route path="/diagnosis" element={<Guarded page="diagnosis"><DiagnosisPage /></Guarded>} />
        <Route path="/me/plan" element={<Guarded page="myPlan"><MyPlanPage /></Guarded>} />
        <Route path="/plans" element={<Guarded page="plans"><PlansPage /></Guarded>} />
        <Route path="/plans/:planId" element={<Guarded page="plans"><PlanReviewPage /></Guarded>} />
        <Route path="/catalogue" element={<Guarded page="catalogue"><CataloguePage /></Guarded>} />
        <Route path="/planning/settings" element={<Guarded page="planningSettings"><PlanningSettingsPage /></Guarded>} />
        <Route path="/planning/optimiser" element={<Guarded page="optimiser"><OptimiserPage /></Guarded>} />
        <Route path="/mentors" element={<Guarded page="mentors"><MentorsPage /></Guarded>} />
        <Route path="/me/mentor" element={<Guarded page="myMentor"><MyMentorPage /></Guarded>} />
        <Route path="/me/mentor-profile" element={<Guarded page="mentorProfile"><MentorProfilePage /></Guarded>} />
        <Route path="/feedback" element={<Guarded page="feedback"><FeedbackCampaignsPage /></Guarded>} />
        <Route path="/feedback/:id" element={<Guarded page="feedback"><FeedbackCampaignPage /></Guarded>} />
        <Route path="/mentoring" element={<Guarded page="mentoring"><MentoringPage /></Guarded>} />
        <Route path="/mentoring/caseload" element={<Guarded page="mentoring"><CaseloadPage /></Guarded>} />
        <Route path="/mentoring/participation" element={<Guarded page="mentoring"><ParticipationPage /></Guarded>} />
        <Route path="/mentoring/:id" element={<Guarded page="mentoring"><EngagementPage /></Guarded>} />
        <Route path="/evaluation" element={<Guarded page="evaluation"><EvaluationPage /></Guarded>} />
        <Route path="/evaluation/measures" element={<Guarded page="measures"><MeasuresPage /></Guarded>} />
        <Route path="/evaluation/programmes/:id" element={<Guarded page="evaluation"><ProgrammePage /></Guarded>} />
        <Route path="/me/estimates" element={<Guarded page="myEstimates"><MyEstimatesPage /></Guarded>} />
        <Route path="/roi" element={<Guarded page="roi"><RoiPage /></Guarded>} />
        <Route path="/me/security" element={<Loading><SecurityPage /></Loading>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
