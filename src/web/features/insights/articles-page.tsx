import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TArticle, ZArticleList } from "../../../contracts/insights";
import { useResource } from "../../api/use-resource";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale, LANGUAGE_NAMES, LOCALES, tk } from "../../i18n";
import { LabelledTable } from "./editor-parts";

const STATUS = {
  draft: { label: tk("insights.status.draft"), colour: "gray" },
  scheduled: { label: tk("insights.status.scheduled"), colour: "yellow" },
  published: { label: tk("insights.status.published"), colour: "blue" },
} as const;

/** What readers see of an article: draft, scheduled (published, date still ahead) or published. */
export function articleState(article: TArticle): keyof typeof STATUS {
  if (article.status === "draft") return "draft";
  return article.isPublic ? "published" : "scheduled";
}

/** The title in the reader's language when there is one, else the first version's. */
export function articleTitle(article: TArticle): string {
  const versions = article.versions;
  const mine = versions[currentLocale()];
  return mine?.title ?? LOCALES.map((l) => versions[l]?.title).find(Boolean) ?? article.slug;
}

/** The operator's articles for the public insights site. */
export function ArticlesPage() {
  const { t } = useTranslation();
  usePageTitle(t("insights.title"));
  const articles = useResource("/api/insights/articles", ZArticleList);
  const items = articles.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("insights.title")}</Title>
        <Button component={Link} to="/articles/new">
          {t("insights.new")}
        </Button>
      </Group>
      <Text>{t("insights.intro")}</Text>
      <ProblemAlert error={articles.error} />
      {articles.loading && !articles.data && <LoadingState />}
      {articles.data && items.length === 0 && <Text>{t("insights.empty")}</Text>}
      {items.length > 0 && (
        <LabelledTable
          label={t("insights.listTitle")}
          columns={[t("insights.articleTitle"), t("common.status"), t("insights.languages"), t("insights.publishedAt"), t("insights.onTheSite")]}
        >
          {items.map((article) => {
            const state = STATUS[articleState(article)];
            return (
              <Table.Tr key={article.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/articles/${article.id}`}>
                    {articleTitle(article)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={state.colour}>
                    {t(state.label)}
                  </Badge>
                </Table.Td>
                <Table.Td>{LOCALES.filter((l) => article.versions[l]).join(", ").toUpperCase()}</Table.Td>
                <Table.Td>{formatDateTime(article.publishedAt)}</Table.Td>
                <Table.Td>
                  {article.isPublic && (
                    <Group gap="xs">
                      {LOCALES.filter((l) => article.urls[l]).map((l) => (
                        <Anchor key={l} href={article.urls[l]} target="_blank" rel="noopener" aria-label={t("insights.viewIn", { language: LANGUAGE_NAMES[l] })}>
                          {l.toUpperCase()}
                        </Anchor>
                      ))}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </LabelledTable>
      )}
    </Stack>
  );
}
