import { CaptionedTable } from "../../components/captioned-table";
import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type TDiagnosisHeatmaps, type TReliabilityReport, ZDiagnosisHeatmaps, ZReliabilityReport } from "../../../contracts/reports";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { isLocale, tk } from "../../i18n";
import { formatScore } from "../reports/score-bar";

type THeatmap = TDiagnosisHeatmaps["challenges"];

/** Cell shading from low to high on the scale; text stays dark on every shade for contrast. */
function shade(value: number, [min, max]: readonly [number, number]): string {
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  const steps = ["#e7f5ff", "#d0ebff", "#a5d8ff", "#74c0fc", "#4dabf7"];
  return steps[Math.min(steps.length - 1, Math.floor(share * steps.length))] ?? steps[0] ?? "#fff";
}

function Heatmap({
  id,
  title,
  heatmap,
  range,
  minCell,
  step,
}: {
  id: string;
  title: string;
  heatmap: THeatmap;
  range: readonly [number, number];
  minCell: number;
  step: number;
}) {
  const { t } = useTranslation();
  const department = (name: string) => (name === "" ? t("diagnosis.noDepartment") : name);
  if (heatmap.departments.length === 0) {
    return (
      <Stack gap="xs">
        <Title order={2}>{title}</Title>
        <Text>{t("diagnosis.noData")}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Title order={2} id={id}>
        {title}
      </Title>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <Table withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("diagnosis.measure")}</Table.Th>
              {heatmap.departments.map((name) => (
                <Table.Th scope="col" key={name}>
                  {department(name)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t("diagnosis.total")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {heatmap.rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={400}>
                  {row.name}
                </Table.Th>
                {row.cells.map((cell) =>
                  cell.shown ? (
                    <Table.Td key={cell.department} style={{ background: shade(cell.mean, range), color: "#1a1b1e" }}>
                      {formatScore(cell.mean)}
                      <Text span size="xs" display="block">
                        {t("diagnosis.people", { count: cell.personCount })}
                      </Text>
                    </Table.Td>
                  ) : (
                    <Table.Td key={cell.department}>
                      <Text size="xs" c="gray.7">
                        {t("diagnosis.hiddenCell", { count: minCell })}
                      </Text>
                    </Table.Td>
                  ),
                )}
                <Table.Td>
                  {row.total.shown ? (
                    <>
                      {formatScore(row.total.mean)}
                      <Text span size="xs" display="block">
                        {t("diagnosis.people", { count: row.total.personCount })}
                      </Text>
                    </>
                  ) : (
                    <Text size="xs" c="gray.7">
                      {t("diagnosis.hiddenCell", { count: minCell })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Text size="sm">{t("diagnosis.footnote", { count: heatmap.basedOn, step })}</Text>
    </Stack>
  );
}

const KIND_LABELS: Record<TReliabilityReport["scales"][number]["kind"], string> = {
  domain: tk("diagnosis.reliability.kinds.domain"),
  facet: tk("diagnosis.reliability.kinds.facet"),
  challenge: tk("diagnosis.reliability.kinds.challenge"),
};

function ReliabilityTable({ report }: { report: TReliabilityReport }) {
  const { t, i18n } = useTranslation();
  const alpha = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <Stack gap="xs">
      <Title order={2}>{t("diagnosis.reliability.title")}</Title>
      <Text size="sm">{t("diagnosis.reliability.intro", { count: report.minRespondents })}</Text>
      <CaptionedTable striped id="reliability-caption" caption={t("diagnosis.reliability.caption")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("diagnosis.reliability.scale")}</Table.Th>
              <Table.Th scope="col">{t("diagnosis.reliability.kind")}</Table.Th>
              <Table.Th scope="col">{t("diagnosis.reliability.items")}</Table.Th>
              <Table.Th scope="col">{t("diagnosis.reliability.respondents")}</Table.Th>
              <Table.Th scope="col">{t("diagnosis.reliability.alpha")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.scales.map((scale) => (
              <Table.Tr key={`${scale.kind}:${scale.id}`}>
                <Table.Th scope="row" fw={400}>
                  {scale.name}
                </Table.Th>
                <Table.Td>{t(KIND_LABELS[scale.kind])}</Table.Td>
                <Table.Td>{scale.items}</Table.Td>
                <Table.Td>{scale.respondents}</Table.Td>
                <Table.Td>
                  {scale.alpha !== null
                    ? alpha.format(scale.alpha)
                    : scale.status === "no-variance"
                      ? t("diagnosis.reliability.noVariance")
                      : t("diagnosis.reliability.notEnough")}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
      </CaptionedTable>
    </Stack>
  );
}

/** /diagnosis: HR's aggregates — department heatmaps (≥ 5 people per cell) and scale reliability. */
export function DiagnosisPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("diagnosis.title"));
  const lang = isLocale(i18n.language) ? i18n.language : "en";
  const heatmaps = useResource(`/api/diagnosis/heatmaps?lang=${lang}`, ZDiagnosisHeatmaps);
  const reliability = useResource(`/api/diagnosis/reliability?lang=${lang}`, ZReliabilityReport);
  return (
    <Stack gap="lg">
      <Title order={1}>{t("diagnosis.title")}</Title>
      <ProblemAlert error={heatmaps.error ?? reliability.error} />
      {heatmaps.data ? (
        <>
          <Text size="sm">{t("diagnosis.intro", { count: heatmaps.data.minCell })}</Text>
          <Heatmap id="challenge-heatmap" title={t("diagnosis.challengeHeatmap")} heatmap={heatmaps.data.challenges} range={[1, 5]} minCell={heatmaps.data.minCell} step={heatmaps.data.step} />
          <Heatmap
            id="strengths-heatmap"
            title={t("diagnosis.strengthsHeatmap")}
            heatmap={heatmaps.data.strengths}
            range={heatmaps.data.strengths.scoreRange}
            minCell={heatmaps.data.minCell}
            step={heatmaps.data.step}
          />
        </>
      ) : (
        !heatmaps.error && <LoadingState />
      )}
      {reliability.data && <ReliabilityTable report={reliability.data} />}
    </Stack>
  );
}
