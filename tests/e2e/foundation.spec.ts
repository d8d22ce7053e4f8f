import { expect, test } from "@playwright/test";
import { chooseLanguage, DEMO_HR, expectAccessible, signIn } from "./axe";

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 } });

const CSV = [
  "Personeelsnummer;Voornaam;Achternaam;E-mail;Functie;Afdeling;Leidinggevende;Startdatum;Taal",
  "N100;Lien;Nieuwkomer;lien.nieuwkomer@brouwerij-demo.be;Teamleider innovatie;Innovatie;E001;03/01/2022;nl",
  "N101;Bavo;Brouwer;bavo.brouwer@brouwerij-demo.be;Innovatiebrouwer;Innovatie;N100;2024-05-01;nl",
  "N102;Zoé;Fautive;geen-email;Stagiaire;Innovatie;N100;31/02/2024;fr",
].join("\r\n");

test("the demo HR admin imports a CSV through the wizard, sees the org chart and switches to French", { tag: "@smoke" }, async ({ page }) => {
  // five accessibility scans of large pages (the org chart): over a minute when both browser passes share the machine
  test.setTimeout(120_000);
  await page.goto("/sign-in");
  await expectAccessible(page, "sign-in");
  await signIn(page, DEMO_HR);
  // Sophie's saved language is French: the account's choice wins after sign-in.
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await chooseLanguage(page, "en");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();

  await page.getByRole("link", { name: "People" }).click();
  await expect(page.getByText("Hilde").first()).toBeVisible();
  await expectAccessible(page, "people");

  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import people" })).toBeVisible();
  await expectAccessible(page, "import, step 1");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "nieuw.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
  await page.getByRole("button", { name: "Check file", exact: true }).click();

  const problems = page.getByRole("table", { name: /Problems/ });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText("4");
  await expect(problems).toContainText(/valid email/i);
  await expect(problems).toContainText(/valid date/i);
  await expectAccessible(page, "import preview");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const result = page.getByRole("status", { name: "Import complete" });
  await expect(result).toContainText("3 rows processed");
  await expect(page.getByRole("definition").first()).toHaveText("2");
  await expectAccessible(page, "import result");

  await page.getByRole("link", { name: "Org chart" }).first().click();
  await expect(page.getByRole("heading", { name: "Org chart", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(page.getByText("Lien Nieuwkomer")).toBeVisible();
  await expect(page.getByText("Bavo Brouwer")).toBeVisible();
  await expect(page.getByText("Zoé Fautive")).toHaveCount(0);
  await expectAccessible(page, "org chart");

  await page.getByLabel("Language").selectOption("fr");
  await expect(page.getByRole("heading", { name: "Organigramme", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expectAccessible(page, "org chart in French");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Organigramme", level: 1 })).toBeVisible();
});

test("the operator reads the outbox after a password reset was requested", { tag: "@smoke" }, async ({ page, browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const other = await context.newPage();
  await other.goto("/forgot-password");
  await other.getByLabel(/^(Email|E-mail|Adresse e-mail)$/).fill("an.peeters@brouwerij-demo.be");
  await other.getByRole("button").filter({ hasText: /link|lien|link/i }).first().click();
  await expect(other.getByRole("status").or(other.getByRole("alert"))).toBeVisible();
  await expectAccessible(other, "forgot password");
  await context.close();

  await signIn(page, "operator@sterk.demo");
  await chooseLanguage(page, "en");
  await page.getByRole("link", { name: /Outbox|Postvak uit|Boîte d'envoi/ }).click();
  await expect(page.getByText("an.peeters@brouwerij-demo.be").first()).toBeVisible();
  await expectAccessible(page, "outbox");
  // the background jobs (issue 15): queue depth, failures and last runs
  await page.getByRole("link", { name: "Background jobs: queues, failures and last runs" }).click();
  await expect(page.getByRole("heading", { name: "Background jobs", level: 1 })).toBeVisible();
  await expect(page.getByText(/^(Queues|No background job has run yet\.)$/).first()).toBeVisible();
  await expectAccessible(page, "background jobs");
});

test("a phone-sized screen shows the navigation behind the menu button", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Org chart" }).click();
  await expect(page.getByRole("heading", { name: "Org chart", level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "org chart on a phone");
});
