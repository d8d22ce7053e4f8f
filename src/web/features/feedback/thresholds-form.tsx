import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TAnonymitySettings, ZAnonymitySettings } from "../../../contracts/feedback";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { tk } from "../../i18n";

type TField = keyof TAnonymitySettings["thresholds"];
const FIELDS: { field: TField; label: string }[] = [
  { field: "lineManager", label: tk("feedback.thresholds.lineManager") },
  { field: "peer", label: tk("feedback.thresholds.peer") },
  { field: "directReport", label: tk("feedback.thresholds.directReport") },
  { field: "other", label: tk("feedback.thresholds.other") },
  { field: "allRaters", label: tk("feedback.thresholds.allRaters") },
  { field: "overlapGap", label: tk("feedback.thresholds.overlapGap") },
  { field: "teamCell", label: tk("feedback.thresholds.teamCell") },
];

/** HR raises the organisation's anonymity thresholds; Sterk's floors are the minimum of each field. */
export function ThresholdsForm() {
  const { t } = useTranslation();
  const loaded = useResource("/api/feedback/settings", ZAnonymitySettings);
  const [values, setValues] = useState<TAnonymitySettings["thresholds"] | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmission();
  const fieldErrors = error ? fieldErrorsFromProblem(t, error) : {};

  useEffect(() => {
    if (loaded.data) setValues(loaded.data.thresholds);
  }, [loaded.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    setSaved(false);
    const result = await run(() => apiRequest("PUT", "/api/feedback/settings", { body: values, schema: ZAnonymitySettings }));
    if (result) {
      setValues(result.thresholds);
      setSaved(true);
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(event) => void submit(event)} aria-labelledby="thresholds-title">
      <Stack gap="sm">
        <Title order={2} id="thresholds-title">
          {t("feedback.thresholds.title")}
        </Title>
        <Text size="sm">{t("feedback.thresholds.intro")}</Text>
        <ProblemAlert error={loaded.error} />
        {values && loaded.data && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {FIELDS.map(({ field, label }) => (
              <NumberInput
                key={field}
                label={t(label)}
                description={t("feedback.thresholds.floor", { minimum: loaded.data?.defaults[field] ?? 0 })}
                min={loaded.data?.defaults[field]}
                max={50}
                allowDecimal={false}
                value={values[field]}
                error={fieldErrors[field]}
                onChange={(value) => setValues({ ...values, [field]: typeof value === "number" ? value : Number(value) || 0 })}
              />
            ))}
          </SimpleGrid>
        )}
        <ProblemAlert error={error} />
        {saved && (
          <Alert color="green" role="status">
            {t("feedback.thresholds.saved")}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy} disabled={!values}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
