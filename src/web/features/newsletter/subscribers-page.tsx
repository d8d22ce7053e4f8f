import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOk } from "../../../contracts/common";
import { type TSubscriber, ZSubscriberExport, ZSubscriberList } from "../../../contracts/newsletter";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { formatDateTime } from "../../components/format-date";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { LANGUAGE_NAMES, LOCALES, tk } from "../../i18n";
import { ConfirmButton, LabelledTable } from "../insights/editor-parts";

const PAGE_SIZE = 50;
const STATUS = {
  pending: { label: tk("newsletter.subscriberStatus.pending"), colour: "gray" },
  confirmed: { label: tk("newsletter.subscriberStatus.confirmed"), colour: "blue" },
  unsubscribed: { label: tk("newsletter.subscriberStatus.unsubscribed"), colour: "yellow" },
} as const;

/** Saves a JSON document as a file download. */
function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The newsletter's subscribers: counts, search and filters, and a GDPR export or erasure per person. */
export function SubscribersPage() {
  const { t } = useTranslation();
  usePageTitle(t("newsletter.subscribersTitle"));
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset), ...(q ? { q } : {}), ...(status ? { status } : {}), ...(language ? { language } : {}) });
  const list = useResource(`/api/newsletter/subscribers?${query}`, ZSubscriberList);
  const action = useSubmission();
  const [erased, setErased] = useState<string | null>(null);
  const count = (s: keyof typeof STATUS) => (list.data?.counts ?? []).filter((c) => c.status === s).reduce((n, c) => n + c.count, 0);
  const total = list.data?.total ?? 0;

  async function exportOne(subscriber: TSubscriber) {
    const data = await action.run(() => api.get(`/api/newsletter/subscribers/${subscriber.id}/export`, { schema: ZSubscriberExport }));
    if (data) download(`subscriber-${subscriber.id}.json`, data);
  }

  async function eraseOne(subscriber: TSubscriber) {
    const done = await action.run(() => api.delete(`/api/newsletter/subscribers/${subscriber.id}`, { schema: ZOk }));
    if (done) {
      setErased(subscriber.email);
      list.reload();
    }
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t("newsletter.subscribersTitle")}</Title>
      <Text>{t("newsletter.subscribersIntro")}</Text>
      {list.data && <Text>{t("newsletter.counts", { confirmed: count("confirmed"), pending: count("pending"), unsubscribed: count("unsubscribed") })}</Text>}
      {erased && (
        <Alert color="blue" role="status">
          {t("newsletter.erased", { email: erased })}
        </Alert>
      )}
      <ProblemAlert error={action.error ?? list.error} />
      <Group align="flex-end" gap="sm">
        <TextInput label={t("newsletter.search")} value={search} onChange={(e) => { setSearch(e.currentTarget.value); setOffset(0); }} type="search" />
        <Select
          label={t("common.status")}
          data={[{ value: "", label: t("newsletter.all") }, ...Object.entries(STATUS).map(([value, s]) => ({ value, label: t(s.label) }))]}
          value={status ?? ""}
          onChange={(value) => { setStatus(value || null); setOffset(0); }}
          w={180}
        />
        <Select
          label={t("newsletter.language")}
          data={[{ value: "", label: t("newsletter.all") }, ...LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))]}
          value={language ?? ""}
          onChange={(value) => { setLanguage(value || null); setOffset(0); }}
          w={180}
        />
      </Group>
      {list.loading && !list.data && <LoadingState />}
      {list.data && list.data.items.length === 0 && <Text>{t("newsletter.subscribersEmpty")}</Text>}
      {list.data && list.data.items.length > 0 && (
        <LabelledTable label={t("newsletter.subscribersTitle")} columns={[t("newsletter.email"), t("newsletter.language"), t("common.status"), t("newsletter.subscribedAt"), t("newsletter.confirmedAt"), t("common.actions")]}>
          {list.data.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.email}</Table.Td>
              <Table.Td>{LANGUAGE_NAMES[s.language]}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS[s.status].colour}>
                  {t(STATUS[s.status].label)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(s.confirmedAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => void exportOne(s)} aria-label={t("newsletter.exportOf", { email: s.email })}>
                    {t("newsletter.export")}
                  </Button>
                  <ConfirmButton
                    danger
                    size="xs"
                    label={t("newsletter.erase")}
                    ariaLabel={t("newsletter.eraseOf", { email: s.email })}
                    confirmLabel={t("newsletter.eraseConfirm")}
                    busy={action.busy}
                    onConfirm={() => eraseOne(s)}
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </LabelledTable>
      )}
      {total > PAGE_SIZE && (
        <Group gap="sm">
          <Button variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t("common.previous")}
          </Button>
          <Text>{t("newsletter.range", { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total })}</Text>
          <Button variant="default" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t("common.next")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
