import { Alert, Button, Divider, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ZSsoStartResponse } from "../../../contracts/sso";
import { api, toApiError } from "../../api/api-client";
import { problemMessage } from "../../components/problem-message";

const FAILURES = ["state", "idp", "token", "email", "account", "link_required", "unavailable"] as const;

/** The reason an SSO sign-in came back to the sign-in page (`?sso_error=`), in the reader's language. */
function SsoFailure() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const code = params.get("sso_error");
  if (code === null) return null;
  const known = (FAILURES as readonly string[]).includes(code) ? code : "unknown";
  return (
    <Alert color="red" role="alert" title={t("sso.signIn.failedTitle")}>
      {t(`sso.signIn.failure.${known}`)}
    </Alert>
  );
}

/**
 * "Sign in with your company account": starts single sign-on for the email typed above (the
 * organisation is found by its domain) and sends the browser to the organisation's provider.
 */
export function CompanySignIn({ email }: { email: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    if (email.trim() === "") {
      setError(t("sso.signIn.emailFirst"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const returnTo = params.get("returnTo") ?? undefined;
      const { redirectUrl } = await api.post("/api/auth/sso/start", { email: email.trim(), returnTo }, { schema: ZSsoStartResponse, expectUnauthenticated: true });
      window.location.assign(redirectUrl);
    } catch (reason) {
      const apiError = toApiError(reason);
      setError(apiError.code === "VALIDATION" ? t("sso.signIn.noOrganisation") : problemMessage(t, apiError));
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <Divider label={t("sso.signIn.or")} labelPosition="center" />
      <SsoFailure />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Button type="button" variant="default" loading={busy} onClick={() => void start()}>
        {t("sso.signIn.button")}
      </Button>
      <Text size="sm" c="dimmed">
        {t("sso.signIn.hint")}
      </Text>
    </Stack>
  );
}
