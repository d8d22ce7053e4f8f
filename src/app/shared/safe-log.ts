// Error logs carry what an operator needs (error type, SQL state, the statement with its $n placeholders, where in the
// code) and never the values bound to the statement: they hold token hashes, emails and other personal data.
// drizzle puts them in its error message ("Failed query: …\nparams: …") and in `params`; postgres.js in
// `parameters`/`args`; PostgreSQL repeats values in `detail` ("Key (email)=(…)") and in data-exception messages.
import type { LoggerOptions } from "pino";

type TLoggedError = {
  type: string;
  message: string;
  code?: string;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  query?: string;
  stack?: string;
  cause?: TLoggedError;
};

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The message without drizzle's "params:" part, and without quoted values when PostgreSQL echoes the input (SQL state class 22). */
function safeMessage(message: string, code: string | undefined): string {
  const withoutParams = message.replace(/\r?\nparams:[\s\S]*$/, "");
  return code?.startsWith("22") ? withoutParams.replace(/"[^"]*"/g, '"…"') : withoutParams;
}

/** Only the stack's "at …" lines: its first line repeats the message, parameters included. */
function safeStack(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join("\n") : undefined;
}

/** pino's `err` serializer: an error (and its causes) with a safe message and none of the bound parameters. */
export function serializeErrorWithoutParameters(error: unknown, depth = 0): TLoggedError {
  if (!(error instanceof Error) && (typeof error !== "object" || error === null)) return { type: typeof error, message: String(error) };
  const e = error as Record<string, unknown>;
  const code = text(e.code);
  const logged: TLoggedError = {
    type: error instanceof Error ? error.constructor.name : "Object",
    message: safeMessage(text(e.message) ?? "", code),
    code,
    severity: text(e.severity),
    constraint: text(e.constraint_name) ?? text(e.constraint),
    table: text(e.table_name) ?? text(e.table),
    column: text(e.column_name) ?? text(e.column),
    routine: text(e.routine),
    query: text(e.query),
    stack: safeStack(e.stack),
  };
  if (e.cause !== undefined && depth < 5) logged.cause = serializeErrorWithoutParameters(e.cause, depth + 1);
  for (const key of Object.keys(logged) as (keyof TLoggedError)[]) if (logged[key] === undefined) delete logged[key];
  return logged;
}

/** The production logger's options: the level, secrets redacted, errors logged without SQL parameters. */
export function safeLoggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: ["req.headers.cookie", "req.headers.authorization", "token", "password"],
    serializers: { err: (error: unknown) => serializeErrorWithoutParameters(error) },
  };
}
