import { Text } from "@mantine/core";
import { useMemo } from "react";
import { renderMarkdownHtml } from "../../../domain/insights/render-markdown";

/**
 * Shows Markdown as the public site will: the same pure renderer the server uses, whose output can
 * only hold a small set of escaped elements and http(s)/mailto links (see its XSS tests).
 */
export function MarkdownPreview({ source, empty, label }: { source: string; empty: string; label: string }) {
  const html = useMemo(() => renderMarkdownHtml(source), [source]);
  if (!source.trim()) return <Text c="dimmed">{empty}</Text>;
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4, padding: "0 1rem", maxHeight: "40rem", overflow: "auto" }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
