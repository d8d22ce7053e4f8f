import { describe, expect, it } from "vitest";
import { SERVER_ASSETS, SERVER_BUNDLE, serverStaleReason } from "./build.mjs";
import { later, useStaleTree } from "./stale-tree.test-helpers";

const tree = useStaleTree("sterk-server-build-", ["src/cli/entry.ts", "src/db/migrations/0000_init.sql", "package-lock.json"]);

describe("serverStaleReason", () => {
  it("asks for a build when dist/server has no bundle", () => {
    expect(serverStaleReason(tree.root)).toMatch(/sterk\.mjs is missing/);
  });

  it("is satisfied by a bundle newer than every server source", () => {
    tree.file(SERVER_BUNDLE, later(1));
    expect(serverStaleReason(tree.root)).toBeNull();
  });

  it("names a server source, a migration or the lockfile changed since the bundle", () => {
    tree.file(SERVER_BUNDLE, later(1));
    tree.file("src/app/people/import-people.ts", later(2));
    expect(serverStaleReason(tree.root)).toMatch(/src\/app\/people\/import-people\.ts changed/);
    tree.file(SERVER_BUNDLE, later(3));
    tree.file("src/db/migrations/0001_more.sql", later(4));
    expect(serverStaleReason(tree.root)).toMatch(/0001_more\.sql changed/);
    tree.file(SERVER_BUNDLE, later(5));
    tree.file("package-lock.json", later(6));
    expect(serverStaleReason(tree.root)).toMatch(/package-lock\.json changed/);
  });

  it("ignores the web app, tests and test helpers, which never reach the server bundle", () => {
    tree.file(SERVER_BUNDLE, later(1));
    tree.file("src/web/main.tsx", later(2));
    tree.file("src/app/people/import-people.test.ts", later(2));
    tree.file("src/http/fuzz.int.test.ts", later(2));
    tree.file("src/test-support/test-app.ts", later(2));
    expect(serverStaleReason(tree.root)).toBeNull();
  });
});

describe("SERVER_ASSETS", () => {
  it("copies every file the server reads beside its own module", () => {
    expect(Object.values(SERVER_ASSETS).sort()).toEqual(["migrations", "newsletter-page.js", "site.css", "table-file-worker.mjs"]);
  });
});
