import { Box, Group, Text } from "@mantine/core";
import { formatScore } from "./score-bar";

/**
 * A position against the reference group: a 0–100 track with the average (50) marked and a dot where the person
 * stands. One hue everywhere for "where you stand" — a percentile is a position, not good or bad (decision 0014).
 * The bar is decoration (aria-hidden); the label says the number.
 */
export function PercentileBar({ value, label, width = 160 }: { value: number; label: string; width?: number }) {
  const at = Math.min(100, Math.max(0, value));
  return (
    <Group gap="xs" wrap="nowrap">
      <Box w={width} h={12} bg="gray.2" pos="relative" style={{ borderRadius: 6, flexShrink: 0 }} aria-hidden>
        <Box pos="absolute" left="50%" top={-2} w={2} h={16} bg="gray.6" />
        <Box pos="absolute" left={`calc(${at}% - 6px)`} top={0} w={12} h={12} bg="blue.7" style={{ borderRadius: 6 }} />
      </Box>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/** A percentile in the reader's language, one decimal; the tails as "< 0.1" and "> 99.9" rather than 0.0 or 100.0. */
export function formatPercentile(value: number): string {
  if (value < 0.1) return `< ${formatScore(0.1)}`;
  if (value > 99.9) return `> ${formatScore(99.9)}`;
  return formatScore(value);
}
