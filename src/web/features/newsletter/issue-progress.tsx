import { Badge, Button, Group, Progress, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TDeliveryStatusValue, type TIssue, ZDeliveryList, ZIssue } from "../../../contracts/newsletter";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { ProblemAlert } from "../../components/problem-alert";
import { tk } from "../../i18n";
import { LabelledTable } from "../insights/editor-parts";

const DELIVERY: Record<TDeliveryStatusValue, { label: string; colour: string }> = {
  pending: { label: tk("newsletter.delivery.pending"), colour: "gray" },
  sending: { label: tk("newsletter.delivery.sending"), colour: "yellow" },
  sent: { label: tk("newsletter.delivery.sent"), colour: "blue" },
  unknown: { label: tk("newsletter.delivery.unknown"), colour: "orange" },
  failed: { label: tk("newsletter.delivery.failed"), colour: "red" },
  skipped: { label: tk("newsletter.delivery.skipped"), colour: "gray" },
};
const ORDER: TDeliveryStatusValue[] = ["pending", "sending", "sent", "unknown", "failed", "skipped"];

/** The send's progress (polled by the page while it runs) and every recipient's status; unknown ones are settled here. */
export function IssueProgress({ issue, onChange }: { issue: TIssue; onChange: () => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TDeliveryStatusValue | null>(null);
  const query = new URLSearchParams({ limit: "500", ...(filter ? { status: filter } : {}) });
  // the progress counts change while sending: reload the list with them
  const version = `${issue.progress.sent}-${issue.progress.unknown}-${issue.progress.failed}-${issue.progress.skipped}`;
  const deliveries = useResource(`/api/newsletter/issues/${issue.id}/deliveries?${query}&v=${version}`, ZDeliveryList);
  const settle = useSubmission();
  const { progress } = issue;
  const done = progress.total - progress.pending - progress.sending;
  const percent = progress.total ? Math.round((done / progress.total) * 100) : 100;

  async function resolve(deliveryId: string, resolution: "delivered" | "resend") {
    const result = await settle.run(() => api.post(`/api/newsletter/issues/${issue.id}/deliveries/${deliveryId}/resolve`, { resolution }, { schema: ZIssue }));
    if (result) {
      onChange();
      deliveries.reload();
    }
  }

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t("newsletter.progressHeading")}
      </Title>
      <Progress value={percent} size="lg" aria-label={t("newsletter.progressHeading")} />
      <Text role="status">{t("newsletter.progressLabel", { done, total: progress.total })}</Text>
      <Group gap="xs">
        {ORDER.filter((s) => progress[s] > 0).map((s) => (
          <Badge key={s} variant="light" color={DELIVERY[s].colour}>
            {t(DELIVERY[s].label)}: {progress[s]}
          </Badge>
        ))}
      </Group>
      {progress.unknown > 0 && <Text>{t("newsletter.unknownHelp")}</Text>}
      <ProblemAlert error={settle.error ?? deliveries.error} />
      <Select
        label={t("newsletter.filter")}
        data={[{ value: "", label: t("newsletter.allStatuses") }, ...ORDER.map((s) => ({ value: s, label: t(DELIVERY[s].label) }))]}
        value={filter ?? ""}
        onChange={(value) => setFilter(value ? (value as TDeliveryStatusValue) : null)}
        w={240}
      />
      <LabelledTable label={t("newsletter.recipients")} columns={[t("newsletter.recipient"), t("newsletter.language"), t("common.status"), t("newsletter.sentAt"), t("newsletter.note"), t("common.actions")]}>
        {(deliveries.data?.items ?? []).map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{d.email ?? t("newsletter.erasedRecipient")}</Table.Td>
            <Table.Td>{d.language.toUpperCase()}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={DELIVERY[d.status].colour}>
                {t(DELIVERY[d.status].label)}
              </Badge>
            </Table.Td>
            <Table.Td>{formatDateTime(d.sentAt)}</Table.Td>
            <Table.Td>{d.lastError}</Table.Td>
            <Table.Td>
              {d.status === "unknown" && (
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" loading={settle.busy} onClick={() => void resolve(d.id, "delivered")}>
                    {t("newsletter.markDelivered")}
                  </Button>
                  <Button size="xs" loading={settle.busy} onClick={() => void resolve(d.id, "resend")}>
                    {t("newsletter.resend")}
                  </Button>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </LabelledTable>
    </Stack>
  );
}
