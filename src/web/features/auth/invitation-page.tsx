import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ZSessionResponse } from "../../../contracts/auth";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { useSessionContext } from "../../session/session-context";
import { NewPasswordForm } from "./new-password-form";
import { useLinkToken } from "./use-link-token";

/** Accepts an emailed invitation: choose a password and arrive signed in. */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.invitationTitle"));
  const token = useLinkToken();
  const { setSession } = useSessionContext();
  const navigate = useNavigate();
  const { busy, error, run } = useSubmission();

  async function submit(password: string) {
    const body = { token, password };
    const options = { schema: ZSessionResponse, expectUnauthenticated: true };
    const session = await run(() => api.post("/api/auth/invitations/accept", body, options));
    if (!session) return;
    setSession(session);
    navigate("/", { replace: true });
  }

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t("auth.invitationTitle")}
      </Title>
      {token ? (
        <>
          <Text>{t("auth.invitationIntro")}</Text>
          <ProblemAlert error={error} />
          <NewPasswordForm submitLabel={t("auth.acceptInvitation")} busy={busy} onSubmit={submit} />
        </>
      ) : (
        <Alert color="red" role="alert">
          {t("auth.missingToken")}
        </Alert>
      )}
    </Stack>
  );
}
