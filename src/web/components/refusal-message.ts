import type { TFunction } from "i18next";
import type { TCommitmentRefusalView } from "../../contracts/commitment";
import { currentLocale } from "../i18n";

/** An amount of integer cents in the reader's locale, e.g. "€ 3.000,00" in Dutch. */
export function formatCents(cents: number, currency: string): string {
  try {
    return new Intl.NumberFormat(currentLocale(), { style: "currency", currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** Hours in the reader's locale, to the hundredth when not whole. */
export function formatHours(hours: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 2 }).format(hours);
}

/** Why a commitment of money or hours was refused, in the reader's language (the server's facts, not its English). */
export function refusalMessage(t: TFunction, refusal: TCommitmentRefusalView): string {
  const money = (cents: number | null) => formatCents(cents ?? 0, refusal.currency);
  switch (refusal.code) {
    case "not_in_approved_plan":
      return t("commitment.refusal.not_in_approved_plan");
    case "over_hour_limit":
      return t("commitment.refusal.over_hour_limit", {
        count: refusal.hours,
        hours: formatHours(refusal.hours),
        limit: formatHours(refusal.limitHours ?? 0),
        over: formatHours(refusal.overByHours),
      });
    case "over_person_budget":
      return t("commitment.refusal.over_person_budget", { budget: money(refusal.budgetCents), over: money(refusal.overByCents), spent: money(refusal.spentCents) });
    case "over_department_budget":
      return t("commitment.refusal.over_department_budget", {
        department: refusal.department ?? "",
        budget: money(refusal.budgetCents),
        over: money(refusal.overByCents),
        spent: money(refusal.spentCents),
      });
  }
}
