import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type TSessionResponse, ZSessionResponse } from "../../contracts/auth";
import { api, onUnauthenticated, setCsrfToken } from "../api/api-client";
import { applyLocale, currentLocale, type TLocale } from "../i18n";

export type TSessionState =
  | { status: "loading" }
  | { status: "anonymous" }
  | { status: "signed-in"; session: TSessionResponse };

export type TSessionContext = {
  state: TSessionState;
  /** Adopt a session answer from the server (sign-in, switch, accept invitation), or null when signed out. */
  setSession: (session: TSessionResponse | null) => void;
  signOut: () => Promise<void>;
  switchOrganisation: (organisationId: string) => Promise<void>;
  /** Changes the interface language and, when signed in, remembers it for the user. */
  changeLocale: (locale: TLocale) => Promise<void>;
};

const SessionContext = createContext<TSessionContext | null>(null);

/** Provides the session; `initial` skips the first probe (tests, or a session already known). */
export function SessionProvider({ children, initial }: { children: ReactNode; initial?: TSessionResponse | null }) {
  const [state, setState] = useState<TSessionState>(() => {
    if (initial === undefined) return { status: "loading" };
    setCsrfToken(initial?.csrfToken ?? null);
    return initial ? { status: "signed-in", session: initial } : { status: "anonymous" };
  });

  const setSession = useCallback((session: TSessionResponse | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setState(session ? { status: "signed-in", session } : { status: "anonymous" });
    const saved = session?.user.locale;
    if (saved && saved !== currentLocale()) void applyLocale(saved);
  }, []);

  useEffect(() => {
    onUnauthenticated(() => setSession(null));
    return () => onUnauthenticated(null);
  }, [setSession]);

  useEffect(() => {
    if (initial !== undefined) return;
    const controller = new AbortController();
    api
      .get("/api/auth/session", { schema: ZSessionResponse, signal: controller.signal, expectUnauthenticated: true })
      .then(setSession, () => {
        if (!controller.signal.aborted) setSession(null);
      });
    return () => controller.abort();
  }, [initial, setSession]);

  const signOut = useCallback(async () => {
    try {
      await api.post("/api/auth/sign-out", {}, { expectUnauthenticated: true });
    } finally {
      setSession(null);
    }
  }, [setSession]);

  const switchOrganisation = useCallback(
    async (organisationId: string) => {
      setSession(await api.post("/api/auth/organisation", { organisationId }, { schema: ZSessionResponse }));
    },
    [setSession],
  );

  const changeLocale = useCallback(
    async (locale: TLocale) => {
      await applyLocale(locale);
      // before the two-factor code the account is not reachable yet: the choice stays on this device
      if (state.status === "signed-in" && state.session.stage !== "totp") {
        setSession(await api.patch("/api/me", { locale }, { schema: ZSessionResponse }));
      }
    },
    [state, setSession],
  );

  const value = useMemo(
    () => ({ state, setSession, signOut, switchOrganisation, changeLocale }),
    [state, setSession, signOut, switchOrganisation, changeLocale],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The session context; throws outside `SessionProvider`. */
export function useSessionContext(): TSessionContext {
  const context = useContext(SessionContext);
  if (!context) throw new Error("useSessionContext outside SessionProvider");
  return context;
}

/** The signed-in session; only for components rendered behind `RequireSession`. */
export function useSession(): TSessionResponse {
  const { state } = useSessionContext();
  if (state.status !== "signed-in") throw new Error("useSession without a signed-in user");
  return state.session;
}
