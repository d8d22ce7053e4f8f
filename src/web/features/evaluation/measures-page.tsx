import { Alert, Anchor, Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { MEASURE_DIRECTIONS, type TMeasure, ZMeasureList } from "../../../contracts/evaluation";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { CaptionedTable } from "../../components/captioned-table";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { parseAmountToCents } from "../optimiser/budget-input";
import { apiPut, Section, useFormat } from "./parts";
import { ColumnHeads } from "../../components/captioned-table";

type TValues = { name: string; unit: string; direction: (typeof MEASURE_DIRECTIONS)[number]; unitValue: string; unitValueSource: string; periodsPerYear: string };
const EMPTY: TValues = { name: "", unit: "", direction: "lower_is_better", unitValue: "", unitValueSource: "", periodsPerYear: "12" };

/** The form's values as the API's measure input; field errors (keyed by field) when they are not valid. */
export function measureInput(v: TValues): { input: { name: string; unit: string; direction: TValues["direction"]; unitValueCents: number; unitValueSource: string; periodsPerYear: number } | null; errors: Partial<Record<keyof TValues, true>> } {
  const errors: Partial<Record<keyof TValues, true>> = {};
  const cents = parseAmountToCents(v.unitValue);
  const periods = Number(v.periodsPerYear);
  if (v.name.trim() === "") errors.name = true;
  if (cents === null) errors.unitValue = true;
  if (v.unitValueSource.trim() === "") errors.unitValueSource = true;
  if (!Number.isInteger(periods) || periods < 1 || periods > 366) errors.periodsPerYear = true;
  if (Object.keys(errors).length > 0 || cents === null) return { input: null, errors };
  return { input: { name: v.name.trim(), unit: v.unit.trim(), direction: v.direction, unitValueCents: cents, unitValueSource: v.unitValueSource.trim(), periodsPerYear: periods }, errors };
}

function valuesOf(m: TMeasure): TValues {
  return { name: m.name, unit: m.unit, direction: m.direction, unitValue: (m.unitValueCents / 100).toFixed(2), unitValueSource: m.unitValueSource, periodsPerYear: String(m.periodsPerYear) };
}

/** HR defines the organisation's business measures: unit, direction, the unit value from finance and its source. */
export function MeasuresPage() {
  const { t } = useTranslation();
  usePageTitle(t("evaluation.measures.title"));
  const f = useFormat();
  const measures = useResource("/api/measures?includeArchived=true", ZMeasureList);
  const [editing, setEditing] = useState<TMeasure | null>(null);
  const [values, setValues] = useState<TValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof TValues, true>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useSubmission();
  const set = <K extends keyof TValues>(key: K) => (value: TValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = measureInput(values);
    setErrors(checked.errors);
    setSaved(null);
    if (!checked.input) return;
    const input = checked.input;
    const done = await run(() => (editing ? apiPut(`/api/measures/${editing.id}`, input) : api.post("/api/measures", input)));
    if (done !== undefined) {
      setSaved(input.name);
      setEditing(null);
      setValues(EMPTY);
      measures.reload();
    }
  }
  async function archive(m: TMeasure) {
    const done = await run(() => api.delete(`/api/measures/${m.id}`));
    if (done !== undefined) measures.reload();
  }
  const fieldError = (key: keyof TValues) => (errors[key] ? t(`evaluation.measures.invalid.${key}`) : undefined);
  /** A text field's value, error and change handler. */
  const bind = (key: Exclude<keyof TValues, "direction">) => ({ value: values[key], error: fieldError(key), onChange: (e: ChangeEvent<HTMLInputElement>) => set(key)(e.currentTarget.value) });
  const list = measures.data?.measures ?? [];
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/evaluation">
        {t("evaluation.back")}
      </Anchor>
      <Title order={1}>{t("evaluation.measures.title")}</Title>
      <Text>{t("evaluation.measures.intro")}</Text>
      <ProblemAlert error={measures.error ?? error} />
      {!measures.data && !measures.error && <LoadingState />}
      {measures.data &&
        (list.length === 0 ? (
          <Text>{t("evaluation.measures.none")}</Text>
        ) : (
          <CaptionedTable id="measures-table" caption={t("evaluation.measures.title")} striped>
            <ColumnHeads labels={[t("evaluation.measures.name"), t("evaluation.measures.direction"), t("evaluation.measures.unitValue"), t("evaluation.measures.source"), t("evaluation.measures.periods"), t("evaluation.measures.values"), t("evaluation.setup.actions")]} />
            <Table.Tbody>
              {list.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={400}>
                    {m.name}
                    {m.unit && ` (${m.unit})`} {m.archived && <Badge variant="light" color="gray">{t("evaluation.measures.archived")}</Badge>}
                  </Table.Th>
                  <Table.Td>{t(`evaluation.direction.${m.direction}`)}</Table.Td>
                  <Table.Td>{f.number(m.unitValueCents / 100, 2)}</Table.Td>
                  <Table.Td>{m.unitValueSource}</Table.Td>
                  <Table.Td>{m.periodsPerYear}</Table.Td>
                  <Table.Td>{m.values}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t("evaluation.measures.editNamed", { name: m.name })}
                        onClick={() => {
                          setEditing(m);
                          setValues(valuesOf(m));
                          setErrors({});
                        }}
                      >
                        {t("evaluation.measures.edit")}
                      </Button>
                      {!m.archived && (
                        <Button size="xs" variant="subtle" color="red" loading={busy} aria-label={t("evaluation.measures.archiveNamed", { name: m.name })} onClick={() => void archive(m)}>
                          {t("evaluation.measures.archive")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
        ))}
      <Section id="measure-form" title={editing ? t("evaluation.measures.editTitle", { name: editing.name }) : t("evaluation.measures.newTitle")}>
        {saved && (
          <Alert color="green" role="status" mb="sm">
            {t("evaluation.measures.saved", { name: saved })}
          </Alert>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t("evaluation.measures.name")} required maxLength={200} {...bind("name")} />
              <TextInput label={t("evaluation.measures.unit")} description={t("evaluation.measures.unitHint")} maxLength={100} {...bind("unit")} />
              <NativeSelect
                label={t("evaluation.measures.direction")}
                data={MEASURE_DIRECTIONS.map((d) => ({ value: d, label: t(`evaluation.direction.${d}`) }))}
                value={values.direction}
                onChange={(e) => set("direction")(e.currentTarget.value as TValues["direction"])}
              />
              <TextInput label={t("evaluation.measures.unitValue")} description={t("evaluation.measures.unitValueHint")} inputMode="decimal" required {...bind("unitValue")} />
              <TextInput label={t("evaluation.measures.source")} description={t("evaluation.measures.sourceHint")} required maxLength={500} {...bind("unitValueSource")} />
              <TextInput label={t("evaluation.measures.periods")} description={t("evaluation.measures.periodsHint")} inputMode="numeric" required {...bind("periodsPerYear")} />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={busy}>
                {editing ? t("evaluation.save") : t("evaluation.measures.create")}
              </Button>
              {editing && (
                <Button
                  variant="default"
                  onClick={() => {
                    setEditing(null);
                    setValues(EMPTY);
                    setErrors({});
                  }}
                >
                  {t("evaluation.cancel")}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Section>
    </Stack>
  );
}
