import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type TAssessmentState, type TInstrument, ZAssessmentProgress, ZMyAssessments } from "../../../contracts/assessments";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { INSTRUMENT_PAGES, STATUS_COLORS, STATUS_LABELS } from "./instrument-texts";

/** The start page: both of my questionnaires, how far I am, and where to go next. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t("assessment.overview.title"));
  const mine = useResource("/api/assessments/me", ZMyAssessments);
  const { busy, error, run } = useSubmission();
  const navigate = useNavigate();

  async function retake(instrument: TInstrument) {
    const started = await run(() => api.post(`/api/assessments/${instrument}/retake`, {}, { schema: ZAssessmentProgress }));
    if (started) void navigate(INSTRUMENT_PAGES[instrument].path);
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t("assessment.overview.title")}</Title>
      <Text>{t("assessment.overview.intro")}</Text>
      <ProblemAlert error={error ?? mine.error} />
      {!mine.data && !mine.error && <LoadingState />}
      {mine.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {mine.data.assessments.map((state) => (
            <InstrumentCard key={state.instrument} state={state} busy={busy} onRetake={() => void retake(state.instrument)} />
          ))}
        </SimpleGrid>
      )}
      {mine.data?.assessments.some((a) => a.completedAt) && (
        <Button component={Link} to="/me/report" w="fit-content">
          {t("assessment.seeReport")}
        </Button>
      )}
    </Stack>
  );
}

function InstrumentCard({ state, busy, onRetake }: { state: TAssessmentState; busy: boolean; onRetake: () => void }) {
  const { t } = useTranslation();
  const page = INSTRUMENT_PAGES[state.instrument];
  const headingId = `assessment-${state.instrument}`;
  const percent = state.total ? Math.round((state.answered / state.total) * 100) : 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h3" id={headingId}>
            {t(page.title)}
          </Title>
          <Badge color={STATUS_COLORS[state.status]} variant="light">
            {t(STATUS_LABELS[state.status])}
          </Badge>
        </Group>
        <Text>{t(page.description)}</Text>
        <Text size="sm" c="dimmed">
          {t(page.duration)}
        </Text>
        {state.status === "in_progress" && (
          <Stack gap={4}>
            <Progress value={percent} aria-label={t("assessment.progressLabel")} />
            <Text size="sm">{t("assessment.progress", { answered: state.answered, total: state.total })}</Text>
          </Stack>
        )}
        {state.completedAt && <Text size="sm">{t("assessment.completedOn", { date: formatDateTime(state.completedAt) })}</Text>}
        <Group gap="sm">
          {state.status === "not_started" && (
            <Button component={Link} to={page.path}>
              {t("assessment.start")}
            </Button>
          )}
          {state.status === "in_progress" && (
            <Button component={Link} to={page.path}>
              {t("assessment.resume")}
            </Button>
          )}
          {state.status === "completed" && (
            <Button variant="default" onClick={onRetake} loading={busy}>
              {t("assessment.retake")}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
