import { Alert, Anchor, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TGroupComparisonResponse, ZGroupComparisonResponse, ZPlanList } from "../../../contracts/plans";
import { useResource } from "../../api/use-resource";
import { CaptionedTable, ColumnHeads } from "../../components/captioned-table";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { sessionCan } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { formatDifference, formatMoney, formatNumber, STATUS_LABELS, StatusBadge, useReaderLocale } from "./plan-parts";

const STATUSES = ["submitted", "changes_requested", "draft", "approved"] as const;

/** /plans: the plans a reviewer works from (HR: all; a line manager: their direct reports'), and for HR and executives the group comparison. */
export function PlansPage() {
  const { t } = useTranslation();
  usePageTitle(t("plans.list.title"));
  const session = useSession();
  const reviewer = sessionCan(session, "plan.list");
  const seesGroup = sessionCan(session, "plan.compare");
  return (
    <Stack gap="md">
      <Title order={1}>{t("plans.list.title")}</Title>
      {reviewer && <PlanList />}
      {seesGroup && <GroupComparison />}
    </Stack>
  );
}

function PlanList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState("");
  const loaded = useResource(`/api/plans${status ? `?status=${status}` : ""}`, ZPlanList);
  const options = [{ value: "", label: t("plans.list.all") }, ...STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]) }))];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="plan-list-title">
      <Stack gap="sm">
        <Title order={2} id="plan-list-title" size="h3">
          {loaded.data?.scope === "organisation" ? t("plans.list.organisation") : t("plans.list.directReports")}
        </Title>
        <NativeSelect label={t("plans.list.filter")} data={options} value={status} onChange={(event) => setStatus(event.currentTarget.value)} maw={280} />
        <ProblemAlert error={loaded.error} />
        {!loaded.data && !loaded.error && <LoadingState />}
        {loaded.data && loaded.data.items.length === 0 && <Text>{t("plans.list.empty")}</Text>}
        {loaded.data && loaded.data.items.length > 0 && (
          <CaptionedTable id="plans-caption" caption={t("plans.list.caption")} striped>
            <ColumnHeads labels={[t("plans.list.person"), t("plans.list.department"), t("plans.list.status"), t("plans.list.cost"), t("plans.list.version"), t("plans.list.updated")]} />
            <Table.Tbody>
              {loaded.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/plans/${p.id}`}>
                      {p.person.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.person.department}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>{formatMoney(p.cost)}</Table.Td>
                  <Table.Td>{p.currentVersion}</Table.Td>
                  <Table.Td>{formatDateTime(p.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        )}
      </Stack>
    </Card>
  );
}

function GroupComparison() {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  const [department, setDepartment] = useState("");
  const loaded = useResource(`/api/plans/comparison?lang=${lang}${department ? `&department=${encodeURIComponent(department)}` : ""}`, ZGroupComparisonResponse);
  const data = loaded.data;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="group-title">
      <Stack gap="sm">
        <Title order={2} id="group-title" size="h3">
          {t("plans.group.title")}
        </Title>
        <Text size="sm">{t("plans.group.intro")}</Text>
        <ProblemAlert error={loaded.error} />
        {!data && !loaded.error && <LoadingState />}
        {data && (
          <NativeSelect
            label={t("plans.group.department")}
            data={[{ value: "", label: t("plans.group.wholeOrganisation") }, ...data.departments.map((d) => ({ value: d, label: d }))]}
            value={department}
            onChange={(event) => setDepartment(event.currentTarget.value)}
            maw={320}
          />
        )}
        {data?.status === "no-standard-programme" && <Alert color="blue">{t("plans.group.noStandard")}</Alert>}
        {data?.status === "too-few-people" && <Alert color="blue">{t("plans.group.tooFew", { minimum: data.minimumGroupSize })}</Alert>}
        {data?.status === "ok" && <GroupFigures data={data} />}
      </Stack>
    </Card>
  );
}

function GroupFigures({ data }: { data: TGroupComparisonResponse }) {
  const { t } = useTranslation();
  const { group, standard } = data;
  if (!group || !standard) return null;
  const money = (cents: number) => formatMoney({ cents, currency: data.currency });
  return (
    <Stack gap="sm">
      <Text size="sm">{t("plans.group.standardModules", { modules: standard.modules.map((m) => m.title).join(", "), cost: formatMoney(standard.cost) })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={2}>
          <Text fw={600}>{t("plans.group.personalised")}</Text>
          <Text size="sm">{t("plans.group.mean", { mean: formatNumber(group.personalisedMean) })}</Text>
          <Text size="sm">{t("plans.group.cost", { cost: money(group.personalisedCostCents) })}</Text>
        </Stack>
        <Stack gap={2}>
          <Text fw={600}>{t("plans.group.standard")}</Text>
          <Text size="sm">{t("plans.group.mean", { mean: formatNumber(group.standardMean) })}</Text>
          <Text size="sm">{t("plans.group.cost", { cost: money(group.standardCostCents) })}</Text>
        </Stack>
      </SimpleGrid>
      <Group gap="lg">
        <Text size="sm">{t("plans.group.people", { n: group.people })}</Text>
        <Text size="sm">{t("plans.group.betterFor", { n: group.personalisedBetterFor, total: group.people })}</Text>
        {group.ratio !== null && <Text size="sm">{t("plans.group.ratio", { ratio: formatNumber(group.ratio) })}</Text>}
      </Group>
      <Text size="xs" c="dimmed">
        {t("plans.compare.note")}
      </Text>
      {data.people && data.people.length > 0 && (
        <CaptionedTable id="group-rows-caption" caption={t("plans.group.rowsCaption")} striped>
          <ColumnHeads labels={[t("plans.list.person"), t("plans.list.department"), t("plans.group.personalised"), t("plans.group.standard"), t("plans.group.difference"), t("plans.group.basis")]} />
          <Table.Tbody>
            {data.people.map((row) => (
              <Table.Tr key={row.personId}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.department}</Table.Td>
                <Table.Td>{formatNumber(row.personalisedImpact)}</Table.Td>
                <Table.Td>{formatNumber(row.standardImpact)}</Table.Td>
                <Table.Td>{formatDifference(row.personalisedImpact, row.standardImpact)}</Table.Td>
                <Table.Td>{row.derived ? t("plans.group.derived") : t("plans.group.fromPlan")}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CaptionedTable>
      )}
    </Stack>
  );
}
