import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOrgChart } from "../../../contracts/people";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { DirectoryScopeNote } from "../people/directory-scope-note";
import { managerIdsToDepth, OrgTree } from "./org-tree";

const OPEN_LEVELS = 2;

/** Who reports to whom, the top levels open, each branch expandable. */
export function OrgChartPage() {
  const { t } = useTranslation();
  usePageTitle(t("orgChart.title"));
  const chart = useResource("/api/people/org-chart", ZOrgChart);
  // null until the reader opens or closes a branch: then the top levels are open
  const [chosen, setExpanded] = useState<ReadonlySet<string> | null>(null);
  const roots = chart.data?.roots ?? [];
  const initial = useMemo(() => managerIdsToDepth(roots, OPEN_LEVELS), [roots]);
  const expanded = chosen ?? initial;

  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t("orgChart.title")}</Title>
      <DirectoryScopeNote view="orgChart" />
      <ProblemAlert error={chart.error} />
      {chart.loading && !chart.data && <LoadingState />}
      {chart.data && chart.data.roots.length === 0 && <Text>{t("orgChart.empty")}</Text>}
      {chart.data && chart.data.roots.length > 0 && (
        <>
          <Group gap="xs">
            <Button variant="default" size="sm" onClick={() => setExpanded(managerIdsToDepth(roots, Infinity))}>
              {t("orgChart.expandAll")}
            </Button>
            <Button variant="default" size="sm" onClick={() => setExpanded(new Set())}>
              {t("orgChart.collapseAll")}
            </Button>
          </Group>
          <OrgTree roots={chart.data.roots} expanded={expanded} onToggle={toggle} />
        </>
      )}
    </Stack>
  );
}
