import { NativeSelect } from "@mantine/core";
import { isLocale, LANGUAGE_NAMES, LOCALES, type TLocale } from "../i18n";

export const LANGUAGE_OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }));

/** A labelled select of nl/fr/en (a person's language, an organisation's default, an invitation's). */
export function LanguageSelect({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: TLocale;
  error?: string;
  onChange: (locale: TLocale) => void;
}) {
  return (
    <NativeSelect
      label={label}
      data={LANGUAGE_OPTIONS}
      value={value}
      error={error}
      onChange={(event) => {
        const locale = event.currentTarget.value;
        if (isLocale(locale)) onChange(locale);
      }}
    />
  );
}
