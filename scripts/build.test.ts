import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SERVER_ASSETS, SERVER_BUNDLE, serverStaleReason } from "./build.mjs";

let root = "";
const T0 = new Date("2025-01-01T10:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function file(path: string, time: Date) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, "x");
  utimesSync(full, time, time);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "sterk-server-build-"));
  file("src/cli/entry.ts", T0);
  file("src/db/migrations/0000_init.sql", T0);
  file("package-lock.json", T0);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("serverStaleReason", () => {
  it("asks for a build when dist/server has no bundle", () => {
    expect(serverStaleReason(root)).toMatch(/sterk\.mjs is missing/);
  });

  it("is satisfied by a bundle newer than every server source", () => {
    file(SERVER_BUNDLE, later(1));
    expect(serverStaleReason(root)).toBeNull();
  });

  it("names a server source, a migration or the lockfile changed since the bundle", () => {
    file(SERVER_BUNDLE, later(1));
    file("src/app/people/import-people.ts", later(2));
    expect(serverStaleReason(root)).toMatch(/src\/app\/people\/import-people\.ts changed/);
    file(SERVER_BUNDLE, later(3));
    file("src/db/migrations/0001_more.sql", later(4));
    expect(serverStaleReason(root)).toMatch(/0001_more\.sql changed/);
    file(SERVER_BUNDLE, later(5));
    file("package-lock.json", later(6));
    expect(serverStaleReason(root)).toMatch(/package-lock\.json changed/);
  });

  it("ignores the web app, tests and test helpers, which never reach the server bundle", () => {
    file(SERVER_BUNDLE, later(1));
    file("src/web/main.tsx", later(2));
    file("src/app/people/import-people.test.ts", later(2));
    file("src/http/fuzz.int.test.ts", later(2));
    file("src/test-support/test-app.ts", later(2));
    expect(serverStaleReason(root)).toBeNull();
  });
});

describe("SERVER_ASSETS", () => {
  it("copies every file the server reads beside its own module", () => {
    expect(Object.values(SERVER_ASSETS).sort()).toEqual(["migrations", "newsletter-page.js", "site.css", "table-file-worker.mjs"]);
  });
});
