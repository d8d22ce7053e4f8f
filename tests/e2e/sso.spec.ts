import { expect, request, test } from "@playwright/test";
import { chooseLanguage, DEMO_HR, DEMO_PASSWORD, expectAccessible, restoreLanguage, signIn } from "./axe";

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 } });

const IDP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 17}`;
const MANAGER = "an.peeters@brouwerij-demo.be";

/** Removes the demo organisation's SSO connection through the API (other specs sign in with passwords). */
async function removeSso(baseURL: string) {
  const api = await request.newContext({ baseURL });
  const signedIn = await api.post("/api/auth/sign-in", { data: { email: DEMO_HR, password: DEMO_PASSWORD } });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const removed = await api.delete("/api/organisation/sso", { headers: { "x-csrf-token": csrfToken, origin: baseURL } });
  expect([200, 404]).toContain(removed.status());
  await api.dispose();
}

test.afterAll(async ({ baseURL }) => {
  await removeSso(baseURL ?? "");
  await restoreLanguage(baseURL ?? "", DEMO_HR, "fr");
});

test("HR sets up single sign-on and a manager signs in through the organisation's OpenID provider", { tag: "@smoke" }, async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.getByRole("link", { name: "Single sign-on" }).click();
  await expect(page.getByRole("heading", { name: "Single sign-on", level: 1 })).toBeVisible();
  await expect(page.getByText(`${baseURL}/api/auth/sso/callback`)).toBeVisible();
  await expectAccessible(page, "single sign-on settings");

  await page.getByLabel("Issuer").fill("http://127.0.0.1:1/");
  await page.getByLabel("Client ID").fill("sterk-e2e");
  await page.getByLabel("Client secret").fill("sterk-e2e-client-secret");
  await page.getByLabel("Allowed email domains").fill("brouwerij-demo.be");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/could not read an OpenID Connect discovery document/)).toBeVisible();

  await page.getByLabel("Issuer").fill(IDP);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("have been saved");
  await expect(page.getByText("A secret is stored")).toBeVisible();
  await expectAccessible(page, "single sign-on settings, saved");

  const context = await browser.newContext({ locale: "en-GB" });
  const manager = await context.newPage();
  await manager.goto("/sign-in");
  await expect(manager.getByRole("button", { name: "Sign in with your company account" })).toBeVisible();
  await expectAccessible(manager, "sign-in with the company account option");
  await manager.getByLabel(/^(Email|E-mail|Adresse e-mail)$/).fill(MANAGER);
  await manager.getByRole("button", { name: "Sign in with your company account" }).click();

  await manager.waitForURL((url) => url.href.startsWith(IDP));
  await expect(manager.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await expect(manager.getByLabel("Email address")).toHaveValue(MANAGER);
  await manager.getByRole("button", { name: "Continue" }).click();

  await manager.waitForURL((url) => url.href.startsWith(baseURL ?? "") && !url.pathname.startsWith("/sign-in"));
  await expect(manager.getByRole("navigation", { name: /./ }).first()).toBeVisible();
  const session = await (await manager.request.get("/api/auth/session")).json();
  expect(session.user.email).toBe(MANAGER);
  expect(session.currentOrganisation.slug).toBe("demo");
  expect(session.currentOrganisation.personId).toEqual(expect.any(String));
  await expectAccessible(manager, "first page after single sign-on");

  // a failed sign-in comes back with its reason on the sign-in page
  const stranger = await browser.newContext({ locale: "en-GB" });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/sign-in");
  await strangerPage.getByLabel(/^(Email|E-mail|Adresse e-mail)$/).fill("nobody@brouwerij-demo.be");
  await strangerPage.getByRole("button", { name: "Sign in with your company account" }).click();
  await strangerPage.waitForURL((url) => url.href.startsWith(IDP));
  await strangerPage.getByRole("button", { name: "Continue" }).click();
  await strangerPage.waitForURL("**/sso/not-in-directory");
  await expect(strangerPage.getByRole("heading", { name: "You are not in your organisation's directory" })).toBeVisible();
  await expectAccessible(strangerPage, "not in the directory");
  await stranger.close();
  await context.close();

  await page.getByRole("button", { name: "Remove single sign-on" }).click();
  await expect(page.getByLabel("Issuer")).toHaveValue("");
});
