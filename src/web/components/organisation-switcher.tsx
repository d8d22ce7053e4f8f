import { NativeSelect } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { z } from "zod";
import { ZOrganisation } from "../../contracts/organisations";
import { type ApiError, toApiError } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { useSession, useSessionContext } from "../session/session-context";
import { problemMessage } from "./problem-message";

export const ZOrganisationList = z.object({ items: z.array(ZOrganisation) });

const ORGANISATIONS_CHANGED = "sterk:organisations-changed";

/** Tells the switcher to reload the operator's list (after an organisation was created). */
export function announceOrganisationsChanged(): void {
  window.dispatchEvent(new Event(ORGANISATIONS_CHANGED));
}

/** Switches the current organisation: all organisations for the operator, the user's own otherwise. */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const session = useSession();
  const { switchOrganisation } = useSessionContext();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  // while enrolment in two-factor is due the list is closed; the session names every organisation anyway
  const all = useResource(session.user.isOperator && session.stage !== "totp_enrol" ? "/api/organisations" : null, ZOrganisationList);
  const { reload } = all;

  useEffect(() => {
    window.addEventListener(ORGANISATIONS_CHANGED, reload);
    return () => window.removeEventListener(ORGANISATIONS_CHANGED, reload);
  }, [reload]);

  const known = session.user.isOperator && all.data ? all.data.items : session.organisations;
  const options = known.map((organisation) => ({ value: organisation.id, label: organisation.name }));
  const current = session.currentOrganisation;
  if (current && !options.some((option) => option.value === current.id)) {
    options.unshift({ value: current.id, label: current.name });
  }
  const placeholder = { value: "", label: t("app.chooseOrganisation"), disabled: true };

  return (
    <NativeSelect
      aria-label={t("app.organisation")}
      data={current ? options : [placeholder, ...options]}
      value={current?.id ?? ""}
      size="sm"
      maw={240}
      error={error ? problemMessage(t, error) : undefined}
      onChange={(event) => {
        const organisationId = event.currentTarget.value;
        if (!organisationId || organisationId === current?.id) return;
        setError(null);
        switchOrganisation(organisationId).then(
          () => navigate("/"),
          (reason: unknown) => setError(toApiError(reason)),
        );
      }}
    />
  );
}
