import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../components/page-title";

/** Where a single sign-on ends for someone the organisation's directory does not hold: no account was made. */
export function NotInDirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t("sso.notInDirectory.title"));
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1} size="h2">
        {t("sso.notInDirectory.title")}
      </Title>
      <Text>{t("sso.notInDirectory.text")}</Text>
      <Text>{t("sso.notInDirectory.next")}</Text>
      <Button component={Link} to="/sign-in" variant="default">
        {t("sso.notInDirectory.back")}
      </Button>
    </Stack>
  );
}
