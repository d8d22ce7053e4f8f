import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.forgotTitle"));
  const [email, setEmail] = useState("");
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(email.trim() === "");
    if (email.trim() === "") return;
    const answer = await run(() => api.post("/api/auth/password-reset", { email: email.trim() }));
    if (answer !== undefined) setSent(true);
  }

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t("auth.forgotTitle")}
      </Title>
      {sent ? (
        <Alert color="blue" role="status">
          {t("auth.linkSent", { email: email.trim() })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t("auth.forgotIntro")}</Text>
            <ProblemAlert error={error} />
            <TextInput
              label={t("fields.email")}
              type="email"
              autoComplete="email"
              required
              withAsterisk={false}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={missing ? t("fieldErrors.required") : undefined}
            />
            <Button type="submit" loading={busy}>
              {t("auth.sendLink")}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t("auth.backToSignIn")}
      </Anchor>
    </Stack>
  );
}
