import { Accordion, Anchor, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ZOutboxList } from "../../../contracts/outbox";
import { useResource } from "../../api/use-resource";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";

const STATUS_COLOUR = { pending: "gray", sent: "blue", failed: "red" } as const;

/** The emails Sterk wrote (kept here until SMTP is configured); each opens to its text. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t("outbox.title"));
  const outbox = useResource("/api/outbox", ZOutboxList);
  const items = outbox.data?.items ?? [];
  const statusLabel = { pending: t("outbox.status.pending"), sent: t("outbox.status.sent"), failed: t("outbox.status.failed") };

  return (
    <Stack gap="md">
      <Title order={1}>{t("outbox.title")}</Title>
      <Text>{t("outbox.intro")}</Text>
      <Anchor component={Link} to="/jobs">
        {t("jobs.link")}
      </Anchor>
      <ProblemAlert error={outbox.error} />
      {outbox.loading && !outbox.data && <LoadingState />}
      {outbox.data && items.length === 0 && <Text>{t("outbox.empty")}</Text>}
      {items.length > 0 && (
        <Accordion variant="separated" order={2}>
          {items.map((message) => (
            <Accordion.Item key={message.id} value={message.id}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Text fw={600}>{message.subject}</Text>
                  <Group gap="xs">
                    <Text size="sm">{t("outbox.to", { address: message.to })}</Text>
                    <Text size="sm">{formatDateTime(message.createdAt)}</Text>
                    <Badge size="sm" variant="light" color={STATUS_COLOUR[message.status]}>
                      {statusLabel[message.status]}
                    </Badge>
                  </Group>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <pre className="outbox-text">{message.text}</pre>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
