import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOk } from "../../../contracts/common";
import { type TIssue, ZIssue, ZIssuePreview, ZSubscriberList } from "../../../contracts/newsletter";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { LANGUAGE_NAMES, LOCALES, type TLocale } from "../../i18n";
import { ConfirmButton } from "../insights/editor-parts";

/** Preview the email per language, send a test copy, and send to every confirmed subscriber. */
export function IssueSendPanel({ issue, onSent }: { issue: TIssue; onSent: () => void }) {
  const { t } = useTranslation();
  const languages = LOCALES.filter((l) => issue.versions[l]);
  const [language, setLanguage] = useState<TLocale>(languages[0] ?? "nl");
  const preview = useResource(`/api/newsletter/issues/${issue.id}/preview?language=${language}&v=${encodeURIComponent(issue.updatedAt)}`, ZIssuePreview);
  const audience = useResource("/api/newsletter/subscribers?status=confirmed&limit=1", ZSubscriberList);
  const confirmed = (l: TLocale) => audience.data?.counts.find((c) => c.status === "confirmed" && c.language === l)?.count ?? 0;
  const total = LOCALES.reduce((sum, l) => sum + confirmed(l), 0);
  const missing = LOCALES.filter((l) => confirmed(l) > 0 && !issue.versions[l]);

  const test = useSubmission();
  const [testAddress, setTestAddress] = useState("");
  const [testSent, setTestSent] = useState(false);
  const send = useSubmission();

  async function sendTest(event: FormEvent) {
    event.preventDefault();
    setTestSent(false);
    const done = await test.run(() => api.post(`/api/newsletter/issues/${issue.id}/test`, { email: testAddress, language }, { schema: ZOk }));
    if (done) setTestSent(true);
  }

  async function sendNow() {
    const done = await send.run(() => api.post(`/api/newsletter/issues/${issue.id}/send`, {}, { schema: ZIssue }));
    if (done) onSent();
  }

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t("newsletter.previewHeading")}
        </Title>
        <Select
          label={t("newsletter.previewLanguage")}
          data={languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={language}
          allowDeselect={false}
          onChange={(value) => value && setLanguage(value as TLocale)}
          w={240}
        />
        <ProblemAlert error={preview.error} />
        {preview.data && (
          <>
            <Text>
              <strong>{t("newsletter.subject")}:</strong> {preview.data.subject}
            </Text>
            <iframe title={t("newsletter.previewFrame")} sandbox="" srcDoc={preview.data.html} style={{ width: "100%", height: 480, border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4 }} />
          </>
        )}
      </Stack>

      <form onSubmit={sendTest} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t("newsletter.testHeading")}
          </Title>
          <ProblemAlert error={test.error} />
          {testSent && (
            <Alert color="blue" role="status">
              {t("newsletter.testSent")}
            </Alert>
          )}
          <Group align="flex-end" gap="sm">
            <TextInput type="email" label={t("newsletter.testAddress")} value={testAddress} required autoComplete="email" onChange={(e) => setTestAddress(e.currentTarget.value)} />
            <Button type="submit" variant="default" loading={test.busy}>
              {t("newsletter.testSend", { language: LANGUAGE_NAMES[language] })}
            </Button>
          </Group>
        </Stack>
      </form>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t("newsletter.sendHeading")}
        </Title>
        <Text>{t("newsletter.sendText", { count: total })}</Text>
        {missing.length > 0 && (
          <Alert color="yellow" role="status">
            {t("newsletter.missingLanguages", { languages: missing.map((l) => LANGUAGE_NAMES[l]).join(", ") })}
          </Alert>
        )}
        <ProblemAlert error={send.error} />
        <ConfirmButton
          label={t("newsletter.sendButton")}
          confirmLabel={t("newsletter.sendConfirm", { count: total })}
          busy={send.busy}
          disabled={total === 0 || missing.length > 0}
          onConfirm={sendNow}
        />
      </Stack>
    </Stack>
  );
}
