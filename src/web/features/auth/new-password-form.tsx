import { Button, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZNewPassword } from "../../../contracts/auth";
import { PasswordField } from "../../components/password-field";

const MIN_LENGTH = ZNewPassword.minLength ?? 10;

/** A new password typed twice; calls `onSubmit` only when both agree and meet the length rule. */
export function NewPasswordForm({
  submitLabel,
  busy,
  onSubmit,
}: {
  submitLabel: string;
  busy: boolean;
  onSubmit: (password: string) => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (password === "") next.password = t("fieldErrors.required");
    else if (!ZNewPassword.safeParse(password).success) next.password = t("fieldErrors.tooShort", { min: MIN_LENGTH });
    if (!next.password && repeat !== password) next.repeat = t("fieldErrors.mismatch");
    setErrors(next);
    if (!next.password && !next.repeat) onSubmit(password);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordField
          label={t("fields.newPassword")}
          description={t("auth.passwordHint", { min: MIN_LENGTH })}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
        />
        <PasswordField
          label={t("fields.repeatPassword")}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={errors.repeat}
        />
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
