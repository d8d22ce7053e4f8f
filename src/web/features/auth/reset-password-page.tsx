import { Alert, Anchor, Button, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { NewPasswordForm } from "./new-password-form";
import { useLinkToken } from "./use-link-token";

/** Sets a new password from an emailed reset link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.resetTitle"));
  const token = useLinkToken();
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmission();

  async function submit(password: string) {
    const answer = await run(() => api.post("/api/auth/password-reset/confirm", { token, password }));
    if (answer !== undefined) setDone(true);
  }

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t("auth.resetTitle")}
      </Title>
      {done ? (
        <>
          <Alert color="blue" role="status">
            {t("auth.resetDone")}
          </Alert>
          <Button component={Link} to="/sign-in">
            {t("auth.signIn")}
          </Button>
        </>
      ) : token ? (
        <>
          <Text>{t("auth.resetIntro")}</Text>
          <ProblemAlert error={error} />
          <NewPasswordForm submitLabel={t("auth.setPassword")} busy={busy} onSubmit={submit} />
        </>
      ) : (
        <Alert color="red" role="alert">
          {t("auth.missingToken")}
        </Alert>
      )}
      {!done && (
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t("auth.requestNewLink")}
        </Anchor>
      )}
    </Stack>
  );
}
