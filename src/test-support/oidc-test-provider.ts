// A real OpenID provider (panva's oidc-provider) on 127.0.0.1 for tests: a login page that asks for
// an email address (any address signs in; claims can be overridden per address), consent granted
// automatically, and hooks to hand out ID tokens from elsewhere (for refusal tests).
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type TOidcTestClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type TOidcTestProviderOptions = {
  clients: TOidcTestClient[];
  /** the issuer its tokens claim; by default its own address (set another to mint look-alike tokens) */
  issuer?: string;
  port?: number;
  /** a line in the page title, so a browser test can tell it is on the provider */
  name?: string;
};

export type TOidcTestProvider = {
  /** the issuer identifier (its address unless told otherwise) */
  issuer: string;
  /** where it listens */
  url: string;
  /** per-address claim overrides (email_verified, hd, tid, sub, …) */
  setClaims: (email: string, claims: Record<string, unknown>) => void;
  /** the ID token lifetime in seconds (default 3600) */
  setIdTokenTtl: (seconds: number) => void;
  /** replaces the ID token in the next token responses (null: stop) */
  replaceIdToken: (idToken: string | null) => void;
  /** follows an authorization URL through the login page as `email`; returns where the provider sends the browser back */
  signIn: (authorizationUrl: string, email: string) => Promise<URL>;
  /** a complete sign-in of its own for a client, returning the ID token (to hand to another flow) */
  issueIdToken: (input: { client: TOidcTestClient; email: string; nonce: string }) => Promise<string>;
  close: () => Promise<void>;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, hint: string, name: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)} — sign in</title></head>
<body><main><h1>${escapeHtml(name)}</h1><form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="email">Email address</label> <input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(hint)}" required>
<button type="submit">Continue</button></form></main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/** A cookie jar just big enough to walk one provider's redirects. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    store: (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const at = pair.indexOf("=");
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
    },
  };
}

/** Starts an OpenID provider on 127.0.0.1 (a random port unless given). */
export async function startOidcTestProvider(options: TOidcTestProviderOptions): Promise<TOidcTestProvider> {
  const overrides = new Map<string, Record<string, unknown>>();
  const emailOf = new Map<string, string>();
  const settings = { idTokenTtl: 3600, replacement: null as string | null };
  const subjectFor = (email: string) => String(overrides.get(email)?.sub ?? `sub-${createHash("sha256").update(email).digest("hex").slice(0, 20)}`);
  let provider: Provider | null = null;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!provider) return res.writeHead(503).end();
    if (req.url?.startsWith("/interaction/")) {
      interaction(provider, req, res).catch((error: Error) => res.writeHead(400, { "content-type": "text/plain" }).end(error.message));
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = options.issuer ?? url;
  const name = options.name ?? "Test identity provider";

  async function interaction(p: Provider, req: IncomingMessage, res: ServerResponse) {
    const details = await p.interactionDetails(req, res);
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(details.uid, String(details.params.login_hint ?? ""), name));
      return;
    }
    const email = (await readForm(req)).get("email")?.trim().toLowerCase() ?? "";
    if (!email.includes("@")) throw new Error("an email address is needed");
    const accountId = subjectFor(email);
    emailOf.set(accountId, email);
    await p.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
  }

  const key = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: randomBytes(8).toString("hex"), use: "sig", alg: "RS256" };
  provider = new Provider(issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    })),
    jwks: { keys: [key] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    claims: { openid: ["sub", "hd", "tid", "idp", "upn", "preferred_username"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    ttl: { IdToken: () => settings.idTokenTtl, AccessToken: 600, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: async (_ctx: unknown, sub: string) => {
      const email = emailOf.get(sub);
      if (!email) return undefined;
      return { accountId: sub, claims: async () => ({ email, email_verified: true, name: email.split("@")[0], ...overrides.get(email), sub }) };
    },
    loadExistingGrant: async (ctx: { oidc: { client: { clientId: string }; session: { accountId: string; grantIdFor: (id: string) => string | undefined }; result?: { consent?: { grantId?: string } } } }) => {
      const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (existing) return provider?.Grant.find(existing);
      const grant = new (provider as Provider).Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | null;
    if (ctx.path === "/token" && settings.replacement && body?.id_token) ctx.body = { ...body, id_token: settings.replacement };
  });

  async function signIn(authorizationUrl: string, email: string): Promise<URL> {
    const jar = cookieJar();
    let next = new URL(authorizationUrl);
    for (let hop = 0; hop < 8; hop++) {
      if (!next.href.startsWith(url)) return next;
      const isLogin = next.pathname.startsWith("/interaction/");
      const response = await fetch(next, {
        method: isLogin ? "POST" : "GET",
        redirect: "manual",
        headers: { cookie: jar.header(), ...(isLogin ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
        body: isLogin ? new URLSearchParams({ email }).toString() : undefined,
      });
      jar.store(response);
      const location = response.headers.get("location");
      if (!location) throw new Error(`the provider answered ${response.status} at ${next.pathname}: ${(await response.text()).slice(0, 300)}`);
      next = new URL(location, next);
    }
    throw new Error("too many redirects at the provider");
  }

  async function issueIdToken(input: { client: TOidcTestClient; email: string; nonce: string }): Promise<string> {
    const verifier = randomBytes(32).toString("base64url");
    const redirectUri = input.client.redirectUris[0] ?? "";
    const authorization = new URL(`${url}/auth`);
    authorization.search = new URLSearchParams({
      client_id: input.client.clientId,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: "openid email profile",
      state: randomBytes(16).toString("hex"),
      nonce: input.nonce,
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
    }).toString();
    const back = await signIn(authorization.href, input.email);
    const code = back.searchParams.get("code");
    if (!code) throw new Error(`no code: ${back.href}`);
    const response = await fetch(`${url}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri, code_verifier: verifier, client_id: input.client.clientId, client_secret: input.client.clientSecret }),
    });
    const tokens = (await response.json()) as { id_token?: string };
    if (!tokens.id_token) throw new Error(`no ID token: ${JSON.stringify(tokens)}`);
    return tokens.id_token;
  }

  return {
    issuer,
    url,
    setClaims: (email, claims) => overrides.set(email.toLowerCase(), claims),
    setIdTokenTtl: (seconds) => {
      settings.idTokenTtl = seconds;
    },
    replaceIdToken: (idToken) => {
      settings.replacement = idToken;
    },
    signIn,
    issueIdToken,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
