import { Alert, Badge, Button, Group, List, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TTeamStrengths, ZTeamStrengths } from "../../../contracts/team-strengths";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { isLocale } from "../../i18n";

// one blue, darker the higher the talent ranks (a talent is a position, never a traffic light)
const RANK_COLOURS = ["blue.9", "blue.8", "blue.7", "blue.5", "blue.3"];

/** The team picked on the page: the reader's own direct reports, another manager's team or a department (HR). */
type TChoice = { kind: "mine" } | { kind: "manager"; personId: string } | { kind: "department"; name: string };

function queryOf(choice: TChoice, lang: string): string {
  const params = new URLSearchParams({ lang });
  if (choice.kind === "manager") params.set("managerPersonId", choice.personId);
  if (choice.kind === "department") params.set("department", choice.name);
  return params.toString();
}

/** /team/strengths: the team strengths grid for a line manager (their team) or HR (any team or department). */
export function TeamStrengthsPage() {
  const { t, i18n } = useTranslation();
  const lang = isLocale(i18n.language) ? i18n.language : "en";
  usePageTitle(t("teamStrengths.title"));
  const [choice, setChoice] = useState<TChoice>({ kind: "mine" });
  const query = queryOf(choice, lang);
  const loaded = useResource(`/api/reports/team-strengths?${query}`, ZTeamStrengths);
  const grid = loaded.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t("teamStrengths.title")}</Title>
          <Text size="sm">{t("teamStrengths.intro")}</Text>
        </Stack>
        {grid && (
          <Button component="a" href={`/api/reports/team-strengths/pdf?${query}`} download variant="default">
            {t("teamStrengths.downloadPdf")}
          </Button>
        )}
      </Group>
      {grid?.choices && <TeamPicker choices={grid.choices} choice={choice} onChange={setChoice} />}
      {loaded.error ? (
        loaded.error.status === 404 ? (
          <Alert color="blue">{t("teamStrengths.noTeam")}</Alert>
        ) : (
          <ProblemAlert error={loaded.error} />
        )
      ) : grid ? (
        <TeamGrid grid={grid} />
      ) : (
        <LoadingState />
      )}
    </Stack>
  );
}

function TeamPicker({ choices, choice, onChange }: { choices: NonNullable<TTeamStrengths["choices"]>; choice: TChoice; onChange: (c: TChoice) => void }) {
  const { t } = useTranslation();
  const value = choice.kind === "manager" ? `m:${choice.personId}` : choice.kind === "department" ? `d:${choice.name}` : "mine";
  const data = [
    { value: "mine", label: t("teamStrengths.picker.mine") },
    { group: t("teamStrengths.picker.managers"), items: choices.managers.map((m) => ({ value: `m:${m.personId}`, label: t("teamStrengths.picker.teamOf", { name: m.name }) })) },
    { group: t("teamStrengths.picker.departments"), items: choices.departments.map((d) => ({ value: `d:${d}`, label: d })) },
  ];
  return (
    <Select
      label={t("teamStrengths.picker.label")}
      data={data}
      value={value}
      searchable
      allowDeselect={false}
      maw={420}
      onChange={(picked) => {
        const next = picked === null ? "mine" : String(picked);
        if (next === "mine") onChange({ kind: "mine" });
        else if (next.startsWith("m:")) onChange({ kind: "manager", personId: next.slice(2) });
        else onChange({ kind: "department", name: next.slice(2) });
      }}
    />
  );
}

function TeamGrid({ grid }: { grid: TTeamStrengths }) {
  const { t } = useTranslation();
  const label = grid.team.kind === "department" ? t("teamStrengths.department", { name: grid.team.label }) : t("teamStrengths.directReports", { name: grid.team.label });
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>{label}</Title>
        <Text size="sm">
          {t("teamStrengths.counts.members", { count: grid.counts.members })} · {t("teamStrengths.counts.sharing", { count: grid.counts.sharing })} ·{" "}
          {t("teamStrengths.counts.withProfile", { count: grid.counts.withProfile })}
        </Text>
      </Stack>
      {!grid.shown ? (
        <Alert color="blue" title={t("teamStrengths.hidden.title")}>
          {t("teamStrengths.hidden.text", { count: grid.minimum })}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t("teamStrengths.gridNote")}</Text>
          <Table.ScrollContainer minWidth={320 + grid.members.length * 90}>
            <Table striped withTableBorder>
              <caption>
                <VisuallyHidden>{t("teamStrengths.caption", { team: label })}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("teamStrengths.talent")}</Table.Th>
                  {grid.members.map((member) => (
                    <Table.Th key={member.personId} scope="col" ta="center">
                      {member.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grid.talents.map((row) => (
                  <Table.Tr key={row.talentId}>
                    <Table.Th scope="row" fw={500}>
                      <Text size="sm" fw={600} component="span" display="block">
                        {row.name}
                      </Text>
                      <Text size="xs" component="span" display="block">
                        {row.description}
                      </Text>
                    </Table.Th>
                    {grid.members.map((member) => {
                      const holder = row.holders.find((h) => h.personId === member.personId);
                      return (
                        <Table.Td key={member.personId} ta="center">
                          {holder && (
                            <Badge circle size="lg" color={RANK_COLOURS[holder.rank - 1] ?? "blue.3"} c={holder.rank <= 3 ? "white" : "dark.9"} aria-label={t("teamStrengths.rank", { rank: holder.rank })}>
                              {holder.rank}
                            </Badge>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={2}>{t("teamStrengths.membersTitle")}</Title>
          <Group align="flex-start" gap="xl">
            {grid.members.map((member) => (
              <Stack key={member.personId} gap={4} miw={200}>
                <Title order={3} size="h5">
                  {member.name}
                </Title>
                <List type="ordered" size="sm">
                  {member.topTalents.map((talent) => (
                    <List.Item key={talent.talentId}>{talent.name}</List.Item>
                  ))}
                </List>
              </Stack>
            ))}
          </Group>
        </>
      )}
      <Text size="xs">{t("teamStrengths.privacy")}</Text>
    </Stack>
  );
}
