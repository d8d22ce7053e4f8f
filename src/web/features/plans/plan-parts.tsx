import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMoneyValue, TPlanBudgets, TPlanStatusValue, TPlanView } from "../../../contracts/plans";
import { formatDateTime } from "../../components/format-date";
import { currentLocale, isLocale, tk } from "../../i18n";

export function useReaderLocale() {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : "en";
}

/** An amount in the reader's locale, e.g. "€ 1.250,00" in Dutch. */
export function formatMoney(money: TMoneyValue): string {
  try {
    return new Intl.NumberFormat(currentLocale(), { style: "currency", currency: money.currency }).format(money.cents / 100);
  } catch {
    return `${(money.cents / 100).toFixed(2)} ${money.currency}`;
  }
}

export function formatNumber(value: number, digits = 2): string {
  return new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** a − b from the values as shown (rounded to `digits`), so the difference on screen matches the subtraction a reader does. */
export function formatDifference(a: number, b: number, digits = 2): string {
  const shown = (value: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  return formatNumber(shown(a) - shown(b), digits);
}

export const STATUS_LABELS: Record<TPlanStatusValue, string> = {
  draft: tk("plans.status.draft"),
  submitted: tk("plans.status.submitted"),
  approved: tk("plans.status.approved"),
  changes_requested: tk("plans.status.changes_requested"),
};
const STATUS_COLOURS: Record<TPlanStatusValue, string> = { draft: "gray", submitted: "blue", approved: "green", changes_requested: "orange" };

export const FORMAT_LABELS: Record<string, string> = {
  mentoring_track: tk("plans.format.mentoring_track"),
  workshop: tk("plans.format.workshop"),
  elearning: tk("plans.format.elearning"),
  book: tk("plans.format.book"),
  peer_circle: tk("plans.format.peer_circle"),
  on_the_job: tk("plans.format.on_the_job"),
  job_shadowing: tk("plans.format.job_shadowing"),
};

const ACTION_LABELS: Record<string, string> = {
  submit: tk("plans.history.action.submit"),
  approve: tk("plans.history.action.approve"),
  request_changes: tk("plans.history.action.request_changes"),
  comment: tk("plans.history.action.comment"),
  apply_optimiser: tk("plans.history.action.apply_optimiser"),
  propose_optimiser: tk("planProposals.history.propose_optimiser"),
  accept_proposal: tk("planProposals.history.accept_proposal"),
  decline_proposal: tk("planProposals.history.decline_proposal"),
  hr_override: tk("commitment.history.hr_override"),
};
const ROLE_LABELS: Record<string, string> = {
  owner: tk("plans.history.role.owner"),
  line_manager: tk("plans.history.role.line_manager"),
  hr: tk("plans.history.role.hr"),
};
const SOURCE_LABELS: Record<string, string> = {
  person: tk("plans.history.source.person"),
  hr: tk("plans.history.source.hr"),
  optimiser: tk("plans.history.source.optimiser"),
};

export function StatusBadge({ status }: { status: TPlanStatusValue | null }) {
  const { t } = useTranslation();
  return (
    <Badge color={status ? STATUS_COLOURS[status] : "gray"} variant="light" size="lg">
      {status ? t(STATUS_LABELS[status]) : t("plans.status.none")}
    </Badge>
  );
}

function BudgetLine({ label, status }: { label: string; status: TPlanBudgets["person"] }) {
  const { t } = useTranslation();
  if (!status) {
    return (
      <Text size="sm">
        {label}: {t("plans.budget.none")}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{t("plans.budget.line", { budget: formatMoney(status.budget), spent: formatMoney(status.spent), left: formatMoney(status.left) })}</Text>
      {!status.withinBudget && (
        <Text size="sm" c="red.8" fw={600}>
          {t("plans.budget.over", { amount: formatMoney(status.overBy) })}
        </Text>
      )}
    </Stack>
  );
}

/** The person's and the department's budget: what it is, what is committed (this plan included), what is left. */
export function BudgetCard({ budgets, department }: { budgets: TPlanBudgets; department: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="budget-title">
      <Stack gap="xs">
        <Title order={2} id="budget-title" size="h3">
          {t("plans.budget.title")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <BudgetLine label={t("plans.budget.person")} status={budgets.person} />
          <BudgetLine label={t("plans.budget.department", { department: department || "—" })} status={budgets.department} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** The current version read-only: modules and goals. */
export function PlanContent({ view }: { view: TPlanView }) {
  const { t } = useTranslation();
  const current = view.plan?.current;
  if (!current) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="content-title">
      <Stack gap="xs">
        <Title order={2} id="content-title" size="h3">
          {t("plans.content.title", { version: current.version })}
        </Title>
        <List>
          {current.modules.map((m) => (
            <List.Item key={m.id}>
              {m.title} — {t(FORMAT_LABELS[m.format] ?? m.format)}, {t("plans.menu.hours", { hours: formatNumber(m.hours, 0) })}, {formatMoney(m.cost)}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t("plans.content.totals", { cost: formatMoney(current.cost), hours: formatNumber(current.hours, 0) })}</Text>
        <Title order={3} size="h4">
          {t("plans.goals.title")}
        </Title>
        <GoalList goals={current.goals} />
      </Stack>
    </Card>
  );
}

/** A plan's goals: the challenge, the goal, and the business measure when there is one. */
export function GoalList({ goals }: { goals: NonNullable<TPlanView["plan"]>["current"]["goals"] }) {
  const { t } = useTranslation();
  return (
    <List>
      {goals.map((g) => (
        <List.Item key={g.challengeId}>
          <Text span fw={600}>
            {g.challengeName}
          </Text>
          : {g.description}
          {g.businessMeasure ? ` (${t("plans.goals.measureShort")}: ${g.businessMeasure})` : ""}
        </List.Item>
      ))}
    </List>
  );
}

/** Versions (newest first) and the events: submitted, approved, changes requested, comments. */
export function HistoryCard({ view }: { view: TPlanView }) {
  const { t } = useTranslation();
  if (!view.plan) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="history-title">
      <Stack gap="xs">
        <Title order={2} id="history-title" size="h3">
          {t("plans.history.title")}
        </Title>
        <Title order={3} size="h4">
          {t("plans.history.events")}
        </Title>
        {view.plan.events.length === 0 ? (
          <Text size="sm">{t("plans.history.noEvents")}</Text>
        ) : (
          <List>
            {view.plan.events.map((e) => (
              <List.Item key={e.id}>
                <Text size="sm">
                  {t("plans.history.event", {
                    action: t(ACTION_LABELS[e.action] ?? e.action),
                    name: e.actorName ?? t(ROLE_LABELS[e.actorRole] ?? e.actorRole),
                    role: t(ROLE_LABELS[e.actorRole] ?? e.actorRole),
                    version: e.version,
                    date: formatDateTime(e.createdAt),
                  })}
                </Text>
                {e.comment && (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                    “{e.comment}”
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h4">
          {t("plans.history.versions")}
        </Title>
        <List>
          {view.plan.versions.map((v) => (
            <List.Item key={v.version}>
              <Text size="sm">
                {t("plans.history.version", {
                  version: v.version,
                  date: formatDateTime(v.createdAt),
                  source: t(SOURCE_LABELS[v.source] ?? v.source),
                  modules: v.modules.map((m) => m.title).join(", "),
                  cost: formatMoney(v.cost),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

/** The person's plan next to the standard programme, in predicted impact points, cost and hours. */
export function ComparisonCard({ view, own }: { view: TPlanView; own: boolean }) {
  const { t } = useTranslation();
  const c = view.comparison;
  if (!c) return null;
  const side = (title: string, s: typeof c.standard) => (
    <Stack gap={4}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text size="sm">{t("plans.compare.impact", { impact: formatNumber(s.impact) })}</Text>
      <Text size="sm">{t("plans.content.totals", { cost: formatMoney(s.cost), hours: formatNumber(s.hours, 0) })}</Text>
      <List size="sm">
        {s.modules.map((m) => (
          <List.Item key={m.id}>{m.title}</List.Item>
        ))}
      </List>
    </Stack>
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="compare-title">
      <Stack gap="xs">
        <Title order={2} id="compare-title" size="h3">
          {own ? t("plans.compare.titleOwn") : t("plans.compare.title")}
        </Title>
        {c.derived && <Text size="sm">{t("plans.compare.derived")}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {side(own ? t("plans.compare.personalisedOwn") : t("plans.compare.personalised"), c.personalised)}
          {side(t("plans.compare.standard"), c.standard)}
        </SimpleGrid>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t("plans.compare.difference", { difference: formatDifference(c.personalised.impact, c.standard.impact) })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t("plans.compare.note")}
        </Text>
      </Stack>
    </Card>
  );
}
