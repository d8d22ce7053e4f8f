import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  hasFigures,
  type TCohortEvaluationView,
  type TCohortFigures,
  type TCohortWithheld,
  type TProgramme,
  type TProgrammeEvaluationView,
  ZProgramme,
  ZProgrammeEvaluation,
} from "../../../contracts/evaluation";
import type { TLevelResult } from "../../../domain/evaluation/types";
import { useResource } from "../../api/use-resource";
import { CaptionedTable } from "../../components/captioned-table";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { canAdminister } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { ThesisChart } from "./charts";
import { cohortLabel, finite, formatInterval, nullReason } from "./format";
import { VerdictPanel } from "./verdict-panel";
import { ExplainButton, ExportLinks, FigureList, FigureValue, IntervalText, Section, useFormat } from "./parts";
import { ColumnHeads } from "../../components/captioned-table";
import { ProgrammeSetup } from "./programme-setup";
import { MeasureData } from "./measure-data";

/** One programme: results per cohort with explanations; HR also sets it up and enters its data. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const session = useSession();
  const admin = canAdminister(session);
  const programme = useResource(`/api/programmes/${id}`, ZProgramme);
  usePageTitle(programme.data?.name ?? t("evaluation.programme"));
  const p = programme.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/evaluation">
        {t("evaluation.back")}
      </Anchor>
      <Title order={1}>{p?.name ?? t("evaluation.programme")}</Title>
      <ProblemAlert error={programme.error} />
      {!p && !programme.error && <LoadingState />}
      {p && (
        <>
          <Group gap="sm">
            <Badge variant="light">{t(`evaluation.status.${p.status}`)}</Badge>
            <Text size="sm">
              {t("evaluation.period", { from: p.startsOn, to: p.endsOn })} · {p.currency} · {t("evaluation.participantsCount", { count: p.participants })}
            </Text>
          </Group>
          {p.description && <Text style={{ whiteSpace: "pre-wrap" }}>{p.description}</Text>}
          <section aria-labelledby="programme-exports">
            <Title order={2} id="programme-exports" size="h4" mb={4}>
              {t("evaluation.export.title")}
            </Title>
            <ExportLinks programmeId={p.id} />
          </section>
          {admin ? (
            <Tabs defaultValue="results" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="results">{t("evaluation.tabs.results")}</Tabs.Tab>
                <Tabs.Tab value="setup">{t("evaluation.tabs.setup")}</Tabs.Tab>
                <Tabs.Tab value="data">{t("evaluation.tabs.data")}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="results" pt="md">
                <Results programme={p} admin={admin} />
              </Tabs.Panel>
              <Tabs.Panel value="setup" pt="md">
                <ProgrammeSetup programme={p} onChanged={programme.reload} />
              </Tabs.Panel>
              <Tabs.Panel value="data" pt="md">
                <MeasureData programme={p} onChanged={programme.reload} />
              </Tabs.Panel>
            </Tabs>
          ) : (
            <Results programme={p} admin={admin} />
          )}
        </>
      )}
    </Stack>
  );
}

function Results({ programme, admin }: { programme: TProgramme; admin: boolean }) {
  const { t } = useTranslation();
  const [fresh, setFresh] = useState(false);
  const evaluation = useResource(`/api/programmes/${programme.id}/evaluation?locale=${currentLocale()}${fresh ? "&fresh=1" : ""}`, ZProgrammeEvaluation);
  const view = evaluation.data;
  const name = (cohortId: string) => programme.cohorts.find((c) => c.id === cohortId)?.name ?? t("evaluation.unnamedCohort");
  return (
    <Stack gap="lg">
      <Group gap="sm">
        {view && <Text size="sm">{t("evaluation.computedAt", { date: formatDateTime(view.computedAt) })}</Text>}
        {admin && (
          <Button
            variant="default"
            size="xs"
            loading={evaluation.loading}
            onClick={() => {
              setFresh(true);
              evaluation.reload();
            }}
          >
            {t("evaluation.recompute")}
          </Button>
        )}
      </Group>
      <ProblemAlert error={evaluation.error} />
      {!view && !evaluation.error && <LoadingState />}
      {view && (
        <>
          {view.evaluation.cohorts.length > 0 && <VerdictPanel view={view} />}
          {view.evaluation.cohorts.length === 0 && <Text>{t("evaluation.noCohorts")}</Text>}
          {cohortsInOrder(view.evaluation.cohorts).map((c) =>
            isHidden(view, c) ? (
              <Text size="sm" key={c.cohortId}>
                {t("evaluation.tooSmallNote", { kind: t(`evaluation.kind.${c.kind}`), name: name(c.cohortId), count: c.participants })}
              </Text>
            ) : (
              <CohortResults key={c.cohortId} programme={programme} view={view} cohort={c} name={name(c.cohortId)} />
            ),
          )}
          {view.evaluation.personalisedVsStandard && (
            <Section id="programme-thesis" title={t("evaluation.thesis.title")}>
              <ThesisChart view={view} />
            </Section>
          )}
        </>
      )}
      <Section id="programme-intangibles" title={t("evaluation.intangibles")}>
        {programme.intangibles.length === 0 ? (
          <Text size="sm">{t("evaluation.noIntangibles")}</Text>
        ) : (
          <List>
            {programme.intangibles.map((item) => (
              <List.Item key={item}>
                {item} <Text span size="sm" c="gray.7">({t("evaluation.notMonetised")})</Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}

const KIND_ORDER = { personalised: 0, standard: 1, comparison: 2 } as const;
/** Enrolled cohorts first (personalised, then standard), the comparison group last; stable otherwise. */
export function cohortsInOrder<T extends { kind: keyof typeof KIND_ORDER }>(cohorts: readonly T[]): T[] {
  return [...cohorts].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * A cohort an executive may not see the figures of (under 5 participants): listed in `tooSmall`, its figures
 * withheld. Checked on the figures too, so a null never reaches the tables.
 */
export function isHidden(view: TProgrammeEvaluationView, c: TCohortEvaluationView): c is TCohortWithheld {
  return (view.tooSmall ?? []).includes(c.cohortId) || !hasFigures(c);
}

function LevelText({ level }: { level: TLevelResult | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!level || !level.effect) {
    return <FigureValue value={null} reason="noData" />;
  }
  return (
    <>
      {t("evaluation.effect", { value: f.number(level.effect.value, 2), n: level.pairs })}
      <IntervalText interval={{ low: level.effect.low, high: level.effect.high, level: level.effect.level }} format={(v) => f.number(v, 2)} />
    </>
  );
}

function CohortResults({ programme, view, cohort: c, name }: { programme: TProgramme; view: TProgrammeEvaluationView; cohort: TCohortFigures; name: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const currency = view.evaluation.currency;
  const headingId = `results-${c.cohortId}`;
  const source = { kind: c.kind, participants: c.participants, costsCents: finite(c.costs.totalCents) ?? 0, benefitsCents: finite(c.benefitsCents) ?? 0 };
  const roi = f.pct(c.roi?.roiPct);
  const roiInterval = c.interval?.roiPct ? { low: c.interval.roiPct.low, high: c.interval.roiPct.high, level: c.interval.confidencePct } : null;
  const interval = formatInterval(roiInterval, (v) => f.pct(v), f.locale);
  const context = `${t(`evaluation.kind.${c.kind}`)} — ${name} (${programme.name})`;
  const measureName = (id: string) => view.measures.find((m) => m.id === id)?.name ?? id;
  const enrolled = c.kind !== "comparison";
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {cohortLabel(t(`evaluation.kind.${c.kind}`), name)}
        </Title>
        {enrolled && (
          <>
            <FigureList
              label={t("evaluation.figuresOf", { name })}
              items={[
                {
                  key: "roi",
                  term: t("evaluation.figure.roi"),
                  name: `${t("evaluation.figure.roi")}, ${context}: ${roi ?? t("evaluation.notAvailable")}${interval ? ` (${t("evaluation.interval", interval)})` : ""}`,
                  value: (
                    <>
                      <FigureValue value={roi} reason={nullReason(source, "roi")} />
                      {roi !== null && <IntervalText interval={roiInterval} format={(v) => f.pct(v)} />}
                    </>
                  ),
                },
                { key: "bcr", term: t("evaluation.figure.bcr"), value: <FigureValue value={f.ratio(c.roi?.bcr)} reason={nullReason(source, "bcr")} /> },
                {
                  key: "payback",
                  term: t("evaluation.figure.payback"),
                  value: <FigureValue value={f.number(c.roi?.paybackMonths, 1) === null ? null : t("evaluation.months", { value: f.number(c.roi?.paybackMonths, 1) })} reason={nullReason(source, "payback")} />,
                },
                { key: "net", term: t("evaluation.figure.net"), value: <FigureValue value={f.money(c.roi?.netBenefits == null ? null : c.roi.netBenefits * 100, currency)} reason={nullReason(source, "roi")} /> },
                { key: "costs", term: t("evaluation.figure.costs"), value: <FigureValue value={f.money(c.costs.totalCents, currency)} reason={nullReason(source, "money")} /> },
                {
                  key: "benefits",
                  term: t("evaluation.figure.benefits"),
                  value: (
                    <>
                      <FigureValue value={f.money(c.benefitsCents, currency)} reason={nullReason(source, "money")} />
                      {c.interval && (
                        <IntervalText
                          interval={{ low: c.interval.totalBenefits.low * 100, high: c.interval.totalBenefits.high * 100, level: c.interval.confidencePct }}
                          format={(v) => f.money(v, currency)}
                        />
                      )}
                    </>
                  ),
                },
                { key: "participants", term: t("evaluation.figure.participants"), value: f.number(c.participants, 0) },
              ]}
            />
            <ExplainButton programmeId={programme.id} cohortId={c.cohortId} context={context} view={view} />
          </>
        )}
        {!enrolled && <Text size="sm">{t("evaluation.comparisonNote", { group: cohortLabel(t("evaluation.kind.comparison"), name, " "), count: c.participants })}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <CaptionedTable id={`${headingId}-levels`} caption={t("evaluation.levels.caption", { name })} striped>
            <ColumnHeads labels={[t("evaluation.levels.level"), t("evaluation.levels.result")]} />
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t("evaluation.levels.l1Responses")}
                </Table.Th>
                <Table.Td>
                  {t("evaluation.levels.responses", { count: c.l1.responses })} · <FigureValue value={f.share(c.l1.responseRate)} reason="noData" />
                </Table.Td>
              </Table.Tr>
              {(["satisfaction", "relevance", "intentToApply"] as const).map((k) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row" fw={400}>
                    {t(`evaluation.levels.${k}`)}
                  </Table.Th>
                  <Table.Td>
                    <FigureValue value={f.number(c.l1[k], 1) === null ? null : `${f.number(c.l1[k], 1)} / 5`} reason="noData" />
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t("evaluation.levels.l2")}
                </Table.Th>
                <Table.Td>
                  <LevelText level={c.l2} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t("evaluation.levels.l3")}
                </Table.Th>
                <Table.Td>
                  <LevelText level={c.l3} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </CaptionedTable>
          {enrolled && (
            <CaptionedTable id={`${headingId}-costs`} caption={t("evaluation.costs.caption", { name })} striped>
              <ColumnHeads labels={[t("evaluation.costs.line"), t("evaluation.costs.category"), t("evaluation.costs.amount")]} />
              <Table.Tbody>
                {c.costs.lines.map((line, i) => (
                  <Table.Tr key={`${i}-${line.name}`}>
                    <Table.Th scope="row" fw={400}>
                      {/* the engine names the participants' time line in English; its category says it in the reader's language */}
                      {line.category === "participant_time" && line.name === "participant time" ? t("evaluation.category.participant_time") : line.name}
                      {line.prorated && (
                        <Text span size="xs" c="gray.7">
                          {" "}
                          ({t("evaluation.costs.prorated")})
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{t(`evaluation.category.${line.category}`)}</Table.Td>
                    <Table.Td>{f.money(line.amountCents, currency) ?? "—"}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t("evaluation.costs.total")}</Table.Th>
                  <Table.Td />
                  <Table.Td fw={600}>{f.money(c.costs.totalCents, currency) ?? "—"}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </CaptionedTable>
          )}
        </SimpleGrid>
        {c.l4.length > 0 && (
          <CaptionedTable id={`${headingId}-l4`} caption={t("evaluation.l4.caption", { name })} striped>
            <ColumnHeads labels={[t("evaluation.l4.measure"), t("evaluation.l4.responders"), t("evaluation.l4.improvement"), t("evaluation.l4.method"), t("evaluation.l4.benefit")]} />
            <Table.Tbody>
              {c.l4.map((m) => (
                <Table.Tr key={m.measureId}>
                  <Table.Th scope="row" fw={400}>
                    {measureName(m.measureId)}
                  </Table.Th>
                  <Table.Td>{m.responders}</Table.Td>
                  <Table.Td>
                    <FigureValue value={f.number(m.meanImprovement, 2)} reason="noData" />
                  </Table.Td>
                  <Table.Td>{t(`evaluation.method.${m.method}`)}</Table.Td>
                  <Table.Td>{f.money(m.benefitCents, currency) ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        )}
      </Stack>
    </Paper>
  );
}
