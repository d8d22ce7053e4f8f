import type { TRecoveryCodes, TTwoFactorSetup, TTwoFactorStatus } from "../../contracts/two-factor";
import { deleteSessionsOfUser } from "../../db/auth-repo";
import {
  advanceTotpStep,
  countRecoveryCodesLeft,
  disableTotp,
  enableTotp,
  findTotpState,
  replaceRecoveryCodes,
  savePendingTotpSecret,
  type TTotpState,
} from "../../db/two-factor-repo";
import { isAuthenticatorCode } from "../../domain/identity/two-factor";
import { DomainError, ErrorCodes, invalid } from "../../domain/shared/errors";
import { verifyPassword } from "../shared/passwords";
import { seal } from "../shared/sealed-secrets";
import type { TAppContext } from "../shared/context";
import { matchAuthenticatorCode, newAuthenticatorSeed, newRecoveryCodes, SEAL_PURPOSE, underCodeLimit, useRecoveryCode, wrongCode } from "./two-factor-codes";
import { twoFactorRequiredAnywhere } from "./two-factor-policy";

type TCtx = Pick<TAppContext, "db" | "now" | "secret">;
/** The signed-in user acting on their own account, and the session they act from. */
export type TAccountHolder = { userId: string; isOperator: boolean; sessionTokenHash: string };

async function loadState(ctx: TCtx, userId: string): Promise<TTotpState> {
  const state = await findTotpState(ctx.db, userId);
  if (!state) throw new DomainError(ErrorCodes.UNAUTHENTICATED, "sign in first");
  return state;
}

function mustBeOn(state: TTotpState): asserts state is TTotpState & { sealedSecret: string } {
  if (!state.enabledAt || !state.sealedSecret) throw new DomainError(ErrorCodes.CONFLICT, "two-factor authentication is not turned on");
}

/** Whether two-factor is on, whether one of the user's organisations requires it of them, and how many recovery codes are left. */
export async function getTwoFactorStatus(ctx: TCtx, holder: TAccountHolder): Promise<TTwoFactorStatus> {
  const state = await loadState(ctx, holder.userId);
  const enabled = Boolean(state.enabledAt);
  return {
    enabled,
    required: await twoFactorRequiredAnywhere(ctx, holder),
    recoveryCodesLeft: enabled ? await countRecoveryCodesLeft(ctx.db, holder.userId) : 0,
  };
}

/**
 * Starts enrolment: a new seed, stored sealed and pending (two-factor stays off until a code proves the app
 * has it). Refused while two-factor is on: the active seed is never replaced.
 */
export async function startTwoFactorSetup(ctx: TCtx, holder: TAccountHolder): Promise<TTwoFactorSetup> {
  const state = await loadState(ctx, holder.userId);
  if (state.enabledAt) throw new DomainError(ErrorCodes.CONFLICT, "two-factor authentication is already on; turn it off first");
  const seed = await newAuthenticatorSeed(state.email);
  if (!(await savePendingTotpSecret(ctx.db, holder.userId, seal(ctx.secret, SEAL_PURPOSE, seed.secret)))) {
    throw new DomainError(ErrorCodes.CONFLICT, "two-factor authentication is already on; turn it off first");
  }
  return seed;
}

/**
 * Turns two-factor on once a code from the app fits the pending seed; returns ten recovery codes, shown this
 * once. The user's other sessions end (they were opened with the password alone).
 */
export async function enableTwoFactor(ctx: TCtx, holder: TAccountHolder, code: string): Promise<TRecoveryCodes> {
  const state = await loadState(ctx, holder.userId);
  if (state.enabledAt) throw new DomainError(ErrorCodes.CONFLICT, "two-factor authentication is already on");
  const sealed = state.sealedSecret;
  if (!sealed) throw new DomainError(ErrorCodes.CONFLICT, "start the setup first", "code");
  const step = await underCodeLimit(ctx, holder.userId, async () => {
    const matched = await matchAuthenticatorCode(ctx, sealed, code, null);
    if (matched === null) throw wrongCode();
    return matched;
  });
  const { codes, hashes } = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    if (!(await enableTotp(tx, holder.userId, sealed, step, ctx.now()))) {
      throw new DomainError(ErrorCodes.CONFLICT, "the setup changed meanwhile; start it again", "code");
    }
    await replaceRecoveryCodes(tx, holder.userId, hashes, ctx.now());
    await deleteSessionsOfUser(tx, holder.userId, holder.sessionTokenHash);
  });
  return { recoveryCodes: codes };
}

/** Checks an authenticator code (used once) or, when the text is not one, a recovery code (used up). */
async function checkSecondFactor(ctx: TCtx, userId: string, state: TTotpState & { sealedSecret: string }, code: string): Promise<void> {
  if (isAuthenticatorCode(code)) {
    const step = await matchAuthenticatorCode(ctx, state.sealedSecret, code, state.lastStep);
    if (step === null || !(await advanceTotpStep(ctx.db, userId, step))) throw wrongCode();
    return;
  }
  if (!(await useRecoveryCode(ctx, userId, code))) throw wrongCode();
}

/**
 * Turns two-factor off with the password and a current code (or a recovery code). Refused while an
 * organisation of the user requires it of them.
 */
export async function disableTwoFactor(ctx: TCtx, holder: TAccountHolder, input: { password: string; code: string }): Promise<void> {
  const state = await loadState(ctx, holder.userId);
  mustBeOn(state);
  if (await twoFactorRequiredAnywhere(ctx, holder)) {
    throw new DomainError(ErrorCodes.CONFLICT, "your organisation requires two-factor authentication for your role");
  }
  await underCodeLimit(ctx, holder.userId, async () => {
    if (!(await verifyPassword(state.passwordHash, input.password))) throw invalid("password", "the password is not correct");
    await checkSecondFactor(ctx, holder.userId, state, input.code);
  });
  await ctx.db.transaction((tx) => disableTotp(tx, holder.userId));
}

/** Replaces the recovery codes (the old ones stop working) after a current authenticator code. */
export async function regenerateRecoveryCodes(ctx: TCtx, holder: TAccountHolder, code: string): Promise<TRecoveryCodes> {
  const state = await loadState(ctx, holder.userId);
  mustBeOn(state);
  await underCodeLimit(ctx, holder.userId, async () => {
    const step = await matchAuthenticatorCode(ctx, state.sealedSecret, code, state.lastStep);
    if (step === null || !(await advanceTotpStep(ctx.db, holder.userId, step))) throw wrongCode();
  });
  const { codes, hashes } = newRecoveryCodes();
  await ctx.db.transaction((tx) => replaceRecoveryCodes(tx, holder.userId, hashes, ctx.now()));
  return { recoveryCodes: codes };
}

export { checkSecondFactor };
