import { Alert, Anchor, Button, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ZSessionResponse } from "../../../contracts/auth";
import { type TInvitationInspection, ZInvitationInspection } from "../../../contracts/invitations";
import { type ApiError, api, toApiError } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { applyLocale } from "../../i18n";
import { useSessionContext } from "../../session/session-context";
import { NewPasswordForm } from "./new-password-form";
import { useLinkToken } from "./use-link-token";

const QUIET = { expectUnauthenticated: true } as const;

/**
 * Accepts an emailed invitation. The link is inspected first, and the page opens in the invitation's
 * language: a new account chooses a password and arrives signed in; an existing account accepts and
 * signs in as usual; an organisation that signs in with its company account is sent there.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.invitationTitle"));
  const token = useLinkToken();
  const [inspection, setInspection] = useState<TInvitationInspection | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!token) return;
    api.post("/api/auth/invitations/inspect", { token }, { ...QUIET, schema: ZInvitationInspection }).then(
      (found) => {
        void applyLocale(found.locale);
        setInspection(found);
      },
      (error: unknown) => setFailure(toApiError(error)),
    );
  }, [token]);

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t("auth.invitationTitle")}
      </Title>
      {!token ? (
        <Alert color="red" role="alert">
          {t("auth.missingToken")}
        </Alert>
      ) : failure ? (
        <>
          <ProblemAlert error={failure} />
          <Text>{t("accounts.invitation.askAgain")}</Text>
        </>
      ) : !inspection ? (
        <LoadingState />
      ) : (
        <Acceptance token={token} inspection={inspection} />
      )}
    </Stack>
  );
}

function Acceptance({ token, inspection }: { token: string; inspection: TInvitationInspection }) {
  const { t } = useTranslation();
  const { setSession } = useSessionContext();
  const navigate = useNavigate();
  const { busy, error, run } = useSubmission();
  const organisation = inspection.organisation.name;

  /** Accepts; a session in the answer signs the person in, else they sign in as usual. */
  async function accept(password?: string) {
    const body = password === undefined ? { token } : { token, password };
    const answer = await run(() => api.post("/api/auth/invitations/accept", body, QUIET));
    if (answer === undefined) return;
    const session = ZSessionResponse.safeParse(answer);
    if (session.success) {
      setSession(session.data);
      navigate("/", { replace: true });
    } else navigate("/sign-in", { replace: true });
  }

  const welcome = (
    <Text>
      {t("accounts.invitation.welcome", { name: inspection.displayName, organisation })}
    </Text>
  );

  if (inspection.ssoOnly) {
    return (
      <>
        {welcome}
        <Text>{t("accounts.invitation.ssoOnly", { organisation })}</Text>
        <ProblemAlert error={error} />
        <Button loading={busy} w="fit-content" onClick={() => void accept()}>
          {t("accounts.invitation.ssoSignIn")}
        </Button>
      </>
    );
  }
  if (!inspection.needsPassword) {
    return (
      <>
        {welcome}
        <Text>{t("accounts.invitation.existing", { email: inspection.email, organisation })}</Text>
        <ProblemAlert error={error} />
        <Button loading={busy} w="fit-content" onClick={() => void accept()}>
          {t("accounts.invitation.acceptAndSignIn")}
        </Button>
        <Anchor component={Link} to="/sign-in" size="sm">
          {t("auth.backToSignIn")}
        </Anchor>
      </>
    );
  }
  return (
    <>
      {welcome}
      <Text>{t("accounts.invitation.choosePassword", { email: inspection.email })}</Text>
      <ProblemAlert error={error} />
      <NewPasswordForm submitLabel={t("auth.acceptInvitation")} busy={busy} onSubmit={(password) => void accept(password)} />
    </>
  );
}
