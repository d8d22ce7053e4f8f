import { describe, expect, it } from "vitest";
import type { TIndividualReport } from "../../../contracts/reports";
import { MANAGER_CHALLENGES, talentAt } from "../../../domain/assessment/index";
import { ipipAnswers } from "../reports.test-helpers";
import { challengesSection } from "../shape-challenges";
import { strengthsSection } from "../shape-strengths";
import { extractPdfText } from "./extract-pdf-text";
import { pdfSafe, renderReportPdf, typeset } from "./render-report-pdf";

const all = (value: number) => Object.fromEntries(MANAGER_CHALLENGES.flatMap((c) => c.statements.map((s) => [s.id, value])));

function report(locale: "nl" | "fr" | "en"): TIndividualReport {
  const when = new Date("2026-02-01T00:00:00Z");
  return {
    person: { id: "00000000-0000-4000-8000-000000000009", name: "Anaïs Dubois-Léger" },
    locale,
    viewer: "self",
    generatedAt: "2026-03-01T12:00:00.000Z",
    missing: [],
    strengths: strengthsSection(ipipAnswers({ C6: 5, E3: 1, O1: 5, A1: 1, N1: 5 }), when, locale),
    challenges: challengesSection({
      locale,
      thresholds: {},
      monthsInRole: 30,
      self: { answers: all(2), completedAt: when },
      feedback: {
        closedAt: when,
        shuffleSeed: 3,
        responses: [
          ...["p1", "p2", "p3"].map((raterId) => ({ raterId, group: "peer" as const, answers: all(4), comments: [{ text: `Visible ${raterId} – très bien` }] })),
          ...["d1", "d2"].map((raterId) => ({ raterId, group: "direct_report" as const, answers: all(1), comments: [{ text: `Hidden ${raterId}` }] })),
        ],
      },
    }),
  };
}

describe("renderReportPdf", () => {
  it.each(["nl", "fr", "en"] as const)("writes the talents, accents intact, and the hidden group by label and minimum only (%s)", async (locale) => {
    const pdf = await renderReportPdf(report(locale), { compress: false });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf);
    expect(text).toContain("Anaïs Dubois-Léger");
    expect(text).toContain(typeset(talentAt("C", 6, "high").name[locale], locale));
    expect(text).toContain(typeset(talentAt("E", 3, "low").name[locale], locale));
    expect(text).toContain("Visible p1 – très bien");
    expect(text).not.toContain("Hidden d1");
    expect(text).not.toContain("Hidden d2");
    const label = { nl: "Medewerkers", fr: "Collaborateurs directs", en: "Direct reports" }[locale];
    const hiddenLines = text.split("\n").filter((line) => line.startsWith(typeset(`${label}:`, locale)));
    expect(hiddenLines).toHaveLength(1);
    expect(hiddenLines[0]?.replace(/\D/g, "")).toBe("3");
  });

  it.each(["nl", "fr", "en"] as const)("gives percentiles against the named norm, advice, workplace domain names and named 360 columns (%s)", async (locale) => {
    const text = extractPdfText(await renderReportPdf(report(locale), { compress: false }));
    expect(text).toContain("Johnson (2014)");
    expect(text).toMatch({ nl: /percentiel \d/, fr: /percentile \d/, en: /percentile \d/ }[locale]);
    expect(text).toContain({ nl: "Emotionele stabiliteit", fr: "Stabilité émotionnelle", en: "Emotional stability" }[locale]);
    expect(text).toContain({ nl: "Hoe het u helpt als manager", fr: "Ce que cela vous apporte en tant que manager", en: "How it helps you as a manager" }[locale]);
    expect(text).toContain({ nl: "Getoonde groepen (zonder uzelf)", fr: "Groupes affichés (hors vous)", en: "Shown groups (excl. self)" }[locale]);
    // 30 months in the role, a newcomer's challenges: the PDF says why they disagree, and "month(s)" is gone
    expect(text).not.toMatch(/\(en\)|\(s\)/);
  });

  it("reads the same text back from the compressed PDF the API sends", async () => {
    const compressed = await renderReportPdf(report("en"));
    expect(extractPdfText(compressed)).toBe(extractPdfText(await renderReportPdf(report("en"), { compress: false })));
    expect(extractPdfText(compressed)).toContain(talentAt("O", 1, "high").name.en);
  });
});

describe("pdfSafe", () => {
  it("keeps Latin-1 and WinAnsi punctuation, replaces what Helvetica cannot draw", () => {
    expect(pdfSafe("Équipe – « ça va » … €")).toBe("Équipe – « ça va » … €");
    expect(pdfSafe("e\u0301t\u00e9")).toBe("été");
    expect(pdfSafe("score ≥ 3 🙂\u0007")).toBe("score ? 3 ? ");
  });
});

describe("the designed report", () => {
  it("opens with a cover naming the person and the top talents, and numbers its pages", async () => {
    const text = extractPdfText(await renderReportPdf(report("en"), { compress: false }));
    const cover = text.slice(0, text.indexOf("page 2 of"));
    expect(cover).toContain("Your most distinctive talents");
    expect(cover).toContain("Anaïs Dubois-Léger");
    for (const top of report("en").strengths?.topTalents ?? []) expect(cover).toContain(top.talents[0]?.name);
    expect(text).toMatch(/page 2 of \d+/);
    expect(text).toContain("TALENT 1 OF 5");
  });

  it("sets French text with a no-break space before : ; ? ! and one apostrophe (fr)", async () => {
    const text = extractPdfText(await renderReportPdf(report("fr"), { compress: false }));
    expect(text).not.toMatch(/[^\s\u00a0][:;?!](\s|$)/m);
    expect(text).not.toMatch(/ [:;?!]/);
    expect(text).not.toContain("'");
    expect(text).not.toContain("$");
    expect(text).toContain("Pairs\u00a0: 3");
  });

  it("keeps other languages' punctuation as written", () => {
    expect(typeset("Peers: 3 raters; ok?", "en")).toBe("Peers: 3 raters; ok?");
    expect(typeset("Pairs: 3 ; l'équipe ?", "fr")).toBe("Pairs\u00a0: 3\u00a0; l’équipe\u00a0?");
  });
});
