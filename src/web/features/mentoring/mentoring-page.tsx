import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZEngagementList, ZMenteeHome, type TMenteeHomeView } from "../../../contracts/mentoring";
import { useResource } from "../../api/use-resource";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { hasPersonRecord, sessionCan } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { challengeLabel } from "./challenge-label";
import { CreateEngagement } from "./create-engagement";
import { EngagementRequests } from "./engagement-requests";
import { NudgeToggle } from "./nudge-toggle";

/** My mentoring: the mentee's home card (plan, next session, next step) and the engagements I take part in. */
export function MentoringPage() {
  const { t } = useTranslation();
  usePageTitle(t("mentoring.title"));
  const session = useSession();
  const engagements = useResource("/api/mentoring/engagements", ZEngagementList);
  const hr = sessionCan(session, "mentoring.engagement.list_all");
  const mentor = sessionCan(session, "mentoring.caseload.read");
  const overview = sessionCan(session, "mentoring.participation.read");
  return (
    <Stack gap="lg">
      <Title order={1}>{t("mentoring.title")}</Title>
      {(mentor || overview) && (
        <Group component="nav" aria-label={t("mentoring.links.label")}>
          {mentor && (
            <Anchor component={Link} to="/mentoring/caseload">
              {t("mentoring.links.caseload")}
            </Anchor>
          )}
          {overview && (
            <Anchor component={Link} to="/mentoring/participation">
              {t("mentoring.links.participation")}
            </Anchor>
          )}
        </Group>
      )}
      <EngagementRequests items={engagements.data?.items ?? []} onAnswered={engagements.reload} />
      {hasPersonRecord(session) && <MenteeHomeCard />}
      <Stack gap="sm">
        <Title order={2}>{t("mentoring.engagements")}</Title>
        <ProblemAlert error={engagements.error} />
        {engagements.loading && !engagements.data ? (
          <LoadingState />
        ) : engagements.data?.items.length ? (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("mentoring.mentee")}</Table.Th>
                  <Table.Th scope="col">{t("mentoring.mentor")}</Table.Th>
                  <Table.Th scope="col">{t("mentoring.statusLabel")}</Table.Th>
                  <Table.Th scope="col">{t("mentoring.period")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {engagements.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/mentoring/${e.id}`}>
                        {e.person.firstName} {e.person.lastName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{e.mentor.name}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`mentoring.status.${e.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {e.startDate} – {e.plannedEndDate}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text c="dimmed">{t("mentoring.none")}</Text>
        )}
      </Stack>
      {(hr || mentor) && <CreateEngagement hr={hr} />}
      <Paper withBorder p="md" component="section" aria-labelledby="nudges-title">
        <Stack gap="xs">
          <Title order={2} id="nudges-title">
            {t("mentoring.nudges.title")}
          </Title>
          <NudgeToggle />
        </Stack>
      </Paper>
    </Stack>
  );
}

function NextStep({ home }: { home: TMenteeHomeView }) {
  const { t } = useTranslation();
  const step = home.nextStep;
  switch (step.kind) {
    case "answer_proposal":
      return <Text>{t("mentoring.next.answerProposal")}</Text>;
    case "action_item":
      return <Text>{t(step.overdue ? "mentoring.next.actionItemOverdue" : "mentoring.next.actionItem", { text: step.text, date: step.dueDate })}</Text>;
    case "check_in":
      return <Text>{t("mentoring.next.checkIn", { goal: challengeLabel(step.challengeId) })}</Text>;
    case "start_module":
      return <Text>{t("mentoring.next.startModule", { module: step.moduleId })}</Text>;
    default:
      return <Text>{t("mentoring.next.none")}</Text>;
  }
}

/** "My plan, my next session, my next step". */
export function MenteeHomeCard() {
  const { t } = useTranslation();
  const home = useResource("/api/me/mentoring-home", ZMenteeHome);
  if (home.error) return <ProblemAlert error={home.error} />;
  if (!home.data) return <LoadingState />;
  const { plan, nextSession } = home.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mentee-home-title">
      <Stack gap="xs">
        <Title order={2} id="mentee-home-title">
          {t("mentoring.home.title")}
        </Title>
        <Title order={3}>{t("mentoring.home.plan")}</Title>
        {plan ? (
          <>
            <ul>
              {plan.goals.map((g) => (
                <li key={g.challengeId}>
                  {challengeLabel(g.challengeId)}: {g.progress === null ? t("mentoring.noProgress") : t("mentoring.progressValue", { value: g.progress })}
                </li>
              ))}
            </ul>
            <Anchor component={Link} to={`/mentoring/${plan.engagementId}`}>
              {t("mentoring.home.open")}
            </Anchor>
          </>
        ) : (
          <Text c="dimmed">{t("mentoring.home.noPlan")}</Text>
        )}
        <Title order={3}>{t("mentoring.home.nextSession")}</Title>
        <Text>{nextSession ? formatDateTime(nextSession.start) : t("mentoring.home.noSession")}</Text>
        <Title order={3}>{t("mentoring.home.nextStep")}</Title>
        <NextStep home={home.data} />
      </Stack>
    </Paper>
  );
}
