import { Alert, Button, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ZMyEstimates } from "../../../contracts/evaluation";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { parseAmountToCents } from "../optimiser/budget-input";
import { apiPut } from "./parts";

type TProgrammeEstimates = z.infer<typeof ZMyEstimates>["programmes"][number];
type TRow = { amount: string; contribution: string; confidence: string; comment: string };

/** A percentage 0–100 typed by a participant ("60", "60,5"); null when it is not one. */
export function parsePct(text: string): number | null {
  const compact = text.trim().replace(",", ".");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(compact)) return null;
  const value = Number(compact);
  return value >= 0 && value <= 100 ? value : null;
}

/** The rows a participant filled in, as the API's estimates; rows left blank are skipped; errors per measure id. */
export function estimatesInput(measureIds: readonly string[], rows: Record<string, TRow>) {
  const estimates: { measureId: string; annualValueCents: number; contributionPct: number; confidencePct: number; comment?: string }[] = [];
  const errors: Record<string, ("amount" | "contribution" | "confidence")[]> = {};
  for (const measureId of measureIds) {
    const row = rows[measureId];
    if (!row || (row.amount.trim() === "" && row.contribution.trim() === "" && row.confidence.trim() === "")) continue;
    const cents = parseAmountToCents(row.amount);
    const contribution = parsePct(row.contribution);
    const confidence = parsePct(row.confidence);
    const bad = [cents === null && "amount", contribution === null && "contribution", confidence === null && "confidence"].filter((x): x is "amount" | "contribution" | "confidence" => Boolean(x));
    if (bad.length > 0 || cents === null || contribution === null || confidence === null) {
      errors[measureId] = bad;
      continue;
    }
    estimates.push({ measureId, annualValueCents: cents, contributionPct: contribution, confidencePct: confidence, ...(row.comment.trim() && { comment: row.comment.trim() }) });
  }
  return { estimates, errors };
}

/** The follow-up questionnaire: each participant estimates, per measure, the yearly improvement, the programme's share and their confidence. */
export function MyEstimatesPage() {
  const { t } = useTranslation();
  usePageTitle(t("evaluation.estimates.title"));
  const mine = useResource("/api/me/estimates", ZMyEstimates);
  return (
    <Stack gap="lg">
      <Title order={1}>{t("evaluation.estimates.title")}</Title>
      <Text>{t("evaluation.estimates.intro")}</Text>
      <Paper withBorder p="sm" component="section" aria-labelledby="estimates-help">
        <Title order={2} size="h4" id="estimates-help" mb={4}>
          {t("evaluation.estimates.helpTitle")}
        </Title>
        <Stack gap={4}>
          <Text size="sm">{t("evaluation.estimates.helpAmount")}</Text>
          <Text size="sm">{t("evaluation.estimates.helpContribution")}</Text>
          <Text size="sm">{t("evaluation.estimates.helpConfidence")}</Text>
          <Text size="sm">{t("evaluation.estimates.helpWhy")}</Text>
        </Stack>
      </Paper>
      <ProblemAlert error={mine.error} />
      {!mine.data && !mine.error && <LoadingState />}
      {mine.data && mine.data.programmes.length === 0 && <Text>{t("evaluation.estimates.none")}</Text>}
      {mine.data?.programmes.map((p) => (
        <EstimatesForm key={p.programmeId} programme={p} />
      ))}
    </Stack>
  );
}

function EstimatesForm({ programme }: { programme: TProgrammeEstimates }) {
  const { t } = useTranslation();
  const headingId = `estimates-${programme.programmeId}`;
  const [rows, setRows] = useState<Record<string, TRow>>(() =>
    Object.fromEntries(
      programme.measures.map((m) => {
        const a = programme.answers.find((x) => x.measureId === m.id);
        return [m.id, a ? { amount: (a.annualValueCents / 100).toFixed(2), contribution: String(a.contributionPct), confidence: String(a.confidencePct), comment: a.comment ?? "" } : { amount: "", contribution: "", confidence: "", comment: "" }];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useSubmission();
  const set = (id: string, key: keyof TRow, value: string) => setRows((r) => ({ ...r, [id]: { ...(r[id] ?? { amount: "", contribution: "", confidence: "", comment: "" }), [key]: value } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = estimatesInput(programme.measures.map((m) => m.id), rows);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    const done = await run(() => apiPut(`/api/me/estimates/${programme.programmeId}`, { estimates: checked.estimates }));
    if (done !== undefined) setSaved(true);
  }
  const has = (id: string, key: string) => errors[id]?.includes(key) ?? false;
  const figures = [
    { key: "amount", label: t("evaluation.estimates.amount", { currency: programme.currency }), hint: t("evaluation.estimates.amountHint"), invalid: t("evaluation.estimates.amountInvalid") },
    { key: "contribution", label: t("evaluation.estimates.contribution"), hint: t("evaluation.estimates.contributionHint"), invalid: t("evaluation.estimates.pctInvalid") },
    { key: "confidence", label: t("evaluation.estimates.confidence"), hint: t("evaluation.estimates.confidenceHint"), invalid: t("evaluation.estimates.pctInvalid") },
  ] as const;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Title order={2} id={headingId}>
            {programme.name}
          </Title>
          {programme.measures.length === 0 && <Text size="sm">{t("evaluation.estimates.noMeasures")}</Text>}
          {programme.measures.map((m) => {
            const row = rows[m.id] ?? { amount: "", contribution: "", confidence: "", comment: "" };
            return (
              <fieldset key={m.id} style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4, padding: "0.75rem" }}>
                <legend style={{ fontWeight: 600, padding: "0 0.25rem" }}>{m.unit ? `${m.name} (${m.unit})` : m.name}</legend>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {figures.map((f) => (
                    <TextInput
                      key={f.key}
                      label={f.label}
                      description={f.hint}
                      inputMode="decimal"
                      value={row[f.key]}
                      error={has(m.id, f.key) ? f.invalid : undefined}
                      onChange={(e) => set(m.id, f.key, e.currentTarget.value)}
                    />
                  ))}
                </SimpleGrid>
                <Textarea mt="xs" label={t("evaluation.estimates.comment")} rows={2} maxLength={2000} value={row.comment} onChange={(e) => set(m.id, "comment", e.currentTarget.value)} />
              </fieldset>
            );
          })}
          <ProblemAlert error={error} />
          {saved && (
            <Alert color="green" role="status">
              {t("evaluation.estimates.saved")}
            </Alert>
          )}
          {programme.measures.length > 0 && (
            <div>
              <Button type="submit" loading={busy}>
                {t("evaluation.estimates.save")}
              </Button>
            </div>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
