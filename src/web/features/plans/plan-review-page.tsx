import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type TPlanView, ZPlanView } from "../../../contracts/plans";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { PlanProposalNotice } from "./plan-proposal-card";
import { BudgetCard, ComparisonCard, FORMAT_LABELS, formatMoney, formatNumber, GoalList, HistoryCard, StatusBadge, useReaderLocale } from "./plan-parts";

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
  usePageTitle(shown ? reviewTitle(t, shown) : t("plans.list.title"));

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

/** "An Peeters asks you to approve their development plan" while it awaits this reader's decision, else "Development plan of …". */
function reviewTitle(t: TFunction, view: TPlanView): string {
  return view.actions.approve ? t("planReview.asksApproval", { name: view.person.name }) : t("planReview.title", { name: view.person.name });
}

const firstNameOf = (view: TPlanView) => view.owner?.firstName ?? view.person.name;

/** The modules of the current version, each with why it suits the owner (when she shares her report), and her goals. */
function OwnerPlanCard({ view }: { view: TPlanView }) {
  const { t } = useTranslation();
  const current = view.plan?.current;
  if (!current) return null;
  const firstName = firstNameOf(view);
  const reasons = new Map((view.owner?.reasons ?? []).map((r) => [r.moduleId, r.reasonText]));
  const shared = view.owner?.reportShared ?? false;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="content-title">
      <Stack gap="xs">
        <Title order={2} id="content-title" size="h3">
          {t("planReview.modulesTitle", { firstName, version: current.version })}
        </Title>
        <List spacing="xs">
          {current.modules.map((m) => (
            <List.Item key={m.id}>
              <Text span fw={600}>
                {m.title}
              </Text>{" "}
              — {t(FORMAT_LABELS[m.format] ?? m.format)}, {t("plans.menu.hours", { hours: formatNumber(m.hours, 0) })}, {formatMoney(m.cost)}
              {shared && (
                <Text size="sm" c="dimmed">
                  {reasons.has(m.id) ? t("planReview.why", { reason: reasons.get(m.id) }) : t("planReview.noReason", { firstName })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t("plans.content.totals", { cost: formatMoney(current.cost), hours: formatNumber(current.hours, 0) })}</Text>
        <Title order={3} size="h4">
          {t("planReview.goalsTitle", { firstName })}
        </Title>
        {current.goals.length === 0 ? (
          <Text size="sm">{t("planReview.noGoals")}</Text>
        ) : (
          <GoalList goals={current.goals} />
        )}
      </Stack>
    </Card>
  );
}

/** The owner's strongest talents, or why they are not shown (her report is not shared with this reader). */
function OwnerTalentsCard({ view }: { view: TPlanView }) {
  const { t } = useTranslation();
  if (!view.owner) return null;
  const firstName = firstNameOf(view);
  const { talents, reportShared } = view.owner;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="talents-title">
      <Stack gap="xs">
        <Title order={2} id="talents-title" size="h3">
          {t("planReview.talentsTitle", { firstName })}
        </Title>
        {!reportShared ? (
          <Text size="sm">{t("planReview.notShared", { firstName })}</Text>
        ) : talents === null || talents.length === 0 ? (
          <Text size="sm">{t("planReview.noTalents", { firstName })}</Text>
        ) : (
          <List spacing="xs">
            {talents.map((talent) => (
              <List.Item key={talent.id}>
                <Text span fw={600}>
                  {talent.name}
                </Text>
                {talent.description ? ` — ${talent.description}` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
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
        <Title order={1}>{reviewTitle(t, view)}</Title>
        <StatusBadge status={plan?.status ?? null} />
      </Group>
      <Text size="sm">{view.person.department}</Text>
      {actions.approve && <Text>{t("planReview.intro", { firstName: firstNameOf(view) })}</Text>}
      <OwnerPlanCard view={view} />
      {plan && <PlanProposalNotice planId={plan.id} ownerName={view.person.name} />}
      <OwnerTalentsCard view={view} />
      <BudgetCard budgets={view.budgets} department={view.person.department} />

      {(actions.approve || actions.requestChanges || actions.comment) && (
        <Card withBorder padding="md" component="section" aria-labelledby="review-title">
          <Stack gap="xs">
            <Title order={2} id="review-title" size="h3">
              {t("planReview.decideSubmitted")}
            </Title>
            {!view.budgets.fits && <Alert color="orange">{t("plans.review.overBudget")}</Alert>}
            <Textarea
              label={t("plans.review.comment")}
              description={t("planReview.commentHint", { firstName: firstNameOf(view) })}
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
                <Button color="green" onClick={() => void act("approve", t("planReview.approvedNotice", { firstName: firstNameOf(view) }))} loading={busy}>
                  {t("plans.actions.approve")}
                </Button>
              )}
              {actions.requestChanges && (
                <Button color="orange" variant="light" onClick={() => void act("request-changes", t("planReview.changesNotice", { firstName: firstNameOf(view) }))} disabled={busy || comment.trim() === ""}>
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
