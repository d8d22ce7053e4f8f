import { Badge, Button, Group, Table } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TApiToken } from "../../../contracts/tokens";
import { formatDateTime } from "../../components/format-date";

/** The actor's tokens: name, scope, created, expires, last used, state, and a revoke button with confirmation. */
export function TokenTable({ tokens, onRevoke }: { tokens: TApiToken[]; onRevoke: (id: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="table-scroll" role="region" aria-label={t("tokens.listTitle")} tabIndex={0}>
      <Table>
        <caption className="visually-hidden">{t("tokens.listTitle")}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("tokens.name")}</Table.Th>
            <Table.Th scope="col">{t("apiTokens.scope")}</Table.Th>
            <Table.Th scope="col">{t("tokens.createdAt")}</Table.Th>
            <Table.Th scope="col">{t("apiTokens.expiresAt")}</Table.Th>
            <Table.Th scope="col">{t("tokens.lastUsed")}</Table.Th>
            <Table.Th scope="col">{t("common.status")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>{token.name}</Table.Td>
              <Table.Td>{t(`apiTokens.scopes.${token.scope}`)}</Table.Td>
              <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(token.expiresAt)}</Table.Td>
              <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("tokens.never")}</Table.Td>
              <Table.Td>
                <TokenStateBadge token={token} />
              </Table.Td>
              <Table.Td>
                {tokenState(token, new Date()) === "active" &&
                  (confirming === token.id ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" color="red.9" onClick={() => void onRevoke(token.id).finally(() => setConfirming(null))}>
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

/** The token's state: revoked, expired or active. */
export function tokenState(token: TApiToken, now: Date): "revoked" | "expired" | "active" {
  if (token.revokedAt) return "revoked";
  return new Date(token.expiresAt) <= now ? "expired" : "active";
}

/** The badge for a token's state. */
export function TokenStateBadge({ token }: { token: TApiToken }) {
  const { t } = useTranslation();
  const state = tokenState(token, new Date());
  const color = { revoked: "gray", expired: "orange.9", active: "blue" }[state];
  return (
    <Badge variant="light" color={color}>
      {state === "expired" ? t("apiTokens.expired") : t(`tokens.${state}`)}
    </Badge>
  );
}
