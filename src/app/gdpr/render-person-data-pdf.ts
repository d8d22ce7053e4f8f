import PDFDocument from "pdfkit";
import type { TPersonDataExport } from "../../contracts/person-data";
import type { TLocale } from "../../domain/shared/locale";
import { pdfBytes, pdfSafe, typeset } from "../reports/pdf/render-report-pdf";
import { PERSON_DATA_PDF_TEXTS } from "./person-data-pdf-texts";

type TRow = Record<string, unknown>;
type TSectionKey = keyof (typeof PERSON_DATA_PDF_TEXTS)["en"]["sections"];

const INTL: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };
const COLOURS = { text: "#1a1b1e", heading: "#0b3d6e", muted: "#495057", band: "#1864ab" };

/** A stored value as one line of text: nested values as compact JSON. */
function show(value: unknown): string {
  if (value === null || value === undefined) return "-";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The export's sections in reading order, each a list of rows. */
function sectionsOf(data: TPersonDataExport): [TSectionKey, TRow[]][] {
  const one = (row: TRow | null) => (row ? [row] : []);
  const account = data.account ? [{ ...data.account, signInIdentities: data.account.signInIdentities.length, apiTokens: data.account.apiTokens.length }] : [];
  return [
    ["account", account],
    ["invitations", data.invitations],
    ["assessments", data.assessments],
    ["reportSharing", one(data.reportSharing)],
    ["campaignsAboutThem", data.feedback.campaignsAboutThem],
    ["ownRatings", data.feedback.ownRatings],
    ["plans", data.plans.plans],
    ["versions", data.plans.versions],
    ["events", data.plans.events],
    ["proposals", data.plans.proposals],
    ["personBudget", one(data.plans.personBudget)],
    ["engagements", data.mentoring.engagements],
    ["sessions", data.mentoring.sessions],
    ["actionItems", data.mentoring.actionItems],
    ["checkIns", data.mentoring.checkIns],
    ["closureFeedback", data.mentoring.closureFeedback],
    ["notes", data.mentoring.notes],
    ["notesWrittenElsewhere", data.mentoring.notesWrittenElsewhere],
    ["enrolments", data.mentoring.enrolments],
    ["reactions", data.mentoring.reactions],
    ["programmeMemberships", data.evaluation.programmeMemberships],
    ["measureValues", data.evaluation.measureValues],
    ["benefitEstimates", data.evaluation.benefitEstimates],
    ["emails", data.emails],
  ];
}

/**
 * The person-data export as a readable PDF in the reader's language: the person's record, then every section with
 * its rows (field: value). `compress: false` leaves the text readable for tests.
 */
export function renderPersonDataPdf(data: TPersonDataExport, locale: TLocale, options: { compress?: boolean } = {}): Promise<Uint8Array> {
  const texts = PERSON_DATA_PDF_TEXTS[locale];
  const name = `${data.person.firstName} ${data.person.lastName}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 50, bottom: 60, left: 55, right: 55 },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: locale,
    info: { Title: pdfSafe(`${texts.title} - ${name}`), CreationDate: new Date(data.exportedAt) },
  });
  const done = pdfBytes(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const clean = (text: string) => pdfSafe(typeset(text, locale));
  const write = (text: string, size: number, font = "Helvetica", colour = COLOURS.text, indent = 0) => {
    doc.font(font).fontSize(size);
    const height = doc.heightOfString(clean(text), { width: width - indent });
    if (doc.y + Math.min(height, 200) > doc.page.height - doc.page.margins.bottom) doc.addPage();
    // the colour after a page break: a new page starts with the default fill
    doc.font(font).fontSize(size).fillColor(colour);
    doc.text(clean(text), left + indent, doc.y, { width: width - indent });
  };
  const date = new Intl.DateTimeFormat(INTL[locale], { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(data.exportedAt));

  doc.rect(0, 0, doc.page.width, 8).fill(COLOURS.band);
  doc.y = doc.page.margins.top;
  write(texts.title.toUpperCase(), 9, "Helvetica-Bold", COLOURS.band);
  write(name, 22, "Helvetica-Bold");
  write(`${texts.organisation}: ${data.organisation.name} - ${texts.exportedAt} ${date} UTC`, 10, "Helvetica", COLOURS.muted);
  doc.moveDown(0.6);
  write(texts.intro, 10);
  doc.moveDown(0.6);
  const p = data.person;
  const fields: [string, string][] = [
    [texts.fields.employeeNumber, p.employeeNumber],
    [texts.fields.name, name],
    [texts.fields.email, p.email],
    [texts.fields.jobTitle, p.jobTitle || "-"],
    [texts.fields.department, p.department || "-"],
    [texts.fields.startDate, p.startDate ?? "-"],
    [texts.fields.language, p.language],
    [texts.fields.active, p.active ? texts.yes : texts.no],
  ];
  for (const [label, value] of fields) write(`${label}: ${value}`, 10);

  for (const [key, rows] of sectionsOf(data)) {
    doc.moveDown(0.8);
    write(`${texts.sections[key]} (${rows.length})`, 13, "Helvetica-Bold", COLOURS.heading);
    doc.moveDown(0.2);
    if (rows.length === 0) write(texts.none, 10, "Helvetica", COLOURS.muted);
    rows.forEach((row, index) => {
      if (index > 0) doc.moveDown(0.3);
      for (const [field, value] of Object.entries(row)) write(`${field}: ${show(value)}`, 9, "Helvetica", COLOURS.text, 10);
    });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor(COLOURS.muted);
    doc.text(clean(`${texts.title} - ${name} - ${texts.page} ${i + 1}/${range.count}`), left, doc.page.height - 40, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
