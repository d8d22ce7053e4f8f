import { Alert, Badge, Button, Group, NativeSelect, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TMatching, type TMentorProfile, ZMatching, ZMentorList, ZMentorship } from "../../../contracts/mentors";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { CaptionedTable } from "../../components/captioned-table";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale, LANGUAGE_NAMES } from "../../i18n";
import { MatchParts, points } from "./match-parts";

/** HR: the organisation's mentors with their load, the whole-pool matching proposal and overrides. */
export function MentorsPage() {
  const { t } = useTranslation();
  usePageTitle(t("mentors.title"));
  const [excludeSameDepartment, setExclude] = useState(false);
  const lang = currentLocale();
  const mentors = useResource(`/api/mentors?lang=${lang}`, ZMentorList);
  const matching = useResource(`/api/mentors/matching?lang=${lang}&excludeSameDepartment=${excludeSameDepartment}`, ZMatching);
  const { busy, error, run } = useSubmission();
  const [done, setDone] = useState<string | null>(null);

  async function assign(personId: string, personName: string, mentorUserId: string) {
    setDone(null);
    const result = await run(() => api.post("/api/mentors/assignments", { personId, mentorUserId }, { schema: ZMentorship }));
    if (result) {
      setDone(t("mentors.assigned", { mentor: result.mentorName, person: personName }));
      mentors.reload();
      matching.reload();
    }
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t("mentors.title")}</Title>
      <Text>{t("mentors.intro")}</Text>
      <ProblemAlert error={error ?? mentors.error ?? matching.error} />
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <Title order={2}>{t("mentors.listTitle")}</Title>
      {mentors.loading && !mentors.data && <LoadingState />}
      {mentors.data && mentors.data.items.length === 0 && <Text>{t("mentors.none")}</Text>}
      {mentors.data && mentors.data.items.length > 0 && <MentorTable mentors={mentors.data.items} />}
      <Title order={2}>{t("mentors.matching")}</Title>
      <Switch label={t("mentors.excludeSameDepartment")} checked={excludeSameDepartment} onChange={(event) => setExclude(event.currentTarget.checked)} />
      {matching.loading && !matching.data && <LoadingState />}
      {matching.data && <MatchingTable matching={matching.data} mentors={mentors.data?.items ?? []} busy={busy} onAssign={assign} />}
    </Stack>
  );
}

function MentorTable({ mentors }: { mentors: TMentorProfile[] }) {
  const { t } = useTranslation();
  return (
    <CaptionedTable id="mentor-list" caption={t("mentors.listTitle")}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("mentors.name")}</Table.Th>
          <Table.Th scope="col">{t("mentors.load")}</Table.Th>
          <Table.Th scope="col">{t("mentors.availability")}</Table.Th>
          <Table.Th scope="col">{t("mentors.languages")}</Table.Th>
          <Table.Th scope="col">{t("mentors.expertise")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {mentors.map((m) => (
          <Table.Tr key={m.userId}>
            <Table.Th scope="row">
              {m.name}
              <Text size="xs" c="dimmed">
                {m.email}
              </Text>
              {!m.hasProfile && (
                <Badge variant="light" color="gray">
                  {t("mentors.noProfile")}
                </Badge>
              )}
            </Table.Th>
            <Table.Td>{t("mentors.loadValue", { active: m.activeMentees, capacity: m.capacity })}</Table.Td>
            <Table.Td>{m.available ? t("mentors.yes") : t("mentors.no")}</Table.Td>
            <Table.Td>{m.languages.map((l) => LANGUAGE_NAMES[l]).join(", ")}</Table.Td>
            <Table.Td>{m.expertise.map((e) => `${e.name} (${t(`mentors.level.${e.level}`)})`).join("; ")}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </CaptionedTable>
  );
}

function MatchingTable({
  matching,
  mentors,
  busy,
  onAssign,
}: {
  matching: TMatching;
  mentors: TMentorProfile[];
  busy: boolean;
  onAssign: (personId: string, personName: string, mentorUserId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Record<string, string>>({});
  return (
    <Stack gap="sm">
      {matching.messageCode && (
        <Alert color="yellow" role="status">
          {t(`mentors.message.${matching.messageCode}`, { unmatched: matching.matches.length - matching.matched, total: matching.matches.length })}
        </Alert>
      )}
      <Text>{t("mentors.summary", { matched: matching.matched, total: matching.matches.length, score: points(matching.totalScore) })}</Text>
      {matching.matches.length > 0 && (
        <CaptionedTable id="mentor-matching" caption={t("mentors.matching")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("mentors.person")}</Table.Th>
              <Table.Th scope="col">{t("mentors.proposed")}</Table.Th>
              <Table.Th scope="col">{t("mentors.topThree")}</Table.Th>
              <Table.Th scope="col">{t("mentors.override")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matching.matches.map((m) => {
              const selected = choice[m.person.id] ?? m.assigned?.mentorUserId ?? mentors[0]?.userId ?? "";
              return (
                <Table.Tr key={m.person.id}>
                  <Table.Th scope="row">
                    {m.person.name}
                    {m.person.department && (
                      <Text size="xs" c="dimmed">
                        {m.person.department}
                      </Text>
                    )}
                    <Text size="xs">
                      {m.person.challengesShared
                        ? `${t("mentors.topChallenges")}: ${m.person.topChallenges.map((c) => c.name).join("; ")}`
                        : t("mentors.challengesNotShared")}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {m.assigned ? (
                      <>
                        <Text fw={600}>
                          {m.assigned.mentorName} · {t("mentors.score", { score: points(m.assigned.total) })}
                        </Text>
                        <MatchParts score={m.assigned} challengesShared={m.person.challengesShared} />
                      </>
                    ) : (
                      <Badge color="orange" variant="light">
                        {m.unmatchedReason ? t(`mentors.unmatched.${m.unmatchedReason}`) : "—"}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ol>
                      {m.topThree.map((s) => (
                        <li key={s.mentorUserId}>
                          {s.mentorName} · {t("mentors.score", { score: points(s.total) })}
                        </li>
                      ))}
                    </ol>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" align="flex-end">
                      <NativeSelect
                        label={t("mentors.overrideFor", { name: m.person.name })}
                        value={selected}
                        onChange={(event) => setChoice({ ...choice, [m.person.id]: event.currentTarget.value })}
                        data={mentors.map((mentor) => ({ value: mentor.userId, label: mentor.name }))}
                      />
                      <Button size="sm" loading={busy} disabled={!selected} onClick={() => void onAssign(m.person.id, m.person.name, selected)}>
                        {t("mentors.assign")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </CaptionedTable>
      )}
    </Stack>
  );
}
