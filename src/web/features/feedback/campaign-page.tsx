import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type TCampaign, type TNominee, ZCampaign, ZReminderResult } from "../../../contracts/feedback";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { CompletionView } from "./completion-view";
import { GROUP_LABELS, PROBLEM_LABELS, STATUS_COLOURS, STATUS_LABELS } from "./labels";
import { NomineeForm } from "./nominee-form";

/** One campaign: nominees and approval before the launch; counts per group, reminders and closing after it. */
export function FeedbackCampaignPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const loaded = useResource(`/api/feedback/campaigns/${encodeURIComponent(id)}`, ZCampaign);
  const [campaign, setCampaign] = useState<TCampaign | null>(null);
  const shown = campaign?.id === loaded.data?.id ? (campaign ?? loaded.data) : loaded.data;
  usePageTitle(shown ? t("feedback.campaignTitle", { name: `${shown.subject.firstName} ${shown.subject.lastName}` }) : t("feedback.title"));

  if (loaded.error) {
    return (
      <Stack gap="md">
        <BackLink />
        <ProblemAlert error={loaded.error} />
      </Stack>
    );
  }
  if (!shown) return <LoadingState />;
  return <CampaignView campaign={shown} onChange={setCampaign} />;
}

/** The approver's flags on a nominee: outside the directory, or refused by the rules (the directory changed). */
function NomineeFlags({ nominee }: { nominee: TNominee }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {nominee.external && (
        <Badge color="orange" variant="light">
          {t("feedback.external")}
        </Badge>
      )}
      {nominee.problem && (
        <Badge color="red" variant="light">
          {t(PROBLEM_LABELS[nominee.problem])}
        </Badge>
      )}
    </Group>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/feedback" size="sm">
      {t("feedback.backToList")}
    </Anchor>
  );
}

function CampaignView({ campaign, onChange }: { campaign: TCampaign; onChange: (campaign: TCampaign) => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const base = `/api/feedback/campaigns/${campaign.id}`;
  const { actions } = campaign;

  async function act(path: string, body: unknown, success: string) {
    setNotice(null);
    const next = await run(() => api.post(`${base}/${path}`, body, { schema: ZCampaign }));
    if (next) {
      onChange(next);
      setNotice(success);
      setComment("");
    }
  }

  async function remind() {
    setNotice(null);
    const result = await run(() => api.post(`${base}/reminders`, {}, { schema: ZReminderResult }));
    if (result) setNotice(t("feedback.remindersSent", { sent: result.sent }));
  }

  async function removeNominee(nomineeId: string) {
    setNotice(null);
    const next = await run(() => api.delete(`${base}/nominees/${nomineeId}`, { schema: ZCampaign }));
    if (next) onChange(next);
  }

  return (
    <Stack gap="md">
      <BackLink />
      <Group gap="sm">
        <Title order={1}>{t("feedback.campaignTitle", { name: `${campaign.subject.firstName} ${campaign.subject.lastName}` })}</Title>
        <Badge color={STATUS_COLOURS[campaign.status]} variant="light">
          {t(STATUS_LABELS[campaign.status])}
        </Badge>
      </Group>
      <Text>
        {t("feedback.closesOn", { date: formatDateTime(campaign.closesAt) })}
        {campaign.closedAt ? ` · ${t("feedback.closedOn", { date: formatDateTime(campaign.closedAt) })}` : ""}
      </Text>
      {campaign.approvalComment && (
        <Alert color={campaign.status === "nominating" ? "orange" : "blue"} title={t("feedback.approverComment")}>
          {campaign.approvalComment}
        </Alert>
      )}
      {notice && (
        <Alert color="blue" role="status">
          {notice}
        </Alert>
      )}
      <ProblemAlert error={error} />

      {campaign.nominees && (
        <Stack gap="sm">
          <Title order={2}>{t("feedback.nominees")}</Title>
          {campaign.nominees.length === 0 ? (
            <Text c="dimmed">{t("feedback.noNominees")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("feedback.nomineeName")}</Table.Th>
                    <Table.Th scope="col">{t("feedback.groupLabel")}</Table.Th>
                    <Table.Th scope="col">{t("feedback.email")}</Table.Th>
                    <Table.Th scope="col">{t("feedback.flags")}</Table.Th>
                    {actions.editNominees && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {campaign.nominees.map((nominee) => (
                    <Table.Tr key={nominee.id}>
                      <Table.Td>{nominee.name}</Table.Td>
                      <Table.Td>{t(GROUP_LABELS[nominee.group])}</Table.Td>
                      <Table.Td>{nominee.email}</Table.Td>
                      <Table.Td>
                        <NomineeFlags nominee={nominee} />
                      </Table.Td>
                      {actions.editNominees && (
                        <Table.Td>
                          <Button
                            variant="subtle"
                            color="red.9"
                            c="red.9"
                            size="xs"
                            disabled={busy}
                            aria-label={t("feedback.removeNominee", { name: nominee.name })}
                            onClick={() => void removeNominee(nominee.id)}
                          >
                            {t("feedback.remove")}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {campaign.nominees.some((n) => n.problem !== null) && (
            <Alert color="red" role="status">
              {t("feedback.problemHint")}
            </Alert>
          )}
          {campaign.nominees.some((n) => n.external) && <Text size="sm">{t("feedback.externalHint")}</Text>}
          <Text size="sm">{t("feedback.groupMinimumHint")}</Text>
          {actions.editNominees && <NomineeForm campaign={campaign} onChange={onChange} />}
        </Stack>
      )}

      {campaign.completion && <CompletionView completion={campaign.completion} />}

      {(actions.submit || actions.approve || actions.launch || actions.remind || actions.close || actions.cancel) && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2}>{t("feedback.nextSteps")}</Title>
            {actions.approve && (
              <Textarea
                label={t("feedback.approvalComment")}
                description={t("feedback.approvalCommentHint")}
                value={comment}
                maxLength={2000}
                onChange={(event) => setComment(event.currentTarget.value)}
              />
            )}
            <Group gap="sm">
              {actions.submit && (
                <Button loading={busy} onClick={() => void act("submit", {}, t("feedback.submitted"))}>
                  {t("feedback.submitForApproval")}
                </Button>
              )}
              {actions.approve && (
                <>
                  <Button loading={busy} onClick={() => void act("approve", comment.trim() ? { comment } : {}, t("feedback.approved"))}>
                    {t("feedback.approve")}
                  </Button>
                  <Button
                    variant="default"
                    disabled={busy || !comment.trim()}
                    onClick={() => void act("request-changes", { comment }, t("feedback.changesRequested"))}
                  >
                    {t("feedback.requestChanges")}
                  </Button>
                </>
              )}
              {actions.launch && (
                <Button loading={busy} onClick={() => void act("launch", {}, t("feedback.launched"))}>
                  {t("feedback.launch")}
                </Button>
              )}
              {actions.remind && (
                <Button variant="default" loading={busy} onClick={() => void remind()}>
                  {t("feedback.remind")}
                </Button>
              )}
              {actions.close && (
                <Button variant="default" loading={busy} onClick={() => void act("close", {}, t("feedback.closed"))}>
                  {t("feedback.closeEarly")}
                </Button>
              )}
              {actions.cancel && (
                <Button variant="outline" color="red.9" loading={busy} onClick={() => void act("cancel", {}, t("feedback.cancelled"))}>
                  {t("feedback.cancelCampaign")}
                </Button>
              )}
            </Group>
            {actions.launch && <Text size="sm">{t("feedback.launchHint")}</Text>}
            {actions.remind && <Text size="sm">{t("feedback.remindHint")}</Text>}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
