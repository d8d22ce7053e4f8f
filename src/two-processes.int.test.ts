// Issue 15, "Done when": two server processes on one PostgreSQL database. Each side is a whole runtime as
// `sterk serve` opens it (its own pool, job runner, DATA_DIR and no SESSION_SECRET) with its own HTTP app.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STANDARD_QUEUES } from "./app/jobs/standard-jobs";
import { linkTokenHashes, linkTokens, newLinkKey } from "./app/newsletter/subscriber-links";
import { MAX_PASSWORD_FAILURES } from "./app/auth/password-attempts";
import { loadHighsSolver } from "./app/plans/highs-solver";
import { OPTIMISER_QUEUE, runOptimiser } from "./app/plans/optimiser-run";
import { hashPassword } from "./app/shared/passwords";
import { loadConfig } from "./config";
import { insertUser } from "./db/auth-repo";
import { insertRunningSingleton } from "./db/jobs-repo";
import { insertSubscriber } from "./db/newsletter-repo";
import { insertOrganisation, upsertMembership } from "./db/organisations-repo";
import { insertPerson } from "./db/people-repo";
import { jobs, newsletterSubscribers, outbox } from "./db/schema/index";
import { createHttpApp } from "./http/app";
import { openRuntime, type TRuntime } from "./runtime";
import { openTestDatabase, testDatabaseKind } from "./test-support/test-database";

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct horse battery staple";
const onPostgres = testDatabaseKind === "postgres";
if (!onPostgres) {
  console.warn("SKIPPED: src/two-processes.int.test.ts needs PostgreSQL (set TEST_DATABASE_URL); PGlite serves one process only.");
}

type TSide = { runtime: TRuntime; app: ReturnType<typeof createHttpApp> };
type TBrowser = { cookie: string; csrf: string };

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let a: TSide;
let b: TSide;
let organisationId: string;
let hrUserId: string;
const dirs: string[] = [];

async function openSide(url: string): Promise<TSide> {
  const dir = mkdtempSync(join(tmpdir(), "sterk-two-"));
  dirs.push(dir);
  const config = loadConfig({ DATABASE_URL: url, SESSION_SECRET: undefined, PUBLIC_URL: ORIGIN, STERK_DEMO: "0", DATA_DIR: dir });
  // the runner polls hourly here: the test drives it with runDue()
  const runtime = await openRuntime(config, { migrate: false, startOutbox: true, jobPollMs: 3600_000, log: pino({ level: "silent" }) });
  return { runtime, app: createHttpApp(runtime.ctx, { version: "test" }) };
}

/** A request to one side, as a browser at `ip` holding `browser`'s session (if any). */
async function call(side: TSide, path: string, init: { method?: string; json?: unknown; browser?: TBrowser; ip?: string; headers?: Record<string, string>; body?: string } = {}) {
  const method = init.method ?? "GET";
  const headers = new Headers(init.headers);
  if (init.browser) headers.set("cookie", init.browser.cookie);
  if (method !== "GET") {
    if (!headers.has("origin")) headers.set("origin", ORIGIN);
    if (init.browser) headers.set("x-csrf-token", init.browser.csrf);
  }
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  return side.app.request(`${ORIGIN}${path}`, { method, headers, body }, { incoming: { socket: { remoteAddress: init.ip ?? "10.9.0.1" } } });
}

async function signIn(side: TSide, email: string, password = PASSWORD, ip = "10.9.0.1") {
  const response = await call(side, "/api/auth/sign-in", { method: "POST", json: { email, password }, ip });
  const cookie = response.headers.get("set-cookie")?.split(";")[0] ?? "";
  const json = response.ok ? ((await response.clone().json()) as { csrfToken?: string }) : {};
  return { response, browser: { cookie, csrf: json.csrfToken ?? "" } };
}

describe.runIf(onPostgres)("two server processes on one PostgreSQL database", () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    a = await openSide(database.url as string);
    b = await openSide(database.url as string);
    const org = await insertOrganisation(a.runtime.ctx.db, { slug: "two", name: "Two", defaultLocale: "en" });
    organisationId = org.id;
    const passwordHash = await hashPassword(PASSWORD);
    const hr = await insertUser(a.runtime.ctx.db, { email: "hr@two.test", displayName: "HR", passwordHash });
    await upsertMembership(a.runtime.ctx.db, { organisationId, userId: hr.id, roles: ["hr_admin"] });
    hrUserId = hr.id;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.runtime.close(), b?.runtime.close()]);
    await database?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("share one session secret from the database, and a session opened on one works on the other", async () => {
    expect(a.runtime.ctx.secret).toBe(b.runtime.ctx.secret);
    const { response, browser } = await signIn(a, "hr@two.test");
    expect(response.status).toBe(200);
    const session = await call(b, "/api/auth/session", { browser });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { email: "hr@two.test" } });
  });

  it("run each scheduled job once, and each queued job once, however both drain", async () => {
    await Promise.all([a.runtime.jobs.runDue(), b.runtime.jobs.runDue()]);
    const rows = await database.db.select().from(jobs);
    for (const queue of Object.values(STANDARD_QUEUES)) {
      // one job per time slot (two only if the sides' clocks fell either side of a slot boundary), each run once
      const slots = rows.filter((r) => r.queue === queue);
      expect(slots.length, queue).toBeGreaterThanOrEqual(1);
      expect(slots.length, queue).toBeLessThanOrEqual(2);
      expect(new Set(slots.map((r) => r.idempotencyKey)).size, queue).toBe(slots.length);
      expect(slots.map((r) => [r.status, r.attempts]), queue).toEqual(slots.map(() => ["done", 1]));
    }
    const ran: string[] = [];
    for (const side of [a, b]) side.runtime.jobs.register("test.two", async ({ job }) => void ran.push(job.id));
    for (let i = 0; i < 20; i++) await a.runtime.jobs.enqueue({ queue: "test.two", idempotencyKey: `k${i % 10}` });
    await Promise.all([a.runtime.jobs.runDue(), b.runtime.jobs.runDue()]);
    expect(ran).toHaveLength(10);
    expect(new Set(ran).size).toBe(10);
  });

  it("hold the password rate limit across both: the attempts add up", async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await insertUser(a.runtime.ctx.db, { email: "target@two.test", displayName: "Target", passwordHash });
    const statuses: number[] = [];
    for (let i = 0; i < MAX_PASSWORD_FAILURES; i++) {
      statuses.push((await signIn(i % 2 === 0 ? a : b, "target@two.test", "wrong password", `10.9.1.${i}`)).response.status);
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect((await signIn(a, "target@two.test", "wrong password", "10.9.2.1")).response.status).toBe(429);
    expect((await signIn(b, "target@two.test", PASSWORD, "10.9.2.2")).response.status).toBe(429);
  });

  it("accept on one side the one-click unsubscribe link the other made", async () => {
    const linkKey = newLinkKey();
    await insertSubscriber(a.runtime.ctx.db, {
      email: "reader@example.be",
      language: "fr",
      status: "confirmed",
      confirmedAt: new Date(),
      linkKey,
      ...linkTokenHashes(a.runtime.ctx.secret, linkKey),
    });
    const token = linkTokens(a.runtime.ctx.secret, linkKey).unsubscribe;
    const response = await call(b, `/api/newsletter/unsubscribe?token=${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.provider.example" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ outcome: "unsubscribed" });
    const [row] = await database.db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, "reader@example.be"));
    expect(row?.status).toBe("unsubscribed");
  });

  it("open on one side the rater link the other sent, and keep the rater's session on both", async () => {
    const person = (n: string, managerId: string | null = null) =>
      insertPerson(a.runtime.ctx.db, organisationId, {
        employeeNumber: n,
        firstName: `First${n}`,
        lastName: `Last${n}`,
        email: `${n.toLowerCase()}@two.test`,
        jobTitle: "",
        department: "",
        managerId,
        startDate: null,
        roleStartDate: null,
        language: "en",
        active: true,
      });
    const boss = await person("BOSS");
    const subject = await person("SUBJ", boss);
    const peers = [await person("P1", boss), await person("P2", boss), await person("P3", boss)];
    const { browser: hr } = await signIn(a, "hr@two.test", PASSWORD, "10.9.3.1");
    const post = async (side: TSide, path: string, json?: unknown) => (await call(side, path, { method: "POST", json, browser: hr })).json();
    const { id } = await post(a, "/api/feedback/campaigns", { subjectPersonId: subject, closesAt: new Date(Date.now() + 10 * 86_400_000).toISOString() });
    for (const peer of peers) await post(a, `/api/feedback/campaigns/${id}/nominees`, { group: "peer", personId: peer });
    await post(b, `/api/feedback/campaigns/${id}/submit`);
    await post(a, `/api/feedback/campaigns/${id}/approve`);
    expect((await post(b, `/api/feedback/campaigns/${id}/launch`)).status).toBe("open");
    const [invitation] = await database.db.select().from(outbox).where(eq(outbox.kind, "feedback_invitation")).limit(1);
    const token = /\/rate#token=([A-Za-z0-9_-]+)/.exec(invitation?.textBody ?? "")?.[1] ?? "";
    expect(token).not.toBe("");
    const opened = await call(a, "/api/rater/session", { method: "POST", json: { token }, ip: "10.9.4.1" });
    expect(opened.status).toBe(200);
    const raterCookie = opened.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect((await call(b, "/api/rater/questionnaire", { headers: { cookie: raterCookie }, ip: "10.9.4.1" })).status).toBe(200);
  });

  it("hold the optimiser guard: of two runs started at once on the two sides one answers 409", async () => {
    const actor = { userId: hrUserId, isOperator: false, organisationId, roles: ["hr_admin"] as const };
    // a slow solver load keeps the first run inside its guard while the second starts
    const slowSolver = async () => {
      await new Promise((r) => setTimeout(r, 500));
      return loadHighsSolver();
    };
    const results = await Promise.allSettled([
      runOptimiser(a.runtime.ctx, actor, 100_000, "en", { solver: slowSolver }),
      runOptimiser(b.runtime.ctx, actor, 100_000, "en", { solver: slowSolver }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", field: "budgetCents" } });
    // the guard is free again for the next run, on either side
    await expect(runOptimiser(b.runtime.ctx, actor, 100_000, "en", { solver: slowSolver })).resolves.toMatchObject({ budgetCents: 100_000 });
    // a run held by a process this one shares no memory with (its guard row, leased for another minute) blocks it …
    const elsewhere = { queue: OPTIMISER_QUEUE, organisationId, singletonKey: organisationId, runAt: new Date() };
    const held = await insertRunningSingleton(database.db, elsewhere, "another-process", new Date(Date.now() + 60_000));
    await expect(runOptimiser(a.runtime.ctx, actor, 100_000, "en")).rejects.toMatchObject({ code: "CONFLICT" });
    // … until that process dies and its lease runs out: then the next run takes over
    await database.db.update(jobs).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(jobs.id, held?.id ?? ""));
    await expect(runOptimiser(a.runtime.ctx, actor, 100_000, "en")).resolves.toMatchObject({ budgetCents: 100_000 });
    const [crashed] = await database.db.select().from(jobs).where(eq(jobs.id, held?.id ?? ""));
    expect(crashed).toMatchObject({ status: "failed", lastError: expect.stringContaining("lease expired") });
  }, 60_000);
});

describe.runIf(!onPostgres)("two server processes (PostgreSQL only)", () => {
  it.skip("is skipped on PGlite: run it with TEST_DATABASE_URL", () => undefined);
});
