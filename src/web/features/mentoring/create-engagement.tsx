import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ZEngagement } from "../../../contracts/mentoring";
import { MANAGER_CHALLENGES } from "../../../domain/assessment/manager-challenges";
import { ZMentorList } from "../../../contracts/mentors";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { currentLocale } from "../../i18n";
import { PersonPicker } from "../feedback/person-picker";
import { challengeLabel } from "./challenge-label";

/**
 * Starts an engagement (proposed): HR names the person and the mentor; a mentor starts one for a
 * person they mentor. Goals come from the person's development plan and can be edited afterwards.
 */
export function CreateEngagement({ hr }: { hr: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mentors = useResource(hr ? `/api/mentors?lang=${currentLocale()}` : null, ZMentorList);
  const { busy, error, run } = useSubmission();
  const [personId, setPersonId] = useState<string | null>(null);
  const [mentorUserId, setMentorUserId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState("");
  const [plannedEndDate, setPlannedEndDate] = useState("");
  const [goal, setGoal] = useState<string | null>(null);
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { personId: personId ?? "", startDate, plannedEndDate, ...(hr && mentorUserId ? { mentorUserId } : {}), ...(!hr && goal ? { goals: [{ challengeId: goal }] } : {}) };
    const created = await run(() => api.post("/api/mentoring/engagements", body, { schema: ZEngagement }));
    if (created) void navigate(`/mentoring/${created.id}`);
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-engagement-title">
      <Stack component="form" gap="sm" onSubmit={(event) => void submit(event)}>
        <Title order={2} id="create-engagement-title">
          {t("mentoring.create.title")}
        </Title>
        <Text size="sm">{hr ? t("mentoring.create.hintHr") : t("mentoringRequests.mentorHint")}</Text>
        <PersonPicker label={t("mentoring.create.person")} value={personId} onChange={setPersonId} error={fieldErrors.personId} required />
        {hr && (
          <>
            <ProblemAlert error={mentors.error} />
            <Select
              label={t("mentoring.create.mentor")}
              data={(mentors.data?.items ?? []).filter((m) => m.personId !== personId).map((m) => ({ value: m.userId, label: m.name }))}
              searchable
              value={mentorUserId}
              onChange={setMentorUserId}
              nothingFoundMessage={t("mentoring.create.noMentors")}
              error={fieldErrors.mentorUserId}
              required
            />
          </>
        )}
        {!hr && (
          <Select
            label={t("mentoringRequests.goal")}
            placeholder={t("mentoringRequests.goalPlaceholder")}
            data={MANAGER_CHALLENGES.map((c) => ({ value: c.id, label: challengeLabel(c.id) }))}
            searchable
            clearable
            value={goal}
            onChange={setGoal}
            error={fieldErrors.goals ?? fieldErrors["goals[0].challengeId"]}
          />
        )}
        <Group grow align="flex-start">
          <TextInput type="date" label={t("mentoring.create.startDate")} value={startDate} onChange={(ev) => setStartDate(ev.currentTarget.value)} error={fieldErrors.startDate} required />
          <TextInput
            type="date"
            label={t("mentoring.create.plannedEndDate")}
            value={plannedEndDate}
            onChange={(ev) => setPlannedEndDate(ev.currentTarget.value)}
            error={fieldErrors.plannedEndDate}
            required
          />
        </Group>
        <ProblemAlert error={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {t("mentoring.create.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
