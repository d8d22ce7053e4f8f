import { Alert, Divider, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../components/page-title";
import { canAdminister } from "../../session/permissions";
import { ConnectCompanyAccount } from "../sso/connect-company-account";
import { useSession } from "../../session/session-context";
import { ChangePasswordForm } from "./change-password-form";
import { OrganisationSecuritySection } from "./organisation-security-section";
import { TwoFactorSection } from "./two-factor-section";

/**
 * The account's security: change the password, set up or manage two-factor; for HR and the operator, the
 * organisation's two-factor requirement. While the organisation requires enrolment, only that part shows.
 */
export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t("security.title"));
  const session = useSession();
  const enrolling = session.stage === "totp_enrol";
  const organisation = session.currentOrganisation;
  const [requirementVersion, setRequirementVersion] = useState(0);
  return (
    <Stack gap="lg" maw={640}>
      <Stack gap="xs">
        <Title order={1}>{t("security.title")}</Title>
        <Text>{t("security.intro")}</Text>
      </Stack>
      {enrolling && (
        <Alert color="orange.9" variant="outline" title={t("security.enrolRequiredTitle")} role="alert">
          {t("security.enrolRequiredText", { organisation: organisation?.name ?? "" })}
        </Alert>
      )}
      <TwoFactorSection requirementVersion={requirementVersion} />
      {!enrolling && (
        <>
          <Divider />
          <ChangePasswordForm />
        </>
      )}
      {!enrolling && (
        <>
          <Divider />
          <ConnectCompanyAccount email={session.user.email} />
        </>
      )}
      {!enrolling && organisation && canAdminister(session) && (
        <>
          <Divider />
          <OrganisationSecuritySection organisationName={organisation.name} onChanged={() => setRequirementVersion((v) => v + 1)} />
        </>
      )}
    </Stack>
  );
}
