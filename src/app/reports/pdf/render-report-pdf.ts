import PDFDocument from "pdfkit";
import type { TChallengesSection, TIndividualReport, TStrengthsSection } from "../../../contracts/reports";
import type { TLocale } from "../../../domain/shared/locale";
import { PDF_TEXTS, type TPdfTexts } from "./pdf-texts";

type TDoc = InstanceType<typeof PDFDocument>;

// Helvetica's WinAnsi encoding: Latin-1 plus these; anything else (emoji, CJK, ≥) becomes "?".
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** The document's bytes once `doc.end()` is called: start collecting before drawing (pdfkit streams as it goes). */
export function pdfBytes(doc: TDoc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** Text the standard fonts can draw: composed accents, no control characters, unknown glyphs as "?". */
export function pdfSafe(text: string): string {
  let safe = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\n") safe += "\n";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) safe += " ";
    else if (code <= 0xff || WIN_ANSI_EXTRAS.has(char)) safe += char;
    else safe += "?";
  }
  return safe;
}

const INTL: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };
// one hue per meaning, as on the web page: blue = a position against the norm, the challenge scores in plain text
const COLOURS = {
  text: "#1a1b1e",
  heading: "#0b3d6e",
  muted: "#495057",
  bar: "#1864ab",
  track: "#e9ecef",
  average: "#868e96",
  tint: "#e7f5ff",
  grey: "#f1f3f5",
  need: "#e8590c",
};

function formatDate(iso: string, locale: TLocale): string {
  return new Intl.DateTimeFormat(INTL[locale], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(iso));
}

/** A percentile with one decimal; the tails as "< 0.1" and "> 99.9" rather than 0.0 or 100.0. */
function formatPercentile(value: number, locale: TLocale): string {
  if (value < 0.1) return `< ${formatScore(0.1, locale, "")}`;
  if (value > 99.9) return `> ${formatScore(99.9, locale, "")}`;
  return formatScore(value, locale, "");
}

function formatScore(value: number | null, locale: TLocale, none: string): string {
  return value === null ? none : value.toLocaleString(INTL[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** French typography: a no-break space before : ; ? ! and one apostrophe style (’). Other languages unchanged. */
export function typeset(text: string, locale: TLocale): string {
  if (locale !== "fr") return text;
  return text
    .replace(/ ([:;?!])/g, "\u00a0$1")
    .replace(/([^\s\u00a0])([:;?!])(?=\s|$)/g, "$1\u00a0$2")
    .replace(/'/g, "’");
}

/**
 * Draws the designed report with pdfkit's standard Helvetica: a cover with the top talents, the ranked talents with
 * bars, one page per top talent (advice, ideas, watch-out, links), the domains, the challenges and the 360, each page
 * with a footer. `compress: false` leaves the text readable for tests.
 */
export function renderReportPdf(report: TIndividualReport, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const texts = PDF_TEXTS[report.locale];
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 50, bottom: 60, left: 55, right: 55 },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: report.locale,
    info: { Title: pdfSafe(`${texts.title} - ${report.person.name}`), CreationDate: new Date(report.generatedAt) },
  });
  const done = pdfBytes(doc);
  const writer = pdfWriter(doc, report.locale);
  writeCover(writer, report, texts);
  writeStrengths(writer, report.strengths, texts, report.locale);
  writeChallenges(writer, report.challenges, report.missing, texts, report.locale);
  writeFooters(writer, report, texts);
  doc.end();
  return done;
}

function pdfWriter(doc: TDoc, locale: TLocale) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const clean = (text: string) => pdfSafe(typeset(text, locale));
  const ensure = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const write = (text: string, size: number, font = "Helvetica", colour = COLOURS.text, indent = 0) => {
    doc.font(font).fontSize(size).fillColor(colour);
    ensure(doc.heightOfString(clean(text), { width: width - indent }));
    doc.text(clean(text), left + indent, doc.y, { width: width - indent });
  };
  return {
    doc,
    left,
    width,
    ensure,
    clean,
    /** A new page starting with a coloured band and the section's name. */
    sectionPage(kicker: string, title: string) {
      doc.addPage();
      doc.rect(0, 0, doc.page.width, 8).fill(COLOURS.bar);
      doc.y = doc.page.margins.top;
      write(kicker.toUpperCase(), 9, "Helvetica-Bold", COLOURS.bar);
      write(title, 22, "Helvetica-Bold");
      doc.moveDown(0.5);
    },
    heading(text: string) {
      doc.moveDown(0.6);
      ensure(60);
      write(text, 15, "Helvetica-Bold");
      doc.moveDown(0.3);
    },
    subheading(text: string) {
      doc.moveDown(0.5);
      ensure(40);
      write(text, 12, "Helvetica-Bold", COLOURS.heading);
      doc.moveDown(0.15);
    },
    paragraph(text: string, options: { bold?: boolean; muted?: boolean; indent?: number; size?: number } = {}) {
      write(text, options.size ?? 10, options.bold ? "Helvetica-Bold" : "Helvetica", options.muted ? COLOURS.muted : COLOURS.text, options.indent ?? 0);
    },
    /** A tinted box around a titled text (advice, watch-out). */
    box(title: string, body: string | readonly string[], tint: string) {
      const lines = typeof body === "string" ? [body] : body.map((line) => `- ${line}`);
      doc.font("Helvetica").fontSize(10);
      const inner = width - 24;
      const bodyHeight = lines.reduce((sum, line) => sum + doc.heightOfString(clean(line), { width: inner }) + 3, 0);
      const height = 14 + 16 + bodyHeight + 8;
      ensure(height + 8);
      const top = doc.y;
      doc.rect(left, top, width, height).fill(tint);
      doc.rect(left, top, 3, height).fill(COLOURS.bar);
      doc.font("Helvetica-Bold").fontSize(10).fillColor(COLOURS.text).text(clean(title), left + 12, top + 10, { width: inner });
      doc.font("Helvetica").fontSize(10);
      for (const line of lines) doc.text(clean(line), left + 12, doc.y + 3, { width: inner });
      doc.y = top + height + 10;
      doc.x = left;
    },
    /** A labelled position against the norm: a 0–100 track, the average (50) marked, a dot at the percentile. */
    percentileBar(label: string, valueText: string, percentile: number, indent = 0, strong = false) {
      doc.font(strong ? "Helvetica-Bold" : "Helvetica").fontSize(strong ? 10 : 9);
      const labelWidth = 190 - indent;
      const height = Math.max(strong ? 18 : 14, doc.heightOfString(clean(label), { width: labelWidth }) + 3);
      ensure(height);
      const y = doc.y;
      doc.fillColor(COLOURS.text).text(clean(label), left + indent, y, { width: labelWidth });
      const barX = left + 200;
      const barWidth = width - 200 - 110;
      const thickness = strong ? 10 : 8;
      doc.roundedRect(barX, y + 1, barWidth, thickness, thickness / 2).fill(COLOURS.track);
      const at = Math.min(1, Math.max(0, percentile / 100));
      doc.rect(barX + barWidth / 2 - 0.5, y - 1, 1, thickness + 4).fill(COLOURS.average);
      doc.circle(barX + barWidth * at, y + 1 + thickness / 2, strong ? 5.5 : 4).fill(COLOURS.bar);
      doc.font("Helvetica").fontSize(9).fillColor(COLOURS.muted).text(clean(valueText), barX + barWidth + 8, y, { width: 102 });
      doc.y = Math.max(doc.y, y + height);
      doc.x = left;
    },
    /** A challenge score 1–5 as an orange bar (a bigger need, decision 0014: never green), with its value. */
    scoreBar(label: string, score: number | null, valueText: string) {
      doc.font("Helvetica").fontSize(9);
      const labelWidth = 250;
      const height = Math.max(14, doc.heightOfString(clean(label), { width: labelWidth }) + 3);
      ensure(height);
      const y = doc.y;
      doc.fillColor(COLOURS.text).text(clean(label), left + 8, y, { width: labelWidth });
      const barX = left + 270;
      const barWidth = width - 270 - 50;
      doc.rect(barX, y + 1, barWidth, 8).fill(COLOURS.track);
      if (score !== null) doc.rect(barX, y + 1, (barWidth * Math.min(5, Math.max(0, score))) / 5, 8).fill(COLOURS.need);
      doc.fillColor(COLOURS.text).text(clean(valueText), barX + barWidth + 8, y, { width: 42 });
      doc.y = Math.max(doc.y, y + height);
      doc.x = left;
    },
  };
}

type TWriter = ReturnType<typeof pdfWriter>;

function writeCover(w: TWriter, report: TIndividualReport, texts: TPdfTexts) {
  const { doc, left, width } = w;
  doc.rect(0, 0, doc.page.width, 300).fill(COLOURS.bar);
  doc.font("Helvetica-Bold").fontSize(11).fillColor("#d0ebff").text(w.clean(texts.coverKicker.toUpperCase()), left, 90, { width });
  doc.font("Helvetica-Bold").fontSize(30).fillColor("#ffffff").text(w.clean(texts.title), left, doc.y + 10, { width });
  doc.font("Helvetica").fontSize(18).fillColor("#ffffff").text(w.clean(report.person.name), left, doc.y + 14, { width });
  doc.font("Helvetica").fontSize(11).fillColor("#d0ebff").text(w.clean(texts.generatedOn(formatDate(report.generatedAt, report.locale))), left, doc.y + 6, { width });
  doc.y = 340;
  doc.x = left;
  const top = report.strengths?.topTalents ?? [];
  if (top.length > 0) {
    w.paragraph(texts.coverTop, { bold: true, size: 14 });
    doc.moveDown(0.4);
    top.forEach((talent, index) => {
      const y = doc.y;
      doc.circle(left + 11, y + 9, 11).fill(COLOURS.bar);
      doc.font("Helvetica-Bold").fontSize(11).fillColor("#ffffff").text(String(index + 1), left, y + 4, { width: 22, align: "center" });
      doc.font("Helvetica-Bold").fontSize(13).fillColor(COLOURS.text).text(w.clean(talent.talents.map((t) => t.name).join(" / ")), left + 34, y + 2, { width: width - 34 });
      doc.font("Helvetica").fontSize(9).fillColor(COLOURS.muted).text(w.clean(talent.facetName), left + 34, doc.y + 1, { width: width - 34 });
      doc.y += 10;
    });
  } else {
    w.paragraph(report.strengths ? texts.noTalents : texts.missingStrengths, { size: 12 });
  }
  doc.moveDown(1);
  w.paragraph(texts.contents, { muted: true });
  doc.moveDown(0.5);
  w.paragraph(texts.confidential, { muted: true, size: 9 });
}

function writeFooters(w: TWriter, report: TIndividualReport, texts: TPdfTexts) {
  const { doc, left, width } = w;
  const range = doc.bufferedPageRange();
  for (let index = 1; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 38;
    doc.rect(left, y - 6, width, 0.5).fill(COLOURS.track);
    doc.font("Helvetica").fontSize(8).fillColor(COLOURS.muted);
    doc.text(w.clean(`Sterk - ${report.person.name}`), left, y, { width: width / 2, lineBreak: false });
    doc.text(w.clean(texts.pageOf(index + 1, range.count)), left + width / 2, y, { width: width / 2, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function writeTopTalent(w: TWriter, top: TStrengthsSection["topTalents"][number], rank: number, total: number, texts: TPdfTexts, locale: TLocale) {
  const fmt = (value: number) => formatScore(value, locale, texts.notScored);
  const pct = (value: number) => formatPercentile(value, locale);
  w.sectionPage(texts.talentOf(rank, total), top.talents.map((talent) => talent.name).join(" / "));
  const talent = top.talents[0];
  if (talent) w.paragraph(talent.description, { muted: true, size: 11 });
  w.doc.moveDown(0.6);
  const organisation = top.organisationPercentile === null ? "" : `; ${texts.organisationPosition(pct(top.organisationPercentile))}`;
  w.percentileBar(top.facetName, `${pct(top.percentile)}`, top.percentile, 0, true);
  w.paragraph(`${texts.position(pct(top.percentile), fmt(top.t))}${organisation}`, { muted: true, size: 9 });
  w.doc.moveDown(0.8);
  if (top.advice) {
    w.paragraph(top.advice.narrative, { size: 11 });
    w.doc.moveDown(0.8);
    w.box(texts.howItHelps, top.advice.helps, COLOURS.tint);
    w.box(texts.actions, top.advice.actions, COLOURS.tint);
    w.box(texts.watchOut, top.advice.watchOut, COLOURS.grey);
  }
  if (top.challenges.length > 0) w.paragraph(`${texts.linkedChallenges}: ${top.challenges.map((c) => c.name).join("; ")}`, { size: 9 });
  if (top.modules.length > 0) w.paragraph(`${texts.linkedModules}: ${top.modules.map((m) => m.title).join("; ")}`, { size: 9 });
}

function writeStrengths(w: TWriter, strengths: TStrengthsSection | null, texts: TPdfTexts, locale: TLocale) {
  w.sectionPage(texts.strengthsTitle, texts.topTalents);
  if (!strengths) {
    w.paragraph(texts.missingStrengths);
    w.paragraph(texts.missingHint, { muted: true });
    return;
  }
  const fmt = (value: number) => formatScore(value, locale, texts.notScored);
  const pct = (value: number) => formatPercentile(value, locale);
  if (strengths.topTalents.length === 0) w.paragraph(texts.noTalents);
  else if (strengths.topTalents.length < 5) w.paragraph(texts.fewerTalents(strengths.topTalents.length), { muted: true, size: 9 });
  w.paragraph(texts.domainsNote, { muted: true, size: 9 });
  w.doc.moveDown(0.6);
  strengths.topTalents.forEach((top, index) => {
    w.percentileBar(`${index + 1}. ${top.talents.map((t) => t.name).join(" / ")}`, pct(top.percentile), top.percentile, 0, true);
    w.paragraph(top.facetName, { muted: true, size: 8, indent: 14 });
    w.doc.moveDown(0.4);
  });
  const others = strengths.ranked.filter((entry) => entry.isTalent).slice(strengths.topTalents.length);
  if (others.length > 0) {
    w.subheading(texts.otherTalents);
    for (const entry of others) w.percentileBar(entry.talents.map((t) => t.name).join(" / "), pct(entry.percentile), entry.percentile, 8);
  }
  w.doc.moveDown(0.5);
  w.paragraph(texts.normNote(strengths.norm.source), { muted: true, size: 8 });
  w.paragraph(texts.organisationNote(strengths.organisation.shown, strengths.organisation.profiles, strengths.organisation.minimum), { muted: true, size: 8 });
  strengths.topTalents.forEach((top, index) => writeTopTalent(w, top, index + 1, strengths.topTalents.length, texts, locale));
  w.sectionPage(texts.strengthsTitle, texts.domainsTitle);
  w.paragraph(texts.domainsNote, { muted: true, size: 9 });
  for (const domain of strengths.domains) {
    w.doc.moveDown(0.6);
    w.ensure(130);
    w.percentileBar(domain.name, texts.position(pct(domain.workplacePercentile), fmt(domain.workplaceT)), domain.workplacePercentile, 0, true);
    const detail = domain.reversed ? texts.reversedNote(pct(domain.percentile), domain.scientificName) : texts.scientificName(domain.scientificName);
    w.paragraph(`${detail} ${texts.domainScore(domain.score)}`, { muted: true, size: 8 });
    w.doc.moveDown(0.2);
    for (const facet of domain.facets) {
      const talent = facet.isTalent ? facet.talents.map((t) => t.name).join(" / ") : texts.closeToAverage;
      w.percentileBar(`${facet.name} - ${talent}`, `${pct(facet.percentile)} (${texts.facetScore(facet.score)})`, facet.percentile, 12);
    }
  }
}

function writeChallengeList(w: TWriter, items: TChallengesSection["topChallenges"], texts: TPdfTexts, locale: TLocale, bars = false) {
  if (items.length === 0) w.paragraph(texts.none, { muted: true });
  for (const item of items) {
    if (bars) w.scoreBar(item.name, item.score, formatScore(item.score, locale, texts.notScored));
    else w.paragraph(`- ${item.name} (${formatScore(item.score, locale, texts.notScored)})`, { indent: 8, size: 9 });
  }
}

function writeChallenges(w: TWriter, section: TChallengesSection, missing: TIndividualReport["missing"], texts: TPdfTexts, locale: TLocale) {
  w.sectionPage(texts.challengesTitle, texts.situationTitle);
  if (missing.includes("challenge-scan")) w.paragraph(texts.missingScan);
  if (missing.includes("feedback")) w.paragraph(texts.missingFeedback);
  if (missing.includes("challenge-scan")) w.paragraph(texts.missingHint, { muted: true });

  const fit = section.situationFit;
  w.paragraph(fit.bestFit.length ? fit.bestFit.map((s) => s.name).join(", ") : texts.noSituation, { bold: fit.bestFit.length > 0, size: 13 });
  if (fit.monthsInRole !== null) w.paragraph(texts.monthsInRole(fit.monthsInRole), { muted: true });
  if (fit.tenure !== "agrees" && fit.bestFit.length > 0) w.paragraph(texts.tenure[fit.tenure](fit.monthsInRole ?? 0), { muted: true });

  w.subheading(texts.topChallengesTitle);
  if (section.topChallengesBasis === "others") w.paragraph(texts.topFromOthers, { muted: true });
  w.paragraph(texts.scoreLegend, { muted: true, size: 8 });
  w.doc.moveDown(0.2);
  writeChallengeList(w, section.topChallenges, texts, locale, true);

  if (section.othersBasis !== "none") {
    w.subheading(texts.blindSpotsTitle);
    w.paragraph(texts.blindSpotsText, { muted: true });
    writeChallengeList(w, section.blindSpots, texts, locale);
    w.subheading(texts.hiddenStrengthsTitle);
    w.paragraph(texts.hiddenStrengthsText, { muted: true });
    writeChallengeList(w, section.hiddenStrengths, texts, locale);
  }

  writeProfile(w, section, texts, locale);
  writeFeedback(w, section, texts, locale);
}

function writeProfile(w: TWriter, section: TChallengesSection, texts: TPdfTexts, locale: TLocale) {
  if (section.selfCompletedAt === null && section.othersBasis === "none") return;
  w.sectionPage(texts.challengesTitle, texts.profileTitle);
  w.paragraph(texts.scaleNote, { muted: true, size: 9 });
  if (section.othersBasis === "shown-groups") w.paragraph(texts.othersShownGroups, { muted: true, size: 9 });
  const { doc, left } = w;
  const nameWidth = 240;
  const column = (index: number) => left + nameWidth + 20 + index * 80;
  w.ensure(20);
  const headerY = doc.y + 4;
  doc.font("Helvetica-Bold").fontSize(9).fillColor(COLOURS.text);
  doc.text(pdfSafe(texts.self), column(0), headerY, { width: 70 });
  const othersHead = section.othersBasis === "all-raters" ? texts.othersAllRaters : texts.othersShownGroupsColumn;
  doc.text(pdfSafe(othersHead), column(1), headerY, { width: 150 });
  doc.y = Math.max(doc.y, headerY + 14) + 2;
  for (const row of section.profile) {
    doc.font("Helvetica").fontSize(9);
    const height = doc.heightOfString(pdfSafe(row.name), { width: nameWidth });
    w.ensure(height + 4);
    const y = doc.y;
    if (section.profile.indexOf(row) % 2 === 0) doc.rect(left - 4, y - 2, w.width + 8, height + 3).fill(COLOURS.grey);
    doc.fillColor(COLOURS.text).text(w.clean(row.name), left, y, { width: nameWidth });
    doc.fillColor(COLOURS.text).text(formatScore(row.self, locale, texts.notScored), column(0), y, { width: 70 });
    const mark = row.blindSpot ? " *" : row.hiddenStrength ? " +" : "";
    doc.fillColor(COLOURS.text).text(`${formatScore(row.others, locale, texts.notScored)}${mark}`, column(1), y, { width: 70 });
    doc.y = y + height + 3;
  }
  doc.fillColor(COLOURS.text);
  w.paragraph(`* ${texts.blindSpotsTitle}   + ${texts.hiddenStrengthsTitle}`, { muted: true, size: 8 });
}

function writeFeedback(w: TWriter, section: TChallengesSection, texts: TPdfTexts, locale: TLocale) {
  const feedback = section.feedback;
  if (!feedback) return;
  w.sectionPage(texts.challengesTitle, texts.feedbackTitle(formatDate(feedback.closedAt, locale)));
  for (const group of feedback.groups) {
    const label = texts.groups[group.group];
    // a hidden group gets its label and the minimum only: no count, no score, no comment
    w.paragraph(`${label}: ${group.shown ? texts.raters(group.raterCount) : texts.hiddenGroup(group.minimum)}`, { bold: group.shown });
  }
  const all = feedback.allRaters;
  w.paragraph(`${texts.allRaters}: ${all.shown ? texts.raters(all.raterCount) : texts.allRatersHidden(all.minimum)}`);
  w.subheading(texts.commentsTitle);
  const shown = feedback.groups.filter((group) => group.shown);
  const withComments = shown.filter((group) => group.shown && group.comments.length > 0);
  if (withComments.length === 0) w.paragraph(texts.noComments, { muted: true });
  for (const group of withComments) {
    if (!group.shown) continue;
    w.paragraph(texts.groups[group.group], { bold: true });
    for (const comment of group.comments) {
      w.paragraph(comment.challengeName ? `${comment.challengeName}: ${comment.text}` : comment.text, { indent: 10 });
      w.doc.moveDown(0.2);
    }
  }
}
