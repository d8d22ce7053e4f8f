import { Button, Group, NumberInput, Select, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { challengeLabel } from "./challenge-label";
import { Section } from "./engagement-section";

/** Check-ins on the goals (progress, evidence, blockers), newest first, and adding one while the engagement is active. */
export function CheckIns({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [challengeId, setChallengeId] = useState<string | null>(engagement.goals[0]?.challengeId ?? null);
  const [progress, setProgress] = useState<number | string>(0);
  const [evidence, setEvidence] = useState("");
  const [blockers, setBlockers] = useState("");
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => api.post(`/api/mentoring/engagements/${engagement.id}/check-ins`, { challengeId, progress: Number(progress), evidence, blockers }))) {
      setEvidence("");
      setBlockers("");
      onDone();
    }
  }

  return (
    <Section id="checkins-title" title={t("mentoring.checkIns")}>
      {engagement.checkIns.map((c) => (
        <Text key={c.id} size="sm">
          {formatDateTime(c.createdAt)} — {challengeLabel(c.challengeId)}: {t("mentoring.progressValue", { value: c.progress })}
          {c.evidence ? ` · ${c.evidence}` : ""}
          {c.blockers ? ` · ${t("mentoring.blockers")}: ${c.blockers}` : ""}
        </Text>
      ))}
      {engagement.status === "active" && (
        <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
          <Select
            label={t("mentoring.goal")}
            value={challengeId}
            onChange={setChallengeId}
            data={engagement.goals.map((g) => ({ value: g.challengeId, label: challengeLabel(g.challengeId) }))}
            error={fieldErrors.challengeId}
          />
          <NumberInput label={t("mentoring.progress")} min={0} max={100} value={progress} onChange={setProgress} error={fieldErrors.progress} />
          <Textarea label={t("mentoring.evidence")} value={evidence} onChange={(ev) => setEvidence(ev.currentTarget.value)} error={fieldErrors.evidence} />
          <Textarea label={t("mentoring.blockers")} value={blockers} onChange={(ev) => setBlockers(ev.currentTarget.value)} error={fieldErrors.blockers} />
          <ProblemAlert error={error} />
          <Group>
            <Button type="submit" loading={busy}>
              {t("mentoring.addCheckIn")}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
