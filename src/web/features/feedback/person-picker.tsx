import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePeopleSearch } from "../../components/use-people-search";

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
  const { selectProps } = usePeopleSearch(excludeIds);

  return (
    <Select
      {...selectProps}
      label={label}
      placeholder={t("feedback.searchPerson")}
      clearable
      clearButtonProps={{ "aria-label": t("feedback.clearPerson") }}
      value={value}
      nothingFoundMessage={t("feedback.noPeopleFound")}
      error={error}
      required={required}
      onChange={(id) => onChange(id)}
    />
  );
}
