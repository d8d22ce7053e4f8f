import { Alert, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZOk } from "../../../contracts/common";
import { ZQuestionnaire } from "../../../contracts/feedback";
import { type ApiError, api, toApiError } from "../../api/api-client";
import { useResource } from "../../api/use-resource";
import { LoadingState } from "../../components/loading-state";
import { usePageTitle } from "../../components/page-title";
import { ProblemAlert } from "../../components/problem-alert";
import { applyLocale, currentLocale } from "../../i18n";
import { useSessionContext } from "../../session/session-context";
import { useLinkToken } from "../auth/use-link-token";
import { RaterQuestionnaire } from "./rater-questionnaire";

type TPhase = { step: "starting" } | { step: "ready" } | { step: "failed"; error: ApiError };

/**
 * The public rater page. The emailed link carries its token in the fragment (never sent to a
 * server); the page posts it once for a cookie and drops it from the address bar and history.
 */
export function RaterPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("rater.pageTitle"));
  const token = useLinkToken();
  const { state } = useSessionContext();
  const [phase, setPhase] = useState<TPhase>({ step: "starting" });
  const started = useRef(false);
  const [lang, setLang] = useState<string | null>(null);

  useEffect(() => {
    // a signed-in visitor's CSRF token arrives with the session probe: wait for it before posting
    if (state.status === "loading" || started.current) return;
    started.current = true;
    if (!token) {
      setPhase({ step: "ready" }); // a reload: the cookie may already be there
      return;
    }
    api.post("/api/rater/session", { token }, { schema: ZOk }).then(
      () => setPhase({ step: "ready" }),
      (error: unknown) => setPhase({ step: "failed", error: toApiError(error) }),
    );
  }, [state.status, token]);

  const path = phase.step === "ready" ? `/api/rater/questionnaire${lang ? `?lang=${lang}` : ""}` : null;
  const questionnaire = useResource(path, ZQuestionnaire);

  // first load: speak the rater's language (its texts may still have to load), and show the questionnaire only then, so
  // a switch the rater makes is never undone by the first language arriving late; afterwards follow the switcher
  useEffect(() => {
    if (!questionnaire.data || lang !== null) return;
    const language = questionnaire.data.language;
    let current = true;
    const applied = language === currentLocale() ? Promise.resolve() : applyLocale(language);
    // a language that fails to load still lets the rater answer, in the language the page has
    void applied.catch(() => {}).then(() => {
      if (current) setLang(language);
    });
    return () => {
      current = false;
    };
  }, [questionnaire.data, lang]);
  useEffect(() => {
    if (lang !== null && i18n.language !== lang) setLang(i18n.language);
  }, [i18n.language, lang]);

  const error = phase.step === "failed" ? phase.error : questionnaire.error;
  if (error) {
    const invalid = error.code === "INVALID_TOKEN";
    return (
      <Stack gap="md">
        <Title order={1}>{invalid ? t("rater.invalidTitle") : t("rater.pageTitle")}</Title>
        {invalid ? (
          <>
            <Text>{t("rater.invalidText")}</Text>
            <Text>{t("rater.invalidHelp")}</Text>
          </>
        ) : (
          <ProblemAlert error={error} />
        )}
      </Stack>
    );
  }
  if (!questionnaire.data || lang === null) return <LoadingState />;
  return (
    <>
      {questionnaire.loading && (
        <Alert color="gray" role="status" mb="sm">
          {t("common.loading")}
        </Alert>
      )}
      <RaterQuestionnaire questionnaire={questionnaire.data} />
    </>
  );
}
