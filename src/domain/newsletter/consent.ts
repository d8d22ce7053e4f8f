import type { TLocale } from "../shared/locale";

/**
 * The consent text shown next to the subscribe form, per language. Change a text only together with
 * a new version: the consent log records the version each subscriber agreed to.
 */
export const CONSENT_VERSION = "2026-11-v1";

export const CONSENT_TEXTS: Record<TLocale, string> = {
  nl: "Ja, stuur mij de Insights-nieuwsbrief over de kritische factoren die managers versterken. Ik kan me met één klik uitschrijven; mijn adres wordt alleen voor deze nieuwsbrief gebruikt.",
  fr: "Oui, envoyez-moi la newsletter Insights sur les facteurs critiques qui renforcent les managers. Je peux me désinscrire en un clic ; mon adresse ne sert qu'à cette newsletter.",
  en: "Yes, send me the Insights newsletter about the critical factors that strengthen managers. I can unsubscribe with one click; my address is used for this newsletter only.",
};

/** What the consent log records for each event in a subscriber's life. */
export type TConsentAction = "subscribe_request" | "confirm" | "language_change" | "unsubscribe" | "import";
