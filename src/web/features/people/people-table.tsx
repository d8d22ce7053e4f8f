import { Anchor, Badge, Button, Checkbox, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TPerson } from "../../../contracts/people";
import { CaptionedTable } from "../../components/captioned-table";
import { resendableFrom } from "../invitations/account-actions";
import { AccountStateBadge } from "../invitations/account-state-badge";
import { formatTime } from "../invitations/format-time";

/** What HR can do to one row's account from the directory. */
export type TRowAction = { kind: "invite" | "resend" | "revoke"; person: TPerson };

/**
 * The directory's table. For HR (`admin`): a selection column, the account state and the row's
 * account actions (invite when there is no account, resend or revoke a pending or lapsed invitation).
 */
export function PeopleTable({
  people,
  total,
  busy,
  admin,
  selected,
  onSelect,
  onAction,
}: {
  people: TPerson[];
  total: number;
  busy: boolean;
  admin: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onAction: (action: TRowAction) => void;
}) {
  const { t } = useTranslation();
  const chosenHere = people.filter((p) => selected.has(p.id)).length;
  return (
    <CaptionedTable id="people-caption" caption={t("people.tableCaption", { total })} striped highlightOnHover aria-busy={busy}>
      <Table.Thead>
        <Table.Tr>
          {admin && (
            <Table.Th scope="col">
              <Checkbox
                aria-label={t("accounts.selectPage")}
                checked={chosenHere > 0 && chosenHere === people.length}
                indeterminate={chosenHere > 0 && chosenHere < people.length}
                onChange={(event) => onSelect(people.map((p) => p.id), event.currentTarget.checked)}
              />
            </Table.Th>
          )}
          <Table.Th scope="col">{t("people.name")}</Table.Th>
          <Table.Th scope="col">{t("fields.email")}</Table.Th>
          <Table.Th scope="col">{t("fields.jobTitle")}</Table.Th>
          <Table.Th scope="col">{t("fields.department")}</Table.Th>
          <Table.Th scope="col">{t("fields.manager")}</Table.Th>
          {admin && <Table.Th scope="col">{t("accounts.account")}</Table.Th>}
          {admin && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person) => {
          const name = `${person.firstName} ${person.lastName}`;
          return (
            <Table.Tr key={person.id}>
              {admin && (
                <Table.Td>
                  <Checkbox
                    aria-label={t("accounts.selectPerson", { name })}
                    checked={selected.has(person.id)}
                    onChange={(event) => onSelect([person.id], event.currentTarget.checked)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={`/people/${person.id}`}>
                    {name}
                  </Anchor>
                  {!person.active && (
                    <Badge color="gray" variant="light" size="sm">
                      {t("people.inactive")}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{person.email}</Table.Td>
              <Table.Td>{person.jobTitle}</Table.Td>
              <Table.Td>{person.department}</Table.Td>
              <Table.Td>{person.managerName ?? ""}</Table.Td>
              {admin && (
                <Table.Td>
                  <AccountStateBadge state={person.account.state} />
                </Table.Td>
              )}
              {admin && (
                <Table.Td>
                  <RowActions person={person} name={name} onAction={onAction} />
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CaptionedTable>
  );
}

function RowActions({ person, name, onAction }: { person: TPerson; name: string; onAction: (action: TRowAction) => void }) {
  const { t } = useTranslation();
  const state = person.account.state;
  const button = (kind: TRowAction["kind"], label: string, accessibleName: string) => (
    <Button key={kind} size="compact-sm" variant="default" aria-label={accessibleName} onClick={() => onAction({ kind, person })}>
      {label}
    </Button>
  );
  if (state === "none" && person.active) {
    return button("invite", t("accounts.inviteOne"), t("accounts.inviteOneFor", { name }));
  }
  if ((state === "invited" || state === "expired") && person.account.invitationId) {
    const waitUntil = resendableFrom(person.account.lastSentAt, new Date());
    return (
      <Group gap={4} wrap="nowrap">
        {waitUntil ? (
          <Text size="xs">{t("accounts.resendFrom", { time: formatTime(waitUntil) })}</Text>
        ) : (
          button("resend", t("accounts.resend"), t("accounts.resendFor", { name }))
        )}
        {button("revoke", t("accounts.revoke"), t("accounts.revokeFor", { name }))}
      </Group>
    );
  }
  return null;
}
