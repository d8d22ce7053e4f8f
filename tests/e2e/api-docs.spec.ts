import { expect, test } from "@playwright/test";

test("the API docs render their operations under the CSP, with no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  await page.goto("/api/docs");
  await expect(page.locator(".swagger-ui .info .title")).toContainText("Sterk API");
  await expect(page.locator(".opblock").first()).toBeVisible();
  expect(violations).toEqual([]);
});
