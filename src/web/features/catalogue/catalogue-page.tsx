import { Alert, Badge, Button, Checkbox, Divider, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TCatalogueModule, type TModuleInput, ZCatalogueList, ZCatalogueModule, ZCatalogueOptions, ZStarterAdded } from "../../../contracts/catalogue";
import { api, apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { CatalogueImport } from "./catalogue-import";
import { ModuleForm } from "./module-form";
import { emptyModuleValues, moduleValuesFrom } from "./module-form-values";
import { formatMoney } from "./money";

type TEditing = { kind: "new" } | { kind: "edit"; module: TCatalogueModule } | null;

/** Filters the list by a search text (title in any language, id, provider) and a format. */
export function filterModules(modules: readonly TCatalogueModule[], search: string, format: string | null): TCatalogueModule[] {
  const needle = search.trim().toLowerCase();
  return modules.filter((m) => {
    if (format && m.format !== format) return false;
    if (!needle) return true;
    const haystack = [m.id, m.provider, m.title.nl, m.title.fr, m.title.en].join(" ").toLowerCase();
    return haystack.includes(needle);
  });
}

/** HR's development catalogue: search and filter, add and edit every field, archive, starter modules, import and export. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("catalogue.title"));
  const locale = i18n.language;
  const [showArchived, setShowArchived] = useState(false);
  const [search, setSearch] = useState("");
  const [format, setFormat] = useState<string | null>(null);
  const [editing, setEditing] = useState<TEditing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useResource(`/api/catalogue?${new URLSearchParams({ includeArchived: String(showArchived), lang: locale })}`, ZCatalogueList);
  const options = useResource(`/api/catalogue/options?lang=${locale}`, ZCatalogueOptions);
  const save = useSubmission();
  const action = useSubmission();

  const modules = filterModules(list.data?.items ?? [], search, format);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  async function submit(input: TModuleInput) {
    const saved = await save.run(() =>
      editing?.kind === "edit"
        ? apiRequest("PUT", `/api/catalogue/${encodeURIComponent(editing.module.id)}?lang=${locale}`, { body: input, schema: ZCatalogueModule })
        : api.post(`/api/catalogue?lang=${locale}`, input, { schema: ZCatalogueModule }),
    );
    if (saved) {
      setEditing(null);
      setNotice(t("catalogue.saved", { title: saved.display.title }));
      list.reload();
    }
  }

  async function archive(m: TCatalogueModule) {
    const path = `/api/catalogue/${encodeURIComponent(m.id)}/${m.archived ? "restore" : "archive"}`;
    const done = await action.run(() => api.post(path, undefined, { schema: ZCatalogueModule }));
    if (done) {
      setNotice(t(done.archived ? "catalogue.archivedNotice" : "catalogue.restoredNotice", { title: done.display.title }));
      list.reload();
    }
  }

  async function addStarter() {
    const done = await action.run(() => api.post("/api/catalogue/starter", undefined, { schema: ZStarterAdded }));
    if (done) {
      setNotice(t("catalogue.starterAdded", { count: done.added }));
      list.reload();
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t("catalogue.title")}</Title>
        <Group gap="xs">
          <Button
            onClick={() => {
              save.run(async () => undefined);
              setEditing({ kind: "new" });
            }}
            disabled={!options.data}
          >
            {t("catalogue.new")}
          </Button>
          <Button variant="default" onClick={() => void addStarter()} loading={action.busy}>
            {t("catalogue.addStarter")}
          </Button>
          <Button component="a" href="/api/catalogue/export?format=csv" download variant="default">
            {t("catalogue.exportCsv")}
          </Button>
          <Button component="a" href="/api/catalogue/export?format=xlsx" download variant="default">
            {t("catalogue.exportXlsx")}
          </Button>
        </Group>
      </Group>
      <Text>{t("catalogue.intro")}</Text>
      {notice && (
        <Alert color="green" role="status" withCloseButton closeButtonLabel={t("catalogue.closeNotice")} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <ProblemAlert error={action.error} />
      <Group gap="md" align="flex-end">
        <TextInput label={t("catalogue.search")} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={{ base: "100%", xs: 280 }} />
        <Select
          label={t("catalogue.formatFilter")}
          data={(options.data?.formats ?? []).map((f) => ({ value: f, label: t(`catalogue.format.${f}`) }))}
          value={format}
          onChange={setFormat}
          placeholder={t("catalogue.allFormats")}
          clearable
          w={{ base: "100%", xs: 240 }}
        />
        <Checkbox label={t("catalogue.showArchived")} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} mb={8} />
      </Group>
      <ProblemAlert error={list.error ?? options.error} />
      {list.loading && !list.data ? (
        <LoadingState />
      ) : modules.length === 0 ? (
        <Text>{list.data?.items.length ? t("catalogue.noMatches") : t("catalogue.empty")}</Text>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="catalogue-caption" tabIndex={0}>
          <Table striped highlightOnHover aria-busy={list.loading}>
            <caption id="catalogue-caption" className="visually-hidden">
              {t("catalogue.tableCaption", { count: modules.length })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("catalogue.columns.title")}</Table.Th>
                <Table.Th scope="col">{t("catalogue.columns.format")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("catalogue.columns.hours")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("catalogue.columns.cost")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("catalogue.columns.seats")}
                </Table.Th>
                <Table.Th scope="col">{t("catalogue.columns.languages")}</Table.Th>
                <Table.Th scope="col">{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {modules.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={6}>
                        <Text fw={600} size="sm">
                          {m.display.title}
                        </Text>
                        {m.starter && (
                          <Badge variant="light" size="sm">
                            {t("catalogue.starterBadge")}
                          </Badge>
                        )}
                        {m.archived && (
                          <Badge variant="light" color="gray" size="sm">
                            {t("catalogue.archivedBadge")}
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="gray.7">
                        {m.id} · {m.provider}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{t(`catalogue.format.${m.format}`)}</Table.Td>
                  <Table.Td ta="right">{number.format(m.hours)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(m.costCents, m.currency, locale)}</Table.Td>
                  <Table.Td ta="right">{m.seatsPerPeriod === null ? t("catalogue.unlimited") : number.format(m.seatsPerPeriod)}</Table.Td>
                  <Table.Td>{m.languages.map((l) => l.toUpperCase()).join(", ")}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        disabled={!options.data}
                        aria-label={t("catalogue.editLabel", { title: m.display.title })}
                        onClick={() => {
                          save.run(async () => undefined);
                          setEditing({ kind: "edit", module: m });
                        }}
                      >
                        {t("catalogue.edit")}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        loading={action.busy}
                        aria-label={t(m.archived ? "catalogue.restoreLabel" : "catalogue.archiveLabel", { title: m.display.title })}
                        onClick={() => void archive(m)}
                      >
                        {t(m.archived ? "catalogue.restore" : "catalogue.archive")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Divider />
      <CatalogueImport onImported={list.reload} />
      <Modal
        opened={editing !== null && options.data !== undefined}
        onClose={() => setEditing(null)}
        title={editing?.kind === "edit" ? t("catalogue.editTitle", { title: editing.module.display.title }) : t("catalogue.newTitle")}
        size="xl"
        closeButtonProps={{ "aria-label": t("common.cancel") }}
      >
        {editing && options.data && (
          <ModuleForm
            key={editing.kind === "edit" ? editing.module.id : "new"}
            initial={editing.kind === "edit" ? moduleValuesFrom(editing.module) : emptyModuleValues()}
            options={options.data}
            editing={editing.kind === "edit"}
            busy={save.busy}
            serverError={save.error}
            onSubmit={(input) => void submit(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
