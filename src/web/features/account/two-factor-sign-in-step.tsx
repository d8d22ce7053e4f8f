import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZSessionResponse } from "../../../contracts/auth";
import { api, toApiError } from "../../api/api-client";
import { usePageTitle } from "../../components/page-title";
import { problemMessage } from "../../components/problem-message";
import { useSessionContext } from "../../session/session-context";
import { CodeField, cleanCode } from "./code-field";

/**
 * The second step of signing in: a code from the authenticator app, or one recovery code. A right code
 * makes the session full (the guards then move on); "another account" ends the half-open session.
 */
export function TwoFactorSignInStep() {
  const { t } = useTranslation();
  usePageTitle(t("security.signIn.codeTitle"));
  const { setSession, signOut } = useSessionContext();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState("");
  const [missing, setMissing] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = useRecovery ? value.trim() : cleanCode(value);
    setMissing(typed === "");
    if (typed === "") return;
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      const body = useRecovery ? { recoveryCode: typed } : { code: typed };
      setSession(await api.post("/api/auth/two-factor/verify", body, { schema: ZSessionResponse, expectUnauthenticated: true }));
    } catch (reason) {
      const apiError = toApiError(reason);
      if (apiError.status === 400) setFieldError(t("security.signIn.wrongCode"));
      else if (apiError.status === 401 || apiError.status === 409) setSession(null);
      else setError(problemMessage(t, apiError));
      setBusy(false);
    }
  }

  function toggle() {
    setUseRecovery((previous) => !previous);
    setValue("");
    setFieldError(null);
    setMissing(false);
  }

  const fieldProps = {
    value,
    onChange: (event: { currentTarget: { value: string } }) => setValue(event.currentTarget.value),
    error: missing ? t("fieldErrors.required") : (fieldError ?? undefined),
    required: true,
    withAsterisk: false,
    "data-autofocus": true,
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t("security.signIn.codeTitle")}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text>{useRecovery ? t("security.signIn.recoveryIntro") : t("security.signIn.codeIntro")}</Text>
        {useRecovery ? (
          <TextInput key="recovery" label={t("security.signIn.recoveryCode")} autoComplete="off" spellCheck={false} maxLength={40} {...fieldProps} />
        ) : (
          <CodeField key="code" label={t("security.signIn.code")} {...fieldProps} />
        )}
        <Button type="submit" loading={busy}>
          {t("security.signIn.verify")}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={toggle} ta="left">
          {useRecovery ? t("security.signIn.useApp") : t("security.signIn.useRecovery")}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={() => void signOut()} ta="left">
          {t("security.signIn.cancel")}
        </Anchor>
      </Stack>
    </form>
  );
}
