import { Alert, Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type TPlanView, ZPlanView } from "../../../contracts/plans";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { BudgetCard, ComparisonCard, HistoryCard, PlanContent, StatusBadge, useReaderLocale } from "./plan-parts";

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/plans" size="sm">
      {t("plans.review.back")}
    </Anchor>
  );
}

/** /plans/:planId: the line manager or HR reviews a plan — approve, request changes (with a comment), comment. */
export function PlanReviewPage() {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  const { planId = "" } = useParams();
  const loaded = useResource(`/api/plans/${encodeURIComponent(planId)}?lang=${lang}`, ZPlanView);
  const [view, setView] = useState<TPlanView | null>(null);
  const shown = view?.plan?.id === loaded.data?.plan?.id ? (view ?? loaded.data) : loaded.data;
  usePageTitle(shown ? t("plans.review.title", { name: shown.person.name }) : t("plans.list.title"));

  if (loaded.error) {
    return (
      <Stack gap="md">
        <BackLink />
        <Title order={1}>{t("plans.list.title")}</Title>
        {loaded.error.status === 404 ? <Alert color="blue">{t("plans.review.notFound")}</Alert> : <ProblemAlert error={loaded.error} />}
      </Stack>
    );
  }
  if (!shown) return <LoadingState />;
  return <ReviewView view={shown} onChange={setView} />;
}

function ReviewView({ view, onChange }: { view: TPlanView; onChange: (view: TPlanView) => void }) {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  const { busy, error, run } = useSubmission();
  const [comment, setComment] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const plan = view.plan;
  const { actions } = view;

  async function act(path: "approve" | "request-changes" | "comment", success: string) {
    if (!plan) return;
    setNotice(null);
    const body = comment.trim() ? { comment: comment.trim() } : {};
    const next = await run(() => apiRequest("POST", `/api/plans/${plan.id}/${path}?lang=${lang}`, { body, schema: ZPlanView }));
    if (next) {
      onChange(next);
      setComment("");
      setNotice(success);
    }
  }

  return (
    <Stack gap="md">
      <BackLink />
      <Group justify="space-between" align="center">
        <Title order={1}>{t("plans.review.title", { name: view.person.name })}</Title>
        <StatusBadge status={plan?.status ?? null} />
      </Group>
      <Text size="sm">{view.person.department}</Text>
      <BudgetCard budgets={view.budgets} department={view.person.department} />
      <PlanContent view={view} />

      {(actions.approve || actions.requestChanges || actions.comment) && (
        <Card withBorder padding="md" component="section" aria-labelledby="review-title">
          <Stack gap="xs">
            <Title order={2} id="review-title" size="h3">
              {t("plans.review.decide")}
            </Title>
            {!view.budgets.fits && <Alert color="orange">{t("plans.review.overBudget")}</Alert>}
            <Textarea
              label={t("plans.review.comment")}
              description={t("plans.review.commentHint")}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              maxLength={2000}
              rows={3}
              disabled={busy}
            />
            <ProblemAlert error={error} />
            {notice && (
              <Alert color="green" role="status">
                {notice}
              </Alert>
            )}
            <Group>
              {actions.approve && (
                <Button color="green" onClick={() => void act("approve", t("plans.actions.approved"))} loading={busy}>
                  {t("plans.actions.approve")}
                </Button>
              )}
              {actions.requestChanges && (
                <Button color="orange" variant="light" onClick={() => void act("request-changes", t("plans.actions.changesRequested"))} disabled={busy || comment.trim() === ""}>
                  {t("plans.actions.requestChanges")}
                </Button>
              )}
              {actions.comment && (
                <Button variant="default" onClick={() => void act("comment", t("plans.actions.commented"))} disabled={busy || comment.trim() === ""}>
                  {t("plans.actions.comment")}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      )}
      {!(actions.approve || actions.requestChanges || actions.comment) && notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      <ComparisonCard view={view} own={false} />
      <HistoryCard view={view} />
    </Stack>
  );
}
