import pino from "pino";
import { createBackgroundTasks } from "../app/shared/background";
import type { TAppContext } from "../app/shared/context";
import { hashPassword } from "../app/shared/passwords";
import { loadConfig } from "../config";
import { insertUser } from "../db/auth-repo";
import { insertOrganisation, upsertMembership } from "../db/organisations-repo";
import type { TOrgRole } from "../domain/shared/roles";
import { createHttpApp } from "../http/app";
import { assertContract, contractsOf } from "./contract-check";
import { openTestDatabase } from "./test-database";

/** A response body without its request id: two answers are "the same" when all else is equal (ids differ per request). */
export async function bodyWithoutRequestId(response: Response): Promise<unknown> {
  const { requestId: _id, ...rest } = (await response.json()) as Record<string, unknown>;
  return rest;
}

/** A request's status and JSON body, for tests that compare both. */
export async function callJson(client: TTestClient, path: string, method = "GET", json?: unknown) {
  const response = await client.request(path, { method, json });
  return { status: response.status, body: await response.json() };
}

export const TEST_PASSWORD = "correct horse battery staple";
export const TEST_ORIGIN = "http://localhost:3000";

/** A browser-like client for `app.request`: keeps the session cookie and sends the CSRF token. */
export type TTestClient = {
  request: (path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>;
  signIn: (email: string, password?: string) => Promise<Response>;
  csrfToken: string | null;
  cookie: string | null;
};

/** The application on a fresh database, with helpers to create organisations and users. */
export async function startTestApp(options: { now?: () => Date; config?: Record<string, string> } = {}) {
  const database = await openTestDatabase();
  const outboxWakes: number[] = [];
  const log = pino({ level: "silent" });
  const background = createBackgroundTasks(log);
  const ctx: TAppContext = {
    db: database.db,
    config: loadConfig({ PUBLIC_URL: TEST_ORIGIN, STERK_DEMO: "0", DATABASE_URL: database.url, ...options.config }),
    now: options.now ?? (() => new Date()),
    log,
    notifyOutbox: () => outboxWakes.push(1),
    secret: "test-secret-test-secret-test-secret-0123",
    background: background.run,
  };
  const app = createHttpApp(ctx, { version: "test" });
  // every response a test receives, through a client or app.request, is checked against its route's contract
  const contracts = contractsOf(app);
  const request = app.request;
  app.request = async (input, init, env, executionCtx) => {
    const response = await request(input, init, env, executionCtx);
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const url = input instanceof Request ? input.url : String(input);
    await assertContract(contracts, method, url, response);
    return response;
  };

  function client(ip = "127.0.0.1"): TTestClient {
    const state: TTestClient = {
      csrfToken: null,
      cookie: null,
      request: async (path, init = {}) => {
        const headers = new Headers(init.headers);
        if (state.cookie && !headers.has("cookie")) headers.set("cookie", state.cookie);
        const method = (init.method ?? "GET").toUpperCase();
        if (!["GET", "HEAD"].includes(method)) {
          if (!headers.has("origin")) headers.set("origin", TEST_ORIGIN);
          if (state.csrfToken && !headers.has("x-csrf-token")) headers.set("x-csrf-token", state.csrfToken);
        }
        let body = init.body;
        if (init.json !== undefined) {
          headers.set("content-type", "application/json");
          body = JSON.stringify(init.json);
        }
        const response = await app.request(`${TEST_ORIGIN}${path}`, { ...init, method, headers, body }, { incoming: { socket: { remoteAddress: ip } } });
        const setCookie = response.headers.get("set-cookie");
        if (setCookie?.startsWith("sterk_session=")) {
          const value = setCookie.split(";")[0] ?? "";
          state.cookie = value === "sterk_session=" ? null : value;
        }
        // a compressed answer never carries the CSRF token (compression.ts)
        if (response.headers.get("content-type")?.includes("application/json") && response.ok && !response.headers.has("content-encoding")) {
          const copy = (await response.clone().json()) as { csrfToken?: string };
          if (copy && typeof copy.csrfToken === "string") state.csrfToken = copy.csrfToken;
        }
        return response;
      },
      signIn: (email, password = TEST_PASSWORD) =>
        state.request("/api/auth/sign-in", { method: "POST", json: { email, password } }),
    };
    return state;
  }

  const passwordHash = await hashPassword(TEST_PASSWORD);
  async function createOrganisation(slug: string, name = slug) {
    return insertOrganisation(ctx.db, { slug, name, defaultLocale: "nl" });
  }
  async function createUser(email: string, memberships: { organisationId: string; roles: TOrgRole[] }[] = [], isOperator = false) {
    const user = await insertUser(ctx.db, { email, displayName: email.split("@")[0] ?? email, passwordHash, isOperator });
    for (const m of memberships) await upsertMembership(ctx.db, { ...m, userId: user.id });
    return user;
  }
  /** A signed-in client for a new user with the given roles in the organisation. */
  async function signedIn(email: string, organisationId: string, roles: TOrgRole[], isOperator = false) {
    await createUser(email, roles.length ? [{ organisationId, roles }] : [], isOperator);
    const c = client();
    const response = await c.signIn(email);
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    if (isOperator) await c.request("/api/auth/organisation", { method: "POST", json: { organisationId } });
    return c;
  }

  /** Waits for work started off the response path (e.g. password-reset emails). */
  const settle = background.settle;
  return { ctx, app, database, client, createOrganisation, createUser, signedIn, outboxWakes, settle, close: async () => {
    await settle();
    await database.close();
  } };
}
