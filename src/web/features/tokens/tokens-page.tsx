import { Alert, Button, Code, CopyButton, Group, NativeSelect, Radio, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOk } from "../../../contracts/common";
import { type TTokenScope, ZApiTokenList, ZCreatedToken, ZCreateTokenRequest } from "../../../contracts/tokens";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { sessionCan } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { TokenTable } from "./token-table";

const EXPIRY_CHOICES = [7, 30, 90, 180, 365] as const;

/** API tokens: create one (personal, or SCIM provisioning for HR admins; its secret shown once), see expiry and last use, revoke. */
export function TokensPage() {
  const { t } = useTranslation();
  usePageTitle(t("tokens.title"));
  const session = useSession();
  const mayProvision = sessionCan(session, "scim.manage");
  const tokens = useResource("/api/tokens", ZApiTokenList);
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TTokenScope>("api");
  const [days, setDays] = useState("90");
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ name: string; token: string; scope: TTokenScope } | null>(null);
  const { busy, error, run } = useSubmission();

  async function create(event: FormEvent) {
    event.preventDefault();
    const parsed = ZCreateTokenRequest.safeParse({ name, scope, expiresInDays: Number(days) });
    setNameError(parsed.success ? undefined : t("fieldErrors.required"));
    if (!parsed.success) return;
    const token = await run(() => api.post("/api/tokens", parsed.data, { schema: ZCreatedToken }));
    if (!token) return;
    setCreated({ name: token.name, token: token.token, scope: token.scope });
    setName("");
    tokens.reload();
  }

  async function revoke(id: string) {
    const revoked = await run(() => api.delete(`/api/tokens/${id}`, { schema: ZOk }));
    if (revoked) tokens.reload();
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t("tokens.title")}</Title>
      <Text>{t("tokens.intro")}</Text>
      <ProblemAlert error={error ?? tokens.error} />
      {created && (
        <Alert color="blue" title={t("tokens.createdTitle", { name: created.name })} role="status">
          <Stack gap="xs">
            <Text>{t("tokens.createdWarning")}</Text>
            {created.scope === "scim" && <Text>{t("apiTokens.scimUse", { url: `${window.location.origin}/scim/v2` })}</Text>}
            <Code block aria-label={t("tokens.secret")}>
              {created.token}
            </Code>
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button size="sm" variant="default" onClick={copy} w="fit-content">
                  {copied ? t("common.copied") : t("common.copy")}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      <form onSubmit={create} noValidate>
        <Stack gap="sm" maw={560}>
          <TextInput
            label={t("tokens.name")}
            description={t("tokens.nameHint")}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError}
          />
          {mayProvision && (
            <Radio.Group label={t("apiTokens.scope")} value={scope} onChange={(value) => setScope(value === "scim" ? "scim" : "api")}>
              <Stack gap={6} mt={4}>
                <Radio value="api" label={t("apiTokens.scopes.api")} description={t("apiTokens.scopeHints.api")} />
                <Radio value="scim" label={t("apiTokens.scopes.scim")} description={t("apiTokens.scopeHints.scim")} />
              </Stack>
            </Radio.Group>
          )}
          <NativeSelect
            label={t("apiTokens.expiry")}
            value={days}
            onChange={(event) => setDays(event.currentTarget.value)}
            data={EXPIRY_CHOICES.map((n) => ({ value: String(n), label: t("apiTokens.days", { count: n }) }))}
            maw={240}
          />
          <Button type="submit" loading={busy} w="fit-content">
            {t("tokens.create")}
          </Button>
        </Stack>
      </form>
      {tokens.loading && !tokens.data && <LoadingState />}
      {tokens.data && tokens.data.items.length === 0 && <Text>{t("tokens.empty")}</Text>}
      {tokens.data && tokens.data.items.length > 0 && <TokenTable tokens={tokens.data.items} onRevoke={revoke} />}
    </Stack>
  );
}
