import { Badge, Divider, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZSessionResponse } from "../../../contracts/auth";
import { ZTwoFactorStatus } from "../../../contracts/two-factor";
import { api } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { ProblemAlert } from "../../components/problem-alert";
import { useSessionContext } from "../../session/session-context";
import { RecoveryCodesPanel } from "./recovery-codes-panel";
import { DisableTwoFactorForm, DisabledNotice, RegenerateCodesForm } from "./two-factor-manage";
import { TwoFactorSetup } from "./two-factor-setup";

/** The account's two-factor state (`requirementVersion` bumps when the organisation's requirement changed): set it up, or see the codes left, renew them and turn it off (unless required). */
export function TwoFactorSection({ requirementVersion = 0 }: { requirementVersion?: number }) {
  const { t } = useTranslation();
  const { setSession } = useSessionContext();
  const status = useResource("/api/me/two-factor", ZTwoFactorStatus);
  const { reload } = status;
  // HR just changed the organisation's requirement: whether two-factor may be turned off changed with it
  useEffect(() => {
    if (requirementVersion > 0) reload();
  }, [requirementVersion, reload]);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [disabled, setDisabled] = useState(false);

  async function enabled(recoveryCodes: string[]) {
    setCodes(recoveryCodes);
    setDisabled(false);
    status.reload();
    // an enrolment the organisation required opens the rest of the app
    setSession(await api.get("/api/auth/session", { schema: ZSessionResponse }));
  }

  const current = status.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="two-factor-title">
      <Group gap="sm">
        <Title order={2} size="h3" id="two-factor-title">
          {t("security.twoFactor.title")}
        </Title>
        {current && (
          <Badge variant="light" color={current.enabled ? "teal" : "gray"}>
            {current.enabled ? t("security.twoFactor.statusOn") : t("security.twoFactor.statusOff")}
          </Badge>
        )}
      </Group>
      <Text>{t("security.twoFactor.intro")}</Text>
      <ProblemAlert error={status.error} />
      {!current && status.loading && <LoadingState />}
      {disabled && <DisabledNotice />}
      {codes && <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} />}
      {current && !current.enabled && <TwoFactorSetup onEnabled={(recoveryCodes) => void enabled(recoveryCodes)} />}
      {current?.enabled && !codes && (
        <>
          <Text>{t("security.twoFactor.codesLeft", { count: current.recoveryCodesLeft })}</Text>
          <RegenerateCodesForm
            onCodes={(recoveryCodes) => {
              setCodes(recoveryCodes);
              status.reload();
            }}
          />
          <Divider />
          {current.required ? (
            <Text size="sm">{t("security.twoFactor.required")}</Text>
          ) : (
            <DisableTwoFactorForm
              onDisabled={() => {
                setDisabled(true);
                status.reload();
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
