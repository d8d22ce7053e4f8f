import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { extractPdfText } from "../../src/app/reports/pdf/extract-pdf-text";
import { chooseLanguage, expectAccessible, restoreLanguage, signIn } from "./axe";

const EXECUTIVE = "hilde.vermeulen@brouwerij-demo.be";
const PROGRAMME = "Leiderschap 2026";

test.afterAll(async ({ baseURL }) => {
  await restoreLanguage(baseURL as string, EXECUTIVE, "nl");
});

test("an executive reads the demo programme's ROI, opens how one figure was computed and downloads the PDF summary", { tag: "@smoke" }, async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, EXECUTIVE);
  await chooseLanguage(page, "en");
  await page.goto("/evaluation");
  await expect(page.getByRole("heading", { level: 1, name: "Evaluation and ROI" })).toBeVisible();
  const programme = page.getByRole("region", { name: PROGRAMME });
  await expect(programme).toBeVisible();

  // every ROI comes with its interval: the personalised and the standard cohort's, finite
  for (const kind of ["Personalised", "Standard"]) {
    const roi = programme.getByRole("region", { name: new RegExp(`^${kind}:`) }).getByRole("definition").first();
    await expect(roi).toHaveAttribute("aria-label", new RegExp(`^ROI, ${kind} .*: -?[\\d,.]+\\s?% \\(90\\s?% interval: -?[\\d,.]+\\s?% … -?[\\d,.]+\\s?%\\)$`));
  }
  await expect(page.getByRole("main")).not.toContainText(/NaN|Infinity/);
  await expectAccessible(page, "the executive dashboard");

  // drill into how it was computed: the isolation method and the conservative steps, in English
  await page.getByRole("button", { name: /^How was this computed\? Personalised/ }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/comparison group|estimates/i).first()).toBeVisible();
  await expect(dialog.getByText(/interval/i).first()).toBeVisible();
  await expectAccessible(page, "the explanation of the personalised cohort's ROI");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // the programme page offers the one-page executive summary as a PDF in the reader's language
  await page.getByRole("link", { name: `Open ${PROGRAMME}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: PROGRAMME })).toBeVisible();
  await expectAccessible(page, "the programme page");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Executive summary (PDF)" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = extractPdfText(bytes);
  expect(text).toContain(PROGRAMME);
  expect(text).toMatch(/ROI/);
  expect(text).not.toMatch(/NaN|Infinity/);
});
