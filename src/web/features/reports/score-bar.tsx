import { Box, Group, Text } from "@mantine/core";
import { currentLocale } from "../../i18n";

/** A score with one decimal in the reader's language. */
export function formatScore(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/**
 * A score as text with a bar beside it. The bar is decoration (aria-hidden): the number is what
 * screen readers read, so the chart needs no SVG accessibility work.
 */
export function ScoreBar({ value, min, max, label, color = "blue.7" }: { value: number; min: number; max: number; label: string; color?: string }) {
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return (
    <Group gap="xs" wrap="nowrap">
      <Box w={120} h={10} bg="gray.2" style={{ borderRadius: 4, flexShrink: 0 }} aria-hidden>
        <Box w={`${Math.round(share * 100)}%`} h="100%" bg={color} style={{ borderRadius: 4 }} />
      </Box>
      <Text size="sm">{label}</Text>
    </Group>
  );
}
