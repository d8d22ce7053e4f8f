import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { DomainError } from "../../domain/shared/errors";

/**
 * What one import may hold. Chosen so an honest HR, catalogue or measure file always fits and a hostile one costs
 * a bounded amount: 100,000 rows (a large employer's whole directory), 200 columns, 32,767 characters per value
 * (Excel's own cell limit), 100 MB of unpacked workbook (a 100,000-row sheet with its shared strings), 1,000 zip
 * parts, XML nested at most 64 deep (a worksheet needs about 8).
 */
export const TABLE_FILE_LIMITS = {
  maxRows: 100_000,
  maxColumns: 200,
  maxCellChars: 32_767,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxZipEntries: 1_000,
  maxXmlDepth: 64,
} as const;
export type TTableFileLimits = { [K in keyof typeof TABLE_FILE_LIMITS]: number };

/**
 * The worker's heap, its time, and how many files are parsed at once (the rest wait their turn): at most two, and
 * always one core fewer than the machine has, so that parsing never takes the core the event loop needs.
 */
export const TABLE_FILE_WORKER = {
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 48,
  timeLimitMs: 30_000,
  parallel: Math.max(1, Math.min(2, availableParallelism() - 1)),
};

export type TParsedRow = { line: number; cells: string[] };
export type TParsedTable = { rows: TParsedRow[]; encoding?: "utf-8" | "windows-1252"; delimiter?: "," | ";" };

type TWorkerMessage =
  | { type: "rows"; rows: TParsedRow[] }
  | { type: "done"; encoding?: "utf-8" | "windows-1252"; delimiter?: "," | ";" }
  | { type: "refused"; code: "PAYLOAD_TOO_LARGE" | "UNREADABLE_FILE"; message: string };

const workerUrl = new URL("./table-file-worker.mjs", import.meta.url);

let running = 0;
const waiting: (() => void)[] = [];

async function turn(parallel: number): Promise<() => void> {
  if (running >= parallel) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

const tooComplex = () =>
  new DomainError("PAYLOAD_TOO_LARGE", "The file is too large or too complex to read; split it into smaller files.", "file");

function parseOnce(bytes: Uint8Array, format: "csv" | "xlsx", limits: TTableFileLimits, settings: typeof TABLE_FILE_WORKER): Promise<TParsedTable> {
  // The worker gets its own copy: the caller's bytes stay usable, and the copy moves without a second copy.
  const copy = bytes.slice();
  return new Promise((resolve, reject) => {
    const rows: TParsedRow[] = [];
    let settled = false;
    const worker = new Worker(workerUrl, {
      workerData: { bytes: copy, format, limits },
      transferList: [copy.buffer],
      execArgv: [],
      env: {},
      resourceLimits: { maxOldGenerationSizeMb: settings.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: settings.maxYoungGenerationSizeMb, stackSizeMb: 4 },
    });
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(tooComplex())), settings.timeLimitMs);
    worker.on("message", (message: TWorkerMessage) => {
      if (message.type === "rows") {
        for (const row of message.rows) rows.push(row);
      } else if (message.type === "done") {
        finish(() => resolve({ rows, encoding: message.encoding, delimiter: message.delimiter }));
      } else {
        finish(() => reject(new DomainError(message.code, message.message, "file")));
      }
    });
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or any other failure of the parser: the file is refused, the server stays.
    worker.on("error", (error: Error & { code?: string }) =>
      finish(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex() : new DomainError("UNREADABLE_FILE", "The file cannot be read.", "file"))),
    );
    worker.on("exit", () => finish(() => reject(tooComplex())));
  });
}

/**
 * Parses a CSV or XLSX file in a worker thread under a heap limit and a time limit, at most `parallel` at once,
 * so that no file can block or exhaust the server. A refusal is a DomainError naming the field `file`:
 * PAYLOAD_TOO_LARGE (413) past a limit, UNREADABLE_FILE (422) for a malformed file.
 */
export async function parseTableInWorker(
  bytes: Uint8Array,
  format: "csv" | "xlsx",
  limits: TTableFileLimits = TABLE_FILE_LIMITS,
  settings: typeof TABLE_FILE_WORKER = TABLE_FILE_WORKER,
): Promise<TParsedTable> {
  const release = await turn(settings.parallel);
  try {
    return await parseOnce(bytes, format, limits, settings);
  } finally {
    release();
  }
}
