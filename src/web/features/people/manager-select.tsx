import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZPeoplePage } from "../../../contracts/people";
import { api } from "../../api/api-client";

type TOption = { value: string; label: string };

// few enough to fit the dropdown without a scrolling box (axe: scrollable-region-focusable); typing narrows
const SHOWN_MATCHES = 7;

/** Picks a line manager by searching the directory as one types; the current choice stays listed. */
export function ManagerSelect({
  value,
  selectedName,
  excludeId,
  disabled,
  error,
  onChange,
}: {
  value: string | null;
  selectedName: string | null;
  excludeId?: string;
  disabled?: boolean;
  error?: string;
  onChange: (id: string | null, name: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(selectedName ?? "");
  const [debounced] = useDebouncedValue(search, 250);
  const [found, setFound] = useState<TOption[]>([]);

  useEffect(() => {
    if (disabled) return;
    const controller = new AbortController();
    // typing nothing new (the chosen name is shown) lists everyone, not only that name
    const q = debounced === (selectedName ?? "") ? "" : debounced;
    const query = new URLSearchParams({ q, limit: String(SHOWN_MATCHES) });
    api.get(`/api/people?${query}`, { schema: ZPeoplePage, signal: controller.signal }).then(
      (page) =>
        setFound(
          page.items
            .filter((person) => person.id !== excludeId && person.active)
            .map((person) => ({ value: person.id, label: `${person.firstName} ${person.lastName}` })),
        ),
      () => {},
    );
    return () => controller.abort();
  }, [debounced, excludeId, disabled, selectedName]);

  const data = value && selectedName && !found.some((o) => o.value === value)
    ? [{ value, label: selectedName }, ...found]
    : found;

  return (
    <Select
      label={t("fields.manager")}
      placeholder={t("people.noManager")}
      description={disabled ? undefined : t("people.managerHint")}
      withScrollArea={false}
      searchable
      clearable
      clearButtonProps={{ "aria-label": t("people.clearManager") }}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t("people.noResults")}
      disabled={disabled}
      error={error}
      onChange={(id, option) => onChange(id, option?.label ?? null)}
    />
  );
}
