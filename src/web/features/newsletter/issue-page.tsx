import { Alert, Anchor, Badge, Group, Stack, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ZOk } from "../../../contracts/common";
import { type TIssueInput, ZIssue } from "../../../contracts/newsletter";
import { api, apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { ConfirmButton } from "../insights/editor-parts";
import { IssueForm } from "./issue-form";
import { IssueProgress } from "./issue-progress";
import { IssueSendPanel } from "./issue-send-panel";
import { ISSUE_STATUS, issueSubject } from "./issues-page";

const POLL_MS = 2000;

/** One issue: compose and save (draft), preview, test and send; then the live progress. */
export function IssuePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const isNew = !id || id === "new";
  const issue = useResource(isNew ? null : `/api/newsletter/issues/${id}`, ZIssue);
  const navigate = useNavigate();
  const { busy, error, run } = useSubmission();
  const [saved, setSaved] = useState(false);
  const data = issue.data;
  usePageTitle(data ? issueSubject(data) || t("newsletter.untitled") : t("newsletter.newIssue"));

  const sending = data?.status === "sending";
  const { reload } = issue;
  useEffect(() => {
    if (!sending) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [sending, reload]);

  async function save(input: TIssueInput) {
    const result = await run(() =>
      isNew ? api.post("/api/newsletter/issues", input, { schema: ZIssue }) : apiRequest("PUT", `/api/newsletter/issues/${id}`, { body: input, schema: ZIssue }),
    );
    if (!result) return;
    setSaved(true);
    if (isNew) navigate(`/newsletter/issues/${result.id}`, { replace: true });
    else reload();
  }

  async function remove() {
    if (await run(() => api.delete(`/api/newsletter/issues/${id}`, { schema: ZOk }))) navigate("/newsletter");
  }

  if (!isNew && !data) return issue.error ? <ProblemAlert error={issue.error} /> : <LoadingState />;
  const status = data ? ISSUE_STATUS[data.status] : ISSUE_STATUS.draft;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/newsletter">
        ← {t("newsletter.back")}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1}>{data ? issueSubject(data) || t("newsletter.untitled") : t("newsletter.newIssue")}</Title>
        <Badge variant="light" color={status.colour}>
          {t(status.label)}
        </Badge>
      </Group>
      {saved && !data?.sendStartedAt && (
        <Alert color="blue" role="status" title={t("newsletter.saved")}>
          {t("newsletter.savedText")}
        </Alert>
      )}
      {(isNew || data?.status === "draft") && (
        <IssueForm key={data?.updatedAt ?? "new"} issue={data} language={currentLocale()} busy={busy} serverError={error} onSubmit={(input) => void save(input)} />
      )}
      {data?.status === "draft" && (
        <>
          <IssueSendPanel issue={data} onSent={reload} />
          <ConfirmButton danger label={t("newsletter.deleteDraft")} confirmLabel={t("newsletter.deleteConfirm")} busy={busy} onConfirm={remove} />
        </>
      )}
      {data && data.status !== "draft" && <IssueProgress issue={data} onChange={reload} />}
    </Stack>
  );
}
