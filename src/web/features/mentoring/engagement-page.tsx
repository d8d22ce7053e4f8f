import { Alert, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ZEngagementDetail, type TEngagementDetail } from "../../../contracts/mentoring";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { ActionItems } from "./engagement-action-items";
import { CheckIns } from "./engagement-check-ins";
import { GoalsSection } from "./engagement-goals";
import { Notes } from "./engagement-notes";
import { mySide, Section } from "./engagement-section";
import { Sessions } from "./engagement-sessions";
import { Enrolments } from "./enrolments";
import { ClosureFeedback } from "./surveys";
import { EngagementRequests } from "./engagement-requests";

/**
 * One engagement: goals and progress and status actions for everyone who sees it; module enrolments
 * for the parties and HR; sessions, action items, check-ins and notes for the mentor and the mentee.
 * Each section lives in its own file (engagement-*.tsx).
 */
export function EngagementPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const engagement = useResource(`/api/mentoring/engagements/${id}`, ZEngagementDetail);
  usePageTitle(t("mentoring.engagementTitle"));
  if (engagement.error) return <ProblemAlert error={engagement.error} />;
  if (!engagement.data) return <LoadingState />;
  const e = engagement.data;
  // a mentor's request awaiting consent has no sessions, notes or action items yet
  const awaiting = e.consent?.awaiting === true;
  const party = (e.myRoles.includes("mentor") || e.myRoles.includes("mentee")) && !awaiting;
  return (
    <Stack gap="lg">
      <Title order={1}>
        {t("mentoring.engagementTitle")}: {e.person.firstName} {e.person.lastName}
      </Title>
      <Group>
        <Badge variant="light">{t(`mentoring.status.${e.status}`)}</Badge>
        <Text>
          {t("mentoring.mentor")}: {e.mentor.name}
        </Text>
        <Text>
          {e.startDate} – {e.plannedEndDate}
        </Text>
      </Group>
      {awaiting && (e.consent?.answerAs ? <EngagementRequests items={[e]} onAnswered={engagement.reload} /> : <Alert color="blue">{t("mentoringRequests.awaiting")}</Alert>)}
      <StatusActions engagement={e} onDone={engagement.reload} />
      <GoalsSection engagement={e} onDone={engagement.reload} />
      {party && e.status === "completed" && (
        <Section id="closure-title" title={t("mentoring.closure.title")}>
          <ClosureFeedback engagementId={e.id} side={mySide(e)} />
        </Section>
      )}
      {party && (
        <>
          <Sessions engagement={e} onDone={engagement.reload} />
          <ActionItems engagement={e} onDone={engagement.reload} />
          <CheckIns engagement={e} onDone={engagement.reload} />
        </>
      )}
      {(party || e.myRoles.includes("hr")) && (
        <Section id="enrolments-title" title={t("mentoring.enrolments.title")}>
          <Enrolments engagement={e} onDone={engagement.reload} />
        </Section>
      )}
      {party && <Notes engagementId={e.id} />}
    </Stack>
  );
}

function StatusActions({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  if (engagement.actions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group>
        {engagement.actions.map((action) => (
          <Button key={action} variant="default" loading={busy} onClick={() => void run(() => api.post(`/api/mentoring/engagements/${engagement.id}/status`, { action })).then(onDone)}>
            {t(`mentoring.action.${action}`)}
          </Button>
        ))}
      </Group>
      <ProblemAlert error={error} />
    </Stack>
  );
}
