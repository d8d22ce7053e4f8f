import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./lock";

const fresh = () => mkdtempSync(join(tmpdir(), "sterk-lock-"));

describe("the embedded data directory lock", () => {
  it("refuses a second open in the same process and frees the directory on release", () => {
    const dir = fresh();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dir, "sterk.lock"))).toBe(false);
    lockDataDir(dir)();
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const dir = fresh();
    writeFileSync(join(dir, "sterk.lock"), "999999999");
    const release = lockDataDir(dir);
    release();
  });

  it("takes over a lock naming its own PID that it does not hold: a container restarted after kill -9 is PID 1 again", () => {
    const dir = fresh();
    writeFileSync(join(dir, "sterk.lock"), String(process.pid));
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/already open in this process/);
    release();
  });

  it("takes over a lock of a live PID that started at another time (the PID was reused)", () => {
    const dir = fresh();
    // PID 1 runs, but not since the start time this lock records
    writeFileSync(join(dir, "sterk.lock"), "1 0");
    lockDataDir(dir)();
  });

  it("fails fast with a clear message while another process holds the directory", async () => {
    const dir = fresh();
    const child = spawn(process.execPath, ["-e", `require("fs").writeFileSync(${JSON.stringify(join(dir, "sterk.lock"))}, String(process.pid)); setTimeout(() => {}, 20000)`]);
    try {
      const lockFile = join(dir, "sterk.lock");
      for (let i = 0; i < 200 && !existsSync(lockFile); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(() => lockDataDir(dir)).toThrow(/in use by another Sterk process/);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
