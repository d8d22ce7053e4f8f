import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isLocale } from "../i18n";
import { useSessionContext } from "../session/session-context";
import { LANGUAGE_OPTIONS } from "./language-select";

/** A compact select of nl/fr/en; when signed in the choice is saved for the user. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useSessionContext();
  return (
    <NativeSelect
      aria-label={t("app.language")}
      data={LANGUAGE_OPTIONS}
      value={i18n.language}
      size="sm"
      onChange={(event) => {
        const value = event.currentTarget.value;
        // a failed save still changes the language for this visit; the next sign-in may differ
        if (isLocale(value)) changeLocale(value).catch(() => {});
      }}
    />
  );
}
