import type { TVerifyTwoFactorRequest } from "../../contracts/two-factor";
import { deleteSession, findLiveSession } from "../../db/auth-repo";
import { findTotpState } from "../../db/two-factor-repo";
import { DomainError, ErrorCodes } from "../../domain/shared/errors";
import type { TAppContext } from "../shared/context";
import { createSession } from "./sign-in";
import { checkSecondFactor } from "./two-factor";
import { underCodeLimit, useRecoveryCode, wrongCode } from "./two-factor-codes";

/**
 * The second step of signing in: a session that waits for its code (stage "totp") takes a code from the app
 * (each accepted once) or one recovery code (used up). Wrong codes count against the account's limit (429
 * after five in 15 minutes). On success the half-open session ends and a full one is opened in its place:
 * the session id rotates. Returns the new cookie value.
 */
export async function completeTwoFactorSignIn(
  ctx: Pick<TAppContext, "db" | "now" | "secret">,
  sessionTokenHash: string,
  input: TVerifyTwoFactorRequest,
): Promise<{ token: string }> {
  const found = await findLiveSession(ctx.db, sessionTokenHash, ctx.now());
  if (!found || found.session.stage !== "totp") throw new DomainError(ErrorCodes.CONFLICT, "this session does not wait for a two-factor code");
  const { session, user } = found;
  const state = await findTotpState(ctx.db, user.id);
  await underCodeLimit(ctx, user.id, async () => {
    if (!state?.enabledAt || !state.sealedSecret) throw wrongCode("code" in input ? "code" : "recoveryCode");
    if ("code" in input) return checkSecondFactor(ctx, user.id, { ...state, sealedSecret: state.sealedSecret }, input.code);
    if (!(await useRecoveryCode(ctx, user.id, input.recoveryCode))) throw wrongCode("recoveryCode");
  });
  return ctx.db.transaction(async (tx) => {
    await deleteSession(tx, sessionTokenHash);
    const token = await createSession({ db: tx, now: ctx.now }, user.id, session.organisationId, { stage: "full", method: session.method });
    return { token };
  });
}
