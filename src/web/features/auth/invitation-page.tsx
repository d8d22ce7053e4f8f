import { Alert, Button, Stack, Text, Title } from "@mantine/core";
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
 * language: a new account chooses a password and arrives signed in; an existing account (it already
 * belongs to the organisation) and an organisation that signs in with its company account sign in as usual.
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

  /** Sets the first password; the answer is the new session, signed in. */
  async function accept(password: string) {
    const options = { ...QUIET, schema: ZSessionResponse };
    const session = await run(() => api.post("/api/auth/invitations/accept", { token, password }, options));
    if (!session) return;
    setSession(session);
    navigate("/", { replace: true });
  }

  const welcome = (
    <Text>
      {t("accounts.invitation.welcome", { name: inspection.displayName, organisation })}
    </Text>
  );

  // nothing to accept here: a company account or an existing password signs in on the sign-in page
  if (inspection.ssoOnly || !inspection.needsPassword) {
    return (
      <>
        {welcome}
        <Text>
          {inspection.ssoOnly
            ? t("accounts.invitation.ssoOnly", { organisation })
            : t("accounts.invitation.existing", { email: inspection.email, organisation })}
        </Text>
        <Button component={Link} to="/sign-in" w="fit-content">
          {inspection.ssoOnly ? t("accounts.invitation.ssoSignIn") : t("auth.signIn")}
        </Button>
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
