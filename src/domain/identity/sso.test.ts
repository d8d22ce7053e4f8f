import { describe, expect, it } from "vitest";
import { decideSsoAccount, type TSsoAccount, type TSsoFacts } from "./sso-account";
import { acceptableEmail, connectionForEmail, entraTenantOf } from "./sso-email";
import { safeReturnPath } from "./sso-return-path";

const TENANT = "0b6f3c3e-1a2b-4c5d-8e9f-a0b1c2d3e4f5";
const ENTRA = { issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, allowedDomains: ["acme.be"] };
const GOOGLE = { issuer: "https://accounts.google.com", allowedDomains: ["acme.be", "acme.fr"] };

describe("acceptableEmail", () => {
  it.each([
    ["a verified address in an allowed domain", { email: "An@Acme.be", email_verified: true }, GOOGLE, { ok: true, email: "an@acme.be" }],
    ["an unverified address", { email: "an@acme.be", email_verified: false }, GOOGLE, { ok: false, reason: "email_unverified" }],
    ["email_verified as the string 'true'", { email: "an@acme.be", email_verified: "true" }, GOOGLE, { ok: false, reason: "email_unverified" }],
    ["no email_verified outside Entra", { email: "an@acme.be" }, GOOGLE, { ok: false, reason: "email_unverified" }],
    ["no email at all", { email_verified: true }, GOOGLE, { ok: false, reason: "email_missing" }],
    ["a domain not allowed", { email: "an@evil.be", email_verified: true }, GOOGLE, { ok: false, reason: "domain_not_allowed" }],
    ["a subdomain of an allowed domain", { email: "an@x.acme.be", email_verified: true }, GOOGLE, { ok: false, reason: "domain_not_allowed" }],
    ["Google hd in the allowed domains", { email: "an@acme.fr", email_verified: true, hd: "acme.fr" }, GOOGLE, { ok: true, email: "an@acme.fr" }],
    ["Google hd not allowed", { email: "an@acme.be", email_verified: true, hd: "gmail.com" }, GOOGLE, { ok: false, reason: "hosted_domain_not_allowed" }],
    ["Entra without email_verified, tenant matches", { email: "an@acme.be", tid: TENANT }, ENTRA, { ok: true, email: "an@acme.be" }],
    ["Entra preferred_username when email is absent", { preferred_username: "AN@acme.be", tid: TENANT }, ENTRA, { ok: true, email: "an@acme.be" }],
    ["Entra upn as the last resort", { upn: "an@acme.be", tid: TENANT }, ENTRA, { ok: true, email: "an@acme.be" }],
    ["Entra from another tenant", { email: "an@acme.be", tid: "11111111-2222-3333-4444-555555555555" }, ENTRA, { ok: false, reason: "tenant_mismatch" }],
    ["Entra without tid", { email: "an@acme.be" }, ENTRA, { ok: false, reason: "tenant_mismatch" }],
    ["an Entra guest from another provider", { email: "an@acme.be", tid: TENANT, idp: "live.com" }, ENTRA, { ok: false, reason: "email_unverified" }],
    ["Entra, tenant matches, domain not allowed", { email: "an@other.be", tid: TENANT }, ENTRA, { ok: false, reason: "domain_not_allowed" }],
    ["Entra saying email_verified false", { email: "an@acme.be", tid: TENANT, email_verified: false }, ENTRA, { ok: false, reason: "email_unverified" }],
  ])("%s", (_name, claims, connection, expected) => {
    expect(acceptableEmail(claims, connection)).toEqual(expected);
  });

  it("reads the Entra tenant only from a tenant-specific v2.0 issuer", () => {
    expect(entraTenantOf(ENTRA.issuer)).toBe(TENANT);
    expect(entraTenantOf("https://login.microsoftonline.com/common/v2.0")).toBeNull();
    expect(entraTenantOf(`http://login.microsoftonline.com/${TENANT}/v2.0`)).toBeNull();
    expect(entraTenantOf(`https://login.microsoftonline.com.evil.test/${TENANT}/v2.0`)).toBeNull();
  });
});

describe("connectionForEmail", () => {
  const connections = [
    { org: "a", allowedDomains: ["acme.be"] },
    { org: "b", allowedDomains: ["beta.be", "shared.be"] },
    { org: "c", allowedDomains: ["shared.be"] },
  ];
  it.each([
    ["an@acme.be", { ok: true, connection: connections[0] }],
    ["AN@BETA.BE", { ok: true, connection: connections[1] }],
    ["an@shared.be", { ok: false, reason: "ambiguous" }],
    ["an@nobody.be", { ok: false, reason: "none" }],
    ["not an email", { ok: false, reason: "invalid_email" }],
  ])("%s", (email, expected) => {
    expect(connectionForEmail(email, connections)).toEqual(expected);
  });
});

describe("safeReturnPath", () => {
  it.each([
    ["/plans?status=submitted", "/plans?status=submitted"],
    ["/", "/"],
    [undefined, "/"],
    ["", "/"],
    ["https://evil.test/", "/"],
    ["//evil.test/", "/"],
    ["/\\evil.test", "/"],
    ["/x\\y", "/"],
    ["javascript:alert(1)", "/"],
    ["/ok\r\nSet-Cookie: x=1", "/"],
    ["/api/auth/sign-out", "/"],
    ["relative/path", "/"],
    [`/${"x".repeat(600)}`, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

const account = (id: string, membership: TSsoAccount["membership"] = null, isOperator = false, heldElsewhere = false): TSsoAccount => ({ id, isOperator, heldElsewhere, membership });
const member = (personId: string | null, extra: Partial<NonNullable<TSsoAccount["membership"]>> = {}) => ({ personId, deactivated: false, personActive: personId ? true : null, ...extra });
const facts = (f: Partial<TSsoFacts>): TSsoFacts => ({ identityAccount: null, person: null, personAccount: null, emailAccount: null, ...f });
const P = { id: "p1", active: true };

describe("decideSsoAccount", () => {
  it.each<[string, TSsoFacts, ReturnType<typeof decideSsoAccount>]>([
    ["a linked identity of a live member signs in", facts({ identityAccount: account("u1", member("p1")), person: P }), { kind: "sign_in", userId: "u1" }],
    ["a linked identity of a member without a person signs in", facts({ identityAccount: account("u1", member(null)) }), { kind: "sign_in", userId: "u1" }],
    ["a linked identity whose person left is refused", facts({ identityAccount: account("u1", member("p1", { personActive: false })) }), { kind: "refuse", reason: "not_in_directory" }],
    ["a linked identity whose membership was deactivated is refused", facts({ identityAccount: account("u1", member("p1", { deactivated: true })), person: P }), { kind: "refuse", reason: "not_in_directory" }],
    ["nobody in the directory: no account", facts({ emailAccount: account("u9", null) }), { kind: "refuse", reason: "not_in_directory" }],
    ["an inactive person: no account", facts({ person: { id: "p1", active: false } }), { kind: "refuse", reason: "not_in_directory" }],
    ["a person without any account: a new account", facts({ person: P }), { kind: "link", userId: null, personId: "p1", membershipExists: false, linkIdentity: true }],
    ["the person's linked account is preferred", facts({ person: P, personAccount: account("u2", member("p1")), emailAccount: account("u3") }), { kind: "link", userId: "u2", personId: "p1", membershipExists: true, linkIdentity: true }],
    ["an account of another organisation with that email gets a membership", facts({ person: P, emailAccount: account("u3") }), { kind: "link", userId: "u3", personId: "p1", membershipExists: false, linkIdentity: true }],
    ["an operator with that email is refused", facts({ person: P, emailAccount: account("op", null, true) }), { kind: "refuse", reason: "operator" }],
    ["an operator's identity is refused", facts({ identityAccount: account("op", member(null), true) }), { kind: "refuse", reason: "operator" }],
    ["an identity of one account and a person of another is refused", facts({ identityAccount: account("u1"), person: P, personAccount: account("u2", member("p1")) }), { kind: "refuse", reason: "conflict" }],
    ["an account linked to another person of the organisation is refused", facts({ person: P, emailAccount: account("u3", member("p7")) }), { kind: "refuse", reason: "conflict" }],
    ["a member without a person is linked to the person", facts({ person: P, emailAccount: account("u3", member(null)) }), { kind: "link", userId: "u3", personId: "p1", membershipExists: true, linkIdentity: true }],
    ["an identity without membership in this organisation is linked", facts({ identityAccount: account("u1"), person: P }), { kind: "link", userId: "u1", personId: "p1", membershipExists: false, linkIdentity: false }],
    // another organisation's HR puts a member's address in their directory and vouches for it with their own provider
    ["an account that is a member elsewhere is not opened by this provider", facts({ person: P, emailAccount: account("u3", null, false, true) }), { kind: "refuse", reason: "link_required" }],
    ["nor when this organisation linked it to its person", facts({ person: P, personAccount: account("u3", member("p1"), false, true) }), { kind: "refuse", reason: "link_required" }],
    ["nor when another account is signed in in the browser", facts({ person: P, emailAccount: account("u3", null, false, true), signedInUserId: "u4" }), { kind: "refuse", reason: "link_required" }],
    ["its owner, signed in to it, links it", facts({ person: P, emailAccount: account("u3", null, false, true), signedInUserId: "u3" }), { kind: "link", userId: "u3", personId: "p1", membershipExists: false, linkIdentity: true }],
    ["an identity already linked by its owner signs in without proof", facts({ identityAccount: account("u3", member("p1"), false, true), person: P }), { kind: "sign_in", userId: "u3" }],
  ])("%s", (_name, input, expected) => {
    expect(decideSsoAccount(input)).toEqual(expected);
  });
});
