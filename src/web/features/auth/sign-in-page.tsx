import { Alert, Anchor, Button, Stack, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZSessionResponse } from "../../../contracts/auth";
import { api, toApiError } from "../../api/api-client";
import { usePageTitle } from "../../components/page-title";
import { PasswordField } from "../../components/password-field";
import { problemMessage } from "../../components/problem-message";
import { useSessionContext } from "../../session/session-context";
import { TwoFactorSignInStep } from "../account/two-factor-sign-in-step";
import { CompanySignIn } from "../sso/company-sign-in";

/** Email and password, then (for accounts with two-factor) the code; a wrong pair gets one message that does not say which was wrong. */
export function SignInPage() {
  const { state } = useSessionContext();
  if (state.status === "signed-in" && state.session.stage === "totp") return <TwoFactorSignInStep />;
  return <PasswordStep />;
}

function PasswordStep() {
  const { t } = useTranslation();
  usePageTitle(t("auth.signInTitle"));
  const { setSession } = useSessionContext();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const blank = { email: email.trim() === "", password: password === "" };
    setMissing(blank);
    if (blank.email || blank.password) return;
    setBusy(true);
    setError(null);
    try {
      const body = { email: email.trim(), password };
      setSession(await api.post("/api/auth/sign-in", body, { schema: ZSessionResponse, expectUnauthenticated: true }));
    } catch (reason) {
      const apiError = toApiError(reason);
      setError(apiError.status === 401 ? t("auth.invalidCredentials") : problemMessage(t, apiError));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t("auth.signInTitle")}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t("fields.email")}
          type="email"
          autoComplete="username"
          required
          withAsterisk={false}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={missing.email ? t("fieldErrors.required") : undefined}
        />
        <PasswordField
          label={t("fields.password")}
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={missing.password ? t("fieldErrors.required") : undefined}
        />
        <Button type="submit" loading={busy}>
          {t("auth.signIn")}
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t("auth.forgotPassword")}
        </Anchor>
        <CompanySignIn email={email} />
      </Stack>
    </form>
  );
}
