import { Alert, Button, Code, Group, PasswordInput, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TSsoSettings, ZSsoSettings } from "../../../contracts/sso";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";

type TValues = { issuer: string; clientId: string; clientSecret: string; domains: string; ssoOnly: boolean; enabled: boolean };

const valuesOf = (s: TSsoSettings): TValues => ({
  issuer: s.issuer ?? "",
  clientId: s.clientId ?? "",
  clientSecret: "",
  domains: s.allowedDomains.join(", "),
  ssoOnly: s.ssoOnly,
  enabled: s.configured ? s.enabled : true,
});

/** The request body: domains split on commas, spaces or new lines and lower-cased; an empty secret keeps the stored one. */
export function ssoInputFrom(values: TValues) {
  const allowedDomains = [...new Set(values.domains.split(/[\s,;]+/).map((d) => d.trim().toLowerCase()).filter(Boolean))];
  return {
    issuer: values.issuer.trim(),
    clientId: values.clientId.trim(),
    ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}),
    allowedDomains,
    ssoOnly: values.ssoOnly,
    enabled: values.enabled,
  };
}

/** HR's single sign-on settings: the organisation's OpenID Connect provider, its client and allowed domains. */
export function SsoSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t("sso.settings.title"));
  const resource = useResource("/api/organisation/sso", ZSsoSettings);
  const save = useSubmission();
  const remove = useSubmission();
  const [values, setValues] = useState<TValues | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (resource.data) setValues(valuesOf(resource.data));
  }, [resource.data]);
  if (resource.error) return <ProblemAlert error={resource.error} />;
  if (!resource.data || !values) return <LoadingState />;
  const settings = resource.data;
  const field = save.error?.problem.field ?? "";
  const set = (patch: Partial<TValues>) => {
    setSaved(false);
    setValues({ ...values, ...patch });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    const next = await save.run(() => apiRequest("PUT", "/api/organisation/sso", { body: ssoInputFrom(values), schema: ZSsoSettings }));
    if (next) {
      setSaved(true);
      resource.reload();
    }
  }

  async function removeConnection() {
    if ((await remove.run(() => apiRequest("DELETE", "/api/organisation/sso"))) !== undefined) resource.reload();
  }

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t("sso.settings.title")}</Title>
      <Text>{t("sso.settings.intro")}</Text>
      <Stack gap={4}>
        <Text fw={600}>{t("sso.settings.redirectUri")}</Text>
        <Code block>{settings.redirectUri}</Code>
        <Text size="sm">{t("sso.settings.redirectUriHint")}</Text>
      </Stack>
      {saved && (
        <Alert color="green" role="status">
          {t("sso.settings.saved")}
        </Alert>
      )}
      {save.error && !field && <ProblemAlert error={save.error} />}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("sso.settings.issuer")}
            description={t("sso.settings.issuerHint")}
            value={values.issuer}
            onChange={(e) => set({ issuer: e.currentTarget.value })}
            error={field === "issuer" ? t("sso.settings.errors.issuer") : undefined}
            required
          />
          <TextInput
            label={t("sso.settings.clientId")}
            value={values.clientId}
            onChange={(e) => set({ clientId: e.currentTarget.value })}
            error={field === "clientId" ? t("fieldErrors.invalid") : undefined}
            required
          />
          <PasswordInput
            label={t("sso.settings.clientSecret")}
            description={settings.clientSecretSet ? t("sso.settings.clientSecretKept") : t("sso.settings.clientSecretHint")}
            value={values.clientSecret}
            onChange={(e) => set({ clientSecret: e.currentTarget.value })}
            error={field === "clientSecret" ? t("sso.settings.errors.clientSecret") : undefined}
            autoComplete="new-password"
          />
          <TextInput
            label={t("sso.settings.domains")}
            description={t("sso.settings.domainsHint")}
            value={values.domains}
            onChange={(e) => set({ domains: e.currentTarget.value })}
            error={field.startsWith("allowedDomains") ? t("sso.settings.errors.domains") : undefined}
            required
          />
          <Switch label={t("sso.settings.enabled")} checked={values.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
          <Switch
            label={t("sso.settings.ssoOnly")}
            description={t("sso.settings.ssoOnlyHint")}
            checked={values.ssoOnly}
            onChange={(e) => set({ ssoOnly: e.currentTarget.checked })}
          />
          <Group>
            <Button type="submit" loading={save.busy}>
              {t("sso.settings.save")}
            </Button>
            {settings.configured && (
              <Button type="button" variant="default" color="red" loading={remove.busy} onClick={() => void removeConnection()}>
                {t("sso.settings.remove")}
              </Button>
            )}
          </Group>
          <ProblemAlert error={remove.error} />
        </Stack>
      </form>
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t("sso.settings.providersTitle")}
        </Title>
        <Text size="sm">{t("sso.settings.entra")}</Text>
        <Text size="sm">{t("sso.settings.google")}</Text>
      </Stack>
    </Stack>
  );
}
