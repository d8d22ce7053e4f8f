import { Group, Radio } from "@mantine/core";

const SCORES = ["1", "2", "3", "4", "5"] as const;

/** A 1–5 answer as a labelled radio group (a fieldset with a legend for screen readers). */
export function ScaleField({ label, description, value, error, onChange }: { label: string; description?: string; value: number | null; error?: string; onChange: (value: number) => void }) {
  return (
    <Radio.Group label={label} description={description} value={value === null ? null : String(value)} onChange={(v) => onChange(Number(v))} error={error} required>
      <Group gap="md" mt="xs">
        {SCORES.map((score) => (
          <Radio key={score} value={score} label={score} />
        ))}
      </Group>
    </Radio.Group>
  );
}
