import { Alert, Anchor, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ZOk } from "../../../contracts/common";
import { type TArticle, type TArticleInput, ZArticle } from "../../../contracts/insights";
import { api, apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { ArticleForm } from "./article-form";
import { ConfirmButton } from "./editor-parts";
import { articleFormValues } from "./article-form-values";

/** Writes a new article (`/articles/new`) or edits one (`/articles/:id`). */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const isNew = !id || id === "new";
  usePageTitle(isNew ? t("insights.newTitle") : t("insights.editTitle"));
  const article = useResource(isNew ? null : `/api/insights/articles/${id}`, ZArticle);
  const navigate = useNavigate();
  const { busy, error, run } = useSubmission();
  const [saved, setSaved] = useState<TArticle | null>(null);

  async function save(input: TArticleInput) {
    const result = await run(() =>
      isNew ? api.post("/api/insights/articles", input, { schema: ZArticle }) : apiRequest("PUT", `/api/insights/articles/${id}`, { body: input, schema: ZArticle }),
    );
    if (!result) return;
    setSaved(result);
    if (isNew) navigate(`/articles/${result.id}`, { replace: true });
    else article.reload();
  }

  async function remove() {
    const done = await run(() => api.delete(`/api/insights/articles/${id}`, { schema: ZOk }));
    if (done) navigate("/articles");
  }

  if (!isNew && !article.data) return article.error ? <ProblemAlert error={article.error} /> : <LoadingState />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/articles">
        ← {t("insights.back")}
      </Anchor>
      <Title order={1}>{isNew ? t("insights.newTitle") : t("insights.editTitle")}</Title>
      {saved && (
        <Alert color="blue" role="status" title={t("insights.saved")}>
          {saved.isPublic ? t("insights.savedPublic") : t("insights.savedHidden")}
        </Alert>
      )}
      <ArticleForm
        key={article.data?.updatedAt ?? "new"}
        initial={articleFormValues(article.data, currentLocale())}
        busy={busy}
        serverError={error}
        onSubmit={(input) => void save(input)}
        actions={!isNew && <ConfirmButton danger label={t("insights.delete")} confirmLabel={t("insights.deleteConfirm")} busy={busy} onConfirm={remove} />}
      />
    </Stack>
  );
}
