import { Alert, Button, Group, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TEngagementView, ZEngagement, ZEngagementSettings } from "../../../contracts/mentoring";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { challengeLabel } from "./challenge-label";

/** One request the signed-in user answers: the person asked (mentee) or HR (when the organisation asks). */
function RequestCard({ engagement, onAnswered }: { engagement: TEngagementView; onAnswered: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [done, setDone] = useState<string | null>(null);
  const asHr = engagement.consent?.answerAs === "hr";
  const person = `${engagement.person.firstName} ${engagement.person.lastName}`;
  const titleId = `request-${engagement.id}`;

  async function answer(decision: "accept" | "decline") {
    const next = await run(() => apiRequest("POST", `/api/mentoring/engagements/${engagement.id}/consent`, { body: { decision }, schema: ZEngagement }));
    if (next) {
      setDone(t(decision === "accept" ? (next.status === "active" ? "mentoringRequests.accepted" : "mentoringRequests.acceptedAwaitingHr") : "mentoringRequests.declined"));
      onAnswered();
    }
  }

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} id={titleId} size="h4">
          {asHr ? t("mentoringRequests.hrTitle", { mentor: engagement.mentor.name, person }) : t("mentoringRequests.title", { mentor: engagement.mentor.name })}
        </Title>
        <Text size="sm">{t("mentoringRequests.period", { start: engagement.startDate, end: engagement.plannedEndDate })}</Text>
        {engagement.goals.length > 0 && (
          <Text size="sm">{t("mentoringRequests.goals", { goals: engagement.goals.map((g) => challengeLabel(g.challengeId)).join("; ") })}</Text>
        )}
        {!asHr && <Text size="sm">{t("mentoringRequests.privacy")}</Text>}
        <ProblemAlert error={error} />
        {done ? (
          <Alert color="green" role="status">
            {done}
          </Alert>
        ) : (
          <Group>
            <Button color="green" onClick={() => void answer("accept")} loading={busy}>
              {t(asHr ? "mentoringRequests.approve" : "mentoringRequests.accept")}
            </Button>
            <Button variant="default" onClick={() => void answer("decline")} disabled={busy}>
              {t("mentoringRequests.decline")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Mentors' requests the signed-in user answers (Accept / Decline); nothing when there are none. */
export function EngagementRequests({ items, onAnswered }: { items: readonly TEngagementView[]; onAnswered: () => void }) {
  const { t } = useTranslation();
  const open = items.filter((e) => e.consent?.answerAs);
  const [shown] = useState(() => new Set(open.map((e) => e.id)));
  for (const e of open) shown.add(e.id);
  const cards = items.filter((e) => shown.has(e.id));
  if (cards.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="requests-title">
      <Title order={2} id="requests-title">
        {t("mentoringRequests.sectionTitle", { count: open.length })}
      </Title>
      {cards.map((e) => (
        <RequestCard key={e.id} engagement={e} onAnswered={onAnswered} />
      ))}
    </Stack>
  );
}

/** HR's switch: whether HR approves the engagements mentors start (default off). */
export function EngagementSettingsSection() {
  const { t } = useTranslation();
  const settings = useResource("/api/mentoring/engagement-settings", ZEngagementSettings);
  const { busy, error, run } = useSubmission();

  async function change(hrApprovesMentorEngagements: boolean) {
    if (await run(() => apiRequest("PUT", "/api/mentoring/engagement-settings", { body: { hrApprovesMentorEngagements }, schema: ZEngagementSettings }))) settings.reload();
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="engagement-settings-title">
      <Stack gap="xs">
        <Title order={2} id="engagement-settings-title">
          {t("mentoringRequests.settingsTitle")}
        </Title>
        <ProblemAlert error={settings.error} />
        {settings.data && (
          <Switch
            label={t("mentoringRequests.hrApproves")}
            description={t("mentoringRequests.hrApprovesHint")}
            checked={settings.data.hrApprovesMentorEngagements}
            disabled={busy}
            onChange={(event) => void change(event.currentTarget.checked)}
          />
        )}
        <ProblemAlert error={error} />
      </Stack>
    </Paper>
  );
}
