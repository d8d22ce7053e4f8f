import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync, brotliCompressSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "../test-support/test-app";
import { testDatabaseKind } from "../test-support/test-database";
import type { THttpEnv } from "./env";
import { mountWeb } from "./static-web";

type TApp = Awaited<ReturnType<typeof startTestApp>>;

describe(`compressed responses (${testDatabaseKind})`, () => {
  let t: TApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(async () => t.close());

  it("gzips a large JSON answer to a GET when the client accepts it, and not when it does not", async () => {
    const org = await t.createOrganisation("gzip-org");
    const hr = await t.signedIn("hr@gzip.example", org.id, ["hr_admin"]);
    for (let i = 0; i < 30; i += 1) {
      const created = await hr.request("/api/people", { method: "POST", json: { employeeNumber: `G${i}`, firstName: `Person${i}`, lastName: "Gzip", email: `p${i}@gzip.example` } });
      expect(created.status).toBe(201);
    }
    const zipped = await hr.request("/api/people?limit=100", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toMatch(/accept-encoding/i);
    const raw = Buffer.from(await zipped.arrayBuffer());
    const people = JSON.parse(gunzipSync(raw).toString("utf8")) as { items: unknown[] };
    expect(people.items.length).toBeGreaterThanOrEqual(30);
    expect(raw.length).toBeLessThan(gunzipSync(raw).length / 2);

    const plain = await hr.request("/api/people?limit=100");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(((await plain.json()) as { items: unknown[] }).items.length).toBe(people.items.length);
  });

  it("never compresses what carries the session's CSRF token, nor the answer to a write (BREACH)", async () => {
    const org = await t.createOrganisation("breach-org");
    const hr = await t.signedIn("hr@breach.example", org.id, ["hr_admin"]);
    const session = await hr.request("/api/auth/session", { headers: { "accept-encoding": "gzip" } });
    expect(session.status).toBe(200);
    expect(session.headers.get("content-encoding")).toBeNull();
    const token = await hr.request("/api/tokens", { method: "POST", headers: { "accept-encoding": "gzip" }, json: { name: "x".repeat(60) } });
    expect(token.headers.get("content-encoding")).toBeNull();
  });
});

describe("built assets", () => {
  let root: string;
  let app: Hono<THttpEnv>;
  const script = `console.log(${JSON.stringify("sterk ".repeat(500))});`;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "sterk-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>x</title>");
    writeFileSync(join(root, "assets", "app-abc.js"), script);
    writeFileSync(join(root, "assets", "app-abc.js.br"), brotliCompressSync(script));
    writeFileSync(join(root, "assets", "app-abc.js.gz"), gzipSync(script));
    app = new Hono<THttpEnv>();
    app.use("*", async (c, next) => {
      c.set("cspNonce", "n");
      await next();
    });
    mountWeb(app, root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("serves the brotli twin to a browser that accepts it, gzip to one that accepts only that, the file itself otherwise", async () => {
    const br = await app.request("/assets/app-abc.js", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-type")).toMatch(/javascript/);
    expect(br.headers.get("cache-control")).toContain("immutable");
    const gz = await app.request("/assets/app-abc.js", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    const plain = await app.request("/assets/app-abc.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });
});
