import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const folders = ["src", "scripts", "bench", "tests", "bin"];
const codeFile = /\.(ts|tsx|mjs|cjs|js)$/;
/**
 * String literals that lead to the sibling `shared/` folder (comments citing it, and imports of src's own
 * shared/ modules, are fine).
 */
const outside = [/["'`][^"'`\n]*\/work\/shared/, /["'`]\.\.["'`]\s*,\s*["'`]shared["'`]/, /["'`][^"'`\n]*\.\.\/shared\/(roi|norms|seed|hooks)\b/];

/** The file's code without its comment lines. */
function codeOf(file: string): string {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join("\n");
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return codeFiles(path);
    return codeFile.test(name) ? [path] : [];
  });
}

describe("the repository is self-contained", () => {
  it("has no code that reads the sibling shared/ folder", () => {
    const self = fileURLToPath(import.meta.url);
    const offenders = folders
      .flatMap((folder) => codeFiles(join(root, folder)))
      .filter((file) => file !== self)
      .filter((file) => outside.some((pattern) => pattern.test(codeOf(file))))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
