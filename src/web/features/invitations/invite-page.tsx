import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZInvitationRequest } from "../../../contracts/auth";
import { type TInvitationResult, ZInvitationResult } from "../../../contracts/invitations";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { LanguageSelect } from "../../components/language-select";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem, fieldErrorsFromZod, type TFieldErrors } from "../../components/problem-message";
import { currentLocale, type TLocale } from "../../i18n";
import { RoleChoice, type TRole } from "./role-choice";

/**
 * HR invites someone by email (a mentor, an external, someone not in the directory) with one or more
 * roles. A new account gets a link; an account that exists already joins at once and is told by email.
 */
export function InvitePage() {
  const { t } = useTranslation();
  usePageTitle(t("invite.title"));
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [roles, setRoles] = useState<TRole[]>(["manager"]);
  const [locale, setLocale] = useState<TLocale>(currentLocale());
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [sent, setSent] = useState<{ email: string; outcome: TInvitationResult["outcome"]; personId: string | null } | null>(null);
  const { busy, error, run } = useSubmission();

  async function send(event: FormEvent) {
    event.preventDefault();
    const candidate = { email: email.trim(), displayName, roles, locale };
    const parsed = ZInvitationRequest.safeParse(candidate);
    const errors = parsed.success ? {} : fieldErrorsFromZod(t, parsed.error, candidate);
    if (errors.roles) errors.roles = t("invite.chooseRole");
    setFieldErrors(errors);
    if (!parsed.success) return;
    setSent(null);
    const result = await run(() => api.post("/api/invitations", parsed.data, { schema: ZInvitationResult }));
    if (!result) return;
    setSent({ email: parsed.data.email, outcome: result.outcome, personId: result.personId });
    setEmail("");
    setDisplayName("");
  }

  const shownFieldErrors = error ? { ...fieldErrorsFromProblem(t, error), ...fieldErrors } : fieldErrors;

  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>{t("invite.title")}</Title>
      <Text>{t("invite.intro")}</Text>
      <ProblemAlert error={error} />
      {sent && (
        <Alert color="blue" role="status">
          <Stack gap={4}>
            <Text size="sm">
              {sent.outcome === "notified" ? t("accounts.byEmail.notified", { email: sent.email }) : t("invite.sent", { email: sent.email })}
            </Text>
            {sent.personId && (
              <Anchor component={Link} to={`/people/${sent.personId}`} size="sm">
                {t("accounts.byEmail.person")}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
      <form onSubmit={send} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("fields.email")}
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={shownFieldErrors.email}
          />
          <TextInput
            label={t("fields.displayName")}
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={shownFieldErrors.displayName}
          />
          <RoleChoice roles={roles} onChange={setRoles} error={shownFieldErrors.roles} />
          <LanguageSelect label={t("fields.language")} value={locale} onChange={setLocale} />
          <Button type="submit" loading={busy} w="fit-content">
            {t("invite.send")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
