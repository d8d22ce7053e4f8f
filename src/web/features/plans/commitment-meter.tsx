import { Card, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TCommitmentLimitsView, TCommitmentRefusalView } from "../../../contracts/commitment";
import { decideCommitment } from "../../../domain/plans/commitment";
import { formatCents, formatHours } from "../../components/refusal-message";

/**
 * What the server would say to a plan of `costCents` and `hours` on submit: the same pure rule (decideCommitment),
 * applied in the browser as modules are ticked. Input the rule cannot judge (another currency) is left to the server.
 */
export function previewCommitment(limits: TCommitmentLimitsView, costCents: number, hours: number): readonly TCommitmentRefusalView[] {
  try {
    const decision = decideCommitment({ costCents, hours, currency: limits.currency, basis: { kind: "plan" } }, limits);
    return decision.ok ? [] : decision.refusals;
  } catch {
    return [];
  }
}

type TMeterRow = { label: string; line: string; value: number; max: number; over: string | null };

function MeterRow({ row }: { row: TMeterRow }) {
  const id = useId();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} id={`${id}-label`}>
        {row.label}
      </Text>
      <meter
        id={`${id}-meter`}
        min={0}
        max={Math.max(row.max, 1)}
        high={Math.max(row.max, 1) * 0.9}
        optimum={0}
        value={Math.min(row.value, Math.max(row.max, 1))}
        aria-labelledby={`${id}-label ${id}-line`}
        style={{ width: "100%", height: 12 }}
      />
      <Text size="sm" id={`${id}-line`}>
        {row.line}
      </Text>
      {row.over && (
        <Text size="sm" c="red.8" fw={600}>
          {row.over}
        </Text>
      )}
    </Stack>
  );
}

/** The live budget and hours meter of the plan page: the person's budget, the department's (where set) and the hour limit. */
export function CommitmentMeter({ limits, costCents, hours, department }: { limits: TCommitmentLimitsView; costCents: number; hours: number; department: string }) {
  const { t } = useTranslation();
  const money = (cents: number) => formatCents(cents, limits.currency);
  const rows: TMeterRow[] = [];
  if (limits.person) {
    const used = limits.person.committedCents + costCents;
    const { budgetCents } = limits.person;
    rows.push({
      label: t("commitment.meter.person"),
      line: t("commitment.meter.personLine", { used: money(used), budget: money(budgetCents), left: money(Math.max(0, budgetCents - used)) }),
      value: used,
      max: budgetCents,
      over: used > budgetCents ? t("commitment.meter.over", { over: money(used - budgetCents) }) : null,
    });
  }
  if (limits.department) {
    const { name, budgetCents, committedCents } = limits.department;
    const used = committedCents + costCents;
    rows.push({
      label: t("commitment.meter.department", { department: name }),
      line: t("commitment.meter.departmentLine", { used: money(used), budget: money(budgetCents), others: money(committedCents), plan: money(costCents), left: money(Math.max(0, budgetCents - used)) }),
      value: used,
      max: budgetCents,
      over: used > budgetCents ? t("commitment.meter.over", { over: money(used - budgetCents) }) : null,
    });
  }
  const limit = limits.limitHours;
  const overHours = limit === null ? 0 : Math.round((hours - limit) * 100) / 100;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="commitment-meter-title">
      <Stack gap="sm">
        <Title order={2} id="commitment-meter-title" size="h3">
          {t("commitment.meter.title")}
        </Title>
        <Text size="sm">{t("commitment.meter.intro")}</Text>
        {!limits.person && (
          <Text size="sm">
            {t("commitment.meter.person")}: {t("commitment.meter.noBudget")}
          </Text>
        )}
        {rows.map((row) => (
          <MeterRow key={row.label} row={row} />
        ))}
        {!limits.department && department.trim() !== "" && (
          <Text size="sm">
            {t("commitment.meter.department", { department })}: {t("commitment.meter.noBudget")}
          </Text>
        )}
        {limit === null ? (
          <Text size="sm">
            {t("commitment.meter.hours")}: {t("commitment.meter.noLimit", { count: hours, hours: formatHours(hours) })}
          </Text>
        ) : (
          <MeterRow
            row={{
              label: t("commitment.meter.hours"),
              line: t("commitment.meter.hoursLine", { count: hours, hours: formatHours(hours), limit: formatHours(limit), left: formatHours(Math.max(0, limit - hours)) }),
              value: hours,
              max: limit,
              over: overHours > 0 ? t("commitment.meter.overHours", { count: overHours, over: formatHours(overHours) }) : null,
            }}
          />
        )}
      </Stack>
    </Card>
  );
}
