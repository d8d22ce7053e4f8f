import { expect, test } from "@playwright/test";
import { chooseLanguage, DEMO_HR, expectAccessible, restoreLanguage, signIn } from "./axe";

// Runs after plans.spec.ts (files run in name order): An's plan is approved by then. Koen Willems (no account) has a
// submitted demo plan; his line manager is Pieter Janssens.
const OWNER = "an.peeters@brouwerij-demo.be";
const KOENS_MANAGER = "pieter.janssens@brouwerij-demo.be";

test.afterAll(async ({ baseURL }) => {
  await restoreLanguage(baseURL as string, OWNER, "nl");
  await restoreLanguage(baseURL as string, KOENS_MANAGER, "nl");
  await restoreLanguage(baseURL as string, DEMO_HR, "fr");
});

test("HR confirms who the optimiser affects; a submitted plan gets a proposal its owner decides and the line manager sees", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.goto("/planning/optimiser");
  await page.getByLabel("Total budget (EUR)").fill("40000");
  await page.getByRole("button", { name: "Run optimiser" }).click();
  await expect(page.getByText("Distance from that highest impact", { exact: false }).first()).toBeVisible({ timeout: 60_000 });

  // the confirm step: nothing written yet; Koen's submitted plan and An's approved one get proposals, not changes
  await page.getByRole("button", { name: "Review the impact for everyone" }).click();
  const impact = page.getByRole("table", { name: "Who is affected" });
  await expect(impact).toBeVisible();
  await expect(impact.getByRole("row", { name: /Koen Willems/ })).toContainText("Proposal to the owner");
  await expect(impact.getByRole("row", { name: /Koen Willems/ })).toContainText("Awaiting approval");
  await expect(impact.getByRole("row", { name: /An Peeters/ })).toContainText("Proposal to the owner");
  await expectAccessible(page, "the optimiser's impact list");
  await page.getByRole("button", { name: /^Confirm and apply to \d+ (person|people)$/ }).click();
  await expect(page.getByText(/^Applied to \d+ (person|people):/)).toBeVisible();

  // Pieter, Koen's line manager, sees the proposal on the approval page, read-only
  await page.context().clearCookies();
  await signIn(page, KOENS_MANAGER);
  await chooseLanguage(page, "en");
  await page.goto("/plans");
  await page.getByRole("link", { name: /Koen Willems/ }).first().click();
  await expect(page.getByRole("heading", { name: "A proposal from the budget optimiser" })).toBeVisible();
  await expect(page.getByText(/Koen Willems decides whether to accept it/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept the proposal" })).toHaveCount(0);
  await expectAccessible(page, "the approval page with a proposal");

  // An declines hers: her approved plan stays as it was
  await page.context().clearCookies();
  await signIn(page, OWNER);
  await chooseLanguage(page, "en");
  await page.goto("/me/plan");
  await expect(page.getByRole("heading", { name: "A proposal from the budget optimiser" })).toBeVisible();
  await expectAccessible(page, "the plan page with a proposal");
  await page.getByRole("button", { name: "Decline the proposal" }).click();
  await expect(page.getByText("You declined the proposal: your plan stays as it was.")).toBeVisible();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
});
