import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Stack, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { CaptionedTable } from "../../components/captioned-table";
import { currentLocale } from "../../i18n";
import { formatNumber } from "./format";
import { useFormat } from "./parts";
import { ColumnHeads } from "../../components/captioned-table";
import { scaleDomain, type TThesisPoint, thesisRows } from "./thesis-data";

const COLOURS = { personalised: "#1864ab", standard: "#c2410c" } as const;
type TFunnel = { participants: number; l1: number; l2: number; l3: number; l4: number };

/** The L1–L4 funnel: how many participants reached each level's data, per cohort; with the table behind it. */
export function FunnelChart({ cohorts }: { cohorts: { id: string; name: string; funnel: TFunnel }[] }) {
  const { t } = useTranslation();
  const id = useId();
  if (cohorts.length === 0) return <Text>{t("evaluation.funnel.empty")}</Text>;
  const levels = ["participants", "l1", "l2", "l3", "l4"] as const;
  const colours = ["blue.8", "orange.9", "teal.9", "grape.8"];
  const data = levels.map((level) => ({ level: t(`evaluation.funnel.${level}`), ...Object.fromEntries(cohorts.map((c) => [c.id, c.funnel[level]])) }));
  return (
    <figure style={{ margin: 0 }} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <Text size="sm">{t("evaluation.funnel.caption")}</Text>
      </figcaption>
      <BarChart
        h={260}
        data={data}
        dataKey="level"
        withLegend
        series={cohorts.map((c, i) => ({ name: c.id, label: c.name, color: colours[i % colours.length] ?? "blue.8" }))}
      />
      <CaptionedTable id={`${id}-table`} caption={t("evaluation.funnel.table")} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("evaluation.funnel.level")}</Table.Th>
            {cohorts.map((c) => (
              <Table.Th scope="col" key={c.id}>
                {c.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((level) => (
            <Table.Tr key={level}>
              <Table.Th scope="row" fw={400}>
                {t(`evaluation.funnel.${level}`)}
              </Table.Th>
              {cohorts.map((c) => (
                <Table.Td key={c.id}>{c.funnel[level]}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CaptionedTable>
    </figure>
  );
}

function pointText(p: TThesisPoint, format: (v: number) => string | null, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (!p) return t("evaluation.notAvailable");
  const value = format(p.value) ?? "—";
  if (p.low === null || p.high === null) return value;
  return t("evaluation.pointInterval", { value, low: format(p.low) ?? "—", high: format(p.high) ?? "—" });
}

/**
 * The seed's thesis as one chart: personalised against standard, ROI % with its interval (left) and the
 * effect size per level with its interval (right); the same figures follow as a table.
 */
export function ThesisChart({ view }: { view: TProgrammeEvaluationView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const rows = thesisRows(view.evaluation);
  if (!rows) return <Text>{t("evaluation.thesis.needsBoth")}</Text>;
  const pct = (v: number) => f.pct(v);
  const effect = (v: number) => formatNumber(v, currentLocale(), 2);
  const format = (key: string) => (key === "roi" ? pct : effect);
  const levelLevel = Math.round((view.evaluation.cohorts[0]?.interval?.confidencePct ?? 90));
  const vs = view.evaluation.personalisedVsStandard;

  const width = 640;
  const labelWidth = 200;
  const plotX = labelWidth + 10;
  const plotWidth = width - plotX - 20;
  const rowHeight = 40;
  const panels = [
    { key: "roi", rows: rows.filter((r) => r.key === "roi"), title: t("evaluation.thesis.roiPanel"), format: pct },
    { key: "effect", rows: rows.filter((r) => r.key !== "roi"), title: t("evaluation.thesis.effectPanel"), format: effect },
  ];
  const panelHeight = (n: number) => 22 + n * rowHeight + 24;
  const height = panels.reduce((h, panel) => h + panelHeight(panel.rows.length) + 12, 0);
  let top = 0;
  const drawn = panels.map((panel) => {
    const y0 = top;
    top += panelHeight(panel.rows.length) + 12;
    const [min, max] = scaleDomain(panel.rows.flatMap((r) => [r.personalised, r.standard]));
    const x = (v: number) => plotX + ((v - min) / (max - min)) * plotWidth;
    const axisY = y0 + 22 + panel.rows.length * rowHeight;
    return (
      <g key={panel.key}>
        <text x={plotX} y={y0 + 14} fontSize={13} fontWeight={600} fill="#212529">
          {panel.title}
        </text>
        <line x1={x(0)} x2={x(0)} y1={y0 + 20} y2={axisY} stroke="#868e96" strokeDasharray="3 3" />
        <line x1={plotX} x2={plotX + plotWidth} y1={axisY} y2={axisY} stroke="#868e96" />
        {panel.rows.map((row, i) => {
          const y = y0 + 22 + i * rowHeight;
          return (
            <g key={row.key}>
              <text x={labelWidth} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize={12} fill="#212529">
                {t(`evaluation.thesis.row.${row.key}`)}
              </text>
              {(["personalised", "standard"] as const).map((kind, k) => {
                const p = row[kind];
                if (!p) return null;
                const cy = y + 12 + k * 16;
                return (
                  <g key={kind}>
                    {p.low !== null && p.high !== null && <line x1={x(p.low)} x2={x(p.high)} y1={cy} y2={cy} stroke={COLOURS[kind]} strokeWidth={2} />}
                    {kind === "personalised" ? (
                      <circle cx={x(p.value)} cy={cy} r={5} fill={COLOURS[kind]} />
                    ) : (
                      <rect x={x(p.value) - 5} y={cy - 5} width={10} height={10} fill={COLOURS[kind]} />
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        <text x={plotX} y={axisY + 16} fontSize={11} fill="#495057">
          {panel.format(min)}
        </text>
        {x(0) - plotX > 48 && plotX + plotWidth - x(0) > 48 && (
          <text x={x(0)} y={axisY + 16} fontSize={11} fill="#495057" textAnchor="middle">
            {panel.format(0)}
          </text>
        )}
        <text x={plotX + plotWidth} y={axisY + 16} fontSize={11} fill="#495057" textAnchor="end">
          {panel.format(max)}
        </text>
      </g>
    );
  });
  return (
    <figure style={{ margin: 0 }} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <Text size="sm">{t("evaluation.thesis.caption", { level: levelLevel })}</Text>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} role="img" aria-label={t("evaluation.thesis.chartLabel")}>
        {drawn}
      </svg>
      <Text size="sm" aria-hidden="true">
        <span style={{ color: COLOURS.personalised }}>●</span> {t("evaluation.kind.personalised")} &nbsp; <span style={{ color: COLOURS.standard }}>■</span> {t("evaluation.kind.standard")}
      </Text>
      <CaptionedTable id={`${id}-table`} caption={t("evaluation.thesis.table")} striped>
        <ColumnHeads labels={[t("evaluation.thesis.figure"), t("evaluation.kind.personalised"), t("evaluation.kind.standard")]} />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {t(`evaluation.thesis.row.${row.key}`)}
              </Table.Th>
              <Table.Td>{pointText(row.personalised, format(row.key), t)}</Table.Td>
              <Table.Td>{pointText(row.standard, format(row.key), t)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CaptionedTable>
      {vs && (
        <Stack gap={2} mt="xs">
          <Title order={3} size="h5">
            {t("evaluation.thesis.between")}
          </Title>
          {(["l2", "l3"] as const).map((level) => (
            <Text size="sm" key={level}>
              {t(`evaluation.thesis.row.${level}`)}:{" "}
              {vs[level] ? pointText({ value: vs[level].value, low: vs[level].low, high: vs[level].high }, effect, t) : t("evaluation.nullReason.noData")}
            </Text>
          ))}
        </Stack>
      )}
    </figure>
  );
}
