import PDFDocument from "pdfkit";
import type { TChallengesSection, TIndividualReport, TStrengthsSection } from "../../../contracts/reports";
import type { TLocale } from "../../../domain/shared/locale";
import { PDF_TEXTS, type TPdfTexts } from "./pdf-texts";

type TDoc = InstanceType<typeof PDFDocument>;

// Helvetica's WinAnsi encoding: Latin-1 plus these; anything else (emoji, CJK, ≥) becomes "?".
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

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
const COLOURS = { text: "#1a1b1e", muted: "#495057", bar: "#1864ab", track: "#e9ecef", average: "#868e96" };

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

/** Draws the report with pdfkit's standard Helvetica; `compress: false` leaves the text readable for tests. */
export function renderReportPdf(report: TIndividualReport, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const texts = PDF_TEXTS[report.locale];
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    compress: options.compress ?? true,
    lang: report.locale,
    info: { Title: pdfSafe(`${texts.title} - ${report.person.name}`), CreationDate: new Date(report.generatedAt) },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const writer = pdfWriter(doc);
  writer.title(texts.title, report.person.name, texts.generatedOn(formatDate(report.generatedAt, report.locale)));
  writeStrengths(writer, report.strengths, texts, report.locale);
  writeChallenges(writer, report.challenges, report.missing, texts, report.locale);
  doc.end();
  return done;
}

function pdfWriter(doc: TDoc) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const ensure = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const write = (text: string, size: number, font = "Helvetica", colour = COLOURS.text, indent = 0) => {
    doc.font(font).fontSize(size).fillColor(colour);
    ensure(doc.heightOfString(pdfSafe(text), { width: width - indent }));
    doc.text(pdfSafe(text), left + indent, doc.y, { width: width - indent });
  };
  return {
    doc,
    left,
    width,
    ensure,
    title(title: string, name: string, subtitle: string) {
      write(title, 20, "Helvetica-Bold");
      write(name, 14, "Helvetica-Bold");
      write(subtitle, 10, "Helvetica", COLOURS.muted);
      doc.moveDown();
    },
    heading(text: string) {
      doc.moveDown(0.6);
      ensure(60);
      write(text, 15, "Helvetica-Bold");
      doc.moveDown(0.3);
    },
    subheading(text: string) {
      doc.moveDown(0.4);
      ensure(40);
      write(text, 12, "Helvetica-Bold");
    },
    paragraph(text: string, options: { bold?: boolean; muted?: boolean; indent?: number; size?: number } = {}) {
      write(text, options.size ?? 10, options.bold ? "Helvetica-Bold" : "Helvetica", options.muted ? COLOURS.muted : COLOURS.text, options.indent ?? 0);
    },
    /** A labelled position against the norm: a 0–100 track, the average (50) marked, a dot at the percentile. */
    percentileBar(label: string, valueText: string, percentile: number, indent = 0) {
      doc.font("Helvetica").fontSize(9);
      const labelWidth = 190 - indent;
      const height = Math.max(13, doc.heightOfString(pdfSafe(label), { width: labelWidth }) + 2);
      ensure(height);
      const y = doc.y;
      doc.fillColor(COLOURS.text).text(pdfSafe(label), left + indent, y, { width: labelWidth });
      const barX = left + 200;
      const barWidth = width - 200 - 110;
      doc.rect(barX, y + 1, barWidth, 8).fill(COLOURS.track);
      doc.rect(barX + barWidth / 2 - 0.5, y - 1, 1, 12).fill(COLOURS.average);
      const at = Math.min(1, Math.max(0, percentile / 100));
      doc.circle(barX + barWidth * at, y + 5, 4).fill(COLOURS.bar);
      doc.font("Helvetica").fontSize(9).fillColor(COLOURS.muted).text(pdfSafe(valueText), barX + barWidth + 8, y, { width: 102 });
      doc.y = Math.max(doc.y, y + height);
    },
  };
}

type TWriter = ReturnType<typeof pdfWriter>;

function writeTopTalent(w: TWriter, top: TStrengthsSection["topTalents"][number], rank: number, texts: TPdfTexts, locale: TLocale) {
  const fmt = (value: number) => formatScore(value, locale, texts.notScored);
  w.doc.moveDown(0.4);
  w.ensure(120);
  w.paragraph(`${rank}. ${top.talents.map((talent) => talent.name).join(" / ")}`, { bold: true, size: 11 });
  const talent = top.talents[0];
  if (talent && !top.advice) w.paragraph(talent.description, { indent: 14 });
  const pct = (value: number) => formatPercentile(value, locale);
  const organisation = top.organisationPercentile === null ? "" : `; ${texts.organisationPosition(pct(top.organisationPercentile))}`;
  w.paragraph(`${top.facetName}: ${texts.position(pct(top.percentile), fmt(top.t))}${organisation}`, { indent: 14, muted: true, size: 9 });
  if (top.advice) {
    w.paragraph(top.advice.narrative, { indent: 14 });
    w.paragraph(`${texts.howItHelps}: ${top.advice.helps}`, { indent: 14 });
    w.paragraph(`${texts.actions}:`, { indent: 14, bold: true, size: 9 });
    for (const action of top.advice.actions) w.paragraph(`- ${action}`, { indent: 22, size: 9 });
    w.paragraph(`${texts.watchOut}: ${top.advice.watchOut}`, { indent: 14, size: 9 });
  }
  if (top.challenges.length > 0) w.paragraph(`${texts.linkedChallenges}: ${top.challenges.map((c) => c.name).join("; ")}`, { indent: 14, size: 9 });
  if (top.modules.length > 0) w.paragraph(`${texts.linkedModules}: ${top.modules.map((m) => m.title).join("; ")}`, { indent: 14, size: 9 });
}

function writeStrengths(w: TWriter, strengths: TStrengthsSection | null, texts: TPdfTexts, locale: TLocale) {
  w.heading(texts.strengthsTitle);
  if (!strengths) {
    w.paragraph(texts.missingStrengths);
    w.paragraph(texts.missingHint, { muted: true });
    return;
  }
  const fmt = (value: number) => formatScore(value, locale, texts.notScored);
  const pct = (value: number) => formatPercentile(value, locale);
  w.subheading(texts.topTalents);
  if (strengths.topTalents.length === 0) w.paragraph(texts.noTalents);
  else if (strengths.topTalents.length < 5) w.paragraph(texts.fewerTalents(strengths.topTalents.length), { muted: true, size: 9 });
  strengths.topTalents.forEach((top, index) => writeTopTalent(w, top, index + 1, texts, locale));
  w.doc.moveDown(0.5);
  w.paragraph(texts.normNote(strengths.norm.source), { muted: true, size: 8 });
  w.paragraph(texts.organisationNote(strengths.organisation.shown, strengths.organisation.profiles, strengths.organisation.minimum), { muted: true, size: 8 });
  w.subheading(texts.domainsTitle);
  w.paragraph(texts.domainsNote, { muted: true, size: 9 });
  for (const domain of strengths.domains) {
    w.doc.moveDown(0.4);
    w.ensure(120);
    w.percentileBar(domain.name, texts.position(pct(domain.workplacePercentile), fmt(domain.workplaceT)), domain.workplacePercentile);
    const detail = domain.reversed ? texts.reversedNote(pct(domain.percentile), domain.scientificName) : texts.scientificName(domain.scientificName);
    w.paragraph(`${detail} ${texts.domainScore(domain.score)}`, { muted: true, size: 8 });
    for (const facet of domain.facets) {
      const talent = facet.isTalent ? facet.talents.map((t) => t.name).join(" / ") : texts.closeToAverage;
      w.percentileBar(`${facet.name} - ${talent}`, `${pct(facet.percentile)} (${texts.facetScore(facet.score)})`, facet.percentile, 12);
    }
  }
}

function writeChallengeList(w: TWriter, items: TChallengesSection["topChallenges"], texts: TPdfTexts, locale: TLocale) {
  if (items.length === 0) w.paragraph(texts.none, { muted: true });
  for (const item of items) w.paragraph(`- ${item.name} (${formatScore(item.score, locale, texts.notScored)})`, { indent: 8 });
}

function writeChallenges(w: TWriter, section: TChallengesSection, missing: TIndividualReport["missing"], texts: TPdfTexts, locale: TLocale) {
  w.heading(texts.challengesTitle);
  if (missing.includes("challenge-scan")) w.paragraph(texts.missingScan);
  if (missing.includes("feedback")) w.paragraph(texts.missingFeedback);
  if (missing.includes("challenge-scan")) w.paragraph(texts.missingHint, { muted: true });

  w.subheading(texts.situationTitle);
  const fit = section.situationFit;
  w.paragraph(fit.bestFit.length ? fit.bestFit.map((s) => s.name).join(", ") : texts.noSituation, { bold: fit.bestFit.length > 0 });
  if (fit.monthsInRole !== null) w.paragraph(texts.monthsInRole(fit.monthsInRole), { muted: true });
  if (fit.tenure !== "agrees" && fit.bestFit.length > 0) w.paragraph(texts.tenure[fit.tenure](fit.monthsInRole ?? 0), { muted: true });

  w.subheading(texts.topChallengesTitle);
  if (section.topChallengesBasis === "others") w.paragraph(texts.topFromOthers, { muted: true });
  writeChallengeList(w, section.topChallenges, texts, locale);

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
  w.subheading(texts.profileTitle);
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
    doc.fillColor(COLOURS.text).text(pdfSafe(row.name), left, y, { width: nameWidth });
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
  w.heading(texts.feedbackTitle(formatDate(feedback.closedAt, locale)));
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
