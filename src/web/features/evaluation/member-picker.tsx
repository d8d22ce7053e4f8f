import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZPeoplePage } from "../../../contracts/people";
import { api } from "../../api/api-client";

type TOption = { value: string; label: string };
// few enough to fit the dropdown without a scrolling box (axe: scrollable-region-focusable)
const SHOWN_MATCHES = 7;

/** Adds an active person from the directory to a cohort by typing part of a name; picking one adds it at once. */
export function MemberPicker({ excludeIds, onPick }: { excludeIds: readonly string[]; onPick: (person: { id: string; name: string }) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [found, setFound] = useState<TOption[]>([]);
  const excluded = excludeIds.join(",");

  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ q: debounced, limit: String(SHOWN_MATCHES) });
    api.get(`/api/people?${query}`, { schema: ZPeoplePage, signal: controller.signal }).then(
      (page) =>
        setFound(
          page.items
            .filter((person) => person.active && !excluded.split(",").includes(person.id))
            .map((person) => ({ value: person.id, label: `${person.firstName} ${person.lastName}` })),
        ),
      () => {},
    );
    return () => controller.abort();
  }, [debounced, excluded]);

  return (
    <Select
      label={t("evaluation.setup.addMember")}
      placeholder={t("evaluation.setup.searchPerson")}
      withScrollArea={false}
      searchable
      data={found}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t("evaluation.setup.noPeopleFound")}
      onChange={(id, option) => {
        if (!id) return;
        onPick({ id, name: option?.label ?? id });
        setSearch("");
      }}
    />
  );
}
