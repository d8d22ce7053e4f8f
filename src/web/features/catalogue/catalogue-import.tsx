import { Alert, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TCatalogueImportReport, ZCatalogueImportReport } from "../../../contracts/catalogue";
import { type ApiError, toApiError } from "../../api/api-client";
import { uploadForm } from "../../api/upload-form";
import { ProblemAlert } from "../../components/problem-alert";

/** The API takes at most 1 MB per request. */
export const MAX_CATALOGUE_FILE_BYTES = 1024 * 1024;
const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Import a catalogue file: preview (refused rows by line and column), then import all or nothing. */
export function CatalogueImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<TCatalogueImportReport | null>(null);
  const [done, setDone] = useState<TCatalogueImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function send(commit: boolean) {
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    setBusy(true);
    setError(null);
    try {
      const report = await uploadForm(commit ? "/api/catalogue/import" : "/api/catalogue/import/preview", form, { schema: ZCatalogueImportReport });
      if (commit) {
        setDone(report);
        setPreview(null);
        onImported();
      } else {
        setPreview(report);
        setDone(null);
      }
    } catch (reason) {
      setError(toApiError(reason));
    } finally {
      setBusy(false);
    }
  }

  function check(event: FormEvent) {
    event.preventDefault();
    const problem = !file ? t("catalogue.import.noFile") : file.size > MAX_CATALOGUE_FILE_BYTES ? t("catalogue.import.tooLarge") : null;
    setFileError(problem);
    if (!problem) void send(false);
  }

  function restart() {
    setFile(null);
    setPreview(null);
    setDone(null);
    setError(null);
    if (input.current) input.current.value = "";
  }

  return (
    <Stack gap="sm" aria-busy={busy}>
      <Title order={2} size="h3">
        {t("catalogue.import.title")}
      </Title>
      <Text size="sm">{t("catalogue.import.intro")}</Text>
      <ProblemAlert error={error} />
      <form onSubmit={check} noValidate>
        <Group align="flex-end" gap="sm">
          <Stack gap={4}>
            <label htmlFor={inputId} className="file-label">
              {t("catalogue.import.file")}
            </label>
            <input
              ref={input}
              id={inputId}
              className="file-input"
              type="file"
              accept={ACCEPT}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${inputId}-error` : undefined}
              disabled={busy}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setFileError(null);
                setPreview(null);
                setDone(null);
              }}
            />
          </Stack>
          <Button type="submit" variant="default" loading={busy}>
            {t("catalogue.import.preview")}
          </Button>
        </Group>
        {fileError && (
          <Text id={`${inputId}-error`} size="sm" c="red.9" role="alert">
            {fileError}
          </Text>
        )}
      </form>
      {preview && (
        <Stack gap="sm">
          <Text role="status">
            {t("catalogue.import.counts", { rows: preview.rows, created: preview.created, updated: preview.updated, unchanged: preview.unchanged })}
          </Text>
          {preview.errors.length > 0 ? (
            <>
              <Alert color="red" role="alert" title={t("catalogue.import.refused", { count: preview.errors.length })}>
                {t("catalogue.import.nothingWritten")}
              </Alert>
              <div className="table-scroll" role="region" aria-labelledby={`${inputId}-errors`} tabIndex={0}>
                <Table striped>
                  <caption id={`${inputId}-errors`} className="visually-hidden">
                    {t("catalogue.import.errorsCaption")}
                  </caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("catalogue.import.line")}</Table.Th>
                      <Table.Th scope="col">{t("catalogue.import.column")}</Table.Th>
                      <Table.Th scope="col">{t("catalogue.import.problem")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.errors.map((e, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>{e.row}</Table.Td>
                        <Table.Td>{e.field}</Table.Td>
                        <Table.Td>{e.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            </>
          ) : (
            <Text>{t("catalogue.import.noErrors")}</Text>
          )}
          <Group gap="sm">
            <Button onClick={() => void send(true)} loading={busy} disabled={preview.errors.length > 0}>
              {t("catalogue.import.commit")}
            </Button>
            <Button variant="default" onClick={restart} disabled={busy}>
              {t("catalogue.import.another")}
            </Button>
          </Group>
        </Stack>
      )}
      {done && (
        <Alert color="green" role="status">
          {t("catalogue.import.done", { created: done.created, updated: done.updated, unchanged: done.unchanged })}
        </Alert>
      )}
    </Stack>
  );
}
