import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePeopleSearch } from "../../components/use-people-search";

/** Adds an active person from the directory to a cohort by typing part of a name; picking one adds it at once. */
export function MemberPicker({ excludeIds, onPick }: { excludeIds: readonly string[]; onPick: (person: { id: string; name: string }) => void }) {
  const { t } = useTranslation();
  const { selectProps, setSearch } = usePeopleSearch(excludeIds);

  return (
    <Select
      {...selectProps}
      label={t("evaluation.setup.addMember")}
      placeholder={t("evaluation.setup.searchPerson")}
      value={null}
      nothingFoundMessage={t("evaluation.setup.noPeopleFound")}
      onChange={(id, option) => {
        if (!id) return;
        onPick({ id, name: option?.label ?? id });
        setSearch("");
      }}
    />
  );
}
