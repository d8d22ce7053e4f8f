import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { TPerson } from "../../../contracts/people";
import { ZPersonErasure } from "../../../contracts/person-data";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { currentLocale } from "../../i18n";

/** HR's GDPR actions on a person (decision 0021): download everything held about them, erase them after a typed confirmation. */
export function PersonDataPanel({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const { busy, error, run } = useSubmission();
  const name = `${person.firstName} ${person.lastName}`;
  const base = `/api/people/${encodeURIComponent(person.id)}/data-export`;

  async function erase() {
    const erased = await run(() => api.post(`/api/people/${person.id}/erase`, { confirmation: typed }, { schema: ZPersonErasure }));
    if (!erased) return;
    setConfirming(false);
    void navigate("/people", { state: { erased: name } });
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("gdpr.title")}
        </Title>
        <Text size="sm">{t("gdpr.intro")}</Text>
        <Group gap="sm">
          <Anchor href={`${base}?format=json`} download>
            {t("gdpr.exportJson")}
          </Anchor>
          <Anchor href={`${base}?format=pdf&language=${currentLocale()}`} download>
            {t("gdpr.exportPdf")}
          </Anchor>
          <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
            {t("gdpr.erase")}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("gdpr.eraseTitle", { name })} closeButtonProps={{ "aria-label": t("common.cancel") }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void erase();
          }}
        >
          <Stack gap="md">
            <Alert color="red" variant="light">
              {t("gdpr.eraseWarning")}
            </Alert>
            <Text size="sm">{t("gdpr.eraseStays")}</Text>
            <TextInput
              label={t("gdpr.confirmLabel", { number: person.employeeNumber, name })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            {error && <ProblemAlert error={error} />}
            <Group gap="xs">
              <Button type="submit" color="red.9" loading={busy} disabled={typed.trim() === ""}>
                {t("gdpr.eraseConfirm")}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
