// Issue 13 ("bad input"): NUL and other control characters are a 400 naming the field, never a 500; error logs hold
// no SQL parameters; HSTS when PUBLIC_URL is https; /api/docs runs under the CSP.
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeLoggerOptions } from "../app/shared/safe-log";
import { listAllPeople } from "../db/people-repo";
import { startTestApp, type TTestClient } from "../test-support/test-app";
import { testDatabaseKind } from "../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let orgId: string;
let hr: TTestClient;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await t.createOrganisation("strict")).id;
  hr = await t.signedIn("hr@strict.test", orgId, ["hr_admin"]);
});
afterAll(() => t.close());

const person = { employeeNumber: "S1", firstName: "Sara", lastName: "Peeters", email: "sara@strict.test" };

describe(`strict text input (${testDatabaseKind})`, () => {
  it("refuses a NUL in a token name with a 400 naming the field, and creates no token", async () => {
    const response = await hr.request("/api/tokens", { method: "POST", json: { name: "\u0000" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION", field: "name" });
    expect((await (await hr.request("/api/tokens")).json()).items).toEqual([]);
  });

  it("refuses a NUL in a person's job title on create and on edit, naming the field", async () => {
    const created = await hr.request("/api/people", { method: "POST", json: { ...person, jobTitle: "CFO\u0000" } });
    expect(created.status).toBe(400);
    expect(await created.json()).toMatchObject({ field: "jobTitle" });
    expect(await listAllPeople(t.ctx.db, orgId)).toEqual([]);
    const ok = await hr.request("/api/people", { method: "POST", json: person });
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: string };
    const edited = await hr.request(`/api/people/${id}`, { method: "PATCH", json: { jobTitle: "C\u0000O" } });
    expect(edited.status).toBe(400);
    expect(await edited.json()).toMatchObject({ field: "jobTitle" });
  });

  it("refuses other control characters in one-line fields but keeps line breaks where text is multi-line", async () => {
    const bell = await hr.request("/api/people", { method: "POST", json: { ...person, employeeNumber: "S2", email: "s2@strict.test", lastName: "Pee\u0007ters" } });
    expect(bell.status).toBe(400);
    expect(await bell.json()).toMatchObject({ field: "lastName" });
    const newline = await hr.request("/api/people", { method: "POST", json: { ...person, employeeNumber: "S3", email: "s3@strict.test", department: "R&D\nSales" } });
    expect(newline.status).toBe(400);
    expect(await newline.json()).toMatchObject({ field: "department" });
  });

  it("refuses a NUL anywhere in any /api request, in a query or a JSON body, with a 400 naming the field", async () => {
    const query = await hr.request("/api/people?q=a%00b");
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ field: "q" });
    const nested = await hr.request("/api/people", { method: "POST", json: { ...person, nested: { deeper: ["ok", "x\u0000"] } } });
    expect(nested.status).toBe(400);
    expect(await nested.json()).toMatchObject({ field: "nested.deeper.1" });
  });
});

describe(`error logs (${testDatabaseKind})`, () => {
  it("log the SQL state and the statement, never the values bound to it", async () => {
    const lines: string[] = [];
    const log = pino(safeLoggerOptions("error"), new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    const secret = "sha256-0f1e2d3c4b5a-token-hash-of-jan@acme.be";
    for (const statement of [sql`select ${secret}::int as n`, sql`select * from no_such_table where email = ${secret}`]) {
      const error = await t.ctx.db.execute(statement).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      log.error({ err: error, path: "/api/test" }, "unhandled error");
    }
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain("token-hash");
    }
    const [cast, missing] = lines.map((line) => JSON.parse(line) as { err: { message: string; query?: string; cause?: { code?: string } } });
    expect(JSON.stringify(cast)).toContain("22P02");
    expect(JSON.stringify(missing)).toContain("42P01");
    expect(missing?.err.message).toContain("select * from no_such_table where email = $1");
  });
});

describe("security headers", () => {
  it("sends HSTS only when PUBLIC_URL is https", async () => {
    expect((await t.app.request("/api/health")).headers.get("strict-transport-security")).toBeNull();
    const secure = await startTestApp({ config: { PUBLIC_URL: "https://sterk.example.be" } });
    try {
      const response = await secure.app.request("https://sterk.example.be/api/health");
      expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await secure.close();
    }
  });

  it("serves /api/docs without inline script or style, under a CSP without 'unsafe-inline' for scripts", async () => {
    const page = await t.app.request("/api/docs");
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/api\/docs\/[^"]+"/);
      expect(body?.trim()).toBe("");
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    for (const [, attributes] of scripts) {
      const src = /src="([^"]+)"/.exec(attributes ?? "")?.[1] ?? "";
      const asset = await t.app.request(src);
      expect(asset.status).toBe(200);
      expect(asset.headers.get("content-type")).toMatch(/javascript/);
    }
  });
});
