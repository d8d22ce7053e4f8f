import PDFDocument from "pdfkit";
import type { TTeamStrengths } from "../../../contracts/team-strengths";
import type { TLocale } from "../../../domain/shared/locale";
import { pdfBytes, pdfSafe } from "./render-report-pdf";
import { TEAM_PDF_TEXTS, type TTeamPdfTexts } from "./team-pdf-texts";

type TDoc = InstanceType<typeof PDFDocument>;

const INTL: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };
// the report's blue for "a talent": darker the higher it ranks, never a traffic-light colour
const RANK_FILL = ["#0b3d6e", "#1864ab", "#1c7ed6", "#4dabf7", "#a5d8ff"];
const COLOURS = { text: "#1a1b1e", muted: "#495057", line: "#dee2e6", band: "#f1f3f5" };
const MEMBERS_PER_TABLE = 10;
const TALENT_COLUMN = 190;

function formatDate(iso: string, locale: TLocale): string {
  return new Intl.DateTimeFormat(INTL[locale], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(iso));
}

/** The team strengths grid as a landscape PDF (standard Helvetica; `compress: false` leaves the text readable for tests). */
export function renderTeamStrengthsPdf(grid: TTeamStrengths, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const texts = TEAM_PDF_TEXTS[grid.locale];
  const teamLabel = grid.team.kind === "department" ? texts.department(grid.team.label) : texts.directReports(grid.team.label);
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 40,
    compress: options.compress ?? true,
    lang: grid.locale,
    info: { Title: pdfSafe(`${texts.title} - ${teamLabel}`), CreationDate: new Date(grid.generatedAt) },
  });
  const done = pdfBytes(doc);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  text(doc, texts.title, 20, "Helvetica-Bold");
  text(doc, teamLabel, 13, "Helvetica-Bold");
  text(doc, texts.generatedOn(formatDate(grid.generatedAt, grid.locale)), 9, "Helvetica", COLOURS.muted);
  doc.moveDown(0.4);
  text(doc, texts.counts(grid.counts.members, grid.counts.sharing, grid.counts.withProfile), 10);
  if (!grid.shown) {
    doc.moveDown(0.6);
    text(doc, texts.hidden(grid.minimum), 11, "Helvetica-Bold");
  } else {
    writeGrid(doc, grid, texts, width);
    writeMembers(doc, grid, texts, width);
    writeLegend(doc, grid, texts);
  }
  doc.moveDown(0.8);
  text(doc, texts.privacyNote, 8, "Helvetica", COLOURS.muted);
  doc.end();
  return done;
}

function ensure(doc: TDoc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function text(doc: TDoc, value: string, size: number, font = "Helvetica", colour = COLOURS.text) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font(font).fontSize(size);
  ensure(doc, doc.heightOfString(pdfSafe(value), { width }));
  doc.fillColor(colour).text(pdfSafe(value), doc.page.margins.left, doc.y, { width });
}

function writeGrid(doc: TDoc, grid: TTeamStrengths, texts: TTeamPdfTexts, width: number) {
  doc.moveDown(0.8);
  text(doc, texts.gridTitle, 14, "Helvetica-Bold");
  text(doc, texts.gridNote, 9, "Helvetica", COLOURS.muted);
  for (let start = 0; start < grid.members.length; start += MEMBERS_PER_TABLE) {
    writeTable(doc, grid, grid.members.slice(start, start + MEMBERS_PER_TABLE), texts, width);
  }
}

function writeTable(doc: TDoc, grid: TTeamStrengths, members: TTeamStrengths["members"], texts: TTeamPdfTexts, width: number) {
  const left = doc.page.margins.left;
  const column = Math.min(70, (width - TALENT_COLUMN) / members.length);
  const x = (index: number) => left + TALENT_COLUMN + index * column;
  const header = () => {
    doc.moveDown(0.5);
    doc.font("Helvetica-Bold").fontSize(8);
    const height = Math.max(...members.map((m) => doc.heightOfString(pdfSafe(m.name), { width: column - 4 })), 10);
    ensure(doc, height + 24);
    const y = doc.y;
    doc.fillColor(COLOURS.text).text(pdfSafe(texts.talent), left, y + height - 10, { width: TALENT_COLUMN - 8 });
    members.forEach((m, index) => doc.text(pdfSafe(m.name), x(index) + 2, y, { width: column - 4, align: "center" }));
    doc.y = y + height + 4;
    doc.rect(left, doc.y, TALENT_COLUMN + members.length * column, 0.7).fill(COLOURS.line);
    doc.y += 3;
  };
  header();
  const rows = grid.talents.filter((row) => row.holders.some((h) => members.some((m) => m.personId === h.personId)));
  rows.forEach((row, rowIndex) => {
    doc.font("Helvetica").fontSize(9);
    const height = Math.max(16, doc.heightOfString(pdfSafe(row.name), { width: TALENT_COLUMN - 8 }) + 5);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    if (rowIndex % 2 === 0) doc.rect(left, y - 1, TALENT_COLUMN + members.length * column, height).fill(COLOURS.band);
    doc.font("Helvetica").fontSize(9).fillColor(COLOURS.text).text(pdfSafe(row.name), left + 2, y + 3, { width: TALENT_COLUMN - 8 });
    members.forEach((member, index) => {
      const holder = row.holders.find((h) => h.personId === member.personId);
      if (!holder) return;
      const cx = x(index) + column / 2;
      doc.circle(cx, y + height / 2 - 1, 6.5).fill(RANK_FILL[holder.rank - 1] ?? RANK_FILL[4] ?? "#a5d8ff");
      doc.font("Helvetica-Bold").fontSize(8).fillColor(holder.rank <= 3 ? "#ffffff" : COLOURS.text);
      doc.text(String(holder.rank), cx - 6, y + height / 2 - 4.5, { width: 12, align: "center" });
    });
    doc.y = y + height;
  });
  doc.fillColor(COLOURS.text);
}

function writeMembers(doc: TDoc, grid: TTeamStrengths, texts: TTeamPdfTexts, width: number) {
  doc.addPage();
  text(doc, texts.membersTitle, 14, "Helvetica-Bold");
  doc.moveDown(0.3);
  const left = doc.page.margins.left;
  const columnWidth = (width - 20) / 2;
  let column = 0;
  let rowTop = doc.y;
  let rowBottom = doc.y;
  for (const member of grid.members) {
    const lines = member.topTalents.map((t) => `${t.rank}. ${t.name}`);
    doc.font("Helvetica").fontSize(9);
    const height = 16 + lines.reduce((sum, line) => sum + doc.heightOfString(pdfSafe(line), { width: columnWidth - 10 }) + 1, 0) + 8;
    if (column === 0 && rowBottom + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      rowBottom = doc.y;
    }
    if (column === 0) rowTop = rowBottom;
    const x = left + column * (columnWidth + 20);
    doc.font("Helvetica-Bold").fontSize(10).fillColor(COLOURS.text).text(pdfSafe(member.name), x, rowTop, { width: columnWidth });
    doc.font("Helvetica").fontSize(9);
    for (const line of lines) doc.text(pdfSafe(line), x + 10, doc.y + 1, { width: columnWidth - 10 });
    rowBottom = Math.max(rowBottom, doc.y + 8);
    column = (column + 1) % 2;
  }
  doc.x = left;
  doc.y = rowBottom;
}

function writeLegend(doc: TDoc, grid: TTeamStrengths, texts: TTeamPdfTexts) {
  doc.moveDown(0.6);
  text(doc, texts.legendTitle, 14, "Helvetica-Bold");
  doc.moveDown(0.2);
  for (const row of grid.talents) {
    text(doc, row.name, 10, "Helvetica-Bold");
    text(doc, `${row.description} (${row.facetName})`, 9, "Helvetica", COLOURS.muted);
    doc.moveDown(0.2);
  }
}
