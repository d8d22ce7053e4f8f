import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { consumeRecoveryCode } from "../../db/two-factor-repo";
import { formatRecoveryCode, isAuthenticatorCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT, RECOVERY_CODE_SYMBOLS } from "../../domain/identity/two-factor";
import { invalid } from "../../domain/shared/errors";
import { consumeAttempt, limitKey, refundAttempt, type TLimit } from "../shared/rate-limits";
import { unseal } from "../shared/sealed-secrets";
import { hashSecret } from "../shared/secrets";
import type { TAppContext } from "../shared/context";

/** The name authenticator apps show beside the account. */
const ISSUER = "Sterk";
/** A code of the previous or next 30-second step is accepted too: clocks drift and people type slowly. */
const EPOCH_TOLERANCE_SECONDS = 30;
const SEAL_PURPOSE = "totp";

/** Wrong codes per account: 5 in 15 minutes, then blocked (15 minutes, doubling per strike). */
function codeLimits(ctx: Pick<TAppContext, "secret">, userId: string): TLimit[] {
  return [{ key: limitKey(ctx.secret, "totp", userId), limit: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 }];
}

/**
 * Runs one code check under the account's limit: the attempt is counted first (429 when the limit is spent,
 * and the check is not made); a check that succeeds gives its attempt back, so only failures count.
 */
export async function underCodeLimit<T>(ctx: Pick<TAppContext, "db" | "now" | "secret">, userId: string, check: () => Promise<T>): Promise<T> {
  const limits = codeLimits(ctx, userId);
  await consumeAttempt(ctx, limits);
  const result = await check();
  await refundAttempt(ctx, limits.map((limit) => limit.key));
  return result;
}

/** A new seed, its otpauth:// address and that address as an SVG QR code. */
export async function newAuthenticatorSeed(accountName: string) {
  const secret = generateSecret();
  const otpauthUri = generateURI({ issuer: ISSUER, label: accountName, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { secret, otpauthUri, qrSvg };
}

/**
 * The time step of an authenticator code that fits the sealed seed and comes after `afterStep`, or null.
 * Malformed codes are simply wrong.
 */
export async function matchAuthenticatorCode(
  ctx: Pick<TAppContext, "secret" | "now">,
  sealedSecret: string,
  code: string,
  afterStep: number | null,
): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!isAuthenticatorCode(token)) return null;
  try {
    const result = await verify({
      secret: unseal(ctx.secret, SEAL_PURPOSE, sealedSecret),
      token,
      epoch: Math.floor(ctx.now().getTime() / 1000),
      epochTolerance: EPOCH_TOLERANCE_SECONDS,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** Uses one of the user's recovery codes; false when it is unknown or used. */
export async function useRecoveryCode(ctx: Pick<TAppContext, "db" | "now">, userId: string, typed: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(typed);
  if (!normalised) return false;
  return consumeRecoveryCode(ctx.db, userId, hashSecret(normalised), ctx.now());
}

/** A fresh set of recovery codes: what the user is shown once, and the hashes we keep. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => formatRecoveryCode(randomBytes(RECOVERY_CODE_SYMBOLS)));
  return { codes, hashes: codes.map((code) => hashSecret(normaliseRecoveryCode(code) ?? code)) };
}

/** The error for a code that does not fit; `field` names the input at fault. */
export function wrongCode(field: "code" | "recoveryCode" = "code") {
  return invalid(field, "the code is not correct, or was already used");
}

export { SEAL_PURPOSE };
