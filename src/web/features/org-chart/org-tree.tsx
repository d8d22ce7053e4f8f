import { Anchor, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TOrgChartNode } from "../../../contracts/people";

/**
 * The reporting lines as nested lists; each manager has a disclosure button (aria-expanded)
 * that shows or hides their direct reports. Collapsed branches are not rendered at all.
 */
export function OrgTree({
  roots,
  expanded,
  onToggle,
}: {
  roots: TOrgChartNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  return (
    <ul className="org-tree">
      {roots.map((node) => (
        <OrgTreeNode key={node.id} node={node} expanded={expanded} onToggle={onToggle} />
      ))}
    </ul>
  );
}

function OrgTreeNode({
  node,
  expanded,
  onToggle,
}: {
  node: TOrgChartNode;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  const open = expanded.has(node.id);
  const hasReports = node.children.length > 0;
  const groupId = `reports-${node.id}`;
  const role = [node.jobTitle, node.department].filter(Boolean).join(" · ");
  return (
    <li>
      <div className="org-tree-node">
        {hasReports ? (
          <UnstyledButton
            className="org-tree-toggle"
            aria-expanded={open}
            aria-controls={open ? groupId : undefined}
            aria-label={t("orgChart.reportsOf", { name: node.name, reports: node.children.length })}
            onClick={() => onToggle(node.id)}
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          </UnstyledButton>
        ) : (
          <span className="org-tree-spacer" aria-hidden="true" />
        )}
        <div>
          <Anchor component={Link} to={`/people/${node.id}`} fw={600}>
            {node.name}
          </Anchor>
          {role && <Text size="sm">{role}</Text>}
        </div>
      </div>
      {hasReports && open && (
        <ul id={groupId}>
          {node.children.map((child) => (
            <OrgTreeNode key={child.id} node={child} expanded={expanded} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Ids of the managers down to `depth` levels, to open the chart's top levels at first. */
export function managerIdsToDepth(roots: TOrgChartNode[], depth: number): Set<string> {
  const ids = new Set<string>();
  const visit = (nodes: TOrgChartNode[], level: number) => {
    if (level >= depth) return;
    for (const node of nodes) {
      if (node.children.length === 0) continue;
      ids.add(node.id);
      visit(node.children, level + 1);
    }
  };
  visit(roots, 0);
  return ids;
}
