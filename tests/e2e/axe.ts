import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, request } from "@playwright/test";

/**
 * Fails on any serious or critical accessibility violation of the page as it is now. `skipFrames`
 * names frames axe cannot enter (a sandboxed email preview runs no scripts).
 */
export async function expectAccessible(page: Page, what: string, skipFrames?: string) {
  const builder = new AxeBuilder({ page });
  if (skipFrames) builder.exclude(skipFrames);
  const results = await builder.analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`).slice(0, 3).join("; ")}`);
  expect(bad, `axe on ${what}`).toEqual([]);
}

export const DEMO_PASSWORD = "sterk-demo-2026";
export const DEMO_HR = "sophie.dubois@brouwerij-demo.be";

/** Signs in through the form, in whatever language the page shows (English by default). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel(/^(Email|E-mail|Adresse e-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Wachtwoord|Mot de passe)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Aanmelden|Se connecter)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await expect(page.getByRole("main")).toBeVisible();
}


type TSessionLocale = { csrfToken?: string; stage?: string; user?: { locale?: string | null } };

/** The signed-in account's saved language and CSRF token, read with the page's own cookies ({} when signed out). */
async function savedLocale(page: Page): Promise<TSessionLocale> {
  const me = await page.request.get("/api/auth/session");
  return me.ok() ? ((await me.json()) as TSessionLocale) : {};
}

/**
 * Switches the page's language. Signed out (or before the two-factor code), with the switcher. Signed in, the account's
 * saved language decides every later page load, so it is set through the API and the page reloaded.
 *
 * Whether the page is signed in is asked of the server, never read off the page: right after sign-in the navigation
 * can still be hidden (the layout's first frame), and a page check then took the signed-out path, left the saved
 * language as it was, and the next page came up in Dutch or French (CI, sessions 5 and 6).
 */
export async function chooseLanguage(page: Page, locale: "nl" | "fr" | "en") {
  const session = await savedLocale(page);
  if (!session.user || session.stage === "totp") {
    const html = page.locator("html");
    if ((await html.getAttribute("lang")) !== locale) await page.getByLabel(/^(Language|Taal|Langue)$/).selectOption(locale);
    await expect(html).toHaveAttribute("lang", locale);
    return;
  }
  if (session.user.locale !== locale) {
    const origin = new URL(page.url()).origin;
    const patched = await page.request.patch("/api/me", { data: { locale }, headers: { "x-csrf-token": session.csrfToken ?? "", origin } });
    expect(patched.status()).toBe(200);
  }
  // the device's remembered language too (the app starts in it before the session arrives)
  await page.evaluate((l) => localStorage.setItem("sterk.locale", l), locale);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  expect((await savedLocale(page)).user?.locale).toBe(locale);
}

/** Sets a demo account's saved language back through the API (tests that switch a user's language restore it). */
export async function restoreLanguage(baseURL: string, email: string, locale: "nl" | "fr" | "en") {
  const api = await request.newContext({ baseURL });
  const signedIn = await api.post("/api/auth/sign-in", { data: { email, password: DEMO_PASSWORD } });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  expect((await api.patch("/api/me", { data: { locale }, headers: { "x-csrf-token": csrfToken, origin: baseURL } })).status()).toBe(200);
  await api.dispose();
}
