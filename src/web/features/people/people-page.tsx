import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";
import { type TAccountState, ZAccountState } from "../../../contracts/invitations";
import { ZPeoplePage } from "../../../contracts/people";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { canAdminister } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { resendInvitation, revokeInvitation } from "../invitations/account-actions";
import { ACCOUNT_STATE_LABELS } from "../invitations/account-state-badge";
import { BulkInviteDialog, type TInviteTarget } from "../invitations/bulk-invite-dialog";
import { inviteResultSummary } from "../invitations/invite-result";
import { DirectoryScopeNote } from "./directory-scope-note";
import { PeopleTable, type TRowAction } from "./people-table";

const PAGE_SIZE = 50;

/** The account state in the address (`?account=`), if it is one. */
function accountFilter(value: string | null): TAccountState | null {
  const parsed = ZAccountState.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The directory: search, filters, a page of people, and for HR add, export, each person's account
 * state and the invitations (one, a selection, everyone not yet invited; resend, revoke).
 */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t("people.title"));
  // after an erasure (person-data-panel.tsx) the person page is gone: say so here
  const erased = (useLocation().state as { erased?: string } | null)?.erased;
  const admin = canAdminister(useSession());
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const account = accountFilter(params.get("account"));
  // deactivated people are inactive: the filter would show nobody without them
  const includeInactive = params.get("inactive") === "1" || account === "deactivated";
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [inviting, setInviting] = useState<TInviteTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useSubmission();

  useEffect(() => {
    if (debounced === q) return;
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (debounced) next.set("q", debounced);
      else next.delete("q");
      next.delete("offset");
      return next;
    }, { replace: true });
  }, [debounced, q, setParams]);

  const query = new URLSearchParams({
    q,
    includeInactive: String(includeInactive),
    ...(account ? { accountState: account } : {}),
    limit: String(PAGE_SIZE),
    offset: String(offset),
  });
  const people = useResource(`/api/people?${query}`, ZPeoplePage);

  const setParam = (name: string, value: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === null) next.delete(name);
      else next.set(name, value);
      if (name !== "offset") next.delete("offset");
      return next;
    });

  const select = (ids: string[], on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  async function act({ kind, person }: TRowAction) {
    setNotice(null);
    const name = `${person.firstName} ${person.lastName}`;
    if (kind === "invite") {
      setInviting({ kind: "people", personIds: [person.id] });
      return;
    }
    const invitationId = person.account.invitationId ?? "";
    const done = await action.run(() => (kind === "resend" ? resendInvitation(invitationId) : revokeInvitation(invitationId)));
    if (!done) return;
    setNotice(kind === "resend" ? t("accounts.resent", { name }) : t("accounts.revoked", { name }));
    people.reload();
  }

  const total = people.data?.total ?? 0;
  const items = people.data?.items ?? [];

  return (
    <Stack gap="md">
      {erased && (
        <Alert color="blue" role="status">
          {t("gdpr.erased", { name: erased })}
        </Alert>
      )}
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t("people.title")}</Title>
        {admin && (
          <Group gap="xs">
            <Button component={Link} to="/people/new">
              {t("people.add")}
            </Button>
            <Button component="a" href="/api/people/export?format=csv" download variant="default">
              {t("people.exportCsv")}
            </Button>
            <Button component="a" href="/api/people/export?format=xlsx" download variant="default">
              {t("people.exportXlsx")}
            </Button>
          </Group>
        )}
      </Group>
      <DirectoryScopeNote view="directory" />
      <Group gap="md" align="flex-end">
        <TextInput
          label={t("people.search")}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: "100%", xs: 320 }}
        />
        {admin && (
          <NativeSelect
            label={t("accounts.filter")}
            value={account ?? ""}
            onChange={(event) => setParam("account", event.currentTarget.value || null)}
            data={[
              { value: "", label: t("accounts.filterAll") },
              ...ZAccountState.options.map((state) => ({ value: state, label: t(ACCOUNT_STATE_LABELS[state]) })),
            ]}
          />
        )}
        <Checkbox
          label={t("people.showInactive")}
          checked={includeInactive}
          disabled={account === "deactivated"}
          onChange={(event) => setParam("inactive", event.currentTarget.checked ? "1" : null)}
          mb={8}
        />
      </Group>
      {admin && (
        <Group gap="xs">
          <Button
            variant="default"
            disabled={selected.size === 0}
            onClick={() => {
              setNotice(null);
              setInviting({ kind: "people", personIds: [...selected] });
            }}
          >
            {t("accounts.inviteSelected", { count: selected.size })}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setNotice(null);
              setInviting({ kind: "notYetInvited" });
            }}
          >
            {t("accounts.inviteEveryone")}
          </Button>
        </Group>
      )}
      {notice && (
        <Alert color="blue" role="status">
          {notice}
        </Alert>
      )}
      <ProblemAlert error={people.error ?? action.error} />
      {people.loading && !people.data ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Text>{t("people.noResults")}</Text>
      ) : (
        <>
          <PeopleTable
            people={items}
            total={total}
            busy={people.loading || action.busy}
            admin={admin}
            selected={selected}
            onSelect={select}
            onAction={(a) => void act(a)}
          />
          <Group justify="space-between" gap="sm">
            <Text aria-live="polite">
              {t("people.range", { from: offset + 1, to: offset + items.length, total })}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                disabled={offset === 0}
                onClick={() => setParam("offset", String(Math.max(0, offset - PAGE_SIZE)))}
              >
                {t("common.previous")}
              </Button>
              <Button
                variant="default"
                disabled={offset + items.length >= total}
                onClick={() => setParam("offset", String(offset + PAGE_SIZE))}
              >
                {t("common.next")}
              </Button>
            </Group>
          </Group>
        </>
      )}
      <BulkInviteDialog
        target={inviting}
        onClose={() => setInviting(null)}
        onInvited={(result) => {
          setNotice(inviteResultSummary(t, result));
          setSelected(new Set());
          people.reload();
        }}
      />
    </Stack>
  );
}
