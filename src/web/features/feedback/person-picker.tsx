import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZPeoplePage } from "../../../contracts/people";
import { api } from "../../api/api-client";

type TOption = { value: string; label: string };
// few enough to fit the dropdown without a scrolling box (axe: scrollable-region-focusable)
const SHOWN_MATCHES = 7;

/** Picks an active person from the directory by typing part of a name. */
export function PersonPicker({
  label,
  value,
  excludeIds = [],
  error,
  required,
  onChange,
}: {
  label: string;
  value: string | null;
  excludeIds?: readonly string[];
  error?: string;
  required?: boolean;
  onChange: (id: string | null) => void;
}) {
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
      label={label}
      placeholder={t("feedback.searchPerson")}
      withScrollArea={false}
      searchable
      clearable
      clearButtonProps={{ "aria-label": t("feedback.clearPerson") }}
      data={found}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t("feedback.noPeopleFound")}
      error={error}
      required={required}
      onChange={(id) => onChange(id)}
    />
  );
}
