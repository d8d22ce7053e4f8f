import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TMenu, type TModuleSummary, type TPlanView, ZMenu, ZPlanView } from "../../../contracts/plans";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { refusalMessage } from "../../components/refusal-message";
import { CommitmentMeter, previewCommitment } from "./commitment-meter";
import { MyPlanProposal } from "./plan-proposal-card";
import { ComparisonCard, FORMAT_LABELS, formatMoney, formatNumber, HistoryCard, StatusBadge, useReaderLocale } from "./plan-parts";

type TGoalDraft = { challengeId: string; description: string; businessMeasure: string };
const MAX_GOALS = 3;
const emptyGoal = (): TGoalDraft => ({ challengeId: "", description: "", businessMeasure: "" });

function draftOf(view: TPlanView | undefined): { moduleIds: string[]; goals: TGoalDraft[] } {
  const current = view?.plan?.current;
  if (!current) return { moduleIds: [], goals: [emptyGoal()] };
  return {
    moduleIds: [...current.moduleIds],
    goals: current.goals.length ? current.goals.map((g) => ({ challengeId: g.challengeId, description: g.description, businessMeasure: g.businessMeasure ?? "" })) : [emptyGoal()],
  };
}

/** /me/plan: the à la carte menu, the goals, budget, submit, history and the comparison with the standard programme. */
export function MyPlanPage() {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  usePageTitle(t("plans.my.title"));
  const menu = useResource(`/api/me/plan/menu?lang=${lang}`, ZMenu);
  const loaded = useResource(`/api/me/plan?lang=${lang}`, ZPlanView);
  const [view, setView] = useState<TPlanView | null>(null);
  const shown = view ?? loaded.data;

  const error = menu.error ?? loaded.error;
  if (error) {
    return (
      <Stack gap="md">
        <Title order={1}>{t("plans.my.title")}</Title>
        {error.status === 404 ? <Alert color="blue">{t("plans.my.notLinked")}</Alert> : <ProblemAlert error={error} />}
      </Stack>
    );
  }
  if (!menu.data || !shown) return <LoadingState />;
  return (
    <PlanEditor
      menu={menu.data}
      view={shown}
      onSaved={(next) => {
        setView(next);
        menu.reload();
      }}
    />
  );
}

function PlanEditor({ menu, view, onSaved }: { menu: TMenu; view: TPlanView; onSaved: (view: TPlanView) => void }) {
  const { t } = useTranslation();
  const lang = useReaderLocale();
  const { busy, error, run } = useSubmission();
  const [draft, setDraft] = useState(() => draftOf(view));
  const [notice, setNotice] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const saved = useMemo(() => draftOf(view), [view]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const status = view.plan?.status ?? null;

  // a newly loaded plan (another tab, after a save) replaces an untouched draft
  useEffect(() => setDraft(draftOf(view)), [view]);

  const onMenu = new Set(menu.menu.map((s) => s.module.id));
  const extra: TModuleSummary[] = (view.plan?.current.modules ?? []).filter((m) => !onMenu.has(m.id));
  const catalogue = new Map<string, TModuleSummary>([...menu.menu.map((s) => [s.module.id, s.module] as const), ...extra.map((m) => [m.id, m] as const)]);
  const chosen = draft.moduleIds.map((id) => catalogue.get(id)).filter((m): m is TModuleSummary => m !== undefined);
  const chosenCost = chosen.reduce((a, m) => a + m.cost.cents, 0);
  const chosenHours = chosen.reduce((a, m) => a + m.hours, 0);
  // what the person's budget leaves for this plan (the saved plan is counted in "spent")
  const personLeft = menu.budgets.person ? menu.budgets.person.budget.cents - (menu.budgets.person.spent.cents - (view.plan?.current.cost.cents ?? 0)) : null;
  // the server's rule, live: over a budget or the hour limit the plan cannot be submitted, and the page says why
  const refusals = previewCommitment(view.limits, chosenCost, chosenHours);
  const complete = draft.moduleIds.length > 0 && draft.goals.length > 0 && draft.goals.every((g) => g.challengeId && g.description.trim());

  function toggle(id: string, on: boolean) {
    setNotice(null);
    setDraft((d) => ({ ...d, moduleIds: on ? [...d.moduleIds, id] : d.moduleIds.filter((x) => x !== id) }));
  }
  function setGoal(i: number, patch: Partial<TGoalDraft>) {
    setNotice(null);
    setDraft((d) => ({ ...d, goals: d.goals.map((g, j) => (j === i ? { ...g, ...patch } : g)) }));
  }

  const body = () => ({
    moduleIds: draft.moduleIds,
    goals: draft.goals.map((g) => ({ challengeId: g.challengeId, description: g.description, businessMeasure: g.businessMeasure.trim() || null })),
  });

  async function save() {
    setNotice(null);
    const next = await run(() => apiRequest("PUT", `/api/me/plan?lang=${lang}`, { body: body(), schema: ZPlanView }));
    if (next) {
      onSaved(next);
      setNotice(t("plans.actions.saved"));
    }
  }

  async function submit() {
    setNotice(null);
    const next = await run(async () => {
      if (dirty || !view.plan) await apiRequest("PUT", `/api/me/plan?lang=${lang}`, { body: body(), schema: ZPlanView });
      return apiRequest("POST", `/api/me/plan/submit?lang=${lang}`, { body: {}, schema: ZPlanView });
    });
    if (next) {
      onSaved(next);
      setNotice(t("plans.actions.submitted"));
    }
  }

  async function addComment() {
    setNotice(null);
    const next = await run(() => apiRequest("POST", `/api/me/plan/comment?lang=${lang}`, { body: { comment }, schema: ZPlanView }));
    if (next) {
      onSaved(next);
      setComment("");
      setNotice(t("plans.actions.commented"));
    }
  }

  const canSubmit = complete && refusals.length === 0 && (dirty || !view.plan || view.actions.submit);
  const challengeOptions = [{ value: "", label: t("plans.goals.pick") }, ...menu.challenges.map((c) => ({ value: c.id, label: c.name }))];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t("plans.my.title")}</Title>
        <StatusBadge status={status} />
      </Group>
      <Text>{t("plans.my.intro")}</Text>
      {status === "changes_requested" && <Alert color="orange">{t("plans.my.changesRequested")}</Alert>}
      <MyPlanProposal onPlanChanged={onSaved} />

      <Card withBorder padding="md" component="section" aria-labelledby="menu-title">
        <Stack gap="sm">
          <Title order={2} id="menu-title" size="h3">
            {t("plans.menu.title")}
          </Title>
          {menu.status === "no-profile" && (
            <Alert color="blue" title={t("plans.menu.noProfileTitle")}>
              <Stack gap={4}>
                <Text size="sm">{t("plans.menu.noProfile")}</Text>
                <Anchor component={Link} to="/me/assessments" size="sm">
                  {t("plans.menu.noProfileLink")}
                </Anchor>
              </Stack>
            </Alert>
          )}
          {menu.status === "nothing-fits" && (
            <Alert color="yellow">
              {t("plans.menu.nothingFits", {
                budget: menu.leftOut.budget,
                hours: menu.leftOut.hours,
                language: menu.leftOut.language,
                seats: menu.leftOut.noSeats,
              })}
            </Alert>
          )}
          {menu.status === "ok" && <Text size="sm">{t("plans.menu.intro")}</Text>}
          {menu.status === "ok" && !menu.hasStrengths && <Text size="sm">{t("plans.menu.noStrengths")}</Text>}
          {menu.menu.map((s) => {
            const m = s.module;
            const reasonId = `reason-${m.id}`;
            const overBudget = personLeft !== null && !draft.moduleIds.includes(m.id) && chosenCost + m.cost.cents > personLeft;
            return (
              <Card key={m.id} withBorder padding="sm" radius="sm">
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Checkbox
                      label={m.title}
                      checked={draft.moduleIds.includes(m.id)}
                      onChange={(event) => toggle(m.id, event.currentTarget.checked)}
                      aria-describedby={reasonId}
                      disabled={busy}
                      styles={{ label: { fontWeight: 600 } }}
                    />
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                      {t("plans.menu.rank", { rank: s.rank })}
                    </Text>
                  </Group>
                  <Group gap="xs">
                    <Badge variant="outline" color="gray">
                      {t(FORMAT_LABELS[m.format] ?? m.format)}
                    </Badge>
                    <Text size="sm">{t("plans.menu.hours", { hours: formatNumber(m.hours, 0) })}</Text>
                    <Text size="sm">{formatMoney(m.cost)}</Text>
                    {s.talentMultiplier > 1 && (
                      <Badge color="teal" variant="light">
                        {t("plans.menu.talentBadge")}
                      </Badge>
                    )}
                    {overBudget && (
                      <Badge color="orange" variant="light">
                        {t("plans.menu.overBudget")}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" id={reasonId}>
                    {t("plans.menu.reason", { reason: s.reasonText })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {m.description}
                  </Text>
                </Stack>
              </Card>
            );
          })}
          {extra.length > 0 && (
            <Stack gap={4}>
              <Title order={3} size="h4">
                {t("plans.menu.alsoInPlan")}
              </Title>
              {extra.map((m) => (
                <Checkbox key={m.id} label={m.title} checked={draft.moduleIds.includes(m.id)} onChange={(event) => toggle(m.id, event.currentTarget.checked)} disabled={busy} />
              ))}
            </Stack>
          )}
          <Text size="sm" fw={600} role="status">
            {t("plans.menu.chosen", { n: chosen.length, cost: formatMoney({ cents: chosenCost, currency: menu.currency }), hours: formatNumber(chosenHours, 0) })}
          </Text>
        </Stack>
      </Card>

      <CommitmentMeter limits={view.limits} costCents={chosenCost} hours={chosenHours} department={view.person.department} />

      <Card withBorder padding="md" component="section" aria-labelledby="goals-title">
        <Stack gap="sm">
          <Title order={2} id="goals-title" size="h3">
            {t("plans.goals.title")}
          </Title>
          <Text size="sm">{t("plans.goals.intro")}</Text>
          {draft.goals.map((g, i) => (
            <Stack key={i} gap="xs" component="fieldset" style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4, padding: 12 }}>
              <legend>{t("plans.goals.goalN", { n: i + 1 })}</legend>
              <NativeSelect label={t("plans.goals.challenge")} data={challengeOptions} value={g.challengeId} onChange={(event) => setGoal(i, { challengeId: event.currentTarget.value })} required disabled={busy} />
              <Textarea label={t("plans.goals.goal")} value={g.description} onChange={(event) => setGoal(i, { description: event.currentTarget.value })} maxLength={1000} rows={3} required disabled={busy} />
              <TextInput label={t("plans.goals.measure")} value={g.businessMeasure} onChange={(event) => setGoal(i, { businessMeasure: event.currentTarget.value })} maxLength={200} disabled={busy} />
              {draft.goals.length > 1 && (
                <Group>
                  <Button variant="subtle" color="red" size="xs" onClick={() => setDraft((d) => ({ ...d, goals: d.goals.filter((_, j) => j !== i) }))} disabled={busy}>
                    {t("plans.goals.remove", { n: i + 1 })}
                  </Button>
                </Group>
              )}
            </Stack>
          ))}
          {draft.goals.length < MAX_GOALS && (
            <Group>
              <Button variant="light" onClick={() => setDraft((d) => ({ ...d, goals: [...d.goals, emptyGoal()] }))} disabled={busy}>
                {t("plans.goals.add")}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>

      <ProblemAlert error={error} />
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={() => void save()} loading={busy} disabled={!dirty || draft.moduleIds.length === 0}>
          {t("plans.actions.save")}
        </Button>
        <Button onClick={() => void submit()} loading={busy} disabled={!canSubmit} aria-describedby={refusals.length > 0 ? "submit-blocked" : undefined}>
          {t("plans.actions.submit")}
        </Button>
      </Group>
      {refusals.length > 0 && (
        <Stack gap={2} id="submit-blocked">
          <Text size="sm" fw={600}>
            {t("commitment.meter.submitBlocked")}
          </Text>
          {refusals.map((r) => (
            <Text key={r.code} size="sm" c="red.8">
              {refusalMessage(t, r)}
            </Text>
          ))}
        </Stack>
      )}
      {!complete && <Text size="sm">{t("plans.actions.incomplete")}</Text>}

      <ComparisonCard view={view} own />

      {view.plan && (
        <Card withBorder padding="md" component="section" aria-labelledby="my-comment-title">
          <Stack gap="xs">
            <Title order={2} id="my-comment-title" size="h3">
              {t("plans.comment.title")}
            </Title>
            <Textarea label={t("plans.comment.label")} value={comment} onChange={(event) => setComment(event.currentTarget.value)} maxLength={2000} rows={3} disabled={busy} />
            <Group>
              <Button variant="default" onClick={() => void addComment()} disabled={busy || comment.trim() === ""}>
                {t("plans.actions.comment")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <HistoryCard view={view} />
    </Stack>
  );
}
