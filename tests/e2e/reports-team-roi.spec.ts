import { expect, test } from "@playwright/test";
import { extractPdfText } from "../../src/app/reports/pdf/extract-pdf-text";
import { chooseLanguage, DEMO_HR, expectAccessible, restoreLanguage, signIn } from "./axe";

// Issue 14: the team strengths grid (page and PDF), the designed individual PDF and the executive ROI story, in
// nl, fr and en. The demo's sales team (An Peeters' direct reports) has four members sharing with her and HR.
const MANAGER = "an.peeters@brouwerij-demo.be";
const EXECUTIVE = "hilde.vermeulen@brouwerij-demo.be";
const PROGRAMME = "Leiderschap 2026";
const SHARING = ["Kevin De Smet", "Camille Martin", "Olivia Brown", "Antoine Renard"];

const TEXTS = {
  nl: { title: "Sterktes van het team", pdfTitle: "Sterktes van het team", report: "Rapport sterktes en uitdagingen", verdict: /^Voor elke €\s?1 die werd uitgegeven/ },
  fr: { title: "Forces de l’équipe", pdfTitle: "Forces de l’équipe", report: "Rapport forces et défis", verdict: /^Pour chaque 1\s?€ dépensé/ },
  en: { title: "Team strengths", pdfTitle: "Team strengths", report: "Strengths and challenges report", verdict: /^For every €1 spent/ },
} as const;

async function pdfText(page: import("@playwright/test").Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return extractPdfText(bytes);
}

test.afterAll(async ({ baseURL }) => {
  await restoreLanguage(baseURL as string, DEMO_HR, "fr");
  await restoreLanguage(baseURL as string, EXECUTIVE, "nl");
});

test("a line manager reads the team strengths grid and its PDF, and her own designed report PDF, in nl, fr and en", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, MANAGER);
  for (const locale of ["nl", "fr", "en"] as const) {
    const text = TEXTS[locale];
    await chooseLanguage(page, locale);
    await page.goto("/team/strengths");
    await expect(page.getByRole("heading", { level: 1, name: text.title })).toBeVisible({ timeout: 30_000 });
    const grid = page.getByRole("table");
    await expect(grid).toBeVisible();
    for (const name of SHARING) await expect(grid.getByRole("columnheader", { name })).toBeVisible();
    // Ruben Aerts shares with nobody: not in the grid
    await expect(page.getByText("Ruben Aerts")).toHaveCount(0);
    await expectAccessible(page, `the team strengths grid (${locale})`);

    const team = await pdfText(page, `/api/reports/team-strengths/pdf?lang=${locale}`);
    expect(team).toContain(text.pdfTitle);
    for (const name of SHARING) expect(team).toContain(name);
    expect(team).not.toContain("Ruben Aerts");

    const own = await pdfText(page, `/api/reports/me/pdf?lang=${locale}`);
    expect(own).toContain(text.report);
    expect(own).toContain("An Peeters");
  }
});

test("HR picks a department for the team strengths grid; a department where fewer than three share stays hidden", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO_HR);
  await chooseLanguage(page, "en");
  await page.goto("/team/strengths");
  await expect(page.getByRole("heading", { level: 1, name: "Team strengths" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("textbox", { name: "Team" }).or(page.getByRole("combobox", { name: "Team" })).first().click();
  await page.getByRole("option", { name: "Verkoop" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Department Verkoop" })).toBeVisible();
  for (const name of SHARING) await expect(page.getByRole("columnheader", { name })).toBeVisible();
  await expectAccessible(page, "HR's department grid");
  // a department where fewer than three share: hidden, and the page says why
  const small = await (await page.request.get("/api/reports/team-strengths?department=Logistiek&lang=en")).json();
  expect(small.shown).toBe(false);
});

test("the executive reads the ROI verdict on the programme page and in its one-page PDF, in nl, fr and en", async ({ page: executive }) => {
  test.setTimeout(240_000);
  await signIn(executive, EXECUTIVE);
  const programmes = await (await executive.request.get("/api/programmes")).json();
  const programme = programmes.programmes.find((p: { name: string }) => p.name === PROGRAMME);
  expect(programme).toBeTruthy();
  for (const locale of ["nl", "fr", "en"] as const) {
    await chooseLanguage(executive, locale);
    await executive.goto(`/evaluation/programmes/${programme.id}`);
    await expect(executive.getByRole("heading", { level: 1, name: PROGRAMME })).toBeVisible({ timeout: 30_000 });
    await expect(executive.getByTestId("roi-verdict")).toHaveText(TEXTS[locale].verdict, { timeout: 30_000 });
    await expectAccessible(executive, `the programme page with its verdict (${locale})`);
    const summary = (await pdfText(executive, `/api/programmes/${programme.id}/summary.pdf?locale=${locale}`)).replace(/\s+/g, " ");
    expect(summary).toMatch(new RegExp(TEXTS[locale].verdict.source.replace("^", "")));
    expect(summary).not.toMatch(/Standaardprogramm a|Vergelijkingsgroep Vergelijkingsgroep/);
  }
});
