import { Stack, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ZMentoringPreferences } from "../../../contracts/mentoring";
import { apiRequest } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { useSubmission } from "../../api/use-submission";
import { ProblemAlert } from "../../components/problem-alert";

/** The signed-in user's opt-out of mentoring reminder emails (nudges). */
export function NudgeToggle() {
  const { t } = useTranslation();
  const preferences = useResource("/api/me/mentoring-preferences", ZMentoringPreferences);
  const { busy, error, run } = useSubmission();

  async function change(nudges: boolean) {
    if (await run(() => apiRequest("PUT", "/api/me/mentoring-preferences", { body: { nudges }, schema: ZMentoringPreferences }))) preferences.reload();
  }

  return (
    <Stack gap="xs">
      <ProblemAlert error={preferences.error} />
      {preferences.data && (
        <Switch
          label={t("mentoring.nudges.label")}
          description={t("mentoring.nudges.hint")}
          checked={preferences.data.nudges}
          disabled={busy}
          onChange={(ev) => void change(ev.currentTarget.checked)}
        />
      )}
      <ProblemAlert error={error} />
    </Stack>
  );
}
