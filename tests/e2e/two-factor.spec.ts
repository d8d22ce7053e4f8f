import { expect, type Page, request, test } from "@playwright/test";
import { generate } from "otplib";
import { chooseLanguage, DEMO_HR, DEMO_PASSWORD, expectAccessible, restoreLanguage } from "./axe";

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 } });

/** The seed the test enrolled with (read from the page), so the clean-up can sign in whatever happened. */
let seed: string | null = null;
let recoveryCodes: string[] = [];

const step = () => Math.floor(Date.now() / 30_000);
const codeNow = () => generate({ secret: seed ?? "", epoch: Math.floor(Date.now() / 1000) });

/** A code is accepted once: wait for the authenticator's next 30-second step. */
async function nextStep(page: Page, after: number) {
  while (step() <= after) await page.waitForTimeout(500);
}

/**
 * Leaves Sophie as the other specs expect her: no two-factor, no requirement on her organisation,
 * French as her saved language. Runs through the API, signing in with a code or a recovery code.
 */
test.afterAll(async ({ baseURL }) => {
  if (!baseURL) return;
  const api = await request.newContext({ baseURL });
  const headers = (csrf: string) => ({ "x-csrf-token": csrf, origin: baseURL });
  const signedIn = (await (await api.post("/api/auth/sign-in", { data: { email: DEMO_HR, password: DEMO_PASSWORD } })).json()) as { stage?: string; csrfToken: string };
  let csrf = signedIn.csrfToken;
  if (signedIn.stage === "totp") {
    const spare = recoveryCodes.at(-1) ?? "";
    const verified = await api.post("/api/auth/two-factor/verify", { data: { recoveryCode: spare }, headers: headers(csrf) });
    expect(verified.status()).toBe(200);
    csrf = ((await verified.json()) as { csrfToken: string }).csrfToken;
  }
  await api.put("/api/organisation/security", { data: { requireTwoFactor: false }, headers: headers(csrf) });
  const status = (await (await api.get("/api/me/two-factor")).json()) as { enabled: boolean };
  if (status.enabled) {
    const off = await api.post("/api/me/two-factor/disable", { data: { password: DEMO_PASSWORD, code: recoveryCodes.at(-2) ?? "" }, headers: headers(csrf) });
    expect(off.status()).toBe(200);
  }
  await api.dispose();
  await restoreLanguage(baseURL, DEMO_HR, "fr");
});

test("the demo HR admin turns on two-factor at /me/security, then signs in with password and code", async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto("/sign-in");
  await page.getByLabel(/^(Email|E-mail|Adresse e-mail)$/).fill(DEMO_HR);
  await page.getByLabel(/^(Password|Wachtwoord|Mot de passe)$/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /^(Sign in|Aanmelden|Se connecter)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await chooseLanguage(page, "en");

  // the user menu leads to the security page
  await page.getByRole("button", { name: /Sophie Dubois/ }).click();
  await page.getByRole("menuitem", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
  await expect(page.getByText("Two-factor authentication is off.")).toBeVisible();
  await expectAccessible(page, "security page");

  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code that adds Sterk to your authenticator app" })).toBeVisible();
  seed = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(seed).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(page, "two-factor setup");

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText(/The code is incorrect or has already been used/)).toBeVisible();
  const enabledAt = step();
  await page.getByLabel("Code from the app").fill(await codeNow());
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  recoveryCodes = (await codes.allTextContents()).map((text) => text.trim());
  await expect(page.getByRole("link", { name: "Download" })).toHaveAttribute("download", "sterk-recovery-codes.txt");
  await expectAccessible(page, "recovery codes");
  await page.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(page.getByText("10 recovery codes left.")).toBeVisible();

  // HR may now require two-factor of the organisation's HR admins and mentors; switched back off for the other specs
  const requirement = page.getByRole("switch", { name: "Require two-factor authentication" });
  await requirement.check();
  await expect(page.getByText("The setting has been saved.")).toBeVisible();
  await expect(page.getByText(/cannot be turned off/)).toBeVisible();
  await expectAccessible(page, "security page, two-factor on and required");
  await requirement.uncheck();
  await expect(requirement).not.toBeChecked();
  await expect(page.getByRole("button", { name: "Turn off" })).toBeVisible();

  await page.getByRole("button", { name: /Sophie Dubois/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL("**/sign-in");
  await page.getByLabel("Email").fill(DEMO_HR);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  const codeField = page.getByLabel("Code", { exact: true });
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  await expectAccessible(page, "sign-in, code step");
  // before the code, the session opens nothing
  expect((await page.request.get("/api/people")).status()).toBe(401);
  await codeField.fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("The code is incorrect or has already been used.")).toBeVisible();
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await expect(page.getByLabel("Recovery code")).toBeVisible();
  await expectAccessible(page, "sign-in, recovery code step");
  await page.getByRole("button", { name: "Use a code from the app instead" }).click();

  await nextStep(page, enabledAt);
  await page.getByLabel("Code", { exact: true }).fill(await codeNow());
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  expect((await page.request.get("/api/people")).status()).toBe(200);

  // turning it off takes the password and a code; a recovery code does when the phone is gone
  await page.goto("/me/security");
  await expect(page.getByText("Two-factor authentication is on.")).toBeVisible();
  await page.getByLabel("Your password").fill(DEMO_PASSWORD);
  await page.getByLabel("Code from the app or a recovery code").fill(recoveryCodes[0] ?? "");
  await page.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByText("Two-factor authentication is now off.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Set up two-factor authentication" })).toBeVisible();
});
