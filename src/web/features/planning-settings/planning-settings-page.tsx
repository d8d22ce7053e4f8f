import { Alert, Button, Group, MultiSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TPlanningSettings, ZCatalogueList, ZPlanningSettings } from "../../../contracts/catalogue";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { centsToAmountText, formatMoney, parseAmountToCents } from "../catalogue/money";
import { PersonPicker } from "../feedback/person-picker";

type TSettingsValues = { currency: string; defaultBudget: string; maxHours: string; standardModuleIds: string[] };

function valuesOf(settings: TPlanningSettings): TSettingsValues {
  return {
    currency: settings.currency,
    defaultBudget: settings.defaultPersonBudgetCents === null ? "" : centsToAmountText(settings.defaultPersonBudgetCents),
    maxHours: settings.maxHoursPerPerson === null ? "" : String(settings.maxHoursPerPerson),
    standardModuleIds: [...settings.standardModuleIds],
  };
}

/** The settings body for the API, or the fields that are malformed. An empty amount or limit means "none". */
export function settingsInputFrom(values: TSettingsValues): { input: Record<string, unknown> | null; errors: Record<string, "invalid"> } {
  const errors: Record<string, "invalid"> = {};
  const currency = values.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = "invalid";
  const cents = values.defaultBudget.trim() === "" ? null : parseAmountToCents(values.defaultBudget);
  if (cents === null && values.defaultBudget.trim() !== "") errors.defaultPersonBudgetCents = "invalid";
  const hoursText = values.maxHours.trim().replace(",", ".");
  const hours = hoursText === "" ? null : /^\d+(\.\d+)?$/.test(hoursText) && Number(hoursText) > 0 ? Number(hoursText) : Number.NaN;
  if (hours !== null && Number.isNaN(hours)) errors.maxHoursPerPerson = "invalid";
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return { input: { currency, defaultPersonBudgetCents: cents, maxHoursPerPerson: hours, standardModuleIds: values.standardModuleIds }, errors };
}

/** One budget row: an amount typed in the organisation's currency, saved or removed on its own. */
function BudgetRow({
  label,
  cents,
  currency,
  busy,
  onSave,
}: {
  label: string;
  cents: number | null;
  currency: string;
  busy: boolean;
  onSave: (cents: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(cents === null ? "" : centsToAmountText(cents));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(cents === null ? "" : centsToAmountText(cents)), [cents]);
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{cents === null ? t("planningSettings.noBudget") : formatMoney(cents, currency, i18n.language)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={t("planningSettings.budgetFor", { name: label, currency })}
            inputMode="decimal"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setInvalid(false);
            }}
            error={invalid ? t("fieldErrors.invalid") : undefined}
            w={140}
          />
          <Button
            variant="default"
            loading={busy}
            onClick={() => {
              const parsed = text.trim() === "" ? null : parseAmountToCents(text);
              if (text.trim() !== "" && parsed === null) setInvalid(true);
              else onSave(parsed);
            }}
            aria-label={t("planningSettings.saveBudgetFor", { name: label })}
          >
            {t("common.save")}
          </Button>
          {cents !== null && (
            <Button variant="subtle" loading={busy} onClick={() => onSave(null)} aria-label={t("planningSettings.removeBudgetFor", { name: label })}>
              {t("planningSettings.remove")}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** HR's planning settings: currency, default budget per person, hour limit, standard programme and the budgets. */
export function PlanningSettingsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("planningSettings.title"));
  const resource = useResource("/api/planning/settings", ZPlanningSettings);
  const catalogue = useResource(`/api/catalogue?lang=${i18n.language}`, ZCatalogueList);
  const [settings, setSettings] = useState<TPlanningSettings | null>(null);
  const [values, setValues] = useState<TSettingsValues | null>(null);
  const [errors, setErrors] = useState<Record<string, "invalid">>({});
  const [saved, setSaved] = useState(false);
  const [newPerson, setNewPerson] = useState<string | null>(null);
  const [newPersonAmount, setNewPersonAmount] = useState("");
  const [newPersonInvalid, setNewPersonInvalid] = useState(false);
  const save = useSubmission();
  const budgets = useSubmission();

  useEffect(() => {
    if (resource.data) {
      setSettings(resource.data);
      setValues(valuesOf(resource.data));
    }
  }, [resource.data]);

  if (!settings || !values) {
    return (
      <Stack gap="md">
        <Title order={1}>{t("planningSettings.title")}</Title>
        <ProblemAlert error={resource.error} />
        {!resource.error && <LoadingState />}
      </Stack>
    );
  }

  const serverField = save.error?.problem.field;
  const errorOf = (field: string) =>
    errors[field] ? t("fieldErrors.invalid") : serverField === field || serverField?.startsWith(`${field}[`) ? t(save.error?.code === "CONFLICT" ? "planningSettings.currencyLocked" : "fieldErrors.invalid") : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    const { input, errors: found } = settingsInputFrom(values);
    setErrors(found);
    setSaved(false);
    if (!input) return;
    const next = await save.run(() => apiRequest("PUT", "/api/planning/settings", { body: input, schema: ZPlanningSettings }));
    if (next) {
      setSettings(next);
      setValues(valuesOf(next));
      setSaved(true);
    }
  }

  async function setBudget(path: string, cents: number | null) {
    const next = await budgets.run(() => apiRequest("PUT", path, { body: { budgetCents: cents }, schema: ZPlanningSettings }));
    if (next) setSettings(next);
    return next;
  }

  const departments = [...new Set([...settings.departments, ...settings.departmentBudgets.map((b) => b.department)])].sort((a, b) => a.localeCompare(b));
  const departmentBudget = new Map(settings.departmentBudgets.map((b) => [b.department, b.budgetCents]));
  const offered = (catalogue.data?.items ?? []).map((m) => ({ value: m.id, label: m.display.title }));
  // a module archived after it joined the programme is still listed, by its id
  const moduleOptions = [...offered, ...values.standardModuleIds.filter((id) => !offered.some((o) => o.value === id)).map((id) => ({ value: id, label: id }))];

  return (
    <Stack gap="lg">
      <Title order={1}>{t("planningSettings.title")}</Title>
      <Text>{t("planningSettings.intro")}</Text>
      <form onSubmit={submit} noValidate aria-busy={save.busy}>
        <Stack gap="md">
          <Title order={2} size="h3">
            {t("planningSettings.general")}
          </Title>
          <ProblemAlert error={save.error} />
          {saved && (
            <Alert color="green" role="status">
              {t("planningSettings.saved")}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              label={t("planningSettings.currency")}
              description={t("planningSettings.currencyHint")}
              value={values.currency}
              maxLength={3}
              onChange={(e) => setValues({ ...values, currency: e.currentTarget.value })}
              error={errorOf("currency")}
              required
            />
            <TextInput
              label={t("planningSettings.defaultBudget", { currency: values.currency })}
              description={t("planningSettings.defaultBudgetHint")}
              inputMode="decimal"
              value={values.defaultBudget}
              onChange={(e) => setValues({ ...values, defaultBudget: e.currentTarget.value })}
              error={errorOf("defaultPersonBudgetCents")}
            />
            <TextInput
              label={t("planningSettings.maxHours")}
              description={t("planningSettings.maxHoursHint")}
              inputMode="decimal"
              value={values.maxHours}
              onChange={(e) => setValues({ ...values, maxHours: e.currentTarget.value })}
              error={errorOf("maxHoursPerPerson")}
            />
          </SimpleGrid>
          <MultiSelect
            label={t("planningSettings.standardProgramme")}
            description={t("planningSettings.standardProgrammeHint")}
            data={moduleOptions}
            value={values.standardModuleIds}
            onChange={(ids) => setValues({ ...values, standardModuleIds: ids })}
            error={errorOf("standardModuleIds")}
            searchable
          />
          <Group>
            <Button type="submit" loading={save.busy}>
              {t("planningSettings.save")}
            </Button>
          </Group>
        </Stack>
      </form>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t("planningSettings.departmentBudgets")}
        </Title>
        <Text size="sm">{t("planningSettings.departmentBudgetsHint")}</Text>
        <ProblemAlert error={budgets.error} />
        {departments.length === 0 ? (
          <Text>{t("planningSettings.noDepartments")}</Text>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="department-budgets-caption" tabIndex={0}>
            <Table>
              <caption id="department-budgets-caption" className="visually-hidden">
                {t("planningSettings.departmentBudgets")}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("planningSettings.department")}</Table.Th>
                  <Table.Th scope="col">{t("planningSettings.budget")}</Table.Th>
                  <Table.Th scope="col">{t("planningSettings.change")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {departments.map((department) => (
                  <BudgetRow
                    key={department}
                    label={department}
                    cents={departmentBudget.get(department) ?? null}
                    currency={settings.currency}
                    busy={budgets.busy}
                    onSave={(cents) => void setBudget(`/api/planning/budgets/departments/${encodeURIComponent(department)}`, cents)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t("planningSettings.personBudgets")}
        </Title>
        <Text size="sm">{t("planningSettings.personBudgetsHint")}</Text>
        {settings.personBudgets.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="person-budgets-caption" tabIndex={0}>
            <Table>
              <caption id="person-budgets-caption" className="visually-hidden">
                {t("planningSettings.personBudgets")}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("planningSettings.person")}</Table.Th>
                  <Table.Th scope="col">{t("planningSettings.budget")}</Table.Th>
                  <Table.Th scope="col">{t("planningSettings.change")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {settings.personBudgets.map((b) => (
                  <BudgetRow
                    key={b.personId}
                    label={b.name}
                    cents={b.budgetCents}
                    currency={settings.currency}
                    busy={budgets.busy}
                    onSave={(cents) => void setBudget(`/api/planning/budgets/people/${b.personId}`, cents)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <Group align="flex-end" gap="sm">
          <PersonPicker
            label={t("planningSettings.addPerson")}
            value={newPerson}
            excludeIds={settings.personBudgets.map((b) => b.personId)}
            onChange={setNewPerson}
          />
          <TextInput
            label={t("planningSettings.budgetIn", { currency: settings.currency })}
            inputMode="decimal"
            value={newPersonAmount}
            onChange={(e) => {
              setNewPersonAmount(e.currentTarget.value);
              setNewPersonInvalid(false);
            }}
            error={newPersonInvalid ? t("fieldErrors.invalid") : undefined}
            w={160}
          />
          <Button
            variant="default"
            loading={budgets.busy}
            disabled={!newPerson}
            onClick={async () => {
              const cents = parseAmountToCents(newPersonAmount);
              if (!newPerson || cents === null) {
                setNewPersonInvalid(true);
                return;
              }
              if (await setBudget(`/api/planning/budgets/people/${newPerson}`, cents)) {
                setNewPerson(null);
                setNewPersonAmount("");
              }
            }}
          >
            {t("planningSettings.addPersonBudget")}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
