import { MantineProvider } from "@mantine/core";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { TSessionResponse } from "../contracts/auth";
import { i18n } from "./i18n";
import { SessionProvider } from "./session/session-context";
import { cssVariablesResolver, theme } from "./theme";

/** Mantine reads a CSP nonce for its <style> elements here, if the server provides one. */
function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? "";
}

/** Theme, translations and session around the app (also used by component tests). */
export function AppProviders({ children, session }: { children: ReactNode; session?: TSessionResponse | null }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
      getStyleNonce={styleNonce}
    >
      <I18nextProvider i18n={i18n}>
        <SessionProvider initial={session}>{children}</SessionProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
