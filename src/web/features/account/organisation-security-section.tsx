import { Alert, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOrganisationSecurity } from "../../../contracts/two-factor";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { LoadingState } from "../../components/loading-state";
import { ProblemAlert } from "../../components/problem-alert";

/** HR (or the operator) requires two-factor of the organisation's HR admins and mentors. */
export function OrganisationSecuritySection({ organisationName, onChanged }: { organisationName: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const security = useResource("/api/organisation/security", ZOrganisationSecurity);
  const { busy, error, run } = useSubmission();
  const [saved, setSaved] = useState(false);
  // the switch moves at once; it moves back when the server refuses
  const [chosen, setChosen] = useState<boolean | null>(null);
  const current = security.data;

  async function change(requireTwoFactor: boolean) {
    setSaved(false);
    setChosen(requireTwoFactor);
    const result = await run(() => apiRequest("PUT", "/api/organisation/security", { body: { requireTwoFactor }, schema: ZOrganisationSecurity }));
    if (!result) setChosen(null);
    else {
      setSaved(true);
      security.reload();
      onChanged();
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="organisation-security-title">
      <Title order={2} size="h3" id="organisation-security-title">
        {t("security.organisation.title", { organisation: organisationName })}
      </Title>
      <Text>{t("security.organisation.intro")}</Text>
      <ProblemAlert error={security.error} />
      {error?.status === 409 ? (
        <Alert color="red" role="alert">
          {t("security.organisation.needOwn")}
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
      {saved && (
        <Alert color="green" role="status">
          {t("security.organisation.saved")}
        </Alert>
      )}
      {!current && security.loading && <LoadingState />}
      {current && (
        <>
          <Switch
            label={t("security.organisation.require")}
            checked={chosen ?? current.requireTwoFactor}
            disabled={busy}
            onChange={(event) => void change(event.currentTarget.checked)}
          />
          {current.membersWithoutTwoFactor > 0 && <Text size="sm">{t("security.organisation.without", { count: current.membersWithoutTwoFactor })}</Text>}
        </>
      )}
    </Stack>
  );
}
