// A throwaway source tree with controlled modification times, for the build-staleness tests.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach } from "vitest";

export const T0 = new Date("2025-01-01T10:00:00Z");
/** `minutes` after T0. */
export const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** A fresh tree per test holding `files` at T0; `file` adds or touches one at a given time. */
export function useStaleTree(prefix: string, files: string[]) {
  const tree = { root: "", file };
  function file(path: string, time: Date) {
    const full = join(tree.root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, "x");
    utimesSync(full, time, time);
  }
  beforeEach(() => {
    tree.root = mkdtempSync(join(tmpdir(), prefix));
    for (const path of files) file(path, T0);
  });
  afterEach(() => rmSync(tree.root, { recursive: true, force: true }));
  return tree;
}
