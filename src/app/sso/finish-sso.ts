import * as oidc from "openid-client";
import { deleteSession, findLiveSession, insertUser } from "../../db/auth-repo";
import {
  consumeSsoLoginState,
  findPersonByEmail,
  findSsoAccountByEmail,
  findSsoAccountById,
  findSsoAccountOfPerson,
  findSsoConnection,
  findUserIdentity,
  linkSsoMembership,
  linkUserIdentity,
  touchUserIdentity,
  type TSsoConnectionRow,
} from "../../db/sso-repo";
import type { TDb } from "../../db/client";
import { decideSsoAccount, type TSsoDecision, type TSsoRefusal } from "../../domain/identity/sso-account";
import { acceptableEmail } from "../../domain/identity/sso-email";
import type { TSsoFailure } from "../../domain/identity/sso-failure";
import { DEFAULT_RETURN_PATH } from "../../domain/identity/sso-return-path";
import { createSession } from "../auth/sign-in";
import type { TAppContext } from "../shared/context";
import { unseal } from "../shared/sealed-secrets";
import { hashSecret } from "../shared/secrets";
import { CLIENT_SECRET_PURPOSE } from "./configure-sso";
import { discoverIssuer, ssoRedirectUri } from "./oidc-client";
import { loginStateHash } from "./start-sso";

type TCtx = Pick<TAppContext, "db" | "config" | "now" | "secret" | "log">;
export type TSsoOutcome = { ok: true; token: string; returnTo: string } | { ok: false; failure: TSsoFailure };

const fail = (failure: TSsoFailure): TSsoOutcome => ({ ok: false, failure });
const REFUSALS: Record<TSsoRefusal, TSsoFailure> = {
  not_in_directory: "not_in_directory",
  operator: "account",
  conflict: "account",
  link_required: "link_required",
};

/** Exchanges the code (with the PKCE verifier) and validates the ID token: issuer, audience, nonce, times and signature. */
async function redeemCode(ctx: TCtx, connection: TSsoConnectionRow, query: URLSearchParams, pending: { nonce: string; codeVerifier: string }) {
  const clientSecret = unseal(ctx.secret, CLIENT_SECRET_PURPOSE, connection.clientSecret);
  const config = await discoverIssuer(ctx, { issuer: connection.issuer, clientId: connection.clientId, clientSecret });
  const currentUrl = new URL(`${ssoRedirectUri(ctx.config)}?${query.toString()}`);
  const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: query.get("state") ?? "",
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("no ID token");
  return claims;
}

/** Loads what the account decision needs, from the organisation's point of view. */
async function ssoFacts(db: TDb, organisationId: string, issuer: string, subject: string, email: string, signedInUserId: string | null) {
  const identity = await findUserIdentity(db, issuer, subject);
  const person = (await findPersonByEmail(db, organisationId, email)) ?? null;
  return {
    identity,
    person,
    facts: {
      identityAccount: identity ? await findSsoAccountById(db, organisationId, identity.userId) : null,
      person: person ? { id: person.id, active: person.active } : null,
      personAccount: person ? await findSsoAccountOfPerson(db, organisationId, person.id) : null,
      emailAccount: await findSsoAccountByEmail(db, organisationId, email),
      signedInUserId,
    },
  };
}

/** Carries out a "link" decision: the account (created without a password when new), its membership and the identity. */
async function applyLink(
  tx: TDb,
  decision: Extract<TSsoDecision, { kind: "link" }>,
  link: { organisationId: string; issuer: string; subject: string; email: string; now: Date },
  person: { firstName: string; lastName: string; language: string },
): Promise<string> {
  const userId =
    decision.userId ??
    (await insertUser(tx, { email: link.email, displayName: `${person.firstName} ${person.lastName}`.trim(), locale: person.language, passwordHash: null })).id;
  await linkSsoMembership(tx, { organisationId: link.organisationId, userId, personId: decision.personId, roles: ["manager"] });
  if (decision.linkIdentity) await linkUserIdentity(tx, { issuer: link.issuer, subject: link.subject, userId, organisationId: link.organisationId, now: link.now });
  return userId;
}

/**
 * Finishes an OpenID Connect sign-in at the callback: takes the pending sign-in once, redeems the
 * code, checks the email and finds (or links) the account, then opens a session of method "sso"
 * in the connection's organisation only. Every failure is a code, never an exception.
 */
export async function finishSsoSignIn(
  ctx: TCtx,
  input: { query: URLSearchParams; browserBinding: string | null; previousToken?: string | null },
): Promise<TSsoOutcome> {
  const state = input.query.get("state");
  if (!state || !input.browserBinding || state.length > 512) return fail("state");
  const pending = await consumeSsoLoginState(ctx.db, loginStateHash(state, input.browserBinding), ctx.now());
  if (!pending) return fail("state");
  const connection = await findSsoConnection(ctx.db, pending.organisationId);
  if (!connection?.enabled) return fail("unavailable");
  if (input.query.has("error")) return fail("idp");
  let claims: oidc.IDToken;
  try {
    claims = await redeemCode(ctx, connection, input.query, pending);
  } catch (error) {
    ctx.log.warn({ organisationId: connection.organisationId, err: (error as Error).message }, "SSO code exchange or ID token refused");
    return fail("token");
  }
  const email = acceptableEmail(claims, connection);
  if (!email.ok) {
    ctx.log.info({ organisationId: connection.organisationId, reason: email.reason }, "SSO email refused");
    return fail("email");
  }
  const now = ctx.now();
  const link = { organisationId: connection.organisationId, issuer: claims.iss, subject: claims.sub, email: email.email, now };
  return ctx.db.transaction(async (tx): Promise<TSsoOutcome> => {
    const signedIn = input.previousToken ? await findLiveSession(tx, hashSecret(input.previousToken), now) : undefined;
    const signedInUserId = signedIn?.session.stage === "full" ? signedIn.user.id : null;
    const { facts, person } = await ssoFacts(tx, link.organisationId, link.issuer, link.subject, link.email, signedInUserId);
    const decision = decideSsoAccount(facts);
    if (decision.kind === "refuse") return fail(REFUSALS[decision.reason]);
    if (decision.kind === "link" && !person) return fail("not_in_directory");
    const userId = decision.kind === "sign_in" ? decision.userId : await applyLink(tx, decision, link, person as NonNullable<typeof person>);
    await touchUserIdentity(tx, link.issuer, link.subject, now);
    if (input.previousToken) await deleteSession(tx, hashSecret(input.previousToken));
    const token = await createSession({ db: tx, now: ctx.now }, userId, link.organisationId, { stage: "full", method: "sso" });
    return { ok: true, token, returnTo: pending.returnTo ?? DEFAULT_RETURN_PATH };
  });
}
