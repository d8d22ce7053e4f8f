import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseSlug, slugify } from "../../../domain/insights/article";
import { type TArticleInput, ZArticleInput } from "../../../contracts/insights";
import type { ApiError } from "../../api/api-client";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { LANGUAGE_NAMES, LOCALES, type TLocale } from "../../i18n";
import { articleInputCandidate, errorPaths, type TArticleFormValues, type TVersionValues } from "./article-form-values";
import { LanguageTabs } from "./editor-parts";
import { MarkdownPreview } from "./markdown-preview";

/** The article's fields and one tab per language (Markdown with a live preview), checked with the server's schema. */
export function ArticleForm({
  initial,
  busy,
  serverError,
  actions,
  onSubmit,
}: {
  initial: TArticleFormValues;
  busy: boolean;
  serverError: ApiError | null;
  actions?: ReactNode;
  onSubmit: (input: TArticleInput) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [invalid, setInvalid] = useState<string[]>([]);
  const serverFields = serverError ? Object.keys(fieldErrorsFromProblem(t, serverError)) : [];
  const errorOf = (path: string) =>
    invalid.includes(path) || serverFields.includes(path) ? (serverError?.code === "CONFLICT" ? t("fieldErrors.conflict") : t("insights.invalidField")) : undefined;

  const set = <K extends keyof TArticleFormValues>(key: K, value: TArticleFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setVersion = (l: TLocale, patch: Partial<TVersionValues>) =>
    setValues((v) => ({ ...v, versions: { ...v.versions, [l]: { ...v.versions[l], ...patch } } }));
  const firstTitle = LOCALES.map((l) => values.versions[l]).find((v) => v.enabled && v.title.trim())?.title ?? "";

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZArticleInput.safeParse(articleInputCandidate(values));
    const slugOk = parseSlug(values.slug).ok;
    if (!parsed.success || !slugOk) {
      setInvalid([...(parsed.success ? [] : errorPaths(parsed.error)), ...(slugOk ? [] : ["slug"])]);
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
            {t("insights.fixFields")}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={4}>
            <TextInput
              label={t("insights.slug")}
              description={t("insights.slugHint")}
              value={values.slug}
              required
              maxLength={80}
              onChange={(e) => set("slug", e.currentTarget.value)}
              error={errorOf("slug")}
            />
            <Button variant="subtle" size="xs" w="fit-content" disabled={!firstTitle} onClick={() => set("slug", slugify(firstTitle))}>
              {t("insights.slugFromTitle")}
            </Button>
          </Stack>
          <TextInput label={t("insights.author")} value={values.author} required maxLength={120} onChange={(e) => set("author", e.currentTarget.value)} error={errorOf("author")} />
          <Select
            label={t("insights.statusLabel")}
            data={[
              { value: "draft", label: t("insights.status.draft") },
              { value: "published", label: t("insights.status.published") },
            ]}
            value={values.status}
            allowDeselect={false}
            onChange={(value) => set("status", value === "published" ? "published" : "draft")}
          />
          <TextInput
            type="datetime-local"
            label={t("insights.publishedAt")}
            description={t("insights.publishedAtHint")}
            value={values.publishedAt}
            onChange={(e) => set("publishedAt", e.currentTarget.value)}
            error={errorOf("publishedAt")}
          />
        </SimpleGrid>
        <Title order={2} size="h3">
          {t("insights.versions")}
        </Title>
        {errorOf("versions") && (
          <Text c="red.9" role="alert">
            {t("insights.oneVersion")}
          </Text>
        )}
        <LanguageTabs written={{ nl: values.versions.nl.enabled, fr: values.versions.fr.enabled, en: values.versions.en.enabled }} fallback="nl">
          {(l) => <VersionFields language={l} version={values.versions[l]} errorOf={errorOf} onChange={(patch) => setVersion(l, patch)} />}
        </LanguageTabs>
        <Group>
          <Button type="submit" loading={busy}>
            {t("common.save")}
          </Button>
          {actions}
        </Group>
      </Stack>
    </form>
  );
}

function VersionFields({
  language,
  version,
  errorOf,
  onChange,
}: {
  language: TLocale;
  version: TVersionValues;
  errorOf: (path: string) => string | undefined;
  onChange: (patch: Partial<TVersionValues>) => void;
}) {
  const { t } = useTranslation();
  const path = (field: string) => `versions.${language}.${field}`;
  return (
    <Stack gap="md">
      <Checkbox label={t("insights.include", { language: LANGUAGE_NAMES[language] })} checked={version.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
      {version.enabled && (
        <>
          <TextInput label={t("insights.articleTitle")} lang={language} value={version.title} required maxLength={200} onChange={(e) => onChange({ title: e.currentTarget.value })} error={errorOf(path("title"))} />
          <TextInput label={t("insights.summary")} description={t("insights.summaryHint")} lang={language} value={version.summary} maxLength={300} onChange={(e) => onChange({ summary: e.currentTarget.value })} error={errorOf(path("summary"))} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Textarea
              label={t("insights.body")}
              description={t("insights.bodyHint")}
              lang={language}
              value={version.body}
              autosize
              minRows={12}
              maxRows={40}
              onChange={(e) => onChange({ body: e.currentTarget.value })}
              error={errorOf(path("body"))}
            />
            <Stack gap={4}>
              <Text fw={500} size="sm">
                {t("insights.preview")}
              </Text>
              <MarkdownPreview source={version.body} empty={t("insights.previewEmpty")} label={t("insights.preview")} />
            </Stack>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
