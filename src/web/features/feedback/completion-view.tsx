import { Group, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TCompletionGroup } from "../../../contracts/feedback";
import { GROUP_LABELS } from "./labels";

/** Invited and answered counts per group, with a bar each: never who answered. */
export function CompletionView({ completion }: { completion: readonly TCompletionGroup[] }) {
  const { t } = useTranslation();
  const rows = completion.filter((row) => row.invited > 0);
  return (
    <Stack gap="sm">
      <Title order={2}>{t("feedback.completion")}</Title>
      <Text size="sm">{t("feedback.completionHint")}</Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("feedback.groupLabel")}</Table.Th>
            <Table.Th scope="col">{t("feedback.answered")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const label = t(GROUP_LABELS[row.group]);
            const text = t("feedback.answeredOf", { answered: row.answered, invited: row.invited });
            return (
              <Table.Tr key={row.group}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Progress
                      value={row.invited ? (100 * row.answered) / row.invited : 0}
                      w={160}
                      aria-label={`${label}: ${text}`}
                    />
                    <Text size="sm">{text}</Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
