import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/main";

/** Runs `sterk …` in-process and captures what it prints and its exit code. */
export async function sterk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("\n") };
}

/** A temporary folder for one test file: write JSON or raw text into numbered files, remove it all. */
export function tempFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let count = 0;
  return {
    dir,
    /** Writes JSON (or, with raw, the text as is) to a fresh file and returns its path. */
    write(content: unknown, raw = false, name = `file-${++count}.json`): string {
      const path = join(dir, name);
      writeFileSync(path, raw ? (content as string | Uint8Array) : JSON.stringify(content));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
