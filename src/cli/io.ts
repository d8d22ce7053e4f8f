/** Where a command writes; injected so tests capture output without spawning a process. */
export type TCliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
};

export const processIo: TCliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** A usage or file error: the CLI prints the message and exits 2. */
export class CliUsageError extends Error {}

/** Exit codes shared by every command: 0 ok, 1 rejected input rows or invalid data, 2 usage/file errors. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

/** Each command file exports one of these; `main.ts` lists them. */
export type TRegisterCommand = (program: import("commander").Command, io: TCliIo, setExitCode: (code: number) => void) => void;
