import { describe, expect, it } from "vitest";
import { principleText } from "../../../domain/roi/index";
import { extractPdfText } from "../../reports/pdf/extract-pdf-text";
import { cohortFigures, formatters } from "./export-model";
import { EXPORT_TEXTS } from "./export-texts";
import { fixtureInput, fixtureProgramme, fixtureView, IDS, withheldView } from "./exports.test-fixtures";
import { MAX_PDF_COHORTS, renderSummaryPdf } from "./render-summary-pdf";
import { roiVerdict } from "../../../domain/evaluation/roi-verdict";
import { forestTexts, verdictSentences } from "./verdict-texts";

const pages = (pdf: Uint8Array) => (Buffer.from(pdf).toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;
/** The extracted text with non-breaking spaces as spaces, lines joined (a cell may wrap). */
const flat = (pdf: Uint8Array) => extractPdfText(pdf).replaceAll("\u00A0", " ");

describe("renderSummaryPdf", () => {
  it.each(["nl", "fr", "en"] as const)("shows every cohort's ROI with its interval, BCR, the levels and the principles on one page (%s)", async (locale) => {
    const view = fixtureView(locale);
    const pdf = await renderSummaryPdf(fixtureProgramme(), view, locale, { compress: false });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(pages(pdf)).toBe(1);
    const text = flat(pdf);
    const texts = EXPORT_TEXTS[locale];
    const f = formatters(locale, "EUR", texts.notApplicable);
    expect(text).toContain("Leiderschap 2026 – Anaïs & Zoë");
    expect(text).toContain(texts.title);
    for (const row of cohortFigures(fixtureProgramme(), view).filter((r) => r.kind !== "comparison")) {
      expect(row.roiPct).not.toBeNull();
      expect(text).toContain(f.pct(row.roiPct).replaceAll("\u202F", " ").replaceAll("\u00A0", " "));
      expect(text).toContain(f.ratio(row.bcr).replaceAll("\u202F", " "));
      expect(text).toContain(f.money(row.costs).replaceAll("\u202F", " ").replaceAll("\u00A0", " "));
      expect(row.level).toBe(90);
      expect(text).toContain(texts.intervalShort(f.pct(row.roiLow), f.pct(row.roiHigh), 90).replaceAll("\u202F", " ").replaceAll("\u00A0", " "));
    }
    expect(text).toContain(texts.comparisonNoRoi);
    expect(text).toContain(texts.kinds.personalised);
    expect(text).toContain(texts.thesisTitle);
    expect(text).toContain("Team climate");
    expect(text).toContain(principleText(9, locale).replaceAll("\u202F", " "));
    expect(text).toContain(principleText(5, locale).replaceAll("\u202F", " "));
    // the estimate in the standard cohort: adjusted by contribution and confidence (principle 7)
    expect(text).toContain(principleText(7, locale).replaceAll("\u202F", " "));
  });

  it("stays on one page with the longest names, thirty long intangibles and many cohorts", async () => {
    const long = "Zeer lang programmanaam met àccenten ".repeat(6).slice(0, 200);
    const input = fixtureInput();
    const extra = Array.from({ length: 12 }, (_, i) => ({ id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, "0")}`, kind: "standard" as const, personIds: [`x${i}a`, `x${i}b`] }));
    const view = fixtureView("fr", { ...input, cohorts: [...input.cohorts, ...extra] });
    const programme = fixtureProgramme({
      name: long,
      intangibles: Array.from({ length: 30 }, (_, i) => `${i} ${"Bien-être et cohésion d'équipe ".repeat(10)}`.slice(0, 300)),
      cohorts: [...fixtureProgramme().cohorts, ...extra.map((c, i) => ({ id: c.id, name: `${"Cohorte ".repeat(30)}${i}`, kind: c.kind, members: 2 }))],
    });
    const pdf = await renderSummaryPdf(programme, view, "fr", { compress: false });
    expect(pages(pdf)).toBe(1);
    const text = flat(pdf);
    expect(text).toContain(EXPORT_TEXTS.fr.moreCohorts(view.evaluation.cohorts.length - MAX_PDF_COHORTS));
    expect(text).toContain("…");
    expect(text).toContain(EXPORT_TEXTS.fr.footer.slice(0, 40));
  });

  it("prints large amounts in full, never shortened", async () => {
    const input = fixtureInput();
    const costs = [...input.costs, { name: "Big", category: "overhead" as const, amountCents: 1_234_567_890_12, cohortId: IDS.personalised }];
    const view = fixtureView("fr", { ...input, costs });
    const pdf = await renderSummaryPdf(fixtureProgramme(), view, "fr", { compress: false });
    const personalised = cohortFigures(fixtureProgramme(), view).find((r) => r.kind === "personalised");
    const f = formatters("fr", "EUR", "s.o.");
    const words = f.money(personalised?.costs ?? null).replaceAll("\u202F", " ").replaceAll("\u00A0", " ");
    expect(words.length).toBeGreaterThan(12);
    expect(flat(pdf).replaceAll("\n", " ")).toContain(words);
    expect(pages(pdf)).toBe(1);
  });

  it("says a withheld cohort is too small and shows no figures for it", async () => {
    const pdf = await renderSummaryPdf(fixtureProgramme(), withheldView(fixtureView("en"), IDS.standard), "en", { compress: false });
    const text = flat(pdf);
    expect(text).toContain(EXPORT_TEXTS.en.tooSmall);
    expect(text).toContain(EXPORT_TEXTS.en.thesisMissing);
    expect(text).not.toContain("€5,500");
    expect(pages(pdf)).toBe(1);
  });

  it("writes null, never NaN or Infinity, when costs are zero and nobody responded", async () => {
    const input = { ...fixtureInput(), costs: [], participantTime: [], measureValues: [], estimates: [], reactions: [], learning: null };
    const view = fixtureView("nl", input);
    const pdf = await renderSummaryPdf(fixtureProgramme({ intangibles: [] }), view, "nl", { compress: false });
    const text = flat(pdf);
    expect(text).not.toMatch(/NaN|Infinity|∞/);
    expect(text).toContain(EXPORT_TEXTS.nl.notApplicable);
    expect(text).toContain(EXPORT_TEXTS.nl.intangiblesNone);
  });

  it("reads the same text back from the compressed PDF the API sends", async () => {
    const view = fixtureView("en");
    const compressed = await renderSummaryPdf(fixtureProgramme(), view, "en");
    expect(extractPdfText(compressed)).toBe(extractPdfText(await renderSummaryPdf(fixtureProgramme(), view, "en", { compress: false })));
  });

  it.each(["nl", "fr", "en"] as const)("opens with the verdict computed from the evaluation, then the forest plot (%s)", async (locale) => {
    const view = fixtureView(locale);
    const pdf = await renderSummaryPdf(fixtureProgramme(), view, locale, { compress: false });
    expect(pages(pdf)).toBe(1);
    const spaces = (line: string) => line.replace(/[\s\u00A0\u202F]+/g, " ");
    const text = spaces(flat(pdf));
    const [first, ...missing] = verdictSentences(roiVerdict(view), locale, "EUR").map(spaces);
    expect(text).toContain(first?.slice(0, 60));
    expect(text).toContain(first?.slice(-40));
    // the fixture has no on-the-job (L3) data: the PDF says so and what it does to confidence
    expect(missing.length).toBeGreaterThan(0);
    for (const line of missing) expect(text).toContain(line.slice(0, 50));
    expect(text.indexOf(first?.slice(0, 30) ?? "")).toBeLessThan(text.indexOf(EXPORT_TEXTS[locale].levelsTitle));
    expect(text).toContain(forestTexts(locale).roiTitle);
    expect(text).toContain(forestTexts(locale).effect.l2);
  });

  it("never breaks a word across lines, and names a cohort called like its kind once", async () => {
    const programme = fixtureProgramme();
    programme.cohorts = programme.cohorts.map((c) => ({ ...c, name: { personalised: "Persoonlijk traject (à la carte)", standard: "Standaardprogramma", comparison: "Vergelijkingsgroep" }[c.kind] }));
    const pdf = await renderSummaryPdf(programme, fixtureView("nl"), "nl", { compress: false });
    const lines = extractPdfText(pdf).split("\n");
    expect(lines.some((line) => line.includes("Standaardprogramma"))).toBe(true);
    expect(lines.filter((line) => /^Standaardprogramm$|^a$/.test(line.trim()))).toEqual([]);
    expect(flat(pdf).replaceAll("\n", " ")).not.toMatch(/Vergelijkingsgroep\s+Vergelijkingsgroep/);
  });
});
