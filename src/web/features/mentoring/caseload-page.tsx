import { Anchor, Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZCaseload, ZMentorFeedbackView } from "../../../contracts/mentoring";
import { useResource } from "../../api/use-resource";
import { CaptionedTable, ColumnHeads } from "../../components/captioned-table";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";

const mean = (value: number) => value.toFixed(1);

/** The mentor's closure feedback from mentees, shown only aggregated over enough mentees. */
function MentorFeedback() {
  const { t } = useTranslation();
  const feedback = useResource("/api/mentoring/feedback", ZMentorFeedbackView);
  const view = feedback.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mentor-feedback-title">
      <Stack gap="xs">
        <Title order={2} id="mentor-feedback-title">
          {t("mentoring.caseload.feedbackTitle")}
        </Title>
        <ProblemAlert error={feedback.error} />
        {view && !view.shown && <Text c="dimmed">{t("mentoring.caseload.feedbackHidden", { minimum: view.minimum })}</Text>}
        {view?.shown && (
          <>
            <Text>{t("mentoring.caseload.feedbackCount", { count: view.menteeCount })}</Text>
            <ul>
              <li>
                {t("mentoring.closure.overall")}: {mean(view.means.overall)} / 5
              </li>
              <li>
                {t("mentoring.closure.goalProgress")}: {mean(view.means.goalProgress)} / 5
              </li>
              <li>
                {t("mentoring.closure.wouldRecommend")}: {mean(view.means.wouldRecommend)} / 5
              </li>
            </ul>
            {view.comments.length > 0 && (
              <>
                <Title order={3}>{t("mentoring.caseload.comments")}</Title>
                <ul>
                  {view.comments.map((comment, index) => (
                    <li key={`${index}-${comment}`} style={{ whiteSpace: "pre-wrap" }}>
                      {comment}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The mentor's caseload: each open engagement with its next session, pending proposals, action items and progress. */
export function CaseloadPage() {
  const { t } = useTranslation();
  usePageTitle(t("mentoring.caseload.title"));
  const caseload = useResource("/api/mentoring/caseload", ZCaseload);
  return (
    <Stack gap="lg">
      <Title order={1}>{t("mentoring.caseload.title")}</Title>
      <Anchor component={Link} to="/mentoring">
        {t("mentoring.backToMentoring")}
      </Anchor>
      <ProblemAlert error={caseload.error} />
      {caseload.loading && !caseload.data ? (
        <LoadingState />
      ) : caseload.data?.items.length ? (
        <CaptionedTable id="caseload-caption" caption={t("mentoring.caseload.title")} striped>
          <ColumnHeads labels={[t("mentoring.mentee"), t("mentoring.statusLabel"), t("mentoring.caseload.nextSession"), t("mentoring.caseload.pendingProposals"), t("mentoring.caseload.openActionItems"), t("mentoring.caseload.overdueActionItems"), t("mentoring.caseload.lastCheckIn"), t("mentoring.caseload.meanProgress")]} />
          <Table.Tbody>
            {caseload.data.items.map((item) => (
              <Table.Tr key={item.engagementId}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/mentoring/${item.engagementId}`}>
                    {item.person.firstName} {item.person.lastName}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <Badge variant="light">{t(`mentoring.status.${item.status}`)}</Badge>
                </Table.Td>
                <Table.Td>{item.nextSessionStart ? formatDateTime(item.nextSessionStart) : "—"}</Table.Td>
                <Table.Td>{item.pendingProposals}</Table.Td>
                <Table.Td>{item.openActionItems}</Table.Td>
                <Table.Td>{item.overdueActionItems}</Table.Td>
                <Table.Td>{item.lastCheckInAt ? formatDateTime(item.lastCheckInAt) : "—"}</Table.Td>
                <Table.Td>{item.meanProgress === null ? "—" : t("mentoring.progressValue", { value: Math.round(item.meanProgress) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CaptionedTable>
      ) : (
        <Text c="dimmed">{t("mentoring.caseload.empty")}</Text>
      )}
      <MentorFeedback />
    </Stack>
  );
}
