import { Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export type TUploadPhase = { kind: "idle" } | { kind: "uploading"; fraction: number } | { kind: "processing" };

/** A measured bar while the file travels, then an unmeasured one while the server reads it. */
export function UploadProgress({ phase }: { phase: TUploadPhase }) {
  const { t } = useTranslation();
  if (phase.kind === "idle") return null;
  if (phase.kind === "uploading") {
    const percent = Math.round(phase.fraction * 100);
    return (
      <Stack gap={4}>
        <Text role="status">{t("import.uploading", { percent })}</Text>
        <Progress value={percent} aria-label={t("import.uploadProgress")} size="lg" />
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <Text role="status">{t("import.processing")}</Text>
      {/* no aria-valuenow: the server's remaining work is unknown */}
      <Progress.Root size="lg" role="progressbar" aria-label={t("import.processing")}>
        <Progress.Section value={100} animated withAria={false} />
      </Progress.Root>
    </Stack>
  );
}

/** The wizard's three steps as an ordered list; the current one is marked for assistive technology. */
export function ImportSteps({ active }: { active: 0 | 1 | 2 }) {
  const { t } = useTranslation();
  const steps = [t("import.steps.choose"), t("import.steps.preview"), t("import.steps.result")];
  return (
    <ol className="import-steps" aria-label={t("import.steps.label")}>
      {steps.map((label, index) => (
        <li key={label} aria-current={index === active ? "step" : undefined} data-done={index < active || undefined}>
          {label}
        </li>
      ))}
    </ol>
  );
}
