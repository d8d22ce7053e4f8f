import { Anchor, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { z } from "zod";
import { type TDashboard, type TProgrammeInput, ZDashboard, ZProgrammeEvaluation } from "../../../contracts/evaluation";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { canAdminister } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { FunnelChart, ThesisChart } from "./charts";
import { cohortLabel, formatInterval, MIN_REPORTED_COHORT, nullReason } from "./format";
import { ExplainButton, FigureList, FigureValue, IntervalText, Section, useFormat } from "./parts";
import { newProgrammeValues, ProgrammeForm } from "./programme-form";

type TDashboardProgramme = TDashboard["programmes"][number];
type TFigures = TDashboardProgramme["cohortsFigures"][number];

/** The programme the charts show first: the newest completed one with both a personalised and a standard cohort. */
export function focusProgramme(programmes: readonly TDashboardProgramme[]): string | null {
  const both = (p: TDashboardProgramme) => p.cohorts.some((c) => c.kind === "personalised") && p.cohorts.some((c) => c.kind === "standard");
  const sorted = [...programmes].sort((a, b) => b.endsOn.localeCompare(a.endsOn));
  return (sorted.find((p) => p.status === "completed" && both(p)) ?? sorted.find(both) ?? sorted[0])?.id ?? null;
}

/** The executive dashboard (HR, operator, executives): headline figures per programme with intervals, participation, the funnel and the thesis chart. */
export function EvaluationPage() {
  const { t } = useTranslation();
  usePageTitle(t("evaluation.title"));
  const session = useSession();
  const admin = canAdminister(session);
  const dashboard = useResource("/api/evaluation/dashboard", ZDashboard);
  const f = useFormat();
  const data = dashboard.data;
  return (
    <Stack gap="lg">
      <Title order={1}>{t("evaluation.title")}</Title>
      <Text>{t("evaluation.intro")}</Text>
      {admin && (
        <Group gap="md">
          <Anchor component={Link} to="/evaluation/measures">
            {t("evaluation.measures.title")}
          </Anchor>
          <Anchor component={Link} to="/roi">
            {t("roi.title")}
          </Anchor>
        </Group>
      )}
      <ProblemAlert error={dashboard.error} />
      {!data && !dashboard.error && <LoadingState />}
      {data && (
        <>
          <Section id="evaluation-participation" title={t("evaluation.participation.title")}>
            <FigureList
              label={t("evaluation.participation.title")}
              items={[
                { key: "people", term: t("evaluation.participation.people"), value: f.number(data.participation.people, 0) },
                { key: "inProgrammes", term: t("evaluation.participation.inProgrammes"), value: f.number(data.participation.inProgrammes, 0) },
                { key: "withPlan", term: t("evaluation.participation.withPlan"), value: f.number(data.participation.withPlan, 0) },
                { key: "inMentoring", term: t("evaluation.participation.inMentoring"), value: f.number(data.participation.inMentoring, 0) },
              ]}
            />
          </Section>
          {data.programmes.length === 0 ? (
            <Text>{admin ? t("evaluation.noProgrammesAdmin") : t("evaluation.noProgrammes")}</Text>
          ) : (
            <>
              <Charts programmes={data.programmes} />
              <Section id="evaluation-programmes" title={t("evaluation.programmes")}>
                <Stack gap="lg">
                  {data.programmes.map((p) => (
                    <ProgrammeCard key={p.id} programme={p} admin={admin} />
                  ))}
                </Stack>
              </Section>
            </>
          )}
        </>
      )}
      {admin && <NewProgramme />}
    </Stack>
  );
}

function Charts({ programmes }: { programmes: TDashboardProgramme[] }) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<string | null>(() => focusProgramme(programmes));
  const programme = programmes.find((p) => p.id === focus) ?? programmes[0];
  const evaluation = useResource(programme ? `/api/programmes/${programme.id}/evaluation?locale=${currentLocale()}` : null, ZProgrammeEvaluation);
  if (!programme) return null;
  const name = (cohortId: string) => programme.cohorts.find((c) => c.id === cohortId)?.name ?? cohortId;
  const funnel = programme.cohortsFigures.filter((c) => c.kind !== "comparison").map((c) => ({ id: c.cohortId, name: name(c.cohortId), funnel: c.funnel }));
  return (
    <Section id="evaluation-charts" title={t("evaluation.charts")}>
      {programmes.length > 1 && (
        <NativeSelect
          label={t("evaluation.chartsProgramme")}
          data={programmes.map((p) => ({ value: p.id, label: p.name }))}
          value={programme.id}
          onChange={(e) => setFocus(e.currentTarget.value)}
          maw={420}
          mb="sm"
        />
      )}
      <SimpleGrid cols={1} spacing="xl">
        <Stack gap="xs">
          <Title order={3}>{t("evaluation.thesis.title")}</Title>
          <ProblemAlert error={evaluation.error} />
          {evaluation.data ? <ThesisChart view={evaluation.data} /> : !evaluation.error && <LoadingState />}
        </Stack>
        <Stack gap="xs">
          <Title order={3}>{t("evaluation.funnel.title")}</Title>
          <FunnelChart cohorts={funnel} />
        </Stack>
      </SimpleGrid>
    </Section>
  );
}

function ProgrammeCard({ programme, admin }: { programme: TDashboardProgramme; admin: boolean }) {
  const { t } = useTranslation();
  const headingId = `programme-${programme.id}`;
  const enrolled = programme.cohortsFigures.filter((c) => c.kind !== "comparison");
  const comparison = programme.cohortsFigures.filter((c) => c.kind === "comparison");
  const name = (cohortId: string) => programme.cohorts.find((c) => c.id === cohortId)?.name ?? t("evaluation.unnamedCohort");
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} id={headingId}>
              {programme.name}
            </Title>
            <Text size="sm" c="gray.7">
              {t("evaluation.period", { from: programme.startsOn, to: programme.endsOn })} · {t("evaluation.participantsCount", { count: programme.participants })}
            </Text>
          </div>
          <Group gap="xs">
            <Badge variant="light">{t(`evaluation.status.${programme.status}`)}</Badge>
            <Anchor component={Link} to={`/evaluation/programmes/${programme.id}`}>
              {t("evaluation.openProgramme", { name: programme.name })}
            </Anchor>
          </Group>
        </Group>
        {programme.evaluatedAt === null && <Text size="sm">{t("evaluation.notEvaluated")}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {enrolled.map((c) => (
            <CohortFigures key={c.cohortId} programme={programme} figures={c} name={name(c.cohortId)} admin={admin} />
          ))}
        </SimpleGrid>
        {programme.cohorts
          .filter((c) => (programme.tooSmall ?? []).includes(c.id))
          .map((c) => (
            <Text size="sm" key={c.id}>
              {t("evaluation.tooSmallNote", { kind: t(`evaluation.kind.${c.kind}`), name: c.name, count: c.members })}
            </Text>
          ))}
        {comparison.map((c) => (
          <Text size="sm" key={c.cohortId}>
            {t("evaluation.comparisonNote", { group: cohortLabel(t("evaluation.kind.comparison"), name(c.cohortId), " "), count: c.participants })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

function CohortFigures({ programme, figures: c, name, admin }: { programme: TDashboardProgramme; figures: TFigures; name: string; admin: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const currency = programme.currency;
  const hidden = !admin && c.participants < MIN_REPORTED_COHORT;
  const context = `${t(`evaluation.kind.${c.kind}`)} — ${name} (${programme.name})`;
  const roi = hidden ? null : f.pct(c.roiPct);
  const interval = hidden ? null : formatInterval(c.roiInterval, (v) => f.pct(v), f.locale);
  const roiName = `${t("evaluation.figure.roi")}, ${context}: ${roi ?? t("evaluation.notAvailable")}${interval ? ` (${t("evaluation.interval", interval)})` : ""}`;
  const money = (cents: number) => (hidden ? null : f.money(cents, currency));
  const headingId = `cohort-${c.cohortId}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} bg="gray.0">
      <Stack gap="xs">
        <Title order={4} id={headingId}>
          {cohortLabel(t(`evaluation.kind.${c.kind}`), name)}
        </Title>
        <FigureList
          label={t("evaluation.figuresOf", { name })}
          items={[
            {
              key: "roi",
              term: t("evaluation.figure.roi"),
              name: roiName,
              value: (
                <>
                  <FigureValue value={roi} reason={nullReason(c, "roi")} />
                  {roi !== null && <IntervalText interval={hidden ? null : c.roiInterval} format={(v) => f.pct(v)} />}
                </>
              ),
            },
            { key: "bcr", term: t("evaluation.figure.bcr"), value: <FigureValue value={hidden ? null : f.ratio(c.bcr)} reason={nullReason(c, "bcr")} /> },
            {
              key: "payback",
              term: t("evaluation.figure.payback"),
              value: <FigureValue value={hidden || f.number(c.paybackMonths, 1) === null ? null : t("evaluation.months", { value: f.number(c.paybackMonths, 1) })} reason={nullReason(c, "payback")} />,
            },
            { key: "net", term: t("evaluation.figure.net"), value: <FigureValue value={money(c.benefitsCents - c.costsCents)} reason={nullReason(c, "money")} /> },
            { key: "costs", term: t("evaluation.figure.costs"), value: <FigureValue value={money(c.costsCents)} reason={nullReason(c, "money")} /> },
            { key: "benefits", term: t("evaluation.figure.benefits"), value: <FigureValue value={money(c.benefitsCents)} reason={nullReason(c, "money")} /> },
            { key: "participants", term: t("evaluation.figure.participants"), value: f.number(c.participants, 0) },
          ]}
        />
        {!hidden && <ExplainButton programmeId={programme.id} cohortId={c.cohortId} context={context} />}
      </Stack>
    </Paper>
  );
}

function NewProgramme() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { busy, error, run } = useSubmission();
  const [open, setOpen] = useState(false);
  async function create(input: TProgrammeInput) {
    const created = await run(() => api.post("/api/programmes", input, { schema: z.object({ id: z.string() }) }));
    if (created) void navigate(`/evaluation/programmes/${created.id}`);
  }
  return (
    <Section id="evaluation-new" title={t("evaluation.newProgramme")}>
      {open ? (
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <ProgrammeForm initial={newProgrammeValues(new Date())} submitLabel={t("evaluation.create")} busy={busy} onSubmit={(input) => void create(input)} />
        </Stack>
      ) : (
        <Button variant="default" onClick={() => setOpen(true)}>
          {t("evaluation.newProgrammeOpen")}
        </Button>
      )}
    </Section>
  );
}
