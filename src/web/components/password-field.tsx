import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * Mantine's password input with a translated show/hide button. Its label avoids the word
 * "password" so a search by the field's label finds exactly one element.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput {...props} visibilityToggleButtonProps={{ "aria-label": t("auth.showCharacters") }} />;
}
