import { Alert, Badge, Button, Checkbox, Group, List, Stack, Table, Text, TextInput, Title, Tooltip, VisuallyHidden } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type TOptimiserApplyResult,
  type TOptimiserImpact,
  type TOptimiserRun,
  ZOptimiserApplyResult,
  ZOptimiserImpact,
  ZOptimiserRun,
  ZOptimiserRunList,
} from "../../../contracts/optimiser";
import { api, toApiError } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { CaptionedTable } from "../../components/captioned-table";
import { formatDateTime } from "../../components/format-date";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { parseAmountToCents } from "./budget-input";
import { ImpactReview } from "./impact-review";

function money(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat(currentLocale(), { style: "currency", currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

function decimal(value: number | null, digits = 2): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** HR's org-wide budget optimiser: run it for a total budget, compare with greedy, review who is affected, then apply. */
export function OptimiserPage() {
  const { t } = useTranslation();
  usePageTitle(t("optimiser.title"));
  const runs = useResource("/api/optimiser/runs", ZOptimiserRunList);
  const [amount, setAmount] = useState("");
  const [amountError, setAmountError] = useState<string | undefined>();
  const [run, setRun] = useState<TOptimiserRun | null>(null);
  const [applied, setApplied] = useState<TOptimiserApplyResult | null>(null);
  const [review, setReview] = useState<{ impact: TOptimiserImpact; personIds: string[] | null; changed?: boolean } | null>(null);
  const { busy, error, run: submit } = useSubmission();
  const currency = run?.currency ?? runs.data?.items[0]?.currency ?? "EUR";

  async function start(event: FormEvent) {
    event.preventDefault();
    const budgetCents = parseAmountToCents(amount);
    setAmountError(budgetCents === null ? t("optimiser.budgetInvalid", { currency }) : undefined);
    if (budgetCents === null) return;
    setApplied(null);
    setReview(null);
    const result = await submit(() => api.post(`/api/optimiser/runs?lang=${currentLocale()}`, { budgetCents }, { schema: ZOptimiserRun }));
    if (result) {
      setRun(result);
      runs.reload();
    }
  }

  async function open(id: string) {
    setApplied(null);
    setReview(null);
    const result = await submit(() => api.get(`/api/optimiser/runs/${id}?lang=${currentLocale()}`, { schema: ZOptimiserRun }));
    if (result) setRun(result);
  }

  /** The confirm step: who is affected and how, before anything is written. */
  async function preview(personIds?: string[]) {
    if (!run) return;
    setApplied(null);
    const impact = await submit(() => api.get(`/api/optimiser/runs/${run.id}/impact?lang=${currentLocale()}`, { schema: ZOptimiserImpact }));
    if (impact) setReview({ impact, personIds: personIds ?? null });
  }

  async function apply() {
    if (!run || !review) return;
    const body = { ...(review.personIds ? { personIds: review.personIds } : {}), confirm: review.impact.confirm };
    const result = await submit(async () => {
      try {
        return await api.post(`/api/optimiser/runs/${run.id}/apply`, body, { schema: ZOptimiserApplyResult });
      } catch (reason) {
        const problem = toApiError(reason);
        if (problem.status !== 409 || problem.problem.field !== "confirm") throw reason;
        // a plan or proposal changed since HR read the list: show the new list to confirm again
        const impact = await api.get(`/api/optimiser/runs/${run.id}/impact?lang=${currentLocale()}`, { schema: ZOptimiserImpact });
        setReview({ impact, personIds: review.personIds, changed: true });
        return undefined;
      }
    });
    if (result) {
      setApplied(result);
      setReview(null);
      setRun({ ...run, appliedAt: new Date().toISOString() });
      runs.reload();
    }
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t("optimiser.title")}</Title>
      <Text>{t("optimiser.intro")}</Text>
      <form onSubmit={start} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t("optimiser.budget", { currency })}
            description={t("optimiser.budgetHint")}
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={amountError}
          />
          <Button type="submit" loading={busy}>
            {t("optimiser.run")}
          </Button>
        </Group>
      </form>
      {busy && (
        <Text role="status" size="sm">
          {t("optimiser.running")}
        </Text>
      )}
      <ProblemAlert error={error ?? runs.error} />
      {applied !== null && (
        <Alert color="green" role="status">
          {t("optimiser.appliedResult", { count: applied.applied, direct: applied.direct, proposed: applied.proposed, unchanged: applied.unchanged })}
        </Alert>
      )}
      {run && review && (
        <ImpactReview impact={review.impact} personIds={review.personIds} changed={review.changed ?? false} busy={busy} onConfirm={() => void apply()} onCancel={() => setReview(null)} />
      )}
      {run && <RunView run={run} onApply={preview} busy={busy} />}
      <RunHistory items={runs.data?.items ?? []} onOpen={open} />
    </Stack>
  );
}

function RunView({ run, onApply, busy }: { run: TOptimiserRun; onApply: (personIds?: string[]) => Promise<void>; busy: boolean }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = run.allocations.length > 0 && selected.size === run.allocations.length;
  // HR's words on the page; the technical term (for whoever checks the maths) in a tooltip
  const figures: [string, string, string?][] = [
    [t("optimiser.method"), t(`optimiser.methods.${run.method}`), run.method === "mip" ? t("optimiser.technical.mip") : run.method === "greedy" ? t("optimiser.technical.greedyMethod") : undefined],
    [t("optimiser.objective"), decimal(run.objective)],
    [t("optimiser.lpBound"), decimal(run.lpBound), t("optimiser.technical.lpBound")],
    [t("optimiser.gap"), run.gapPct === null ? "—" : `${decimal(run.gapPct, 3)} %`, t("optimiser.technical.gap")],
    [t("optimiser.greedy"), decimal(run.greedyObjective), t("optimiser.technical.greedy")],
    [t("optimiser.ratio"), decimal(run.ratioToGreedy, 4), t("optimiser.technical.ratio")],
    [t("optimiser.spent"), t("optimiser.spentOf", { spent: money(run.spentCents, run.currency), budget: money(run.budgetCents, run.currency) })],
    [t("optimiser.greedySpent"), money(run.greedySpentCents, run.currency), t("optimiser.technical.greedySpent")],
    [t("optimiser.solveTime"), t("optimiser.milliseconds", { value: Math.round(run.solveMs) })],
    [t("optimiser.participants"), t("optimiser.participantsValue", { allocated: run.allocations.length, total: run.participants })],
  ];
  return (
    <Stack gap="md">
      <Title order={2}>{t("optimiser.result")}</Title>
      {(run.messageCode || run.message) && (
        <Alert color="yellow" role="status">
          {run.messageCode
            ? t(`optimiser.message.${run.messageCode}`, { cheapest: run.cheapestCents === null ? "—" : money(run.cheapestCents, run.currency) })
            : run.message}
        </Alert>
      )}
      {run.appliedAt && <Badge variant="light">{t("optimiser.appliedAt", { date: formatDateTime(run.appliedAt) })}</Badge>}
      <dl aria-label={t("optimiser.figures")} style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(13rem, 1fr))", gap: "0.75rem", margin: 0 }}>
        {figures.map(([label, value, technical]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {technical ? (
                <Tooltip label={technical} multiline maw={280} events={{ hover: true, focus: true, touch: true }}>
                  <span tabIndex={0} style={{ textDecoration: "underline dotted", cursor: "help" }}>
                    {label}
                    <VisuallyHidden> ({technical})</VisuallyHidden>
                  </span>
                </Tooltip>
              ) : (
                label
              )}
            </Text>
            <Text component="dd" fw={600} m={0}>
              {value}
            </Text>
          </div>
        ))}
      </dl>
      <Title order={2}>{t("optimiser.allocations")}</Title>
      {run.allocations.length === 0 ? (
        <Text>{t("optimiser.noAllocations")}</Text>
      ) : (
        <>
          <CaptionedTable id="optimiser-allocations" caption={t("optimiser.allocations")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <Checkbox
                    aria-label={t("optimiser.selectAll")}
                    checked={allSelected}
                    indeterminate={selected.size > 0 && !allSelected}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(run.allocations.map((a) => a.personId)))}
                  />
                </Table.Th>
                <Table.Th scope="col">{t("optimiser.person")}</Table.Th>
                <Table.Th scope="col">{t("optimiser.modules")}</Table.Th>
                <Table.Th scope="col">{t("optimiser.cost")}</Table.Th>
                <Table.Th scope="col">{t("optimiser.hours")}</Table.Th>
                <Table.Th scope="col">{t("optimiser.impact")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {run.allocations.map((a) => (
                <Table.Tr key={a.personId}>
                  <Table.Td>
                    <Checkbox aria-label={t("optimiser.select", { name: a.personName })} checked={selected.has(a.personId)} onChange={() => toggle(a.personId)} />
                  </Table.Td>
                  <Table.Th scope="row">{a.personName}</Table.Th>
                  <Table.Td>
                    <List size="sm">
                      {a.modules.map((m) => (
                        <List.Item key={m.id}>{m.title}</List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{money(a.costCents, run.currency)}</Table.Td>
                  <Table.Td>{decimal(a.hours, 0)}</Table.Td>
                  <Table.Td>{decimal(a.impact)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
          <Group gap="sm">
            <Button disabled={selected.size === 0} loading={busy} onClick={() => void onApply([...selected])}>
              {t("optimiser.applySelected")}
            </Button>
            <Button variant="default" loading={busy} onClick={() => void onApply()}>
              {t("optimiser.applyAll")}
            </Button>
          </Group>
        </>
      )}
      {run.leftOut.length > 0 && (
        <>
          <Title order={2}>{t("optimiser.leftOut")}</Title>
          <CaptionedTable id="optimiser-left-out" caption={t("optimiser.leftOut")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("optimiser.person")}</Table.Th>
                <Table.Th scope="col">{t("optimiser.reasons")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {run.leftOut.map((l) => (
                <Table.Tr key={l.personId}>
                  <Table.Th scope="row">{l.personName}</Table.Th>
                  <Table.Td>{l.reasons.map((r) => t(`optimiser.reason.${r}`)).join("; ")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        </>
      )}
      {run.modulesWithoutSeats.length > 0 && (
        <>
          <Title order={2}>{t("optimiser.modulesWithoutSeats")}</Title>
          <List>
            {run.modulesWithoutSeats.map((m) => (
              <List.Item key={m.id}>{m.title}</List.Item>
            ))}
          </List>
        </>
      )}
      {run.notes.length > 0 && (
        <>
          <Title order={2}>{t("optimiser.notes")}</Title>
          <List size="sm">
            {run.notes.map((n) => (
              <List.Item key={`${n.code}:${n.detail}`}>
                {t(`optimiser.note.${n.code}`, { defaultValue: n.code })}
                {n.detail && (
                  <Text span size="sm" c="dimmed" ff="monospace">
                    {` (${n.detail})`}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

function RunHistory({ items, onOpen }: { items: { id: string; createdAt: string; budgetCents: number; spentCents: number; currency: string; gapPct: number | null }[]; onOpen: (id: string) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2}>{t("optimiser.history")}</Title>
      {items.length === 0 ? (
        <Text>{t("optimiser.noRuns")}</Text>
      ) : (
        <CaptionedTable id="optimiser-history" caption={t("optimiser.history")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("optimiser.createdAt")}</Table.Th>
              <Table.Th scope="col">{t("optimiser.spent")}</Table.Th>
              <Table.Th scope="col">{t("optimiser.gap")}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t("optimiser.result")}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDateTime(r.createdAt)}</Table.Td>
                <Table.Td>{t("optimiser.spentOf", { spent: money(r.spentCents, r.currency), budget: money(r.budgetCents, r.currency) })}</Table.Td>
                <Table.Td>{r.gapPct === null ? "—" : `${decimal(r.gapPct, 3)} %`}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => void onOpen(r.id)}>
                    {t("optimiser.open", { date: formatDateTime(r.createdAt) })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CaptionedTable>
      )}
    </Stack>
  );
}
