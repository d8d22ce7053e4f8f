import { Alert, Button, Checkbox, Stack, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZNewPassword } from "../../../contracts/auth";
import { ZOk } from "../../../contracts/common";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { PasswordField } from "../../components/password-field";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";

const MIN_PASSWORD = 10;

/** Changes the password with the current one; the server ends the user's other sessions (and, if asked, their API tokens). */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [revokeApiTokens, setRevokeApiTokens] = useState(false);
  const [local, setLocal] = useState<{ currentPassword?: string; newPassword?: string }>({});
  const [done, setDone] = useState(false);
  const fromServer = error ? fieldErrorsFromProblem(t, error) : {};
  const fieldErrors = {
    currentPassword: local.currentPassword ?? (fromServer.currentPassword ? t("security.password.wrongCurrent") : undefined),
    newPassword: local.newPassword ?? fromServer.newPassword,
  };
  const unnamed = error && !fromServer.currentPassword && !fromServer.newPassword ? error : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const problems = {
      currentPassword: currentPassword === "" ? t("fieldErrors.required") : undefined,
      newPassword: ZNewPassword.safeParse(newPassword).success ? undefined : newPassword === "" ? t("fieldErrors.required") : t("fieldErrors.tooShort", { min: MIN_PASSWORD }),
    };
    setLocal(problems);
    if (problems.currentPassword || problems.newPassword) return;
    const result = await run(() => api.post("/api/me/password", { currentPassword, newPassword, revokeApiTokens }, { schema: ZOk }));
    if (!result) return;
    setCurrentPassword("");
    setNewPassword("");
    setRevokeApiTokens(false);
    setDone(true);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="change-password-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="change-password-title">
          {t("security.password.title")}
        </Title>
        {done && (
          <Alert color="green" role="status">
            {t("security.password.done")}
          </Alert>
        )}
        <ProblemAlert error={unnamed} />
        <PasswordField
          label={t("security.password.current")}
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={fieldErrors.currentPassword}
        />
        <PasswordField
          label={t("security.password.new")}
          description={t("auth.passwordHint", { min: MIN_PASSWORD })}
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={newPassword}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          error={fieldErrors.newPassword}
        />
        <Checkbox label={t("security.password.revokeTokens")} checked={revokeApiTokens} onChange={(event) => setRevokeApiTokens(event.currentTarget.checked)} />
        <Button type="submit" loading={busy} w="fit-content">
          {t("security.password.submit")}
        </Button>
      </Stack>
    </form>
  );
}
