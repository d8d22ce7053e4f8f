import { expect, test } from "@playwright/test";
import { chooseLanguage, DEMO_HR, expectAccessible, restoreLanguage, signIn } from "./axe";

// Issue 15: HR downloads everything held about a person (JSON, PDF) from the person's page and erases the person
// after typing the employee number; the directory says so and the person is gone.

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
test.afterAll(async ({ baseURL }) => restoreLanguage(baseURL as string, DEMO_HR, "fr"));

const RUN = Date.now().toString(36);

test("HR exports a person's data and erases the person", async ({ page }) => {
  test.setTimeout(180_000);
  const last = `Erase${RUN}`;
  const name = `Jo ${last}`;
  const number = `G${RUN}`;
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.goto("/people/new");
  await page.getByLabel("First name", { exact: false }).fill("Jo");
  await page.getByLabel("Last name", { exact: false }).fill(last);
  await page.getByLabel("Email", { exact: false }).fill(`jo.${RUN}@gdpr.example`);
  await page.getByLabel("Employee number", { exact: false }).fill(number);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const json = page.getByRole("link", { name: "Export data (JSON)" });
  const exported = await page.request.get((await json.getAttribute("href")) as string);
  expect(exported.status()).toBe(200);
  expect(await exported.json()).toMatchObject({ format: "sterk-person-data", person: { employeeNumber: number } });
  const pdf = await page.request.get((await page.getByRole("link", { name: "Export data (PDF)" }).getAttribute("href")) as string);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await expectAccessible(page, "the person's page with the GDPR panel");

  await page.getByRole("button", { name: "Erase person" }).click();
  const dialog = page.getByRole("dialog", { name: `Erase ${name}?` });
  await expect(dialog).toContainText("This cannot be undone");
  await expectAccessible(page, "the erase dialog");
  await dialog.getByRole("textbox").fill(number);
  await dialog.getByRole("button", { name: "Erase permanently" }).click();
  await expect(page.getByText(`${name} has been erased.`)).toBeVisible();
  await expect(page).toHaveURL(/\/people$/);
  expect((await page.request.get(`/api/people?q=${last}`).then((r) => r.json())).total).toBe(0);
});
