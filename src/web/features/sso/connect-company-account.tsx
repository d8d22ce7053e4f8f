import { Alert, Button, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZSsoStartResponse } from "../../../contracts/sso";
import { api, toApiError } from "../../api/api-client";

/**
 * "Connect your company account": for someone whose account is also used elsewhere, single sign-on
 * links their company identity only while they are signed in to the account (proving it is theirs).
 * Starts the sign-in of the organisation of the account's address and comes back here.
 */
export function ConnectCompanyAccount({ email }: { email: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function connect() {
    setBusy(true);
    setError(null);
    try {
      // the organisation is found by the address's domain: it may be one this password session does not reach (SSO only)
      const { redirectUrl } = await api.post("/api/auth/sso/start", { email, returnTo: "/me/security" }, { schema: ZSsoStartResponse });
      window.location.assign(redirectUrl);
    } catch (reason) {
      setError(toApiError(reason).code === "VALIDATION" ? t("sso.connect.unavailable") : t("sso.connect.failed"));
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">{t("sso.connect.title")}</Title>
      <Text>{t("sso.connect.text")}</Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <div>
        <Button type="button" variant="default" loading={busy} onClick={() => void connect()}>
          {t("sso.connect.button")}
        </Button>
      </div>
    </Stack>
  );
}
