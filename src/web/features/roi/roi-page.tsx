import { Alert, Button, FileInput, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TRoiComputeResult, ZRoiComputeResult } from "../../../contracts/evaluation";
import { type ApiError, api, toApiError } from "../../api/api-client";
import { CaptionedTable, ColumnHeads } from "../../components/captioned-table";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { formatMoneyUnits, formatNumberOrNull, parseWorksheetText } from "./roi-format";

/** ROI worksheets in the exchange format (SCHEMA.md): upload a JSON file, see the results explained, download them as JSON. */
export function RoiPage() {
  const { t } = useTranslation();
  usePageTitle(t("roi.title"));
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<TRoiComputeResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function compute() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setFileError(null);
    setResult(null);
    try {
      const parsed = parseWorksheetText(await file.text());
      if (!parsed.ok) {
        setFileError(t("roi.notJson"));
        return;
      }
      setResult(await api.post(`/api/roi/compute?locale=${currentLocale()}`, parsed.value, { schema: ZRoiComputeResult }));
    } catch (reason) {
      setError(toApiError(reason));
    } finally {
      setBusy(false);
    }
  }

  function download() {
    if (!result) return;
    const blob = new Blob([`${JSON.stringify(result.outputs, null, 2)}\n`], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = "roi-results.json";
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t("roi.title")}</Title>
      <Text>{t("roi.intro")}</Text>
      <Group align="flex-end" gap="sm">
        <FileInput
          label={t("roi.file")}
          description={t("roi.fileHint")}
          accept=".json,application/json"
          value={file}
          onChange={(next) => {
            setFile(next);
            setResult(null);
            setFileError(null);
            setError(null);
          }}
          error={fileError}
          clearable
          miw={280}
        />
        <Button disabled={!file} loading={busy} onClick={() => void compute()}>
          {t("roi.compute")}
        </Button>
      </Group>
      <ProblemAlert error={error} />
      {error?.problem.field && (
        <Alert color="red" variant="light">
          {t("roi.field", { field: error.problem.field })}
        </Alert>
      )}
      {result && <Results result={result} onDownload={download} />}
    </Stack>
  );
}

function Results({ result, onDownload }: { result: TRoiComputeResult; onDownload: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const label = (id: string | null, i: number) => id ?? t("roi.worksheet", { n: i + 1 });
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t("roi.results", { count: result.outputs.length })}</Title>
        <Button variant="default" onClick={onDownload}>
          {t("roi.download")}
        </Button>
      </Group>
      <CaptionedTable id="roi-results" caption={t("roi.resultsCaption")} striped>
        <ColumnHeads labels={[t("roi.col.worksheet"), t("roi.col.costs"), t("roi.col.benefits"), t("roi.col.net"), t("roi.col.roi"), t("roi.col.bcr"), t("roi.col.payback")]} />
        <Table.Tbody>
          {result.outputs.map((o, i) => {
            const currency = result.explanations[i]?.currency ?? null;
            const money = (v: number | null) => formatMoneyUnits(v, currency, locale) ?? t("roi.undefined");
            const roi = formatNumberOrNull(o.roi_pct, locale, 1);
            const bcr = formatNumberOrNull(o.bcr, locale, 2);
            const payback = formatNumberOrNull(o.payback_months, locale, 1);
            return (
              <Table.Tr key={`${i}-${o.id ?? ""}`}>
                <Table.Th scope="row" fw={400}>
                  {label(o.id, i)}
                </Table.Th>
                <Table.Td>{money(o.total_costs)}</Table.Td>
                <Table.Td>{money(o.total_benefits)}</Table.Td>
                <Table.Td>{money(o.net_benefits)}</Table.Td>
                <Table.Td>{roi === null ? t("roi.undefined") : `${roi} %`}</Table.Td>
                <Table.Td>{bcr ?? t("roi.undefined")}</Table.Td>
                <Table.Td>{payback === null ? t("roi.undefined") : t("roi.months", { value: payback })}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </CaptionedTable>
      {result.explanations.map((e, i) => (
        <Paper withBorder p="md" key={`${i}-${e.id ?? ""}`} component="section" aria-labelledby={`roi-explain-${i}`}>
          <Title order={3} id={`roi-explain-${i}`} mb="xs">
            {t("roi.explanationOf", { name: label(e.id, i) })}
          </Title>
          <Stack gap="xs">
            {e.steps.length > 0 && (
              <List type="ordered" size="sm">
                {e.steps.map((s, k) => (
                  <List.Item key={`${k}-${s}`}>{s}</List.Item>
                ))}
              </List>
            )}
            {e.warnings.length > 0 && (
              <>
                <Title order={4} size="h5">
                  {t("roi.warnings")}
                </Title>
                <List size="sm">
                  {e.warnings.map((w) => (
                    <List.Item key={w}>{w}</List.Item>
                  ))}
                </List>
              </>
            )}
            {e.principles.length > 0 && (
              <>
                <Title order={4} size="h5">
                  {t("roi.principles")}
                </Title>
                <List size="sm">
                  {e.principles.map((p) => (
                    <List.Item key={p}>{p}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
