import { NativeSelect, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PERSON_FIELDS, type TColumnMapping, type TImportIssue, type TImportReport } from "../../../contracts/people";

/** Import issue codes the interface translates; any other code shows the server's English message. */
export const IMPORT_ISSUE_CODES = [
  "REQUIRED",
  "INVALID_EMAIL",
  "INVALID_DATE",
  "UNKNOWN_LANGUAGE",
  "DUPLICATE_EMAIL",
  "DUPLICATE_EMPLOYEE_NUMBER",
  "UNKNOWN_MANAGER",
  "SELF_MANAGER",
  "MANAGER_CYCLE",
  "EMAIL_BELONGS_TO_OTHER_PERSON",
  "MISSING_COLUMN",
] as const;

const MAX_SHOWN_ISSUES = 200;

/** Created / updated / unchanged / rejected, as a definition list. */
export function ImportCounts({ report }: { report: TImportReport }) {
  const { t } = useTranslation();
  const done = report.committed;
  const counts = [
    { key: "created", label: done ? t("import.done.created") : t("import.planned.created"), value: report.created },
    { key: "updated", label: done ? t("import.done.updated") : t("import.planned.updated"), value: report.updated },
    {
      key: "unchanged",
      label: done ? t("import.done.unchanged") : t("import.planned.unchanged"),
      value: report.unchanged,
    },
    { key: "rejected", label: done ? t("import.done.rejected") : t("import.planned.rejected"), value: report.rejected },
  ];
  return (
    <dl className="import-counts">
      {counts.map((count) => (
        <div key={count.key} data-kind={count.key}>
          <dt>{count.label}</dt>
          <dd>{count.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One row per problem: the file's line number, the field, and what is wrong, in the reader's language. */
export function ImportIssuesTable({ issues, caption }: { issues: TImportIssue[]; caption: string }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const shown = [...issues].sort((a, b) => a.row - b.row).slice(0, MAX_SHOWN_ISSUES);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table striped>
        <caption>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("import.row")}</Table.Th>
            <Table.Th scope="col">{t("import.field")}</Table.Th>
            <Table.Th scope="col">{t("import.problem")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((issue, index) => (
            <Table.Tr key={`${issue.row}-${issue.field}-${issue.code}-${index}`}>
              <Table.Td>{issue.row}</Table.Td>
              <Table.Td>{fieldLabel(t, issue.field)}</Table.Td>
              <Table.Td>{t(`import.issue.${issue.code}`, { defaultValue: issue.message })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {issues.length > shown.length && (
        <Text size="sm" mt="xs">
          {t("import.moreIssues", { shown: shown.length, total: issues.length })}
        </Text>
      )}
    </div>
  );
}

function fieldLabel(t: ReturnType<typeof useTranslation>["t"], field: string): string {
  return (PERSON_FIELDS as readonly string[]).includes(field) ? t(`fields.${field}`) : field;
}

/** The detected column → field mapping, one select per column of the file. */
export function MappingEditor({
  headers,
  mapping,
  disabled,
  onChange,
}: {
  headers: string[];
  mapping: TColumnMapping;
  disabled: boolean;
  onChange: (mapping: TColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const options = [
    { value: "", label: t("import.ignoreColumn") },
    ...PERSON_FIELDS.map((field) => ({ value: field, label: t(`fields.${field}`) })),
  ];
  return (
    <div className="table-scroll" role="region" aria-label={t("import.mappingTitle")} tabIndex={0}>
      <Table>
        <caption>{t("import.mappingTitle")}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("import.column")}</Table.Th>
            <Table.Th scope="col">{t("import.mapsTo")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header) => (
            <Table.Tr key={header}>
              <Table.Th scope="row" fw={500}>
                {header}
              </Table.Th>
              <Table.Td>
                <NativeSelect
                  aria-label={t("import.mapColumn", { column: header })}
                  data={options}
                  value={mapping[header] ?? ""}
                  disabled={disabled}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    const field = PERSON_FIELDS.find((candidate) => candidate === value) ?? null;
                    onChange({ ...mapping, [header]: field });
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
