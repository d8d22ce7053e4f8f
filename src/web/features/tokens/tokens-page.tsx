import { Alert, Badge, Button, Code, CopyButton, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOk } from "../../../contracts/common";
import { type TApiToken, ZApiTokenList, ZCreatedToken, ZCreateTokenRequest } from "../../../contracts/tokens";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { useResource } from "../../api/use-resource";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";

/** Personal API tokens: create one (its secret shown once), see when each was used, revoke. */
export function TokensPage() {
  const { t } = useTranslation();
  usePageTitle(t("tokens.title"));
  const tokens = useResource("/api/tokens", ZApiTokenList);
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const { busy, error, run } = useSubmission();

  async function create(event: FormEvent) {
    event.preventDefault();
    const parsed = ZCreateTokenRequest.safeParse({ name });
    setNameError(parsed.success ? undefined : t("fieldErrors.required"));
    if (!parsed.success) return;
    const token = await run(() => api.post("/api/tokens", parsed.data, { schema: ZCreatedToken }));
    if (!token) return;
    setCreated({ name: token.name, token: token.token });
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
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t("tokens.name")}
            description={t("tokens.nameHint")}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError}
          />
          <Button type="submit" loading={busy}>
            {t("tokens.create")}
          </Button>
        </Group>
      </form>
      {tokens.loading && !tokens.data && <LoadingState />}
      {tokens.data && tokens.data.items.length === 0 && <Text>{t("tokens.empty")}</Text>}
      {tokens.data && tokens.data.items.length > 0 && <TokenTable tokens={tokens.data.items} onRevoke={revoke} />}
    </Stack>
  );
}

function TokenTable({ tokens, onRevoke }: { tokens: TApiToken[]; onRevoke: (id: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="table-scroll" role="region" aria-label={t("tokens.listTitle")} tabIndex={0}>
      <Table>
        <caption className="visually-hidden">{t("tokens.listTitle")}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("tokens.name")}</Table.Th>
            <Table.Th scope="col">{t("tokens.createdAt")}</Table.Th>
            <Table.Th scope="col">{t("tokens.lastUsed")}</Table.Th>
            <Table.Th scope="col">{t("common.status")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>{token.name}</Table.Td>
              <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
              <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("tokens.never")}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={token.revokedAt ? "gray" : "blue"}>
                  {token.revokedAt ? t("tokens.revoked") : t("tokens.active")}
                </Badge>
              </Table.Td>
              <Table.Td>
                {!token.revokedAt &&
                  (confirming === token.id ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        color="red.9"
                        onClick={() => void onRevoke(token.id).finally(() => setConfirming(null))}
                      >
                        {t("tokens.confirmRevoke", { name: token.name })}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                        {t("common.cancel")}
                      </Button>
                    </Group>
                  ) : (
                    <Button size="xs" variant="default" onClick={() => setConfirming(token.id)}>
                      {t("tokens.revoke", { name: token.name })}
                    </Button>
                  ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
