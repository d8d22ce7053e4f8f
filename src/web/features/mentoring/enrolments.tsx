import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZCatalogueList } from "../../../contracts/catalogue";
import { ZEnrolment, type TEngagementDetail, type TEnrolmentView } from "../../../contracts/mentoring";
import { ENROLMENT_TRANSITIONS, type TEnrolmentAction } from "../../../domain/mentoring/progress";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { currentLocale } from "../../i18n";
import { ReactionSurvey } from "./surveys";

const ACTIONS = Object.keys(ENROLMENT_TRANSITIONS) as TEnrolmentAction[];

function EnrolmentRow({ enrolment, title, mentee, onChanged }: { enrolment: TEnrolmentView; title: string; mentee: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const actions = ACTIONS.filter((action) => ENROLMENT_TRANSITIONS[action].from.includes(enrolment.status));
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group>
          <Text fw={600}>{title}</Text>
          <Badge variant="light">{t(`mentoring.enrolmentStatus.${enrolment.status}`)}</Badge>
          {enrolment.plannedFor && <Text size="sm">{t("mentoring.enrolments.plannedForValue", { date: enrolment.plannedFor })}</Text>}
        </Group>
        {actions.length > 0 && (
          <Group>
            {actions.map((action) => (
              <Button
                key={action}
                size="xs"
                variant="default"
                loading={busy}
                aria-label={`${t(`mentoring.enrolmentAction.${action}`)}: ${title}`}
                onClick={() => void run(() => api.post(`/api/mentoring/enrolments/${enrolment.id}/status`, { action }, { schema: ZEnrolment })).then((r) => r && onChanged())}
              >
                {t(`mentoring.enrolmentAction.${action}`)}
              </Button>
            ))}
          </Group>
        )}
        <ProblemAlert error={error} />
        {mentee && enrolment.status === "done" && <ReactionSurvey subject="module" subjectId={enrolment.id} headingId={`reaction-module-${enrolment.id}`} />}
      </Stack>
    </Paper>
  );
}

/**
 * The mentee's module enrolments (module and status; the mentor, the mentee and HR see them) with
 * their status actions, and enrolling in a catalogue module (HR, the mentee, the mentor).
 */
export function Enrolments({ engagement, onDone }: { engagement: TEngagementDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const catalogue = useResource(`/api/catalogue?lang=${currentLocale()}`, ZCatalogueList);
  const { busy, error, run } = useSubmission();
  const [moduleId, setModuleId] = useState<string | null>(null);
  const [plannedFor, setPlannedFor] = useState("");
  // HR may approve a module outside the mentee's approved plan, with a reason (issue 13); offered once refused
  const [reason, setReason] = useState("");
  const outsidePlan = engagement.myRoles.includes("hr") && (error?.problem.refusals ?? []).some((r) => r.code === "not_in_approved_plan");
  const [override, setOverride] = useState(false);
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};
  const mentee = engagement.myRoles.includes("mentee");
  const titles = new Map((catalogue.data?.items ?? []).map((m) => [m.id, m.display.title]));
  const title = (id: string) => titles.get(id) ?? id;
  const enrolments = engagement.enrolments;
  const enrolled = new Set(enrolments.filter((e) => e.status !== "dropped").map((e) => e.moduleId));
  const options = (catalogue.data?.items ?? []).filter((m) => !m.archived && !enrolled.has(m.id)).map((m) => ({ value: m.id, label: m.display.title }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { personId: engagement.person.id, moduleId: moduleId ?? "", ...(plannedFor ? { plannedFor } : {}), ...(override && reason.trim() ? { override: { reason } } : {}) };
    const created = await run(() => api.post("/api/mentoring/enrolments", body, { schema: ZEnrolment }));
    if (created) {
      setModuleId(null);
      setPlannedFor("");
      setReason("");
      setOverride(false);
      onDone();
    }
  }

  return (
    <>
      {enrolments.length === 0 && <Text c="dimmed">{t("mentoring.enrolments.none")}</Text>}
      {enrolments.map((e) => (
        <EnrolmentRow key={e.id} enrolment={e} title={title(e.moduleId)} mentee={mentee} onChanged={onDone} />
      ))}
      <Stack component="form" gap="xs" onSubmit={(event) => void submit(event)}>
        <Title order={3}>{t("mentoring.enrolments.enrol")}</Title>
        <ProblemAlert error={catalogue.error} />
        <Group grow align="flex-start">
          <Select
            label={t("mentoring.enrolments.module")}
            data={options}
            searchable
            value={moduleId}
            onChange={setModuleId}
            nothingFoundMessage={t("mentoring.enrolments.noModules")}
            error={fieldErrors.moduleId}
            required
          />
          <TextInput type="date" label={t("mentoring.enrolments.plannedFor")} value={plannedFor} onChange={(ev) => setPlannedFor(ev.currentTarget.value)} error={fieldErrors.plannedFor} />
        </Group>
        <ProblemAlert error={error} />
        {(outsidePlan || override) && (
          <Textarea
            label={t("commitment.override.reason")}
            description={t("commitment.override.hint")}
            value={reason}
            onChange={(ev) => {
              setReason(ev.currentTarget.value);
              setOverride(true);
            }}
            maxLength={1000}
            rows={2}
            error={fieldErrors["override.reason"]}
          />
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {override && reason.trim() ? t("commitment.override.submit") : t("mentoring.enrolments.enrolButton")}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
