import { Button, Checkbox, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TIssue, type TIssueInput, ZIssueInput } from "../../../contracts/newsletter";
import type { ApiError } from "../../api/api-client";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { LANGUAGE_NAMES, LOCALES, type TLocale } from "../../i18n";
import { errorPaths } from "../insights/article-form-values";
import { LanguageTabs } from "../insights/editor-parts";
import { MarkdownPreview } from "../insights/markdown-preview";

type TVersion = { enabled: boolean; subject: string; body: string };

function initialVersions(issue: TIssue | undefined, language: TLocale): Record<TLocale, TVersion> {
  return Object.fromEntries(
    LOCALES.map((l) => {
      const v = issue?.versions[l];
      return [l, v ? { enabled: true, ...v } : { enabled: !issue, subject: "", body: "" }];
    }),
  ) as Record<TLocale, TVersion>;
}

/** One tab per language: subject and Markdown body with a live preview; checked with the server's schema. */
export function IssueForm({
  issue,
  language,
  busy,
  serverError,
  onSubmit,
}: {
  issue: TIssue | undefined;
  language: TLocale;
  busy: boolean;
  serverError: ApiError | null;
  onSubmit: (input: TIssueInput) => void;
}) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState(() => initialVersions(issue, language));
  const [invalid, setInvalid] = useState<string[]>([]);
  const serverFields = serverError ? Object.keys(fieldErrorsFromProblem(t, serverError)) : [];
  const errorOf = (path: string) => (invalid.includes(path) || serverFields.includes(path) ? t("newsletter.invalidField") : undefined);
  const set = (l: TLocale, patch: Partial<TVersion>) => setVersions((v) => ({ ...v, [l]: { ...v[l], ...patch } }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const candidate: TIssueInput = { versions: {} };
    for (const l of LOCALES) if (versions[l].enabled) candidate.versions[l] = { subject: versions[l].subject, body: versions[l].body };
    const parsed = ZIssueInput.safeParse(candidate);
    if (!parsed.success) {
      setInvalid(errorPaths(parsed.error));
      return;
    }
    setInvalid([]);
    onSubmit(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={serverError} />
        {invalid.length > 0 && (
          <Text c="red.9" role="alert">
            {invalid.includes("versions") ? t("newsletter.oneVersion") : t("newsletter.fixFields")}
          </Text>
        )}
        <LanguageTabs written={{ nl: versions.nl.enabled, fr: versions.fr.enabled, en: versions.en.enabled }} fallback={language}>
          {(l) => (
            <Stack gap="md">
              <Checkbox label={t("newsletter.include", { language: LANGUAGE_NAMES[l] })} checked={versions[l].enabled} onChange={(e) => set(l, { enabled: e.currentTarget.checked })} />
              {versions[l].enabled && (
                <>
                  <TextInput label={t("newsletter.subject")} lang={l} required maxLength={200} value={versions[l].subject} onChange={(e) => set(l, { subject: e.currentTarget.value })} error={errorOf(`versions.${l}.subject`)} />
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                    <Textarea
                      label={t("newsletter.body")}
                      description={t("newsletter.bodyHint")}
                      lang={l}
                      autosize
                      minRows={12}
                      maxRows={40}
                      value={versions[l].body}
                      onChange={(e) => set(l, { body: e.currentTarget.value })}
                      error={errorOf(`versions.${l}.body`)}
                    />
                    <Stack gap={4}>
                      <Text fw={500} size="sm">
                        {t("newsletter.bodyPreview")}
                      </Text>
                      <MarkdownPreview source={versions[l].body} empty={t("newsletter.previewEmpty")} label={t("newsletter.bodyPreview")} />
                    </Stack>
                  </SimpleGrid>
                </>
              )}
            </Stack>
          )}
        </LanguageTabs>
        <Button type="submit" loading={busy} w="fit-content">
          {t("newsletter.saveDraft")}
        </Button>
      </Stack>
    </form>
  );
}
