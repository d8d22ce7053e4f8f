import { expect, test } from "@playwright/test";
import { chooseLanguage, expectAccessible, signIn } from "./axe";

const MANAGER = "an.peeters@brouwerij-demo.be";

const TEXTS = {
  en: { title: "My report", talents: "Your most distinctive talents", percentile: /^Percentile [<>\d]/, showAll: "Show all 30 facets", stability: "Emotional stability", helps: "How it helps you as a manager" },
  nl: { title: "Mijn rapport", talents: "Uw meest kenmerkende talenten", percentile: /^Percentiel [<>\d]/, showAll: "Alle 30 facetten tonen", stability: "Emotionele stabiliteit", helps: "Hoe het u helpt als manager" },
  fr: { title: "Mon rapport", talents: "Vos talents les plus marquants", percentile: /^Percentile [<>\d]/, showAll: "Afficher les 30 facettes", stability: "Stabilité émotionnelle", helps: "Ce que cela vous apporte en tant que manager" },
} as const;

test("a manager reads a normed strengths profile with advice in nl, fr and en, all 30 facets on request", async ({ page }) => {
  // three languages, each checked with axe on a long page: more than the default minute on a busy machine
  test.setTimeout(240_000);
  await signIn(page, MANAGER);
  for (const locale of ["nl", "fr", "en"] as const) {
    const text = TEXTS[locale];
    await chooseLanguage(page, locale);
    await page.goto("/me/report");
    // the report scores the organisation's profiles and the person's menu: allow for a busy test machine
    await expect(page.getByRole("heading", { level: 1, name: text.title })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 3, name: text.talents })).toBeVisible();
    await expect(page.getByRole("heading", { level: 5, name: text.helps }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 4, name: text.stability })).toBeVisible();
    await expect(page.getByText(text.percentile).first()).toBeVisible();
    await expect(page.getByText("Johnson (2014)", { exact: false }).first()).toBeVisible();
    const showAll = page.getByRole("button", { name: text.showAll });
    await expect(showAll).toHaveAttribute("aria-expanded", "false");
    await showAll.click();
    await expect(page.locator("#all-facets tbody tr")).toHaveCount(30);
    await expectAccessible(page, `the normed report (${locale})`);
  }

  const report = await (await page.request.get("/api/reports/me?lang=en")).json();
  expect(report.strengths.scoreKind).toBe("normed");
  for (const top of report.strengths.topTalents) expect(top.percentile <= 25 || top.percentile >= 75).toBe(true);
  expect(report.challenges.profile[0].name).toMatch(/^I /);
});
