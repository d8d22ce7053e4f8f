import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { chooseLanguage, DEMO_PASSWORD, expectAccessible, signIn } from "./axe";
import { linkFromMailbox } from "./mailbox-client";

const OPERATOR = "operator@sterk.demo";

/** The API as the demo operator (to read the outbox, where emails wait without SMTP); writes carry the CSRF token. */
async function operatorApi(baseURL: string): Promise<APIRequestContext> {
  const signIn = await request.newContext({ baseURL });
  const response = await signIn.post("/api/auth/sign-in", { data: { email: OPERATOR, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const api = await request.newContext({ baseURL, storageState: await signIn.storageState(), extraHTTPHeaders: { "x-csrf-token": csrfToken } });
  await signIn.dispose();
  return api;
}

test("a visitor subscribes from the French page, confirms from the emailed link and sees it confirmed", { tag: "@smoke" }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "fr-BE" });
  const page = await context.newPage();
  const address = `lecteur.${Date.now()}@example.be`;

  await page.goto("/insights");
  await expect(page).toHaveURL(/\/insights\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Des managers plus forts, preuves à l'appui");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/insights\/fr$/);
  await expect(page.getByRole("link", { name: "Le faible ROI des programmes de formation" })).toBeVisible();
  await expectAccessible(page, "the French landing page");
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page, "the French landing page on a phone");

  await page.getByLabel("Adresse e-mail").fill(address);
  await expect(page.getByLabel("Langue de la newsletter")).toHaveValue("fr");
  await page.getByRole("checkbox", { name: /Oui, envoyez-moi la newsletter Insights/ }).check();
  await page.getByRole("button", { name: "S'abonner" }).click();
  await expect(page).toHaveURL(/\/insights\/fr\/newsletter\/subscribed$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre boîte mail");
  await expectAccessible(page, "the check-your-inbox page");

  const api = await operatorApi(baseURL as string);
  // with SMTP configured the outbox blanks every link (decision 0002): the link comes from the mailbox
  const link = await linkFromMailbox(baseURL as string, address, /https?:\/\/\S+\/insights\/fr\/newsletter\/confirm#token=[A-Za-z0-9_-]+/);
  await page.goto(link);
  await expect(page.getByText("Votre inscription est confirmée. Bienvenue dans Sterk Insights !")).toBeVisible();
  expect(new URL(page.url()).hash).toBe("");
  await expectAccessible(page, "the confirmed page");

  const subscribers = await (await api.get(`/api/newsletter/subscribers?q=${encodeURIComponent(address)}`)).json();
  expect(subscribers.items).toEqual([expect.objectContaining({ email: address, language: "fr", status: "confirmed" })]);

  // the emailed link again, opened afresh: used once, it is refused
  await page.goto("/insights/fr");
  await page.goto(link);
  await expect(page.getByText("Ce lien est inconnu, déjà utilisé ou expiré.")).toBeVisible();
  await api.dispose();
  await context.close();
});

test("the operator publishes an article, sends an issue, and a subscriber unsubscribes from its preferences page", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const api = await operatorApi(baseURL as string);
  const reader = `abonne.${Date.now()}@example.be`;
  const imported = await api.post("/api/newsletter/subscribers/import", {
    data: { subscribers: [{ email: reader, language: "nl", consentedAt: "2026-01-10T09:00:00Z", source: "e2e" }] },
  });
  expect(await imported.json()).toMatchObject({ imported: 1 });

  await signIn(page, OPERATOR);
  await chooseLanguage(page, "en");
  await page.getByRole("link", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { name: "Insights articles", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "New article" }).click();
  const slug = `strengths-first-${Date.now()}`;
  await page.getByRole("textbox", { name: "Title" }).fill("Strengths first");
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByRole("textbox", { name: "Author" }).fill("Gerrit Sarens");
  await page.getByRole("textbox", { name: "Text" }).fill("Talent × effort = **great performance**.");
  await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("great performance");
  await page.getByRole("combobox", { name: "Status" }).click();
  await page.getByRole("option", { name: "Published" }).click();
  await expectAccessible(page, "the article editor");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The article is on the public site.")).toBeVisible();

  const visitor = await browser.newContext({ locale: "en-GB" });
  const article = await visitor.newPage();
  await article.goto(`/insights/en/${slug}`);
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("Strengths first");
  await expect(article.locator("strong")).toHaveText("great performance");
  await expectAccessible(article, "the article page");
  await visitor.close();

  await page.getByRole("link", { name: "Newsletter" }).click();
  await page.getByRole("link", { name: "New issue" }).click();
  for (const [tab, subject] of [["English", "Strengths first"], ["Nederlands", "Eerst de sterktes"], ["Français", "D'abord les forces"]] as const) {
    await page.getByRole("tab", { name: new RegExp(tab) }).click();
    const include = page.getByRole("checkbox", { name: /this language/ });
    if (!(await include.isChecked())) await include.check();
    await page.getByRole("textbox", { name: "Subject" }).fill(subject);
    await page.getByRole("textbox", { name: "Text" }).fill(`# ${subject}\n\nRead [the article](${baseURL}/insights/en/${slug}).`);
  }
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTitle("The email as subscribers will see it")).toBeVisible();
  await expectAccessible(page, "the issue before sending", "iframe[sandbox]");
  await page.getByRole("button", { name: "Send to subscribers…" }).click();
  await page.getByRole("button", { name: /Yes, send to \d+ subscribers now/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /recipients handled/ })).toBeVisible();
  await expect(page.getByText("Sent", { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("cell", { name: reader, exact: true })).toBeVisible();
  await expectAccessible(page, "the issue's progress");

  await page.getByRole("link", { name: "← All issues" }).click();
  await page.getByRole("link", { name: "Subscribers" }).click();
  await expect(page.getByRole("cell", { name: reader, exact: true })).toBeVisible();
  await expectAccessible(page, "the subscribers");

  // issues go to subscribers over SMTP (the browser tests run a real SMTP server), not through the outbox
  const preferences = await linkFromMailbox(baseURL as string, reader, /https?:\/\/\S+\/insights\/nl\/newsletter\/preferences#token=[0-9a-f]{64}/);
  const context = await browser.newContext({ locale: "nl-BE" });
  const subscriber = await context.newPage();
  await subscriber.goto(preferences);
  await expect(subscriber.getByText(reader)).toBeVisible();
  await expectAccessible(subscriber, "the preferences page");
  await subscriber.getByRole("button", { name: "Uitschrijven" }).click();
  await expect(subscriber.getByText("U bent uitgeschreven.")).toBeVisible();
  const after = await (await api.get(`/api/newsletter/subscribers?q=${encodeURIComponent(reader)}`)).json();
  expect(after.items[0].status).toBe("unsubscribed");
  await context.close();
  await api.dispose();
});
