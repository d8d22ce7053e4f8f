import { Anchor, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZParticipation, type TParticipation } from "../../../contracts/mentoring";
import { useResource } from "../../api/use-resource";
import { CaptionedTable } from "../../components/captioned-table";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { canAdminister } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { EngagementSettingsSection } from "./engagement-requests";
import { NudgePolicySection } from "./nudge-policy-form";

function CountTable({ id, caption, rows }: { id: string; caption: string; rows: [string, string][] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} id={`${id}-title`}>
        {caption}
      </Title>
      <CaptionedTable id={id} caption={caption} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("mentoring.participation.measure")}</Table.Th>
            <Table.Th scope="col">{t("mentoring.participation.value")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CaptionedTable>
    </Stack>
  );
}

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);
const score = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} / 5`);

function Overview({ p }: { p: TParticipation }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <CountTable
        id="participation-engagements"
        caption={t("mentoring.engagements")}
        rows={[
          ...(["proposed", "active", "paused", "completed", "cancelled"] as const).map((s): [string, string] => [t(`mentoring.status.${s}`), String(p.engagements[s])]),
          [t("mentoring.participation.mentors"), String(p.mentors)],
          [t("mentoring.participation.mentees"), String(p.mentees)],
        ]}
      />
      <CountTable
        id="participation-sessions"
        caption={t("mentoring.sessions")}
        rows={[
          ...(["proposed", "scheduled", "held", "cancelled"] as const).map((s): [string, string] => [t(`mentoring.sessionStatus.${s}`), String(p.sessions[s])]),
          [t("mentoring.participation.sessionHeldRate"), percent(p.sessionHeldRate)],
        ]}
      />
      <CountTable
        id="participation-actions"
        caption={t("mentoring.participation.progressTitle")}
        rows={[
          [t("mentoring.participation.actionOpen"), String(p.actionItems.open)],
          [t("mentoring.participation.actionDone"), String(p.actionItems.done)],
          [t("mentoring.participation.actionOverdue"), String(p.actionItems.overdue)],
          [t("mentoring.participation.checkInRate"), percent(p.checkInRate)],
        ]}
      />
      <CountTable
        id="participation-enrolments"
        caption={t("mentoring.enrolments.title")}
        rows={(["planned", "in_progress", "done", "dropped"] as const).map((s): [string, string] => [t(`mentoring.enrolmentStatus.${s}`), String(p.enrolments[s])])}
      />
      <CountTable
        id="participation-reactions"
        caption={t("mentoring.participation.reactionsTitle")}
        rows={[
          [t("mentoring.participation.reactionCount"), String(p.reactions.count)],
          [t("mentoring.reaction.satisfaction"), score(p.reactions.satisfaction)],
          [t("mentoring.reaction.relevance"), score(p.reactions.relevance)],
          [t("mentoring.reaction.intentToApply"), score(p.reactions.intentToApply)],
        ]}
      />
    </SimpleGrid>
  );
}

/** HR's, executives' and the operator's overview of mentoring: counts and rates only — no names, no notes. HR and the operator also set the reminder policy here. */
export function ParticipationPage() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t("mentoring.participation.title"));
  const participation = useResource("/api/mentoring/participation", ZParticipation);
  return (
    <Stack gap="lg">
      <Title order={1}>{t("mentoring.participation.title")}</Title>
      <Anchor component={Link} to="/mentoring">
        {t("mentoring.backToMentoring")}
      </Anchor>
      <Text size="sm">{t("mentoring.participation.hint")}</Text>
      <ProblemAlert error={participation.error} />
      {participation.data ? <Overview p={participation.data} /> : !participation.error && <LoadingState />}
      {canAdminister(session) && <EngagementSettingsSection />}
      {canAdminister(session) && <NudgePolicySection />}
    </Stack>
  );
}
