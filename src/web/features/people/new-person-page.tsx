import { Anchor, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type TPersonInput, ZPerson } from "../../../contracts/people";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { usePageTitle } from "../../components/page-title";
import { currentLocale } from "../../i18n";
import { PersonForm } from "./person-form";
import { personFormValues } from "./person-form-values";

/** Adds one person to the directory, then shows them. */
export function NewPersonPage() {
  const { t } = useTranslation();
  usePageTitle(t("people.newTitle"));
  const navigate = useNavigate();
  const { busy, error, run } = useSubmission();
  const [initial] = useState(() => personFormValues(null, currentLocale()));

  async function create(input: TPersonInput) {
    const person = await run(() => api.post("/api/people", input, { schema: ZPerson }));
    if (person) navigate(`/people/${person.id}`, { state: { created: true } });
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/people" size="sm">
        {t("people.backToList")}
      </Anchor>
      <Title order={1}>{t("people.newTitle")}</Title>
      <PersonForm initial={initial} busy={busy} serverError={error} submitLabel={t("people.add")} onSubmit={create} />
    </Stack>
  );
}
