import proxyaddr from "proxy-addr";
import { z } from "zod";

/** TRUST_PROXY: false/0, a hop count, or addresses and CIDR ranges (proxy-addr's syntax, which is what reads it). */
function trustProxyIsValid(value: string): boolean {
  const v = value.trim();
  if (v === "" || v === "false" || /^\d+$/.test(v)) return true;
  try {
    proxyaddr.compile(v.split(",").map((s) => s.trim()).filter(Boolean));
    return true;
  } catch {
    return false;
  }
}

/** The environment, parsed once at start and passed down as a value. */
export const ZConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe("HTTP port"),
  HOST: z.string().min(1).default("0.0.0.0").describe("interface to listen on"),
  DATA_DIR: z.string().min(1).default("./data").describe("embedded database and generated secrets"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional()
    .describe("a real PostgreSQL server; unset means embedded PGlite in DATA_DIR"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional()
    .describe("outgoing mail; unset means emails stay in the outbox"),
  MAIL_FROM: z.string().min(3).default("Sterk <no-reply@sterk.local>").describe("sender address"),
  PUBLIC_URL: z.string().url().optional().describe("the address users reach Sterk at, for emailed links"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional().describe("signs cookies"),
  STERK_DEMO: z.enum(["0", "1"]).default("1").describe("seed the demo organisation on first start"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NUDGE_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000).describe("how often mentoring nudges are planned and sent"),
  SSO_ALLOW_INSECURE_ISSUERS: z
    .enum(["0", "1"])
    .default("0")
    .describe("1 lets SSO use plain-http identity providers on 127.0.0.1/localhost (tests only; never in production)"),
  TRUST_PROXY: z
    .string()
    .optional()
    .refine((v) => v === undefined || trustProxyIsValid(v), "false, a number of proxies (e.g. 1), or a comma-separated list of addresses/CIDR ranges")
    .describe("which proxies in front of Sterk to believe about the client's address (X-Forwarded-For); unset: none"),
  WEB_ROOT: z.string().min(1).optional().describe("folder of the built web app; unset, dist/web of the installation"),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional().describe("bearer token for /metrics; unset, only this machine may read it"),
  NUDGE_POLICY: z
    .string()
    .refine((v) => {
      try {
        const parsed: unknown = JSON.parse(v);
        return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
      } catch {
        return false;
      }
    }, "must be a JSON object")
    .optional()
    .describe('default mentoring nudge policy for organisations without their own, as JSON, e.g. {"quietHours":null}'),
});

export type TConfig = z.infer<typeof ZConfig> & { publicUrl: string; databaseKind: "embedded" | "postgres" };

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError naming every wrong variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): TConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ZConfig.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    ...c,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    databaseKind: c.DATABASE_URL ? "postgres" : "embedded",
  };
}
