import { Button, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZCreateOrganisationRequest, ZOrganisation } from "../../../contracts/organisations";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { useResource } from "../../api/use-resource";
import { LanguageSelect } from "../../components/language-select";
import { LoadingState } from "../../components/loading-state";
import { announceOrganisationsChanged, ZOrganisationList } from "../../components/organisation-switcher";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem, fieldErrorsFromZod, type TFieldErrors } from "../../components/problem-message";
import { currentLocale, LANGUAGE_NAMES, type TLocale } from "../../i18n";

/** The operator's client organisations: the list and a form to add one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("organisations.title"));
  const organisations = useResource("/api/organisations", ZOrganisationList);
  const [slug, setSlug] = useState("");
  const [name, setName] = useState("");
  const [defaultLocale, setDefaultLocale] = useState<TLocale>(currentLocale());
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useSubmission();

  async function create(event: FormEvent) {
    event.preventDefault();
    const candidate = { slug: slug.trim(), name, defaultLocale };
    const parsed = ZCreateOrganisationRequest.safeParse(candidate);
    setFieldErrors(parsed.success ? {} : fieldErrorsFromZod(t, parsed.error, candidate));
    setNotice(null);
    if (!parsed.success) return;
    const organisation = await run(() => api.post("/api/organisations", parsed.data, { schema: ZOrganisation }));
    if (!organisation) return;
    setNotice(t("organisations.created", { name: organisation.name }));
    setSlug("");
    setName("");
    organisations.reload();
    announceOrganisationsChanged();
  }

  const shownFieldErrors = error ? { ...fieldErrorsFromProblem(t, error), ...fieldErrors } : fieldErrors;

  const items = organisations.data?.items ?? [];
  return (
    <Stack gap="md">
      <Title order={1}>{t("organisations.title")}</Title>
      <ProblemAlert error={organisations.error} />
      {organisations.loading && !organisations.data && <LoadingState />}
      {organisations.data && items.length === 0 && <Text>{t("organisations.empty")}</Text>}
      {items.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t("organisations.title")} tabIndex={0}>
          <Table striped>
            <caption className="visually-hidden">{t("organisations.title")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("fields.name")}</Table.Th>
                <Table.Th scope="col">{t("fields.slug")}</Table.Th>
                <Table.Th scope="col">{t("fields.defaultLocale")}</Table.Th>
                <Table.Th scope="col">{t("organisations.peopleCount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Td>{organisation.name}</Table.Td>
                  <Table.Td>{organisation.slug}</Table.Td>
                  <Table.Td>{LANGUAGE_NAMES[organisation.defaultLocale]}</Table.Td>
                  <Table.Td>{organisation.peopleCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Title order={2} size="h3">
        {t("organisations.create")}
      </Title>
      <ProblemAlert error={error} />
      {notice && (
        <Text role="status" fw={600}>
          {notice}
        </Text>
      )}
      <form onSubmit={create} noValidate>
        <Stack gap="sm" maw={420}>
          <TextInput
            label={t("fields.name")}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={shownFieldErrors.name}
          />
          <TextInput
            label={t("fields.slug")}
            description={t("organisations.slugHint")}
            required
            value={slug}
            onChange={(event) => setSlug(event.currentTarget.value.toLowerCase())}
            error={shownFieldErrors.slug}
          />
          <LanguageSelect label={t("fields.defaultLocale")} value={defaultLocale} onChange={setDefaultLocale} />
          <Group>
            <Button type="submit" loading={busy}>
              {t("organisations.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
