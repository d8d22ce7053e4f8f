import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = mkdtempSync(join(tmpdir(), "sterk-e2e-"));
const databaseUrl = process.env.E2E_DATABASE_URL || undefined;
// the server serves its own copy of the built web app: a rebuild of dist/web during the run (another run, an editor's
// build) would otherwise delete the chunks the pages ask for
const webRoot = join(dataDir, "web");
// (only the runner starts the server; its test workers load this file too)
if (process.env.TEST_WORKER_INDEX === undefined && existsSync(join("dist", "web", "index.html"))) cpSync(join("dist", "web"), webRoot, { recursive: true });
const smtpPort = port + 15;
const mailboxPort = port + 16;
/** the test OpenID provider the SSO spec signs in through */
const oidcPort = port + 17;
const tsx = join("node_modules", ".bin", "tsx");
/** STERK_E2E_SERVER=compiled (npm test, after `node scripts/build.mjs`): the journeys run against the production build. */
const serverCommand = process.env.STERK_E2E_SERVER === "compiled" ? "node dist/server/sterk.mjs serve" : `${tsx} src/cli/entry.ts serve`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
  },
  webServer: [
    {
      // a real SMTP server Sterk delivers to; tests read what it received at /messages
      command: `${tsx} tests/e2e/mailbox.ts`,
      url: `http://127.0.0.1:${mailboxPort}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { MAILBOX_SMTP_PORT: String(smtpPort), MAILBOX_HTTP_PORT: String(mailboxPort) },
    },
    {
      // a real OpenID provider (oidc-provider) for single sign-on; the SSO spec configures the demo organisation against it
      command: `${tsx} tests/e2e/oidc-idp.ts`,
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { OIDC_IDP_PORT: String(oidcPort), OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/api/auth/sso/callback` },
    },
    {
      command: serverCommand,
      cwd: process.cwd(),
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: dataDir,
        ...(existsSync(webRoot) ? { WEB_ROOT: webRoot } : {}),
        STERK_DEMO: "1",
        LOG_LEVEL: "warn",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // the test OpenID provider speaks plain http on 127.0.0.1
        SSO_ALLOW_INSECURE_ISSUERS: "1",
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
    },
  ],
});
