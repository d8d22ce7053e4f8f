import { Table, type TableProps } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A table in a keyboard-scrollable region named by its caption (hidden visually, read by screen
 * readers), so wide tables scroll on phones without losing their name.
 */
export function CaptionedTable({ id, caption, children, ...table }: { id: string; caption: ReactNode; children: ReactNode } & TableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <Table {...table}>
        <caption id={id} className="visually-hidden">
          {caption}
        </caption>
        {children}
      </Table>
    </div>
  );
}

/** A table's header row: one column header per label. */
export function ColumnHeads({ labels }: { labels: ReactNode[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {labels.map((label, i) => (
          // the columns are fixed for a table: their place is their identity
          <Table.Th scope="col" key={i}>
            {label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
