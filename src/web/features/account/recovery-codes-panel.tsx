import { Alert, Button, CopyButton, Group, List, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Recovery codes shown once, with copy and download, until the reader says they saved them. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const text = codes.join("\n");
  const downloadUrl = useMemo(() => `data:text/plain;charset=utf-8,${encodeURIComponent(`Sterk\n\n${text}\n`)}`, [text]);
  return (
    <Alert color="blue" title={t("security.twoFactor.recoveryTitle")} role="status">
      <Stack gap="sm">
        <Text size="sm">{t("security.twoFactor.recoveryIntro")}</Text>
        <List aria-label={t("security.twoFactor.recoveryList")} listStyleType="none" spacing={2} ff="monospace" data-testid="recovery-codes">
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
        <Group gap="xs">
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button size="sm" variant="default" onClick={copy}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
          <Button size="sm" variant="default" component="a" href={downloadUrl} download="sterk-recovery-codes.txt">
            {t("security.twoFactor.download")}
          </Button>
          <Button size="sm" onClick={onDone}>
            {t("security.twoFactor.saved")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
