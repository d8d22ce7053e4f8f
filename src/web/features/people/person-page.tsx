import { Alert, Anchor, Badge, Button, Group, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { type TPerson, type TPersonInput, type TPersonPatch, ZPerson } from "../../../contracts/people";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";
import { canAdminister } from "../../session/permissions";
import { useSession } from "../../session/session-context";
import { PersonForm } from "./person-form";
import { changedFields, personFormValues } from "./person-form-values";

/** One person: read by anyone in the directory, edited, deactivated or reactivated by HR. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const loaded = useResource(`/api/people/${encodeURIComponent(id)}`, ZPerson);
  usePageTitle(loaded.data ? `${loaded.data.firstName} ${loaded.data.lastName}` : t("people.title"));

  if (loaded.error) {
    return (
      <Stack gap="md">
        <BackLink />
        <ProblemAlert error={loaded.error} />
      </Stack>
    );
  }
  if (!loaded.data) return <LoadingState />;
  return <PersonEditor key={loaded.data.id} person={loaded.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/people" size="sm">
      {t("people.backToList")}
    </Anchor>
  );
}

function PersonEditor({ person: loaded }: { person: TPerson }) {
  const { t } = useTranslation();
  const admin = canAdminister(useSession());
  const location = useLocation();
  const [person, setPerson] = useState(loaded);
  const { busy, error, run } = useSubmission();
  const [notice, setNotice] = useState<string | null>(
    (location.state as { created?: boolean } | null)?.created ? t("people.created") : null,
  );
  const [formVersion, setFormVersion] = useState(0);

  async function patch(body: TPersonPatch, success: string) {
    setNotice(null);
    const saved = await run(() => api.patch(`/api/people/${person.id}`, body, { schema: ZPerson }));
    if (!saved) return;
    setPerson(saved);
    setFormVersion((version) => version + 1);
    setNotice(success);
  }

  const save = (input: TPersonInput) => {
    const body = changedFields(person, input);
    if (Object.keys(body).length === 0) setNotice(t("people.nothingChanged"));
    else void patch(body, t("people.saved"));
  };

  const toggleActive = (
    <Button
      variant={person.active ? "outline" : "default"}
      color={person.active ? "red.9" : "gray"}
      disabled={busy}
      onClick={() => void patch({ active: !person.active }, person.active ? t("people.deactivated") : t("people.reactivated"))}
    >
      {person.active ? t("people.deactivate") : t("people.reactivate")}
    </Button>
  );

  return (
    <Stack gap="md">
      <BackLink />
      <Group gap="sm">
        <Title order={1}>
          {person.firstName} {person.lastName}
        </Title>
        {!person.active && (
          <Badge color="gray" variant="light">
            {t("people.inactive")}
          </Badge>
        )}
      </Group>
      <Anchor component={Link} to={`/people/${person.id}/report`}>
        {t("report.openShared")}
      </Anchor>
      {notice && (
        <Alert color="blue" role="status">
          {notice}
        </Alert>
      )}
      <PersonForm
        key={formVersion}
        initial={personFormValues(person, currentLocale())}
        personId={person.id}
        readOnly={!admin}
        busy={busy}
        serverError={error}
        submitLabel={t("common.save")}
        actions={toggleActive}
        onSubmit={save}
      />
    </Stack>
  );
}
