import { Button, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { canSee, homePath, type TPage } from "../session/permissions";
import { useSession, useSessionContext } from "../session/session-context";
import { AppLayout } from "./app-layout";
import { LoadingState } from "./loading-state";
import { usePageTitle } from "./page-title";

/** The account's security page: password and two-factor (also where a required enrolment happens). */
export const SECURITY_PATH = "/me/security";

/** Renders the app shell for a signed-in user; sends everyone else to sign in (and back afterwards). */
export function RequireSession() {
  const { state } = useSessionContext();
  const location = useLocation();
  if (state.status === "loading") return <LoadingState />;
  // a session still waiting for its two-factor code is not signed in yet
  if (state.status === "anonymous" || state.session.stage === "totp") {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  // the organisation requires two-factor first: only the security page works until it is on
  if (state.session.stage === "totp_enrol" && location.pathname !== SECURITY_PATH) return <Navigate to={SECURITY_PATH} replace />;
  return <AppLayout />;
}

/** Renders a sign-in page only for visitors; once signed in, back to where they were going. */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const { state } = useSessionContext();
  const location = useLocation();
  if (state.status === "loading") return <LoadingState />;
  if (state.status === "signed-in" && state.session.stage !== "totp") return <Navigate to={returnPath(location.state)} replace />;
  return children;
}

/** The in-app path a visitor was sent away from; never an outside address. */
export function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}

/** Shows the page only to the roles that may use it; the server enforces the same rule. */
export function RequirePage({ page, children }: { page: TPage; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (canSee(session, page)) return children;
  return <MessagePage title={t("forbidden.title")} text={t("forbidden.text")} />;
}

/** Sends a signed-in user to their first page. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const path = homePath(useSession());
  if (path) return <Navigate to={path} replace />;
  return <MessagePage title={t("noOrganisation.title")} text={t("noOrganisation.text")} />;
}

/** A page with a heading, a sentence and a way home (not found, forbidden, nothing to show). */
export function MessagePage({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{title}</Title>
      <Text>{text}</Text>
      <Button component={Link} to="/" variant="default">
        {t("common.backHome")}
      </Button>
    </Stack>
  );
}
