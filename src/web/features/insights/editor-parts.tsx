import { Button, Group, Table, Tabs } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LOCALES, type TLocale } from "../../i18n";

/** A table that scrolls sideways on a phone, named for screen readers, with its column headers. */
export function LabelledTable({ label, columns, children }: { label: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <Table>
        <caption className="visually-hidden">{label}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </div>
  );
}

/** One tab per language, marked ✓ where a version is written; opens on the first written one. */
export function LanguageTabs({ written, fallback, children }: { written: Record<TLocale, boolean>; fallback: TLocale; children: (language: TLocale) => ReactNode }) {
  return (
    <Tabs defaultValue={LOCALES.find((l) => written[l]) ?? fallback} keepMounted={false}>
      <Tabs.List>
        {LOCALES.map((l) => (
          <Tabs.Tab key={l} value={l}>
            {LANGUAGE_NAMES[l]}
            {written[l] ? " ✓" : ""}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {LOCALES.map((l) => (
        <Tabs.Panel key={l} value={l} pt="md">
          {children(l)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** A button that asks once more before acting: the second button does it, Cancel backs out. */
export function ConfirmButton({
  label,
  confirmLabel,
  busy,
  danger,
  size,
  ariaLabel,
  disabled,
  onConfirm,
}: {
  label: string;
  confirmLabel: string;
  busy: boolean;
  danger?: boolean;
  size?: "xs" | "sm";
  ariaLabel?: string;
  disabled?: boolean;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button size={size} variant={danger ? "default" : "filled"} w="fit-content" disabled={disabled} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size={size} color={danger ? "red.9" : undefined} loading={busy} onClick={() => void onConfirm().finally(() => setAsking(false))}>
        {confirmLabel}
      </Button>
      <Button size={size} variant="default" onClick={() => setAsking(false)}>
        {t("common.cancel")}
      </Button>
    </Group>
  );
}
