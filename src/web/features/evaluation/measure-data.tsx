import { Alert, Button, FileInput, Group, List, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TMeasureImportReport, type TProgramme, ZMeasureImportReport } from "../../../contracts/evaluation";
import type { ApiError } from "../../api/api-client";
import { toApiError } from "../../api/api-client";
import { uploadForm } from "../../api/upload-form";
import { CaptionedTable } from "../../components/captioned-table";
import { ProblemAlert } from "../../components/problem-alert";
import { Section } from "./parts";
import { ColumnHeads } from "../../components/captioned-table";

/** HR's data entry for a programme: business-measure values imported from CSV or XLSX, previewed with row errors, then committed. */
export function MeasureData({ programme, onChanged }: { programme: TProgramme; onChanged: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TMeasureImportReport | null>(null);
  const [result, setResult] = useState<TMeasureImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const form = new FormData();
    form.append("file", file);
    form.append("dryRun", String(dryRun));
    try {
      const report = await uploadForm("/api/measures/values/import", form, { schema: ZMeasureImportReport });
      if (dryRun || !report.committed) {
        // a commit refused (the data changed since the check) shows its row errors like a check does
        setPreview(report);
        setResult(null);
      } else {
        setResult(report);
        setPreview(null);
        setFile(null);
        onChanged();
      }
    } catch (reason) {
      setError(toApiError(reason));
    } finally {
      setBusy(false);
    }
  }

  const errors = preview?.errors ?? [];
  return (
    <Stack gap="lg">
      <Section id="data-measures" title={t("evaluation.data.measures")}>
        {programme.measures.length === 0 ? (
          <Text size="sm">{t("evaluation.data.noMeasures")}</Text>
        ) : (
          <List size="sm">
            {programme.measures.map((m) => (
              <List.Item key={m.id}>{t("evaluation.data.measureValues", { name: m.name, count: m.values })}</List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section id="data-import" title={t("evaluation.data.import")}>
        <Stack gap="sm">
          <Text size="sm">{t("evaluation.data.importHint")}</Text>
          <FileInput
            label={t("evaluation.data.file")}
            description={t("evaluation.data.fileHint")}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(next) => {
              setFile(next);
              setPreview(null);
              setResult(null);
            }}
            clearable
          />
          <Group>
            <Button disabled={!file} loading={busy} onClick={() => void send(true)}>
              {t("evaluation.data.check")}
            </Button>
          </Group>
          <ProblemAlert error={error} />
          {preview && (
            <Stack gap="sm">
              <Text role="status">
                {errors.length === 0 ? t("evaluation.data.previewOk", { count: preview.accepted }) : t("evaluation.data.previewErrors", { count: errors.length })}
              </Text>
              {errors.length > 0 && (
                <CaptionedTable id="data-import-errors" caption={t("evaluation.data.errors")} striped>
                  <ColumnHeads labels={[t("evaluation.data.row"), t("evaluation.data.column"), t("evaluation.data.problem")]} />
                  <Table.Tbody>
                    {errors.slice(0, 200).map((e, i) => (
                      <Table.Tr key={`${i}-${e.line}`}>
                        <Table.Td>{e.line}</Table.Td>
                        <Table.Td>{e.field}</Table.Td>
                        <Table.Td>{e.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </CaptionedTable>
              )}
              {errors.length === 0 && (
                <Group>
                  <Button loading={busy} onClick={() => void send(false)}>
                    {t("evaluation.data.commit", { count: preview.accepted })}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
          {result && (
            <Alert color="green" role="status">
              {t("evaluation.data.done", { count: result.accepted })}
            </Alert>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
