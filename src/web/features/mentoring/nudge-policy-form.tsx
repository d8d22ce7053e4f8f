import { Alert, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZMentoringTimeZone, ZNudgePolicySettings, type TNudgePolicyView } from "../../../contracts/mentoring";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";

type TForm = {
  timeZone: string;
  sessionReminderHours: number | string;
  overdueActionCadenceDays: number | string;
  staleCheckInDays: number | string;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
};

const toForm = (p: TNudgePolicyView): TForm => ({
  timeZone: p.timeZone,
  sessionReminderHours: p.sessionReminderHours,
  overdueActionCadenceDays: p.overdueActionCadenceDays,
  staleCheckInDays: p.staleCheckInDays,
  quiet: p.quietHours !== null,
  quietStart: p.quietHours?.start ?? "20:00",
  quietEnd: p.quietHours?.end ?? "08:00",
});

/** A number input's value as the API takes it; an empty or partial entry is sent as is for the server to name. */
const asNumber = (value: number | string) => (typeof value === "number" ? value : value.trim() === "" ? null : Number(value));

function PolicyForm({ initial, defaults, custom, onSaved }: { initial: TNudgePolicyView; defaults: TNudgePolicyView; custom: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [form, setForm] = useState<TForm>(() => toForm(initial));
  const [saved, setSaved] = useState(false);
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};
  const set = <K extends keyof TForm>(key: K, value: TForm[K]) => {
    setSaved(false);
    setForm((previous) => ({ ...previous, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      timeZone: form.timeZone,
      sessionReminderHours: asNumber(form.sessionReminderHours),
      overdueActionCadenceDays: asNumber(form.overdueActionCadenceDays),
      staleCheckInDays: asNumber(form.staleCheckInDays),
      quietHours: form.quiet ? { start: form.quietStart, end: form.quietEnd } : null,
    };
    const result = await run(() => apiRequest("PUT", "/api/mentoring/policy", { body, schema: ZNudgePolicySettings }));
    if (result) {
      setForm(toForm(result.policy));
      setSaved(true);
      onSaved();
    }
  }

  return (
    <Stack component="form" gap="sm" onSubmit={(event) => void submit(event)}>
      <Text size="sm">{custom ? t("mentoring.policy.custom") : t("mentoring.policy.usingDefaults")}</Text>
      <Select
        label={t("mentoring.policy.timeZone")}
        data={ZMentoringTimeZone.options.map((zone) => ({ value: zone, label: zone }))}
        value={form.timeZone}
        onChange={(value) => value && set("timeZone", value)}
        allowDeselect={false}
        error={fieldErrors.timeZone}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t("mentoring.policy.sessionReminderHours")}
          description={t("mentoring.policy.sessionReminderHoursHint")}
          min={1}
          max={168}
          allowDecimal={false}
          value={form.sessionReminderHours}
          onChange={(value) => set("sessionReminderHours", value)}
          error={fieldErrors.sessionReminderHours}
          required
        />
        <NumberInput
          label={t("mentoring.policy.overdueActionCadenceDays")}
          description={t("mentoring.policy.overdueActionCadenceDaysHint")}
          min={1}
          max={90}
          allowDecimal={false}
          value={form.overdueActionCadenceDays}
          onChange={(value) => set("overdueActionCadenceDays", value)}
          error={fieldErrors.overdueActionCadenceDays}
          required
        />
        <NumberInput
          label={t("mentoring.policy.staleCheckInDays")}
          description={t("mentoring.policy.staleCheckInDaysHint")}
          min={1}
          max={90}
          allowDecimal={false}
          value={form.staleCheckInDays}
          onChange={(value) => set("staleCheckInDays", value)}
          error={fieldErrors.staleCheckInDays}
          required
        />
      </Group>
      <Checkbox
        label={t("mentoring.policy.quietHours")}
        description={t("mentoring.policy.quietHoursHint")}
        checked={form.quiet}
        onChange={(event) => set("quiet", event.currentTarget.checked)}
      />
      {form.quiet && (
        <Group grow align="flex-start">
          <TextInput
            type="time"
            label={t("mentoring.policy.quietStart")}
            value={form.quietStart}
            onChange={(event) => set("quietStart", event.currentTarget.value)}
            error={fieldErrors["quietHours.start"] ?? fieldErrors.quietHours}
            required
          />
          <TextInput
            type="time"
            label={t("mentoring.policy.quietEnd")}
            value={form.quietEnd}
            onChange={(event) => set("quietEnd", event.currentTarget.value)}
            error={fieldErrors["quietHours.end"]}
            required
          />
        </Group>
      )}
      <ProblemAlert error={error} />
      {saved && (
        <Alert color="green" role="status">
          {t("mentoring.policy.saved")}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={busy}>
          {t("mentoring.policy.save")}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setSaved(false);
            setForm(toForm(defaults));
          }}
        >
          {t("mentoring.policy.useDefaults")}
        </Button>
      </Group>
    </Stack>
  );
}

/** HR's (and the operator's) reminder policy for the organisation: lead time, cadence, quiet hours. */
export function NudgePolicySection() {
  const { t } = useTranslation();
  const settings = useResource("/api/mentoring/policy", ZNudgePolicySettings);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nudge-policy-title">
      <Stack gap="sm">
        <Title order={2} id="nudge-policy-title">
          {t("mentoring.policy.title")}
        </Title>
        <Text size="sm">{t("mentoring.policy.hint")}</Text>
        <ProblemAlert error={settings.error} />
        {settings.data ? (
          <PolicyForm initial={settings.data.policy} defaults={settings.data.defaults} custom={settings.data.custom} onSaved={settings.reload} />
        ) : (
          !settings.error && <LoadingState />
        )}
      </Stack>
    </Paper>
  );
}
