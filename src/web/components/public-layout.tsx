import { Container, Group, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "./language-switcher";

/** The frame of the pages before sign-in: name, language, and one card. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={440} px="md" py="xl">
      <Group component="header" justify="space-between" mb="lg" wrap="nowrap">
        <Text fw={700} fz="xl">
          {t("app.name")}
        </Text>
        <LanguageSwitcher />
      </Group>
      <Paper component="main" withBorder p="lg" radius="md">
        {children}
      </Paper>
    </Container>
  );
}
