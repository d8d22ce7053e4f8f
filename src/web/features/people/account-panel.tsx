import { Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZMemberList } from "../../../contracts/invitations";
import type { TPerson } from "../../../contracts/people";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { ProblemAlert } from "../../components/problem-alert";
import { linkAccount, resendableFrom, resendInvitation, revokeInvitation, unlinkAccount } from "../invitations/account-actions";
import { AccountStateBadge } from "../invitations/account-state-badge";
import { BulkInviteDialog } from "../invitations/bulk-invite-dialog";
import { formatTime } from "../invitations/format-time";
import { inviteResultSummary } from "../invitations/invite-result";

/**
 * HR's view of one person's account: its state and invitation, invite / resend / revoke, and linking
 * an existing member's account by hand (or unlinking it). `onChanged` reloads the person with `notice`.
 */
export function AccountPanel({ person, onChanged }: { person: TPerson; onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const { account } = person;
  const name = `${person.firstName} ${person.lastName}`;
  const { busy, error, run } = useSubmission();
  const [inviting, setInviting] = useState(false);

  async function act(action: () => Promise<unknown>, notice: string) {
    const done = await run(action);
    if (done !== undefined) onChanged(notice);
  }

  const invitationId = account.invitationId ?? "";
  const pending = (account.state === "invited" || account.state === "expired") && account.invitationId !== null;
  const waitUntil = resendableFrom(account.lastSentAt, new Date());

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="account-heading">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="account-heading">
            {t("accounts.account")}
          </Title>
          <AccountStateBadge state={account.state} />
        </Group>
        <Text size="sm">{t(`accounts.explain.${account.state}`)}</Text>
        {account.lastSentAt && (
          <Text size="sm">{t("accounts.lastSent", { date: formatDateTime(account.lastSentAt), count: account.sendCount })}</Text>
        )}
        {account.expiresAt && pending && (
          <Text size="sm">
            {account.state === "expired"
              ? t("accounts.expiredOn", { date: formatDateTime(account.expiresAt) })
              : t("accounts.validUntil", { date: formatDateTime(account.expiresAt) })}
          </Text>
        )}
        {account.roles.length > 0 && (
          <Text size="sm">{t("accounts.roles", { roles: account.roles.map((role) => t(`roles.${role}`)).join(", ") })}</Text>
        )}
        <ProblemAlert error={error} />
        <Group gap="xs">
          {account.state === "none" && person.active && <Button onClick={() => setInviting(true)}>{t("accounts.inviteOne")}</Button>}
          {pending && (
            <>
              {waitUntil ? (
                <Text size="sm">{t("accounts.resendFrom", { time: formatTime(waitUntil) })}</Text>
              ) : (
                <Button loading={busy} onClick={() => void act(() => resendInvitation(invitationId), t("accounts.resent", { name }))}>
                  {t("accounts.resend")}
                </Button>
              )}
              <Button variant="outline" color="red.9" disabled={busy} onClick={() => void act(() => revokeInvitation(invitationId), t("accounts.revoked", { name }))}>
                {t("accounts.revoke")}
              </Button>
            </>
          )}
          {account.state === "active" && (
            <Button variant="outline" color="red.9" disabled={busy} onClick={() => void act(() => unlinkAccount(person.id), t("accounts.unlinked"))}>
              {t("accounts.unlink")}
            </Button>
          )}
        </Group>
        {account.state === "none" && person.active && (
          <LinkAccount busy={busy} onLink={(userId) => void act(() => linkAccount(person.id, userId), t("accounts.linked"))} />
        )}
      </Stack>
      <BulkInviteDialog
        target={inviting ? { kind: "people", personIds: [person.id] } : null}
        onClose={() => setInviting(false)}
        onInvited={(result) => onChanged(inviteResultSummary(t, result))}
      />
    </Card>
  );
}

/** Pick a member of the organisation whose account has no person record yet, and link it. */
function LinkAccount({ busy, onLink }: { busy: boolean; onLink: (userId: string) => void }) {
  const { t } = useTranslation();
  const members = useResource("/api/organisation/members?unlinked=true", ZMemberList);
  const [userId, setUserId] = useState<string | null>(null);
  const options = (members.data?.items ?? []).map((m) => ({ value: m.userId, label: `${m.displayName} (${m.email})` }));
  if (members.error) return <ProblemAlert error={members.error} />;
  if (members.data && options.length === 0) return <Text size="sm">{t("accounts.noUnlinked")}</Text>;
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label={t("accounts.linkExisting")}
        description={t("accounts.linkHint")}
        placeholder={t("accounts.linkPlaceholder")}
        data={options}
        value={userId}
        onChange={setUserId}
        searchable
        withScrollArea={false}
        w={{ base: "100%", xs: 360 }}
      />
      <Button variant="default" disabled={!userId || busy} onClick={() => userId && onLink(userId)}>
        {t("accounts.link")}
      </Button>
    </Group>
  );
}
