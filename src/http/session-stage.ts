import type { TSessionStage } from "../domain/identity/two-factor";

/** What a session that is not yet full may still call; everything else treats it as signed out. */
const OPEN_IN_STAGE: Record<Exclude<TSessionStage, "full">, ReadonlySet<string>> = {
  // password right, code still due: read the session, give the code, start over or sign out
  totp: new Set(["GET /api/auth/session", "POST /api/auth/sign-in", "POST /api/auth/sign-out", "POST /api/auth/two-factor/verify"]),
  // the organisation requires two-factor first: set it up, or switch to an organisation that does not, or sign out
  totp_enrol: new Set([
    "GET /api/auth/session",
    "POST /api/auth/sign-in",
    "POST /api/auth/sign-out",
    "POST /api/auth/organisation",
    "PATCH /api/me",
    "GET /api/me/two-factor",
    "POST /api/me/two-factor/setup",
    "POST /api/me/two-factor/enable",
  ]),
};

/** True when a session in this stage may make this request with its cookie. */
export function openInStage(stage: TSessionStage, method: string, path: string): boolean {
  return stage === "full" || OPEN_IN_STAGE[stage].has(`${method.toUpperCase()} ${path.replace(/\/+$/, "")}`);
}
