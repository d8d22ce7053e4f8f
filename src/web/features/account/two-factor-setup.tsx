import { Button, Code, Group, Image, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TTwoFactorSetup, ZRecoveryCodes, ZTwoFactorSetup } from "../../../contracts/two-factor";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";
import { CodeField, cleanCode } from "./code-field";

/** Enrolment: a new seed as a QR code and as text, then a code from the app turns two-factor on. */
export function TwoFactorSetup({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<TTwoFactorSetup | null>(null);
  const start = useSubmission();

  if (!setup) {
    return (
      <Stack gap="sm" align="flex-start">
        <ProblemAlert error={start.error} />
        <Button loading={start.busy} onClick={() => void start.run(() => api.post("/api/me/two-factor/setup", {}, { schema: ZTwoFactorSetup })).then((s) => s && setSetup(s))}>
          {t("security.twoFactor.start")}
        </Button>
      </Stack>
    );
  }
  return <SetupSteps setup={setup} onEnabled={onEnabled} />;
}

function SetupSteps({ setup, onEnabled }: { setup: TTwoFactorSetup; onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState(false);
  const wrong = error?.status === 400;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(cleanCode(code) === "");
    if (cleanCode(code) === "") return;
    const result = await run(() => api.post("/api/me/two-factor/enable", { code: cleanCode(code) }, { schema: ZRecoveryCodes }));
    if (result) onEnabled(result.recoveryCodes);
  }

  return (
    <Stack gap="sm">
      <Text>{t("security.twoFactor.scan")}</Text>
      <Image src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`} alt={t("security.twoFactor.qrAlt")} w={200} h={200} bg="white" />
      <Text size="sm">{t("security.twoFactor.manual")}</Text>
      <Code aria-label={t("security.twoFactor.secretLabel")} fz="md" w="fit-content" data-testid="totp-secret">
        {setup.secret.replace(/(.{4})/g, "$1 ").trim()}
      </Code>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text>{t("security.twoFactor.enterCode")}</Text>
          {error && !wrong && <ProblemAlert error={error} />}
          <Group align="flex-start" gap="sm">
            <CodeField
              label={t("security.twoFactor.code")}
              description={t("security.twoFactor.codeHint")}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={missing ? t("fieldErrors.required") : wrong ? t("security.twoFactor.wrongCode") : undefined}
              required
              withAsterisk={false}
            />
          </Group>
          <Button type="submit" loading={busy} w="fit-content">
            {t("security.twoFactor.enable")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
