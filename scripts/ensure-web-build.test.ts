import { describe, expect, it } from "vitest";
import { staleReason } from "./ensure-web-build.mjs";
import { later, useStaleTree } from "./stale-tree.test-helpers";

const tree = useStaleTree("sterk-web-build-", ["src/web/main.tsx", "src/contracts/people.ts", "vite.config.ts"]);

describe("staleReason", () => {
  it("asks for a build when dist/web has none", () => {
    expect(staleReason(tree.root)).toMatch(/missing/);
  });

  it("is satisfied when the build is newer than every source", () => {
    tree.file("dist/web/index.html", later(1));
    expect(staleReason(tree.root)).toBeNull();
  });

  it.each(["src/web/features/people/people-page.tsx", "src/contracts/people.ts", "vite.config.ts"])(
    "asks for a build when %s changed after it",
    (path) => {
      tree.file("dist/web/index.html", later(1));
      tree.file(path, later(2));
      expect(staleReason(tree.root)).toContain(path);
    },
  );

  it("ignores tests, which never reach the bundle", () => {
    tree.file("dist/web/index.html", later(1));
    tree.file("src/web/i18n/i18n.test.ts", later(2));
    tree.file("src/web/test-setup.ts", later(2));
    expect(staleReason(tree.root)).toBeNull();
  });
});
