import { Button, Group, Paper, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { MANAGER_CHALLENGES } from "../../../domain/assessment/manager-challenges";
import { apiRequest } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { challengeLabel } from "./challenge-label";

const MAX_GOALS = 3;
type TGoalDraft = { challengeId: string | null; objective: string };

/** Who may edit goals, and when (the domain's edit_goals rule: every role, while the engagement is open). */
export function canEditGoals(engagement: Pick<TEngagementDetail, "status" | "myRoles">): boolean {
  return engagement.myRoles.length > 0 && ["proposed", "active", "paused"].includes(engagement.status);
}

/** Replaces the engagement's 1–3 goals: a manager challenge each and the company objective it serves. */
export function GoalsEditor({ engagement, onDone, onCancel }: { engagement: TEngagementDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [goals, setGoals] = useState<TGoalDraft[]>(() =>
    engagement.goals.length ? engagement.goals.map((g) => ({ challengeId: g.challengeId, objective: g.objective ?? "" })) : [{ challengeId: null, objective: "" }],
  );
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};
  const options = MANAGER_CHALLENGES.map((c) => ({ value: c.id, label: challengeLabel(c.id) }));

  function change(index: number, patch: Partial<TGoalDraft>) {
    setGoals((previous) => previous.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { goals: goals.map((g) => ({ challengeId: g.challengeId ?? "", objective: g.objective.trim() === "" ? null : g.objective })) };
    if (await run(() => apiRequest("PUT", `/api/mentoring/engagements/${engagement.id}/goals`, { body }))) onDone();
  }

  return (
    <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
      {goals.map((goal, index) => (
        <Paper key={index} withBorder p="sm">
          <Stack gap="xs">
            <Select
              label={t("mentoring.goalsEdit.challenge", { n: index + 1 })}
              data={options}
              searchable
              value={goal.challengeId}
              onChange={(value) => change(index, { challengeId: value })}
              error={fieldErrors[`goals[${index}].challengeId`]}
              required
            />
            <TextInput
              label={t("mentoring.goalsEdit.objective", { n: index + 1 })}
              value={goal.objective}
              maxLength={300}
              onChange={(ev) => change(index, { objective: ev.currentTarget.value })}
              error={fieldErrors[`goals[${index}].objective`]}
            />
            {goals.length > 1 && (
              <Group>
                <Button size="xs" variant="subtle" color="red" onClick={() => setGoals((previous) => previous.filter((_, i) => i !== index))}>
                  {t("mentoring.goalsEdit.remove", { n: index + 1 })}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      <ProblemAlert error={error} />
      <Group>
        {goals.length < MAX_GOALS && (
          <Button variant="default" onClick={() => setGoals((previous) => [...previous, { challengeId: null, objective: "" }])}>
            {t("mentoring.goalsEdit.add")}
          </Button>
        )}
        <Button type="submit" loading={busy}>
          {t("mentoring.goalsEdit.save")}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {t("mentoring.goalsEdit.close")}
        </Button>
      </Group>
    </Stack>
  );
}
