import { Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ZPeoplePage } from "../../../contracts/people";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { canAdminister } from "../../session/permissions";
import { useSession } from "../../session/session-context";

const PAGE_SIZE = 50;

/** The directory: search, active filter, a page of people, and (for HR) add and export. */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t("people.title"));
  const admin = canAdminister(useSession());
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const includeInactive = params.get("inactive") === "1";
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);

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

  const total = people.data?.total ?? 0;
  const items = people.data?.items ?? [];

  return (
    <Stack gap="md">
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
      <Group gap="md" align="flex-end">
        <TextInput
          label={t("people.search")}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: "100%", xs: 320 }}
        />
        <Checkbox
          label={t("people.showInactive")}
          checked={includeInactive}
          onChange={(event) => setParam("inactive", event.currentTarget.checked ? "1" : null)}
          mb={8}
        />
      </Group>
      <ProblemAlert error={people.error} />
      {people.loading && !people.data ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Text>{t("people.noResults")}</Text>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-labelledby="people-caption" tabIndex={0}>
            <Table striped highlightOnHover aria-busy={people.loading}>
              <caption id="people-caption" className="visually-hidden">
                {t("people.tableCaption", { total })}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("people.name")}</Table.Th>
                  <Table.Th scope="col">{t("fields.email")}</Table.Th>
                  <Table.Th scope="col">{t("fields.jobTitle")}</Table.Th>
                  <Table.Th scope="col">{t("fields.department")}</Table.Th>
                  <Table.Th scope="col">{t("fields.manager")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Anchor component={Link} to={`/people/${person.id}`}>
                          {person.firstName} {person.lastName}
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
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
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
    </Stack>
  );
}
