import { expect, test } from "@playwright/test";
import { DEMO_HR, expectAccessible, signIn } from "./axe";

// Issue 12: an HR admin makes a SCIM provisioning token in the app, an identity provider uses it at /scim/v2
// (and not at /api), the list shows its kind, expiry and last use, and revoking it ends it. Sophie reads French.

test("an HR admin creates a SCIM provisioning token, it works at /scim/v2 only, and revoking ends it", async ({ page, request }) => {
  const name = `Entra ${Date.now().toString(36)}`;
  await signIn(page, DEMO_HR);
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Clés d’API" })).toBeVisible();
  await expectAccessible(page, "API tokens page");

  await page.getByLabel("Nom de la clé").fill(name);
  await page.getByLabel("Provisionnement SCIM").check();
  await page.getByLabel("Valable pendant").selectOption("30");
  await page.getByRole("button", { name: "Créer une clé" }).click();
  const secret = (await page.getByLabel("Nouvelle clé").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^sterk_/);
  await expect(page.getByText(/URL de locataire .*\/scim\/v2/)).toBeVisible();
  await expectAccessible(page, "API tokens page with a new token");

  const auth = { authorization: `Bearer ${secret}` };
  const users = await request.get("/scim/v2/Users?count=2", { headers: auth });
  expect(users.status()).toBe(200);
  expect(users.headers()["content-type"]).toContain("application/scim+json");
  expect((await users.json()).totalResults).toBeGreaterThan(2);
  expect((await request.get("/api/people", { headers: auth })).status()).toBe(401);

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Provisionnement SCIM");
  await expect(row).not.toContainText("Jamais");
  await row.getByRole("button", { name: `Révoquer ${name}` }).click();
  await row.getByRole("button", { name: `Confirmer : révoquer ${name}` }).click();
  await expect(row).toContainText("Révoquée");
  expect((await request.get("/scim/v2/Users?count=1", { headers: auth })).status()).toBe(401);
});
