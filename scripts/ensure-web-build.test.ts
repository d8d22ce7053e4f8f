import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { staleReason } from "./ensure-web-build.mjs";

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
  root = mkdtempSync(join(tmpdir(), "sterk-web-build-"));
  file("src/web/main.tsx", T0);
  file("src/contracts/people.ts", T0);
  file("vite.config.ts", T0);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("staleReason", () => {
  it("asks for a build when dist/web has none", () => {
    expect(staleReason(root)).toMatch(/missing/);
  });

  it("is satisfied when the build is newer than every source", () => {
    file("dist/web/index.html", later(1));
    expect(staleReason(root)).toBeNull();
  });

  it.each(["src/web/features/people/people-page.tsx", "src/contracts/people.ts", "vite.config.ts"])(
    "asks for a build when %s changed after it",
    (path) => {
      file("dist/web/index.html", later(1));
      file(path, later(2));
      expect(staleReason(root)).toContain(path);
    },
  );

  it("ignores tests, which never reach the bundle", () => {
    file("dist/web/index.html", later(1));
    file("src/web/i18n/i18n.test.ts", later(2));
    file("src/web/test-setup.ts", later(2));
    expect(staleReason(root)).toBeNull();
  });
});
