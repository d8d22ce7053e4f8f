import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
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
import { AccountPanel } from "./account-panel";
import { PersonDataPanel } from "./person-data-panel";
import { PersonForm } from "./person-form";
import { changedFields, personFormValues } from "./person-form-values";

/** One person: read by anyone in the directory; HR edits them, manages their account, deactivates or reactivates them. */
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
  const [confirming, setConfirming] = useState(false);

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

  async function reload(success: string) {
    const fresh = await run(() => api.get(`/api/people/${person.id}`, { schema: ZPerson }));
    if (!fresh) return;
    setPerson(fresh);
    setNotice(success);
  }

  async function deactivate() {
    setConfirming(false);
    await patch({ active: false }, t("people.deactivated"));
  }

  const toggleActive = (
    <Button
      variant={person.active ? "outline" : "default"}
      color={person.active ? "red.9" : "gray"}
      disabled={busy}
      onClick={() => (person.active ? setConfirming(true) : void patch({ active: true }, t("people.reactivated")))}
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
      {admin && <AccountPanel person={person} onChanged={(success) => void reload(success)} />}
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
      {admin && <PersonDataPanel person={person} />}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("accounts.deactivateTitle", { name: `${person.firstName} ${person.lastName}` })}
        closeButtonProps={{ "aria-label": t("common.cancel") }}
      >
        <Stack gap="md">
          <Text>{t("accounts.deactivateText")}</Text>
          <Group gap="xs">
            <Button color="red.9" onClick={() => void deactivate()}>
              {t("accounts.deactivateConfirm")}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
