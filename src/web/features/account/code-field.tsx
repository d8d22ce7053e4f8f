import { TextInput, type TextInputProps } from "@mantine/core";

/**
 * A one-time code from an authenticator app: the browser and password managers may fill it in
 * (autocomplete "one-time-code"), phones show the number pad.
 */
export function CodeField(props: Omit<TextInputProps, "type" | "inputMode" | "autoComplete">) {
  return <TextInput {...props} autoComplete="one-time-code" inputMode="numeric" maxLength={7} spellCheck={false} />;
}

/** The code as the API takes it: digits only (apps show "123 456"). */
export function cleanCode(typed: string): string {
  return typed.replace(/\s/g, "");
}
