// The one-page executive summary of a programme's evaluation (issue 6, part 6): per cohort participants, costs,
// benefits, net benefits, ROI % with its interval, BCR and payback; the L1–L4 headline; personalised next to
// standard; intangibles (listed, never monetised) and the conservative principles applied. Every block is
// measured before it is drawn and shortened (or, for cohorts beyond the table, counted) so that it never
// needs a second page.
import PDFDocument from "pdfkit";
import type { TProgramme, TProgrammeEvaluationView } from "../../../contracts/evaluation";
import { principleText } from "../../../domain/roi/index";
import type { TLocale } from "../../../domain/shared/locale";
import { roiVerdict } from "../../../domain/evaluation/roi-verdict";
import { pdfBytes, pdfSafe } from "../../reports/pdf/render-report-pdf";
import { cohortFigures, formatters, principlesApplied, type TCohortFigures } from "./export-model";
import { EXPORT_TEXTS, type TExportTexts } from "./export-texts";
import { forestTexts, verdictSentences } from "./verdict-texts";

type TDoc = InstanceType<typeof PDFDocument>;

const COLOURS = { text: "#1a1b1e", muted: "#495057", rule: "#ced4da", band: "#f1f3f5", accent: "#1c7ed6", tint: "#e7f5ff" };
const MARGIN = 40;
const FOOTER_HEIGHT = 20;
/** Cohorts beyond this many are counted, not drawn (the workbook lists them all). */
export const MAX_PDF_COHORTS = 8;

/** Intl's thin spaces and minus sign are outside the standard fonts' encoding: plain equivalents. */
function printable(text: string): string {
  return pdfSafe(text.replace(/[\u202F\u2009\u2007]/g, "\u00A0").replace(/\u2212/g, "-"));
}

/** `shrink`: a figure is drawn smaller until it fits one line, rather than broken or shortened. */
type TStyle = { size?: number; bold?: boolean; colour?: string; lines?: number; shrink?: boolean };

function writer(doc: TDoc) {
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  // the footer's two lines are kept free: it is drawn last, at the foot of the page, whatever came before
  const bottom = doc.page.height - MARGIN - FOOTER_HEIGHT;
  const setFont = (style: TStyle) => doc.font(style.bold ? "Helvetica-Bold" : "Helvetica").fontSize(style.size ?? 9);
  const lineHeight = (style: TStyle) => {
    setFont(style);
    return doc.heightOfString("Hg", { width: 1000 });
  };
  /** The text shortened with an ellipsis until it fits `lines` lines of `w`. */
  const fit = (text: string, w: number, style: TStyle): string => {
    setFont(style);
    const max = lineHeight(style) * (style.lines ?? 1) + 0.5;
    let safe = printable(text);
    if (doc.heightOfString(safe, { width: w }) <= max) return safe;
    let lo = 0;
    let hi = safe.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (doc.heightOfString(`${safe.slice(0, mid).trimEnd()}…`, { width: w }) <= max) lo = mid;
      else hi = mid - 1;
    }
    safe = `${safe.slice(0, lo).trimEnd()}…`;
    return safe;
  };
  /** The style, smaller when needed, at which the text's longest word fits the width (never "Standaardprogramm a"). */
  const wholeWords = (text: string, w: number, style: TStyle): TStyle => {
    const words = printable(text).split(/[\s\u00A0]+/);
    let fitted = style;
    for (let size = style.size ?? 9; size >= 5; size -= 0.5) {
      fitted = { ...style, size };
      setFont(fitted);
      if (Math.max(0, ...words.map((word) => doc.widthOfString(word))) <= w) break;
    }
    return fitted;
  };
  /** Draws text in a box at (x, y); returns its height. Never flows onto a new page. */
  const cell = (text: string, x: number, y: number, w: number, given: TStyle = {}): number => {
    let style = wholeWords(text, w, given);
    if (style.shrink) {
      const safe = printable(text);
      for (let size = style.size ?? 9; size >= 5; size -= 0.5) {
        style = { ...given, size, lines: 1 };
        setFont(style);
        if (doc.widthOfString(safe) <= w) break;
      }
    }
    const shown = fit(text, w, style);
    setFont(style).fillColor(style.colour ?? COLOURS.text);
    const height = doc.heightOfString(shown, { width: w });
    doc.text(shown, x, y, { width: w, height: height + 1 });
    return height;
  };
  return {
    doc,
    left,
    width,
    room: (height: number) => doc.y + height <= bottom,
    lineHeight,
    cell,
    /** A full-width block of text at the current position, if it fits; returns false when it did not. */
    block(text: string, given: TStyle = {}, indent = 0): boolean {
      const style = wholeWords(text, width - indent, given);
      const shown = fit(text, width - indent, style);
      setFont(style);
      const height = doc.heightOfString(shown, { width: width - indent });
      if (!this.room(height)) return false;
      const y = doc.y;
      cell(text, left + indent, y, width - indent, style);
      doc.y = y + height;
      return true;
    },
    heading(text: string): boolean {
      if (!this.room(lineHeight({ size: 10.5, bold: true }) + 30)) return false;
      doc.y += 6;
      this.block(text, { size: 10.5, bold: true, colour: COLOURS.accent });
      doc.y += 2;
      return true;
    },
    rule(y: number) {
      doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).stroke(COLOURS.rule);
    },
  };
}

type TWriter = ReturnType<typeof writer>;
type TFormat = ReturnType<typeof formatters>;

/** The kind under the cohort's name, unless the name already says it ("Vergelijkingsgroep" once, not twice). */
function kindLabel(row: TCohortFigures, texts: TExportTexts) {
  const plain = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLocaleLowerCase();
  return plain(row.name).startsWith(plain(texts.kinds[row.kind])) ? "" : texts.kinds[row.kind];
}

/** The verdict in plain words on a tinted band: the return, the comparison, then each level without data. */
function writeVerdict(w: TWriter, view: TProgrammeEvaluationView, locale: TLocale, currency: string) {
  const [first = "", ...missing] = verdictSentences(roiVerdict(view), locale, currency);
  const { doc } = w;
  const main: TStyle = { size: 10.5, bold: true, lines: 4 };
  const note: TStyle = { size: 8, colour: COLOURS.muted, lines: 3 };
  const measure = (text: string, style: TStyle) => {
    doc.font(style.bold ? "Helvetica-Bold" : "Helvetica").fontSize(style.size ?? 9);
    return Math.min(doc.heightOfString(printable(text), { width: w.width - 16 }), w.lineHeight(style) * (style.lines ?? 1) + 1);
  };
  const height = 12 + measure(first, main) + missing.reduce((sum, text) => sum + measure(text, note) + 2, 0);
  const top = doc.y + 4;
  doc.rect(w.left, top, w.width, height).fill(COLOURS.tint);
  doc.rect(w.left, top, 3, height).fill(COLOURS.accent);
  let y = top + 6;
  y += w.cell(first, w.left + 10, y, w.width - 16, main) + 2;
  for (const text of missing) y += w.cell(text, w.left + 10, y, w.width - 16, note) + 2;
  doc.y = top + height + 2;
}

/** A row of the forest plot: a label, a point with its interval on a shared axis, and the figures. */
type TForestRow = { label: string; point: number; low: number | null; high: number | null; text: string };

/** Draws one forest panel at (x, y): the axis spans every interval and the line of no effect. Returns its height. */
function forestPanel(w: TWriter, x: number, y: number, width: number, title: string, rows: TForestRow[], zero: number, zeroLabel: string): number {
  const { doc } = w;
  const labelWidth = width * 0.3;
  const textWidth = width * 0.36;
  const axisX = x + labelWidth;
  const axisWidth = width - labelWidth - textWidth - 6;
  const values = rows.flatMap((r) => [r.point, r.low ?? r.point, r.high ?? r.point]).concat(zero);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const at = (value: number) => axisX + ((value - min) / span) * axisWidth;
  const rowHeight = 12;
  w.cell(title, x, y, width, { size: 7.5, bold: true, colour: COLOURS.muted });
  const top = y + 11;
  rows.forEach((row, index) => {
    const ry = top + index * rowHeight;
    w.cell(row.label, x, ry + 1, labelWidth - 4, { size: 7.5 });
    if (row.low !== null && row.high !== null) {
      doc.moveTo(at(row.low), ry + 5).lineTo(at(row.high), ry + 5).lineWidth(1).stroke(COLOURS.text);
    }
    doc.rect(at(row.point) - 2.5, ry + 2.5, 5, 5).fill(COLOURS.accent);
    w.cell(row.text, axisX + axisWidth + 6, ry + 1, textWidth, { size: 7, colour: COLOURS.muted });
  });
  const bottom = top + rows.length * rowHeight;
  doc.moveTo(at(zero), top - 1).lineTo(at(zero), bottom).lineWidth(0.6).stroke(COLOURS.muted);
  w.cell(zeroLabel, at(zero) - 30, bottom + 1, 60, { size: 6.5, colour: COLOURS.muted });
  return bottom + 9 - y;
}

/** The forest plot: each enrolled cohort's ROI % with its interval, and personalised against standard (Hedges' g). */
function writeForest(w: TWriter, rows: TCohortFigures[], view: TProgrammeEvaluationView, locale: TLocale, f: TFormat) {
  const words = forestTexts(locale);
  const roiRows: TForestRow[] = rows
    .filter((r) => r.kind !== "comparison" && !r.withheld && r.roiPct !== null)
    .slice(0, 4)
    .map((r) => ({ label: r.name, point: r.roiPct ?? 0, low: r.roiLow, high: r.roiHigh, text: r.roiLow !== null && r.roiHigh !== null ? `${f.pct(r.roiPct)} (${f.pct(r.roiLow)} – ${f.pct(r.roiHigh)})` : f.pct(r.roiPct) }));
  const thesis = view.evaluation.personalisedVsStandard;
  const effectRows: TForestRow[] = (["l2", "l3"] as const).flatMap((level) => {
    const e = thesis?.[level];
    return e ? [{ label: words.effect[level], point: e.value, low: e.low, high: e.high, text: `g = ${f.ratio(e.value)} (${f.ratio(e.low)} – ${f.ratio(e.high)})` }] : [];
  });
  if (roiRows.length === 0 && effectRows.length === 0) return;
  const height = 11 + Math.max(roiRows.length, effectRows.length, 1) * 12 + 10;
  if (!w.room(height)) return;
  const y = w.doc.y;
  const half = (w.width - 16) / 2;
  let used = 0;
  if (roiRows.length > 0) used = forestPanel(w, w.left, y, half, words.roiTitle, roiRows, 0, words.breakEven);
  if (effectRows.length > 0) used = Math.max(used, forestPanel(w, w.left + half + 16, y, half, words.effectTitle, effectRows, 0, words.noDifference));
  else used = Math.max(used, w.cell(words.noEffects, w.left + half + 16, y, half, { size: 7.5, colour: COLOURS.muted, lines: 3 }));
  w.doc.y = y + used;
}

/** The cohort table: columns with their share of the width. */
function writeCohortTable(w: TWriter, rows: TCohortFigures[], texts: TExportTexts, f: TFormat) {
  const columns = [
    { header: texts.cohort, share: 0.17 },
    { header: texts.participants, share: 0.1 },
    { header: texts.costs, share: 0.11 },
    { header: texts.benefits, share: 0.11 },
    { header: texts.net, share: 0.11 },
    { header: texts.roi, share: 0.18 },
    { header: texts.bcrShort, share: 0.07 },
    { header: texts.payback, share: 0.15 },
  ];
  const xs: number[] = [];
  let x = w.left;
  for (const c of columns) {
    xs.push(x);
    x += c.share * w.width;
  }
  const colWidth = (i: number) => (columns[i]?.share ?? 0) * w.width - 4;
  const header: TStyle = { size: 7.5, bold: true, colour: COLOURS.muted, lines: 2 };
  const headerHeight = w.lineHeight(header) * 2;
  let y = w.doc.y;
  columns.forEach((c, i) => w.cell(c.header, xs[i] ?? 0, y, colWidth(i), header));
  y += headerHeight + 2;
  w.rule(y - 1);
  const shown = rows.slice(0, MAX_PDF_COHORTS);
  const body: TStyle = { size: 8.5 };
  const small: TStyle = { size: 7, colour: COLOURS.muted };
  const rowHeight = w.lineHeight(body) * 2 + w.lineHeight(small) + 4;
  shown.forEach((row, index) => {
    if (index % 2 === 1) w.doc.rect(w.left, y - 1, w.width, rowHeight).fill(COLOURS.band);
    w.cell(row.name, xs[0] ?? 0, y, colWidth(0), { ...body, bold: true, lines: 2 });
    w.cell(kindLabel(row, texts), xs[0] ?? 0, y + w.lineHeight(body) * 2, colWidth(0), small);
    w.cell(String(row.participants), xs[1] ?? 0, y, colWidth(1), { ...body, shrink: true });
    if (row.kind === "comparison" || row.withheld) {
      w.cell(row.kind === "comparison" ? texts.comparisonNoRoi : texts.tooSmall, xs[2] ?? 0, y, colWidth(2) * 3, { ...body, colour: COLOURS.muted });
    } else {
      const money: TStyle = { ...body, shrink: true };
      w.cell(f.money(row.costs), xs[2] ?? 0, y, colWidth(2), money);
      w.cell(f.money(row.benefits), xs[3] ?? 0, y, colWidth(3), money);
      w.cell(f.money(row.net), xs[4] ?? 0, y, colWidth(4), money);
      w.cell(f.pct(row.roiPct), xs[5] ?? 0, y, colWidth(5), { ...body, bold: true, shrink: true });
      if (row.level !== null) w.cell(texts.intervalShort(f.pct(row.roiLow), f.pct(row.roiHigh), row.level), xs[5] ?? 0, y + w.lineHeight(body), colWidth(5), { ...small, lines: 2 });
      w.cell(f.ratio(row.bcr), xs[6] ?? 0, y, colWidth(6), { ...body, shrink: true });
      w.cell(row.paybackMonths === null ? texts.notApplicable : texts.months(f.number(row.paybackMonths)), xs[7] ?? 0, y, colWidth(7), { ...body, shrink: true });
    }
    y += rowHeight;
  });
  w.doc.y = y;
  if (rows.length > shown.length) w.block(texts.moreCohorts(rows.length - shown.length), { size: 7.5, colour: COLOURS.muted });
}

function writeLevels(w: TWriter, rows: TCohortFigures[], texts: TExportTexts, f: TFormat) {
  const shares = [0.19, 0.2, 0.2, 0.2, 0.21];
  const headers = [texts.cohort, texts.l1, texts.l2, texts.l3, texts.l4];
  const xs = shares.map((_, i) => w.left + shares.slice(0, i).reduce((a, b) => a + b, 0) * w.width);
  const widthOf = (i: number) => (shares[i] ?? 0) * w.width - 4;
  const header: TStyle = { size: 7.5, bold: true, colour: COLOURS.muted };
  let y = w.doc.y;
  headers.forEach((h, i) => w.cell(h, xs[i] ?? 0, y, widthOf(i), header));
  y += w.lineHeight(header) + 2;
  w.rule(y - 1);
  const body: TStyle = { size: 7.5, lines: 2 };
  const rowHeight = w.lineHeight(body) * 2 + 2;
  for (const row of rows.slice(0, MAX_PDF_COHORTS)) {
    const withheld = row.withheld;
    w.cell(row.name, xs[0] ?? 0, y, widthOf(0), { ...body, bold: true });
    const cells = withheld
      ? [texts.tooSmall, "", "", ""]
      : [
          row.satisfaction === null ? texts.notApplicable : texts.l1Value(f.number(row.satisfaction), f.share(row.responseRate)),
          row.l2Pairs === null ? texts.notApplicable : texts.effectValue(row.l2Pairs, f.ratio(row.l2Effect)),
          row.l3Pairs === null ? texts.notApplicable : texts.effectValue(row.l3Pairs, f.ratio(row.l3Effect)),
          row.kind === "comparison" ? texts.notApplicable : texts.l4Value(row.measured, row.measures, f.money(row.benefits)),
        ];
    cells.forEach((text, i) => w.cell(text, xs[i + 1] ?? 0, y, widthOf(i + 1), body));
    y += rowHeight;
  }
  w.doc.y = y;
}

function writeThesis(w: TWriter, view: TProgrammeEvaluationView, texts: TExportTexts, f: TFormat) {
  const thesis = view.evaluation.personalisedVsStandard;
  if (!thesis) {
    w.block(texts.thesisMissing, { size: 8.5, colour: COLOURS.muted });
    return;
  }
  const perParticipant = (cents: number | null) => f.money(cents === null ? null : cents / 100);
  const effect = (e: { value: number; low: number; high: number; level: number } | null) =>
    e === null ? texts.notApplicable : `${f.ratio(e.value)} (${texts.intervalShort(f.ratio(e.low), f.ratio(e.high), Math.round(e.level * 100))})`;
  w.block(texts.thesisRoi(f.pct(thesis.roiPct.personalised), f.pct(thesis.roiPct.standard)), { size: 8.5, bold: true });
  w.block(texts.thesisPerParticipant(perParticipant(thesis.benefitPerParticipantCents.personalised), perParticipant(thesis.benefitPerParticipantCents.standard)), { size: 8.5 });
  w.block(`${texts.thesisEffect(texts.l2, effect(thesis.l2))} · ${texts.thesisEffect(texts.l3, effect(thesis.l3))}`, { size: 8, lines: 2 });
}

/** Renders the summary; `compress: false` leaves the text readable for tests. */
export function renderSummaryPdf(
  programme: TProgramme,
  view: TProgrammeEvaluationView,
  locale: TLocale,
  options: { compress?: boolean } = {},
): Promise<Uint8Array> {
  const texts = EXPORT_TEXTS[locale];
  const f = formatters(locale, programme.currency, texts.notApplicable);
  const computedAt = Number.isNaN(Date.parse(view.computedAt)) ? new Date(0).toISOString() : view.computedAt;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    lang: locale,
    info: { Title: printable(`${texts.title} - ${programme.name}`), CreationDate: new Date(computedAt) },
  });
  const done = pdfBytes(doc);
  const w = writer(doc);
  doc.y = MARGIN;
  w.block(texts.title, { size: 9, bold: true, colour: COLOURS.accent });
  w.block(programme.name, { size: 15, bold: true, lines: 2 });
  const meta = [
    `${texts.period}: ${f.date(programme.startsOn)} - ${f.date(programme.endsOn)} (${texts.status[programme.status]})`,
    `${texts.baseline}: ${programme.baselineFrom} - ${programme.baselineTo}`,
    `${texts.followup}: ${programme.followupFrom} - ${programme.followupTo}`,
    `${texts.currency}: ${programme.currency}`,
    texts.computedOn(f.date(computedAt)),
  ].join(" · ");
  w.block(meta, { size: 8, colour: COLOURS.muted, lines: 2 });
  writeVerdict(w, view, locale, programme.currency);

  const rows = cohortFigures(programme, view);
  if (w.heading(`${texts.roi}, ${texts.bcr} (${texts.bcrShort}), ${texts.payback}`)) writeCohortTable(w, rows, texts, f);
  if (w.heading(forestTexts(locale).title)) writeForest(w, rows, view, locale, f);
  if (w.heading(texts.levelsTitle)) writeLevels(w, rows, texts, f);
  if (w.heading(texts.thesisTitle)) writeThesis(w, view, texts, f);
  if (w.heading(texts.intangiblesTitle)) {
    w.block(programme.intangibles.length ? programme.intangibles.join(" · ") : texts.intangiblesNone, { size: 8, lines: 4 });
  }
  if (w.heading(texts.principlesTitle)) {
    for (const principle of principlesApplied(view)) if (!w.block(`- ${principleText(principle, locale)}`, { size: 8 }, 4)) break;
  }
  w.cell(texts.footer, w.left, doc.page.height - MARGIN - FOOTER_HEIGHT + 4, w.width, { size: 7.5, colour: COLOURS.muted, lines: 2 });
  doc.end();
  return done;
}
