import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { z } from "zod";
import { ZLocale } from "../../contracts/common";
import type { TCatalogue } from "./catalogue";

export type TLocale = z.infer<typeof ZLocale>;
export const LOCALES: readonly TLocale[] = ZLocale.options;

/** Each locale's catalogue as its own chunk: the first load carries only the language the page starts in. */
const LOADERS: Record<TLocale, () => Promise<{ default: TCatalogue }>> = {
  nl: () => import("./bundles/nl"),
  fr: () => import("./bundles/fr"),
  en: () => import("./bundles/en"),
};

const registered = new Set<TLocale>();
const pending: Partial<Record<TLocale, TCatalogue>> = {};

/** Makes a locale's texts available (from a loaded bundle, or all at once in tests). */
export function registerCatalogue(locale: TLocale, catalogue: TCatalogue): void {
  registered.add(locale);
  if (i18n.isInitialized) i18n.addResourceBundle(locale, "translation", catalogue, true, true);
  else pending[locale] = catalogue;
}

/** Loads a locale's chunk once; later calls resolve at once. */
export async function loadCatalogue(locale: TLocale): Promise<void> {
  if (registered.has(locale)) return;
  registerCatalogue(locale, (await LOADERS[locale]()).default);
}

/** Languages are named in their own tongue, so a reader finds theirs whatever the page's language. */
export const LANGUAGE_NAMES: Record<TLocale, string> = {
  nl: "Nederlands",
  fr: "Français",
  en: "English",
};

const STORAGE_KEY = "sterk.locale";

export const i18n = i18next.createInstance();

/** True when the value is one of the app's locales. */
export function isLocale(value: unknown): value is TLocale {
  return ZLocale.safeParse(value).success;
}

/** The first of the browser's preferred languages the app speaks (by base tag), else English. */
export function pickLocale(preferred: readonly string[]): TLocale {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return "en";
}

/** Before sign-in: the language chosen earlier on this device, else the browser's preference. */
export function initialLocale(): TLocale {
  const stored = readStoredLocale();
  if (stored) return stored;
  const preferred =
    typeof navigator === "undefined" ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return pickLocale(preferred.filter(Boolean));
}

function readStoredLocale(): TLocale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function syncDocumentLanguage(locale: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

/**
 * Initialises the shared i18next instance once, synchronously, with the catalogues registered so far (the app awaits
 * `loadCatalogue(locale)` first; tests register every locale).
 */
export function initI18n(locale: TLocale): typeof i18n {
  if (!i18n.isInitialized) {
    i18n.on("languageChanged", syncDocumentLanguage);
    const resources = Object.fromEntries(Object.entries(pending).map(([l, catalogue]) => [l, { translation: catalogue }]));
    void i18n.use(initReactI18next).init({
      resources,
      lng: locale,
      supportedLngs: [...LOCALES],
      fallbackLng: "en",
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      initAsync: false,
    });
  }
  syncDocumentLanguage(i18n.language);
  return i18n;
}

/** Switches the interface language, sets `<html lang>` and remembers it on this device. */
export async function applyLocale(locale: TLocale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // storage may be unavailable (private mode); the language still changes for this visit
  }
  await loadCatalogue(locale);
  if (!i18n.isInitialized) initI18n(locale);
  else if (i18n.language !== locale) await i18n.changeLanguage(locale);
  syncDocumentLanguage(locale);
}

/** The active locale as one of the app's locales. */
export function currentLocale(): TLocale {
  return isLocale(i18n.language) ? i18n.language : "en";
}

/**
 * Marks a string as a translation key where it is stored before being translated (tables of
 * labels), so the key check in `i18n.test.ts` finds it like a call of `t`.
 */
export function tk<K extends string>(key: K): K {
  return key;
}
