import { Alert, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOk } from "../../../contracts/common";
import { ZRecoveryCodes } from "../../../contracts/two-factor";
import { api } from "../../api/api-client";
import { useSubmission } from "../../api/use-submission";
import { PasswordField } from "../../components/password-field";
import { ProblemAlert } from "../../components/problem-alert";
import { fieldErrorsFromProblem } from "../../components/problem-message";
import { CodeField, cleanCode } from "./code-field";

/** New recovery codes after a current code from the app; the old codes stop working. */
export function RegenerateCodesForm({ onCodes }: { onCodes: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(cleanCode(code) === "");
    if (cleanCode(code) === "") return;
    const result = await run(() => api.post("/api/me/two-factor/recovery-codes", { code: cleanCode(code) }, { schema: ZRecoveryCodes }));
    if (result) onCodes(result.recoveryCodes);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="regenerate-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="regenerate-title">
          {t("security.twoFactor.regenerateTitle")}
        </Title>
        <Text size="sm">{t("security.twoFactor.regenerateIntro")}</Text>
        {error && error.status !== 400 && <ProblemAlert error={error} />}
        <CodeField
          label={t("security.twoFactor.code")}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={missing ? t("fieldErrors.required") : error?.status === 400 ? t("security.twoFactor.wrongCode") : undefined}
          required
          withAsterisk={false}
        />
        <Button type="submit" variant="default" loading={busy} w="fit-content">
          {t("security.twoFactor.regenerate")}
        </Button>
      </Stack>
    </form>
  );
}

/** Turns two-factor off with the password and a code from the app or a recovery code. */
export function DisableTwoFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState<{ password?: boolean; code?: boolean }>({});
  const named = error ? fieldErrorsFromProblem(t, error) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    const blank = { password: password === "", code: code.trim() === "" };
    setMissing(blank);
    if (blank.password || blank.code) return;
    const result = await run(() => api.post("/api/me/two-factor/disable", { password, code: code.trim() }, { schema: ZOk }));
    if (result) onDisabled();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="disable-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="disable-title">
          {t("security.twoFactor.disableTitle")}
        </Title>
        <Text size="sm">{t("security.twoFactor.disableIntro")}</Text>
        {error && !named.password && !named.code && <ProblemAlert error={error} />}
        <PasswordField
          label={t("security.twoFactor.password")}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={missing.password ? t("fieldErrors.required") : named.password ? t("security.twoFactor.wrongPassword") : undefined}
          required
          withAsterisk={false}
        />
        <TextInput
          label={t("security.twoFactor.codeOrRecovery")}
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={40}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={missing.code ? t("fieldErrors.required") : named.code ? t("security.twoFactor.wrongCode") : undefined}
          required
          withAsterisk={false}
        />
        <Button type="submit" color="red.9" loading={busy} w="fit-content">
          {t("security.twoFactor.disable")}
        </Button>
      </Stack>
    </form>
  );
}

/** A confirmation that two-factor was turned off. */
export function DisabledNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="green" role="status">
      {t("security.twoFactor.disabled")}
    </Alert>
  );
}
