import type { OptionsFilter } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { ZPeopleToPick } from "../../contracts/people";
import { api } from "../api/api-client";

export type TPersonOption = { value: string; label: string };
// few enough to fit the dropdown without a scrolling box (axe: scrollable-region-focusable)
const SHOWN_MATCHES = 7;
// the directory has filtered already: the Select shows the options as they come
const keepAll: OptionsFilter = ({ options }) => options;

/**
 * The search behind the people pickers: what is typed (debounced) sent to the pickers' search (`/api/people/picker`:
 * active people by name or department, name and department only, open to every member whatever their directory
 * scope), answered with the people not in `excludeIds`, as Select options (value id, label "first last").
 * `selectProps` goes on a searchable Mantine Select as it is.
 */
export function usePeopleSearch(excludeIds: readonly string[]) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [found, setFound] = useState<TPersonOption[]>([]);
  const excluded = excludeIds.join(",");

  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ q: debounced, limit: String(SHOWN_MATCHES) });
    api.get(`/api/people/picker?${query}`, { schema: ZPeopleToPick, signal: controller.signal }).then(
      (page) =>
        setFound(
          page.items
            .filter((person) => !excluded.split(",").includes(person.id))
            .map((person) => ({ value: person.id, label: `${person.firstName} ${person.lastName}` })),
        ),
      () => {},
    );
    return () => controller.abort();
  }, [debounced, excluded]);

  const selectProps = { withScrollArea: false, searchable: true, data: found, searchValue: search, onSearchChange: setSearch, filter: keepAll };
  return { selectProps, setSearch };
}
