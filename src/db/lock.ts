import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export class DataDirLockedError extends Error {}

/** The directories this process holds: a second open in the same process is refused by this, not by the PID. */
const heldHere = new Set<string>();

type THolder = { pid: number; started: string | null };

/** When a process started, as the kernel counts it (/proc/PID/stat field 22), or null where there is no /proc. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) may contain spaces and parentheses: count fields after its closing parenthesis
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Reads a lock: `pid start-time` (older locks hold only the pid). */
function readHolder(path: string): THolder | null {
  const [pid, started] = readFileSync(path, "utf8").trim().split(/\s+/);
  const n = Number(pid);
  return Number.isInteger(n) && n > 0 ? { pid: n, started: started ?? null } : null;
}

/**
 * Whether the process that wrote the lock still runs. Our own PID in a lock we do not hold is a previous process that
 * had the same PID (a container restarted after `kill -9` is PID 1 again); another PID must be alive and, where the
 * kernel says when processes started, have started when the lock says.
 */
function holderRuns(holder: THolder): boolean {
  if (holder.pid === process.pid) return false;
  if (!isAlive(holder.pid)) return false;
  const now = startTimeOf(holder.pid);
  return holder.started === null || now === null || now === holder.started;
}

/**
 * Takes an exclusive lock on the embedded data directory so a second process fails fast
 * instead of corrupting it. A lock left by a process that no longer runs is taken over.
 * Returns the function that releases it.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const key = resolve(dir);
  if (heldHere.has(key)) throw new DataDirLockedError(`The data directory ${dir} is already open in this process.`);
  const path = join(dir, "sterk.lock");
  const me = `${process.pid} ${startTimeOf(process.pid) ?? ""}`.trim();
  for (let attempt = 0; attempt < 2; attempt++) {
    // Write the lock to a private file, then link it into place: the lock appears complete or not at all.
    const mine = `${path}.${process.pid}`;
    writeFileSync(mine, me);
    try {
      linkSync(mine, path);
      rmSync(mine, { force: true });
      heldHere.add(key);
      return () => {
        heldHere.delete(key);
        try {
          if (readFileSync(path, "utf8") === me) rmSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      rmSync(mine, { force: true });
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(path);
      if (holder && holderRuns(holder)) {
        throw new DataDirLockedError(
          `The data directory ${dir} is in use by another Sterk process (pid ${holder.pid}). ` +
            "Stop it first, or set DATA_DIR to another directory.",
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dir}.`);
}
