import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CONFIDENCE_PCTS, PROGRAMME_STATUSES, type TProgramme, type TProgrammeInput } from "../../../contracts/evaluation";

export type TProgrammeFormValues = {
  name: string;
  description: string;
  currency: string;
  status: (typeof PROGRAMME_STATUSES)[number];
  startsOn: string;
  endsOn: string;
  baselineFrom: string;
  baselineTo: string;
  followupFrom: string;
  followupTo: string;
  confidencePct: string;
  intangibles: string;
};

const pad = (n: number) => String(n).padStart(2, "0");
/** The month `offset` months from the date's month, as YYYY-MM. */
export function monthFrom(date: Date, offset: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** A new programme starting today for six months, with three months of baseline before and follow-up after. */
export function newProgrammeValues(today: Date): TProgrammeFormValues {
  const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 6, 0));
  return {
    name: "",
    description: "",
    currency: "EUR",
    status: "planned",
    startsOn: iso(today),
    endsOn: iso(end),
    baselineFrom: monthFrom(today, -3),
    baselineTo: monthFrom(today, -1),
    followupFrom: monthFrom(end, 1),
    followupTo: monthFrom(end, 3),
    confidencePct: "90",
    intangibles: "",
  };
}

export function programmeValues(p: TProgramme): TProgrammeFormValues {
  return {
    name: p.name,
    description: p.description,
    currency: p.currency,
    status: p.status,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    baselineFrom: p.baselineFrom,
    baselineTo: p.baselineTo,
    followupFrom: p.followupFrom,
    followupTo: p.followupTo,
    confidencePct: String(p.confidencePct),
    intangibles: p.intangibles.join("\n"),
  };
}

/** The request body: intangibles one per line, blank lines dropped. */
export function programmeInput(v: TProgrammeFormValues): TProgrammeInput {
  return {
    name: v.name.trim(),
    description: v.description,
    currency: v.currency.trim().toUpperCase(),
    status: v.status,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    baselineFrom: v.baselineFrom,
    baselineTo: v.baselineTo,
    followupFrom: v.followupFrom,
    followupTo: v.followupTo,
    confidencePct: Number(v.confidencePct) as TProgrammeInput["confidencePct"],
    intangibles: v.intangibles
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** The programme's own fields; used to create one (dashboard) and to edit one (programme setup). */
export function ProgrammeForm({ initial, submitLabel, busy, onSubmit }: { initial: TProgrammeFormValues; submitLabel: string; busy: boolean; onSubmit: (input: TProgrammeInput) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof TProgrammeFormValues>(key: K) => (value: TProgrammeFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(programmeInput(values));
  }
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("evaluation.form.name")} required maxLength={200} value={values.name} onChange={(e) => set("name")(e.currentTarget.value)} />
          <TextInput
            label={t("evaluation.form.currency")}
            description={t("evaluation.form.currencyHint")}
            required
            maxLength={3}
            value={values.currency}
            onChange={(e) => set("currency")(e.currentTarget.value)}
          />
          <NativeSelect
            label={t("evaluation.form.status")}
            data={PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`evaluation.status.${s}`) }))}
            value={values.status}
            onChange={(e) => set("status")(e.currentTarget.value as TProgrammeFormValues["status"])}
          />
          <NativeSelect
            label={t("evaluation.form.confidence")}
            description={t("evaluation.form.confidenceHint")}
            data={CONFIDENCE_PCTS.map((n) => ({ value: String(n), label: `${n} %` }))}
            value={values.confidencePct}
            onChange={(e) => set("confidencePct")(e.currentTarget.value)}
          />
          <TextInput type="date" label={t("evaluation.form.startsOn")} required value={values.startsOn} onChange={(e) => set("startsOn")(e.currentTarget.value)} />
          <TextInput type="date" label={t("evaluation.form.endsOn")} required value={values.endsOn} onChange={(e) => set("endsOn")(e.currentTarget.value)} />
          <TextInput type="month" label={t("evaluation.form.baselineFrom")} description={t("evaluation.form.monthHint")} required value={values.baselineFrom} onChange={(e) => set("baselineFrom")(e.currentTarget.value)} />
          <TextInput type="month" label={t("evaluation.form.baselineTo")} description={t("evaluation.form.monthHint")} required value={values.baselineTo} onChange={(e) => set("baselineTo")(e.currentTarget.value)} />
          <TextInput type="month" label={t("evaluation.form.followupFrom")} description={t("evaluation.form.monthHint")} required value={values.followupFrom} onChange={(e) => set("followupFrom")(e.currentTarget.value)} />
          <TextInput type="month" label={t("evaluation.form.followupTo")} description={t("evaluation.form.monthHint")} required value={values.followupTo} onChange={(e) => set("followupTo")(e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label={t("evaluation.form.description")} rows={2} maxLength={4000} value={values.description} onChange={(e) => set("description")(e.currentTarget.value)} />
        <Textarea
          label={t("evaluation.form.intangibles")}
          description={t("evaluation.form.intangiblesHint")}
          
          rows={3}
          value={values.intangibles}
          onChange={(e) => set("intangibles")(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
