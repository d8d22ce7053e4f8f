import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config";
import { openRuntime } from "./runtime";
import { openTestDatabase, testDatabaseKind } from "./test-support/test-database";

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "sterk-runtime-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe(`the session secret without SESSION_SECRET (${testDatabaseKind})`, () => {
  it.runIf(testDatabaseKind === "postgres")("is one secret for every server process on the database, whatever their DATA_DIR", async () => {
    const database = await openTestDatabase();
    try {
      const env = { DATABASE_URL: database.url, SESSION_SECRET: undefined, STERK_DEMO: "0" };
      const first = await openRuntime(loadConfig({ ...env, DATA_DIR: dataDir() }), { migrate: false });
      const second = await openRuntime(loadConfig({ ...env, DATA_DIR: dataDir() }), { migrate: false });
      try {
        expect(first.ctx.secret.length).toBeGreaterThanOrEqual(32);
        expect(second.ctx.secret).toBe(first.ctx.secret);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    } finally {
      await database.close();
    }
  });

  it.runIf(testDatabaseKind === "embedded")("adopts the secret an embedded install kept in DATA_DIR, and keeps it in the database", async () => {
    const dir = dataDir();
    const earlier = "an-earlier-secret-kept-in-the-data-directory-0123456789";
    writeFileSync(join(dir, "session-secret"), earlier);
    const env = { DATA_DIR: dir, DATABASE_URL: undefined, SESSION_SECRET: undefined, STERK_DEMO: "0" };
    const first = await openRuntime(loadConfig(env));
    expect(first.ctx.secret).toBe(earlier);
    await first.close();
    rmSync(join(dir, "session-secret"));
    const again = await openRuntime(loadConfig(env));
    expect(again.ctx.secret).toBe(earlier);
    await again.close();
  });
});
