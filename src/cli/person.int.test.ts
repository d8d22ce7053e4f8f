// Issue 15: `sterk person export|erase` and "an erased person stays erased after a restore": backup → erase →
// restore the older backup → the person is erased again from the tombstones.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sterk, useCliDatabase, useEmptyPostgresDatabases } from "../test-support/cli";
import { testDatabaseKind } from "../test-support/test-database";

const files = useCliDatabase("sterk-person-", { demo: true });
const serverUrl = process.env.TEST_DATABASE_URL;
const emptyPostgresDatabase = useEmptyPostgresDatabases("sterk_gdpr_");

describe(`sterk person (${testDatabaseKind})`, () => {
  it("exports a person as JSON by employee number or email; an unknown person or organisation is a usage error", async () => {
    const byNumber = await sterk("person", "export", "--org", "demo", "--person", "E004");
    expect(byNumber.stderr).toBe("");
    expect(byNumber.code).toBe(0);
    const data = JSON.parse(byNumber.stdout) as { format: string; version: number; person: { employeeNumber: string; email: string } };
    expect(data).toMatchObject({ format: "sterk-person-data", version: 1, person: { employeeNumber: "E004" } });
    const byEmail = await sterk("person", "export", "--org", "demo", "--person", data.person.email.toUpperCase());
    expect(JSON.parse(byEmail.stdout).person.employeeNumber).toBe("E004");
    expect((await sterk("person", "export", "--org", "demo", "--person", "NOPE")).code).toBe(2);
    expect((await sterk("person", "export", "--org", "nope", "--person", "E004")).stderr).toMatch(/unknown organisation/);
  });

  it("refuses to erase without --yes", async () => {
    const refused = await sterk("person", "erase", "--org", "demo", "--person", "E004");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--yes/);
    expect((await sterk("person", "export", "--org", "demo", "--person", "E004")).code).toBe(0);
  });

  it("keeps an erased person erased after restoring a backup made before the erasure", async () => {
    const backup = join(files.dir, "before-erasure.backup");
    expect((await sterk("backup", backup)).code).toBe(0);

    const erased = await sterk("person", "erase", "--org", "demo", "--person", "E004", "--yes");
    expect(erased.stderr).toBe("");
    expect(erased.stdout).toMatch(/erased; reference [0-9a-f-]{36}/);
    expect((await sterk("person", "export", "--org", "demo", "--person", "E004")).code).toBe(2);
    const tombstoneFile = join(process.env.DATA_DIR as string, "erasure-tombstones.jsonl");
    expect(existsSync(tombstoneFile)).toBe(true);
    const tombstones = readFileSync(tombstoneFile, "utf8");
    expect(tombstones).not.toMatch(/E004|@|An\b/);
    const listed = await sterk("person", "tombstones");
    expect(listed.stdout.trim()).toBe(tombstones.trim());

    const source = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    try {
      // PostgreSQL: a new database, the same DATA_DIR (its tombstone file is read by default);
      // PGlite: a new DATA_DIR, so the tombstones are named with --tombstones
      const args = serverUrl ? [] : ["--tombstones", tombstoneFile];
      if (serverUrl) process.env.DATABASE_URL = await emptyPostgresDatabase();
      else process.env.DATA_DIR = join(files.dir, "restored");
      const restored = await sterk("restore", backup, ...args);
      expect(restored.stderr).toBe("");
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/1 person\(s\) erased again/);
      const after = await sterk("person", "export", "--org", "demo", "--person", "E004");
      expect(after.code).toBe(2);
      expect(after.stderr).toMatch(/no person/);
      // the restored database holds the tombstone itself now
      expect((await sterk("person", "tombstones")).stdout.trim()).toBe(tombstones.trim());
      expect((await sterk("person", "export", "--org", "demo", "--person", "E005")).code).toBe(0);
    } finally {
      Object.assign(process.env, source);
      if (source.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    }
  }, 300_000);
});
