import { Alert, Card, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TReportSharing, ZReportSharing } from "../../../contracts/reports";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";

const FIELDS = [
  ["mentor", "report.sharing.mentor"],
  ["lineManager", "report.sharing.lineManager"],
  ["hr", "report.sharing.hr"],
] as const;

/** The person's three switches: share the report with their mentor, line manager, HR. Each change saves at once. */
export function SharingPanel() {
  const { t } = useTranslation();
  const loaded = useResource("/api/reports/me/sharing", ZReportSharing);
  const [sharing, setSharing] = useState<TReportSharing | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmission();
  const current = sharing ?? loaded.data;

  async function toggle(field: keyof TReportSharing, value: boolean) {
    if (!current) return;
    setSaved(false);
    const result = await run(() => apiRequest("PUT", "/api/reports/me/sharing", { body: { ...current, [field]: value }, schema: ZReportSharing }));
    if (result) {
      setSharing(result);
      setSaved(true);
    }
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="sharing-title">
      <Stack gap="sm">
        <Title order={2} id="sharing-title">
          {t("report.sharing.title")}
        </Title>
        <Text size="sm">{t("report.sharing.text")}</Text>
        <ProblemAlert error={loaded.error ?? error} />
        {current &&
          FIELDS.map(([field, label]) => (
            <Switch
              key={field}
              label={t(label)}
              checked={current[field]}
              disabled={busy}
              onChange={(event) => void toggle(field, event.currentTarget.checked)}
            />
          ))}
        {saved && (
          <Alert color="green" role="status">
            {t("report.sharing.saved")}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
