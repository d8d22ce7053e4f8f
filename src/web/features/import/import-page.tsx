import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TColumnMapping, type TImportReport, ZImportReport } from "../../../contracts/people";
import { type ApiError, toApiError } from "../../api/api-client";
import { uploadForm } from "../../api/upload-form";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { ImportCounts, ImportIssuesTable, MappingEditor } from "./import-report-view";
import { ImportSteps, type TUploadPhase, UploadProgress } from "./upload-progress";

/** The server refuses larger files; saying so before the upload spares a long wait. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Import people: choose a file, check the preview (and the column mapping), then commit. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t("import.title"));
  const fileInputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TImportReport | null>(null);
  const [mapping, setMapping] = useState<TColumnMapping>({});
  const [mappingChanged, setMappingChanged] = useState(false);
  const [result, setResult] = useState<TImportReport | null>(null);
  const [phase, setPhase] = useState<TUploadPhase>({ kind: "idle" });
  const [error, setError] = useState<ApiError | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const busy = phase.kind !== "idle";

  async function send(kind: "preview" | "commit", chosenMapping: TColumnMapping | null) {
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    if (chosenMapping) form.append("mapping", JSON.stringify(chosenMapping));
    setError(null);
    setPhase({ kind: "uploading", fraction: 0 });
    try {
      const report = await uploadForm(kind === "preview" ? "/api/people/import/preview" : "/api/people/import", form, {
        schema: ZImportReport,
        onUploadProgress: (fraction) =>
          setPhase(fraction >= 1 ? { kind: "processing" } : { kind: "uploading", fraction }),
      });
      if (kind === "commit") {
        setResult(report);
      } else {
        setPreview(report);
        setMapping(report.mapping);
        setMappingChanged(false);
      }
    } catch (reason) {
      setError(toApiError(reason));
    } finally {
      setPhase({ kind: "idle" });
    }
  }

  function choose(event: FormEvent) {
    event.preventDefault();
    const problem = !file ? t("import.noFile") : file.size > MAX_IMPORT_BYTES ? t("errors.PAYLOAD_TOO_LARGE") : null;
    setFileError(problem);
    if (!problem) void send("preview", null);
  }

  function restart() {
    setFile(null);
    setFileError(null);
    setPreview(null);
    setResult(null);
    setError(null);
    setMapping({});
    if (fileInput.current) fileInput.current.value = "";
  }

  const step = result ? 2 : preview ? 1 : 0;
  return (
    <Stack gap="md" aria-busy={busy}>
      <Title order={1}>{t("import.title")}</Title>
      <ImportSteps active={step} />
      <ProblemAlert error={error} />
      {step === 0 && (
        <form onSubmit={choose} noValidate>
          <Stack gap="sm" align="flex-start">
            <Text>{t("import.intro")}</Text>
            <label htmlFor={fileInputId} className="file-label">
              {t("fields.file")}
            </label>
            <input
              ref={fileInput}
              id={fileInputId}
              className="file-input"
              type="file"
              accept={ACCEPT}
              aria-describedby={fileError ? `${fileInputId}-hint ${fileInputId}-error` : `${fileInputId}-hint`}
              aria-invalid={fileError ? true : undefined}
              disabled={busy}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setFileError(null);
              }}
            />
            <Text id={`${fileInputId}-hint`} size="sm">
              {t("import.fileHint")}
            </Text>
            {fileError && (
              <Text id={`${fileInputId}-error`} size="sm" c="red.9" role="alert">
                {fileError}
              </Text>
            )}
            <Button type="submit" loading={busy}>
              {t("import.preview")}
            </Button>
          </Stack>
        </form>
      )}
      <UploadProgress phase={phase} />
      {step === 1 && preview && (
        <Stack gap="md">
          <Text>{t("import.previewIntro", { file: file?.name ?? "", rows: preview.rows })}</Text>
          <ImportCounts report={preview} />
          {preview.missingFields.length > 0 && (
            <Alert color="red" role="alert">
              {t("import.missingFields", {
                fields: preview.missingFields.map((field) => t(`fields.${field}`)).join(", "),
              })}
            </Alert>
          )}
          <MappingEditor
            headers={preview.headers}
            mapping={mapping}
            disabled={busy}
            onChange={(next) => {
              setMapping(next);
              setMappingChanged(true);
            }}
          />
          {mappingChanged && <Text role="status">{t("import.mappingChanged")}</Text>}
          <ImportIssuesTable issues={preview.errors} caption={t("import.errorsTitle", { number: preview.errors.length })} />
          {preview.errors.length === 0 && <Text>{t("import.noErrors")}</Text>}
          <ImportIssuesTable issues={preview.warnings} caption={t("import.warningsTitle", { number: preview.warnings.length })} />
          <Group gap="sm">
            {mappingChanged ? (
              <Button onClick={() => void send("preview", mapping)} loading={busy}>
                {t("import.updatePreview")}
              </Button>
            ) : (
              <Button onClick={() => void send("commit", mapping)} loading={busy} disabled={preview.missingFields.length > 0}>
                {t("import.commit")}
              </Button>
            )}
            <Button variant="default" onClick={restart} disabled={busy}>
              {t("import.chooseAnother")}
            </Button>
          </Group>
          {!mappingChanged && preview.rejected > 0 && <Text size="sm">{t("import.commitHint")}</Text>}
        </Stack>
      )}
      {step === 2 && result && (
        <Stack gap="md">
          <Alert color="blue" role="status" title={t("import.resultTitle")}>
            {t("import.resultText", { rows: result.rows })}
          </Alert>
          <ImportCounts report={result} />
          <ImportIssuesTable issues={result.errors} caption={t("import.rejectedTitle", { number: result.errors.length })} />
          <Group gap="sm">
            <Button component={Link} to="/people">
              {t("import.viewPeople")}
            </Button>
            <Button component={Link} to="/org-chart" variant="default">
              {t("import.viewOrgChart")}
            </Button>
            <Button variant="default" onClick={restart}>
              {t("import.importAnother")}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
