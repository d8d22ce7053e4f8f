// Emails about a development plan, each in the recipient's language (formal address in nl and fr): to the approver
// when a plan is submitted ("please review"), and to the owner when it was submitted, approved, or sent back with
// the approver's comment. Names and the comment are made single-line where they go into the subject; the layout
// escapes every paragraph in the HTML part.
import type { TLocale } from "../domain/shared/locale";
import { layout, singleLine, type TRenderedEmail } from "./templates";

export type TPlanEmailKind = "review_requested" | "submitted" | "approved" | "changes_requested";

export type TPlanEmailInput = {
  kind: TPlanEmailKind;
  /** Who receives it: the approver for review_requested, else the plan's owner. */
  recipientName: string;
  /** The plan's owner. */
  ownerName: string;
  /** The approver who acted (approved, changes_requested); for submitted the line manager, when known. */
  approverName: string | null;
  /** The approver's comment (required for changes_requested, optional for approved). */
  comment: string | null;
  url: string;
};

type TTexts = {
  greeting: (name: string) => string;
  subject: Record<TPlanEmailKind, (owner: string, approver: string | null) => string>;
  body: Record<TPlanEmailKind, (owner: string, approver: string | null) => string>;
  comment: (approver: string | null) => string;
  cta: Record<"review" | "own", string>;
  footer: string;
};

const TEXTS: Record<TLocale, TTexts> = {
  nl: {
    greeting: (n) => `Beste ${n},`,
    subject: {
      review_requested: (o) => `Ontwikkelplan van ${o} wacht op uw goedkeuring`,
      submitted: () => "Uw ontwikkelplan is ingediend",
      approved: () => "Uw ontwikkelplan is goedgekeurd",
      changes_requested: () => "Er wordt een wijziging aan uw ontwikkelplan gevraagd",
    },
    body: {
      review_requested: (o) => `${o} vraagt u een ontwikkelplan goed te keuren. U ziet waarom elke module gekozen werd en welke doelen eraan verbonden zijn; u kunt het plan goedkeuren of om een wijziging vragen.`,
      submitted: (_o, a) => (a ? `Uw ontwikkelplan is ingediend. ${a} ontvangt een vraag om het na te kijken; u krijgt een e-mail zodra er beslist is.` : "Uw ontwikkelplan is ingediend ter goedkeuring; u krijgt een e-mail zodra er beslist is."),
      approved: (_o, a) => `${a ?? "Uw goedkeurder"} heeft uw ontwikkelplan goedgekeurd. U kunt met de modules beginnen.`,
      changes_requested: (_o, a) => `${a ?? "Uw goedkeurder"} vraagt een wijziging aan uw ontwikkelplan. Pas het aan en dien het opnieuw in.`,
    },
    comment: (a) => `Opmerking van ${a ?? "uw goedkeurder"}:`,
    cta: { review: "Plan nakijken", own: "Mijn plan openen" },
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    greeting: (n) => `Bonjour ${n},`,
    subject: {
      review_requested: (o) => `Le plan de développement de ${o} attend votre approbation`,
      submitted: () => "Votre plan de développement a été soumis",
      approved: () => "Votre plan de développement est approuvé",
      changes_requested: () => "Une modification de votre plan de développement est demandée",
    },
    body: {
      review_requested: (o) => `${o} vous demande d'approuver son plan de développement. Vous y voyez pourquoi chaque module a été choisi et les objectifs qui y sont liés ; vous pouvez l'approuver ou demander une modification.`,
      submitted: (_o, a) =>
        a ? `Votre plan de développement a été soumis. ${a} est invité(e) à l'examiner ; vous recevrez un e-mail dès qu'une décision sera prise.` : "Votre plan de développement a été soumis pour approbation ; vous recevrez un e-mail dès qu'une décision sera prise.",
      approved: (_o, a) => `${a ?? "La personne qui approuve votre plan"} a approuvé votre plan de développement. Vous pouvez commencer les modules.`,
      changes_requested: (_o, a) => `${a ?? "La personne qui approuve votre plan"} demande une modification de votre plan de développement. Adaptez-le et soumettez-le à nouveau.`,
    },
    comment: (a) => `Commentaire de ${a ?? "la personne qui approuve votre plan"} :`,
    cta: { review: "Examiner le plan", own: "Ouvrir mon plan" },
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    greeting: (n) => `Dear ${n},`,
    subject: {
      review_requested: (o) => `${o} asks you to approve their development plan`,
      submitted: () => "Your development plan was submitted",
      approved: () => "Your development plan is approved",
      changes_requested: () => "Changes to your development plan are requested",
    },
    body: {
      review_requested: (o) => `${o} asks you to approve their development plan. You will see why each module was chosen and the goals it serves; you can approve it or request changes.`,
      submitted: (_o, a) => (a ? `Your development plan was submitted. ${a} is asked to review it; you will get an email as soon as it is decided.` : "Your development plan was submitted for approval; you will get an email as soon as it is decided."),
      approved: (_o, a) => `${a ?? "Your approver"} approved your development plan. You can start the modules.`,
      changes_requested: (_o, a) => `${a ?? "Your approver"} asks for changes to your development plan. Adjust it and submit it again.`,
    },
    comment: (a) => `Comment from ${a ?? "your approver"}:`,
    cta: { review: "Review the plan", own: "Open my plan" },
    footer: "Sterk — strengths-based manager development",
  },
};

/** One plan email in the recipient's language: subject, text and escaped HTML with one link. */
export function renderPlanEmail(locale: TLocale, input: TPlanEmailInput): TRenderedEmail {
  const t = TEXTS[locale];
  const owner = singleLine(input.ownerName);
  const approver = input.approverName ? singleLine(input.approverName) : null;
  const paragraphs = [t.greeting(singleLine(input.recipientName)), t.body[input.kind](owner, approver)];
  const comment = input.comment?.trim();
  if (comment) paragraphs.push(t.comment(approver), comment);
  const cta = input.kind === "review_requested" ? t.cta.review : t.cta.own;
  return layout(t.subject[input.kind](owner, approver), paragraphs, { label: cta, url: input.url }, t.footer);
}
