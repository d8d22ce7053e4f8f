import { ActionIcon, Button, Checkbox, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TCatalogueOptions, TModuleInput } from "../../../contracts/catalogue";
import type { ApiError } from "../../api/api-client";
import { ProblemAlert } from "../../components/problem-alert";
import { MODULE_LANGS, moduleInputFrom, type TModuleFieldErrors, type TModuleFormValues } from "./module-form-values";

/** Every field of a catalogue module; numbers are checked here, the rest by the server (which names the field). */
export function ModuleForm({
  initial,
  options,
  editing,
  busy,
  serverError,
  onSubmit,
  onCancel,
}: {
  initial: TModuleFormValues;
  options: TCatalogueOptions;
  /** editing an existing module: its id cannot change */
  editing: boolean;
  busy: boolean;
  serverError: ApiError | null;
  onSubmit: (input: TModuleInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<TModuleFieldErrors>({});
  const serverField = serverError?.problem.field;
  const errorOf = (field: string): string | undefined => {
    const client = clientErrors[field];
    if (client) return t(`fieldErrors.${client}`);
    if (serverField === field) return serverError?.code === "CONFLICT" ? t("fieldErrors.conflict") : t("fieldErrors.invalid");
    return undefined;
  };

  const update = (change: Partial<TModuleFormValues>, field?: string) => {
    setValues((previous) => ({ ...previous, ...change }));
    if (field) setClientErrors(({ [field]: _gone, ...rest }) => rest);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors } = moduleInputFrom(values, options.currency);
    setClientErrors(errors);
    if (input) onSubmit(input);
  }

  const challengeOptions = options.challenges.map((c) => ({ value: c.id, label: c.name }));
  const setChallenge = (index: number, change: Partial<{ challengeId: string; weight: string }>) =>
    update({ challenges: values.challenges.map((c, i) => (i === index ? { ...c, ...change } : c)) });

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <Stack gap="md">
        <ProblemAlert error={serverError} />
        {serverError?.problem.detail && <Text size="sm">{serverError.problem.detail}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t("catalogue.fields.id")}
            description={t("catalogue.fields.idHint")}
            value={values.id}
            onChange={(e) => update({ id: e.currentTarget.value }, "id")}
            error={errorOf("id")}
            required
            readOnly={editing}
            autoComplete="off"
          />
          <Select
            label={t("catalogue.fields.format")}
            data={options.formats.map((f) => ({ value: f, label: t(`catalogue.format.${f}`) }))}
            value={values.format || null}
            onChange={(value) => update({ format: (value ?? "") as TModuleFormValues["format"] }, "format")}
            error={errorOf("format")}
            required
            allowDeselect={false}
          />
        </SimpleGrid>
        <Fieldset legend={t("catalogue.fields.titleAndDescription")}>
          <Stack gap="sm">
            {MODULE_LANGS.map((lang) => (
              <SimpleGrid key={lang} cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t(`catalogue.fields.title_${lang}`)}
                  value={values.title[lang]}
                  onChange={(e) => update({ title: { ...values.title, [lang]: e.currentTarget.value } }, `title.${lang}`)}
                  error={errorOf(`title.${lang}`)}
                  required
                  maxLength={160}
                />
                <Textarea
                  label={t(`catalogue.fields.description_${lang}`)}
                  value={values.description[lang]}
                  onChange={(e) => update({ description: { ...values.description, [lang]: e.currentTarget.value } }, `description.${lang}`)}
                  error={errorOf(`description.${lang}`)}
                  required
                  rows={3}
                  maxLength={2000}
                />
              </SimpleGrid>
            ))}
          </Stack>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t("catalogue.fields.hours")}
            inputMode="decimal"
            value={values.hours}
            onChange={(e) => update({ hours: e.currentTarget.value }, "hours")}
            error={errorOf("hours")}
            required
          />
          <TextInput
            label={t("catalogue.fields.cost", { currency: options.currency })}
            description={t("catalogue.fields.costHint")}
            inputMode="decimal"
            value={values.cost}
            onChange={(e) => update({ cost: e.currentTarget.value }, "cost.cents")}
            error={errorOf("cost.cents") ?? errorOf("cost.currency")}
            required
          />
          <TextInput
            label={t("catalogue.fields.seats")}
            description={t("catalogue.fields.seatsHint")}
            inputMode="numeric"
            value={values.seats}
            onChange={(e) => update({ seats: e.currentTarget.value }, "seatsPerPeriod")}
            error={errorOf("seatsPerPeriod")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t("catalogue.fields.provider")}
            value={values.provider}
            onChange={(e) => update({ provider: e.currentTarget.value }, "provider")}
            error={errorOf("provider")}
            required
            maxLength={120}
          />
          <Checkbox.Group
            label={t("catalogue.fields.languages")}
            value={values.languages}
            onChange={(value) => update({ languages: value as TModuleFormValues["languages"] }, "languages")}
            error={errorOf("languages")}
            withAsterisk
          >
            <Group gap="md" mt={6}>
              {MODULE_LANGS.map((lang) => (
                <Checkbox key={lang} value={lang} label={t(`catalogue.language.${lang}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        </SimpleGrid>
        <Fieldset legend={t("catalogue.fields.challenges")}>
          <Stack gap="sm">
            <Text size="sm">{t("catalogue.fields.challengesHint")}</Text>
            {values.challenges.map((c, i) => (
              <Group key={i} align="flex-end" gap="sm" wrap="nowrap">
                <Select
                  label={t("catalogue.fields.challenge", { number: i + 1 })}
                  data={challengeOptions}
                  value={c.challengeId || null}
                  onChange={(value) => {
                    setChallenge(i, { challengeId: value ?? "" });
                    setClientErrors(({ [`challenges[${i}].challengeId`]: _gone, ...rest }) => rest);
                  }}
                  error={errorOf(`challenges[${i}].challengeId`)}
                  searchable
                  required
                  style={{ flex: 1 }}
                />
                <TextInput
                  label={t("catalogue.fields.weight", { number: i + 1 })}
                  inputMode="decimal"
                  value={c.weight}
                  onChange={(e) => {
                    setChallenge(i, { weight: e.currentTarget.value });
                    setClientErrors(({ [`challenges[${i}].weight`]: _gone, ...rest }) => rest);
                  }}
                  error={errorOf(`challenges[${i}].weight`)}
                  w={110}
                  required
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={errorOf(`challenges[${i}].weight`) || errorOf(`challenges[${i}].challengeId`) ? 22 : 0}
                  aria-label={t("catalogue.fields.removeChallenge", { number: i + 1 })}
                  disabled={values.challenges.length === 1}
                  onClick={() => update({ challenges: values.challenges.filter((_, j) => j !== i) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {errorOf("challenges") && (
              <Text size="sm" c="red.9" role="alert">
                {errorOf("challenges")}
              </Text>
            )}
            <Group>
              <Button variant="default" onClick={() => update({ challenges: [...values.challenges, { challengeId: "", weight: "1" }] }, "challenges")}>
                {t("catalogue.fields.addChallenge")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <MultiSelect
          label={t("catalogue.fields.buildsOn")}
          description={t("catalogue.fields.buildsOnHint")}
          data={options.talents.map((talent) => ({ value: talent.id, label: talent.name }))}
          value={values.buildsOn}
          onChange={(value) => update({ buildsOn: value }, "buildsOn")}
          error={errorOf("buildsOn") ?? errorOf("buildsOn[0]")}
          searchable
        />
        <Checkbox.Group
          label={t("catalogue.fields.situations")}
          description={t("catalogue.fields.situationsHint")}
          value={values.situations}
          onChange={(value) => update({ situations: value }, "situations")}
        >
          <Group gap="md" mt={6}>
            {options.situations.map((s) => (
              <Checkbox key={s.id} value={s.id} label={s.name} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy}>
            {editing ? t("catalogue.saveChanges") : t("catalogue.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
