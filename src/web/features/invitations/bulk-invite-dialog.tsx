import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TInvitePeopleResult, ZInvitePeopleRequest, ZInvitePeopleResult } from "../../../contracts/invitations";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { inviteResultSummary } from "./invite-result";
import { RoleChoice, type TRole } from "./role-choice";


/** Whom a bulk invitation is for: chosen people, or everyone not yet invited (optionally narrowed). */
export type TInviteTarget = { kind: "people"; personIds: string[] } | { kind: "notYetInvited" };

/** The invitation dialog of the directory: choose roles (and a narrowing filter), send, read the outcome. */
export function BulkInviteDialog({
  target,
  onClose,
  onInvited,
}: {
  target: TInviteTarget | null;
  onClose: () => void;
  onInvited: (result: TInvitePeopleResult) => void;
}) {
  const { t } = useTranslation();
  const title =
    target?.kind === "people" ? t("accounts.invite.titlePeople", { count: target.personIds.length }) : t("accounts.invite.titleEveryone");
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg" closeButtonProps={{ "aria-label": t("common.cancel") }}>
      {target && <InviteForm target={target} onClose={onClose} onInvited={onInvited} />}
    </Modal>
  );
}

function InviteForm({ target, onClose, onInvited }: { target: TInviteTarget; onClose: () => void; onInvited: (result: TInvitePeopleResult) => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<TRole[]>(["manager"]);
  const [department, setDepartment] = useState("");
  const [managersOnly, setManagersOnly] = useState(false);
  const [rolesError, setRolesError] = useState<string | null>(null);
  const [result, setResult] = useState<TInvitePeopleResult | null>(null);
  const { busy, error, run } = useSubmission();

  async function send(event: FormEvent) {
    event.preventDefault();
    const trimmed = department.trim();
    const candidate =
      target.kind === "people"
        ? { personIds: target.personIds, roles }
        : { filter: { accountState: "none" as const, ...(trimmed ? { department: trimmed } : {}), ...(managersOnly ? { managersOnly } : {}) }, roles };
    const parsed = ZInvitePeopleRequest.safeParse(candidate);
    setRolesError(roles.length === 0 ? t("invite.chooseRole") : null);
    if (!parsed.success) return;
    const sent = await run(() => api.post("/api/invitations/people", parsed.data, { schema: ZInvitePeopleResult }));
    if (!sent) return;
    setResult(sent);
    onInvited(sent);
  }

  if (result) {
    return (
      <Stack gap="md">
        <Alert color="blue" role="status" title={t("accounts.invite.done")}>
          {inviteResultSummary(t, result)}
        </Alert>
        <Button onClick={onClose} w="fit-content">
          {t("accounts.invite.close")}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={send} noValidate>
      <Stack gap="md">
        <Text size="sm">{t("accounts.invite.intro")}</Text>
        {target.kind === "notYetInvited" && (
          <>
            <TextInput
              label={t("accounts.invite.department")}
              description={t("accounts.invite.departmentHint")}
              value={department}
              onChange={(event) => setDepartment(event.currentTarget.value)}
            />
            <Checkbox
              label={t("accounts.invite.managersOnly")}
              checked={managersOnly}
              onChange={(event) => setManagersOnly(event.currentTarget.checked)}
            />
          </>
        )}
        <RoleChoice roles={roles} onChange={setRoles} error={rolesError} />
        <ProblemAlert error={error} />
        <Group gap="xs">
          <Button type="submit" loading={busy}>
            {t("accounts.invite.send")}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
