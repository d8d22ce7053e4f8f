import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration from the environment", () => {
  it("defaults to the embedded database on port 3000 with the demo", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: "./data", databaseKind: "embedded", STERK_DEMO: "1", publicUrl: "http://localhost:3000" });
  });

  it("switches to PostgreSQL when DATABASE_URL is a postgres URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h:5432/db" }).databaseKind).toBe("postgres");
  });

  it("names every wrong variable in one message", () => {
    const attempt = () => loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", SMTP_URL: "http://mail", SESSION_SECRET: "short", STERK_DEMO: "yes" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ["PORT", "DATABASE_URL", "SMTP_URL", "SESSION_SECRET", "STERK_DEMO"]) expect(message).toContain(name);
    }
  });

  it("reads the nudge interval (10 minutes by default) and a default nudge policy as a JSON object", () => {
    expect(loadConfig({}).NUDGE_INTERVAL_MS).toBe(600_000);
    expect(loadConfig({}).NUDGE_POLICY).toBeUndefined();
    expect(loadConfig({ NUDGE_INTERVAL_MS: "1000", NUDGE_POLICY: '{"quietHours":null}' })).toMatchObject({ NUDGE_INTERVAL_MS: 1000, NUDGE_POLICY: '{"quietHours":null}' });
    expect(() => loadConfig({ NUDGE_INTERVAL_MS: "10" })).toThrow(/NUDGE_INTERVAL_MS/);
    for (const bad of ["{", "[]", "null", "3"]) expect(() => loadConfig({ NUDGE_POLICY: bad })).toThrow(/NUDGE_POLICY: must be a JSON object/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" })).toMatchObject({ databaseKind: "embedded", PORT: 3000 });
  });
});
