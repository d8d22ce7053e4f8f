import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TIssue, ZIssueList } from "../../../contracts/newsletter";
import { useResource } from "../../api/use-resource";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale, LOCALES, tk } from "../../i18n";
import { LabelledTable } from "../insights/editor-parts";

/** How an issue's status reads and looks. */
export const ISSUE_STATUS = {
  draft: { label: tk("newsletter.issueStatus.draft"), colour: "gray" },
  sending: { label: tk("newsletter.issueStatus.sending"), colour: "yellow" },
  sent: { label: tk("newsletter.issueStatus.sent"), colour: "blue" },
} as const;

/** The subject in the reader's language when the issue has it, else the first version's. */
export function issueSubject(issue: Pick<TIssue, "versions">): string {
  return issue.versions[currentLocale()]?.subject ?? LOCALES.map((l) => issue.versions[l]?.subject).find(Boolean) ?? "";
}

/** The newsletter's issues, newest first, with their send progress. */
export function IssuesPage() {
  const { t } = useTranslation();
  usePageTitle(t("newsletter.issuesTitle"));
  const issues = useResource("/api/newsletter/issues", ZIssueList);
  const items = issues.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("newsletter.issuesTitle")}</Title>
        <Group gap="sm">
          <Button component={Link} to="/newsletter/subscribers" variant="default">
            {t("newsletter.navSubscribers")}
          </Button>
          <Button component={Link} to="/newsletter/issues/new">
            {t("newsletter.newIssue")}
          </Button>
        </Group>
      </Group>
      <Text>{t("newsletter.issuesIntro")}</Text>
      <ProblemAlert error={issues.error} />
      {issues.loading && !issues.data && <LoadingState />}
      {issues.data && items.length === 0 && <Text>{t("newsletter.issuesEmpty")}</Text>}
      {items.length > 0 && (
        <LabelledTable label={t("newsletter.issuesTitle")} columns={[t("newsletter.subject"), t("common.status"), t("newsletter.createdAt"), t("newsletter.progressHeading")]}>
          {items.map((issue) => (
            <Table.Tr key={issue.id}>
              <Table.Td>
                <Anchor component={Link} to={`/newsletter/issues/${issue.id}`}>
                  {issueSubject(issue) || t("newsletter.untitled")}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={ISSUE_STATUS[issue.status].colour}>
                  {t(ISSUE_STATUS[issue.status].label)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(issue.createdAt)}</Table.Td>
              <Table.Td>
                {issue.status !== "draft" &&
                  t("newsletter.progressLabel", { done: issue.progress.total - issue.progress.pending - issue.progress.sending, total: issue.progress.total })}
              </Table.Td>
            </Table.Tr>
          ))}
        </LabelledTable>
      )}
    </Stack>
  );
}
