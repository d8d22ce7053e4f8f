import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ZJobOverview, type TJobOverview } from "../../../contracts/jobs";
import { useResource } from "../../api/use-resource";
import { CaptionedTable, ColumnHeads } from "../../components/captioned-table";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";

type TJob = TJobOverview["lastRuns"][number];

/** A duration in seconds with one decimal, or a dash. */
function seconds(ms: number | null): string {
  return ms === null ? "–" : (ms / 1000).toFixed(1);
}

/** The background jobs: how much waits per queue, what failed lately and when each queue last ran (operator and HR). */
export function JobsPage() {
  const { t } = useTranslation();
  usePageTitle(t("jobs.title"));
  const overview = useResource("/api/jobs", ZJobOverview);
  const data = overview.data;
  const statusLabel = { pending: t("jobs.status.pending"), running: t("jobs.status.running"), done: t("jobs.status.done"), failed: t("jobs.status.failed") };
  const runRow = (job: TJob) => (
    <Table.Tr key={job.id}>
      <Table.Td>{job.queue}</Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={job.status === "failed" ? "red" : "blue"}>
          {statusLabel[job.status]}
        </Badge>
      </Table.Td>
      <Table.Td>{job.finishedAt ? formatDateTime(job.finishedAt) : "–"}</Table.Td>
      <Table.Td>{seconds(job.durationMs)}</Table.Td>
      <Table.Td>{job.attempts}</Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="md">
      <Title order={1}>{t("jobs.title")}</Title>
      <Text>{data?.scope === "organisation" ? t("jobs.introOrganisation") : t("jobs.intro")}</Text>
      <ProblemAlert error={overview.error} />
      {overview.loading && !data && <LoadingState />}
      {data && data.queues.length === 0 && <Text>{t("jobs.empty")}</Text>}
      {data && data.queues.length > 0 && (
        <>
          <Title order={2}>{t("jobs.queues")}</Title>
          <CaptionedTable id="jobs-queues" caption={t("jobs.queues")}>
            <ColumnHeads labels={[t("jobs.queue"), statusLabel.pending, statusLabel.running, statusLabel.done, statusLabel.failed]} />
            <Table.Tbody>
              {data.queues.map((q) => (
                <Table.Tr key={q.queue}>
                  <Table.Td>{q.queue}</Table.Td>
                  <Table.Td>{q.pending}</Table.Td>
                  <Table.Td>{q.running}</Table.Td>
                  <Table.Td>{q.done}</Table.Td>
                  <Table.Td>{q.failed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
          <Title order={2}>{t("jobs.lastRuns")}</Title>
          <CaptionedTable id="jobs-last-runs" caption={t("jobs.lastRuns")}>
            <ColumnHeads labels={[t("jobs.queue"), t("jobs.statusColumn"), t("jobs.finishedAt"), t("jobs.seconds"), t("jobs.attempts")]} />
            <Table.Tbody>{data.lastRuns.map(runRow)}</Table.Tbody>
          </CaptionedTable>
          <Title order={2}>{t("jobs.failures")}</Title>
          {data.failures.length === 0 ? (
            <Text>{t("jobs.noFailures")}</Text>
          ) : (
            <CaptionedTable id="jobs-failures" caption={t("jobs.failures")}>
              <ColumnHeads labels={[t("jobs.queue"), t("jobs.finishedAt"), t("jobs.attempts"), t("jobs.error")]} />
              <Table.Tbody>
                {data.failures.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td>{job.queue}</Table.Td>
                    <Table.Td>{job.finishedAt ? formatDateTime(job.finishedAt) : "–"}</Table.Td>
                    <Table.Td>{job.attempts}</Table.Td>
                    <Table.Td>{job.lastError ?? "–"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </CaptionedTable>
          )}
        </>
      )}
    </Stack>
  );
}
