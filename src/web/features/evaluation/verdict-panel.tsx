import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { roiVerdict } from "../../../domain/evaluation/roi-verdict";
import { currentLocale } from "../../i18n";

const TAGS = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" } as const;

/** The executive verdict in plain words, on top of the evaluation: computed from the figures below, never fixed text. */
export function VerdictPanel({ view }: { view: Pick<TProgrammeEvaluationView, "evaluation"> }) {
  const { t } = useTranslation();
  const verdict = roiVerdict(view);
  const tag = TAGS[currentLocale()];
  const currency = view.evaluation.currency;
  const money = (value: number, digits: number) => {
    try {
      return new Intl.NumberFormat(tag, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    } catch {
      return new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    }
  };
  const two = (value: number) => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  const h = verdict.headline;
  const returned = h
    ? t("roiVerdict.returned", { one: money(1, 0), back: money(h.returned, 2) }) +
      (h.level !== null && h.low !== null && h.high !== null ? t("roiVerdict.interval", { level: h.level, low: money(h.low, 2), high: money(h.high, 2) }) : "")
    : t("roiVerdict.noRoi");
  const c = verdict.comparison;
  const on = c ? t(`roiVerdict.on.${c.level}`) : "";
  const comparison = !c
    ? t("roiVerdict.noComparison")
    : (c.favours === "neither"
        ? t("roiVerdict.noLead", { on, g: two(c.g) })
        : t(`roiVerdict.beat.${c.favours}`, { on, g: two(Math.abs(c.g)) })) + t(c.includesNoDifference ? "roiVerdict.stillIncludes" : "roiVerdict.excludes");
  const missing = verdict.missingLevels.filter((level) => !(level === "l4" && !h));
  return (
    <Alert color="blue" variant="light" title={t("roiVerdict.title")} role="region" aria-label={t("roiVerdict.title")}>
      <Text fw={600} data-testid="roi-verdict">
        {returned}
        {t("roiVerdict.separator")}
        {comparison}
      </Text>
      {missing.length > 0 && (
        <List size="sm" mt="xs">
          {missing.map((level) => (
            <List.Item key={level}>{t(`roiVerdict.missing.${level}`)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
