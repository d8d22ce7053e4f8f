import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ZCampaign, ZCampaignList } from "../../../contracts/feedback";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { canAdminister, hasPersonRecord } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { closeDateToIso, dateInDays, STATUS_COLOURS, STATUS_LABELS } from "./labels";
import { PersonPicker } from "./person-picker";
import { ThresholdsForm } from "./thresholds-form";

/** The 360° campaigns the reader may see, a form to start one, and (for HR) the anonymity thresholds. */
export function FeedbackCampaignsPage() {
  const { t } = useTranslation();
  usePageTitle(t("feedback.title"));
  const session = useSession();
  const admin = canAdminister(session);
  const campaigns = useResource("/api/feedback/campaigns", ZCampaignList);

  return (
    <Stack gap="lg">
      <Title order={1}>{t("feedback.title")}</Title>
      <Text>{t("feedback.intro")}</Text>
      {(admin || hasPersonRecord(session)) && <NewCampaignForm admin={admin} />}
      <Stack gap="sm">
        <Title order={2}>{t("feedback.campaigns")}</Title>
        <ProblemAlert error={campaigns.error} />
        {campaigns.loading && !campaigns.data ? (
          <LoadingState />
        ) : campaigns.data?.items.length ? (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("feedback.subject")}</Table.Th>
                  <Table.Th scope="col">{t("feedback.statusLabel")}</Table.Th>
                  <Table.Th scope="col">{t("feedback.closesAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {campaigns.data.items.map((campaign) => (
                  <Table.Tr key={campaign.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/feedback/${campaign.id}`}>
                        {campaign.subject.firstName} {campaign.subject.lastName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[campaign.status]} variant="light">
                        {t(STATUS_LABELS[campaign.status])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(campaign.closesAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text c="dimmed">{t("feedback.none")}</Text>
        )}
      </Stack>
      {admin && <ThresholdsForm />}
    </Stack>
  );
}

function NewCampaignForm({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { busy, error, run } = useSubmission();
  const [subject, setSubject] = useState<string | null>(null);
  const [closeDate, setCloseDate] = useState(() => dateInDays(14, new Date()));
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    const closesAt = closeDateToIso(closeDate) ?? closeDate;
    const body = admin && subject ? { subjectPersonId: subject, closesAt } : { closesAt };
    const created = await run(() => api.post("/api/feedback/campaigns", body, { schema: ZCampaign }));
    if (created) navigate(`/feedback/${created.id}`);
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(event) => void submit(event)} aria-labelledby="new-campaign-title">
      <Stack gap="sm">
        <Title order={2} id="new-campaign-title">
          {t("feedback.newCampaign")}
        </Title>
        <Text size="sm">{admin ? t("feedback.newCampaignHrHint") : t("feedback.newCampaignSelfHint")}</Text>
        {admin && <PersonPicker label={t("feedback.subjectPicker")} value={subject} onChange={setSubject} error={fieldErrors.subjectPersonId} />}
        <TextInput
          type="date"
          label={t("feedback.closeDate")}
          description={t("feedback.closeDateHint")}
          value={closeDate}
          onChange={(event) => setCloseDate(event.currentTarget.value)}
          error={fieldErrors.closesAt}
          required
        />
        <ProblemAlert error={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {t("feedback.start")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
