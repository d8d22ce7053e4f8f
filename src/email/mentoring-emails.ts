import type { TNudgeEmailText } from "../domain/mentoring/index";
import type { TLocale } from "../domain/shared/locale";
import { layout, singleLine, type TRenderedEmail } from "./templates";

/** Session invitations, updates and cancellations (with an .ics attachment added by the caller), and nudges — nl / fr / en, formal. */

const DATE_LOCALE: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

function when(locale: TLocale, start: Date, end: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: "full", timeZone }).format(start);
  const time = new Intl.DateTimeFormat(DATE_LOCALE[locale], { timeStyle: "short", timeZone });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

export type TSessionEmailKind = "scheduled" | "rescheduled" | "cancelled";

type TSessionTexts = {
  greeting: (name: string) => string;
  subject: Record<TSessionEmailKind, (when: string) => string>;
  body: Record<TSessionEmailKind, (other: string, when: string) => string>;
  location: (place: string) => string;
  reason: (text: string) => string;
  attachment: Record<"request" | "cancel", string>;
  cta: string;
  footer: string;
};

const SESSION_TEXTS: Record<TLocale, TSessionTexts> = {
  nl: {
    greeting: (n) => `Beste ${n},`,
    subject: {
      scheduled: (w) => `Mentoringsessie gepland: ${w}`,
      rescheduled: (w) => `Mentoringsessie verplaatst naar ${w}`,
      cancelled: (w) => `Mentoringsessie geannuleerd: ${w}`,
    },
    body: {
      scheduled: (o, w) => `Uw mentoringsessie met ${o} is gepland op ${w}.`,
      rescheduled: (o, w) => `Uw mentoringsessie met ${o} is verplaatst naar ${w}.`,
      cancelled: (o, w) => `Uw mentoringsessie met ${o} op ${w} is geannuleerd.`,
    },
    location: (p) => `Locatie: ${p}`,
    reason: (t) => `Reden: ${t}`,
    attachment: {
      request: "De bijlage (.ics) zet de sessie in uw agenda; een latere wijziging werkt dezelfde afspraak bij.",
      cancel: "De bijlage (.ics) haalt de sessie uit uw agenda.",
    },
    cta: "Mentoring openen",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    greeting: (n) => `Bonjour ${n},`,
    subject: {
      scheduled: (w) => `Séance de mentorat planifiée : ${w}`,
      rescheduled: (w) => `Séance de mentorat déplacée au ${w}`,
      cancelled: (w) => `Séance de mentorat annulée : ${w}`,
    },
    body: {
      scheduled: (o, w) => `Votre séance de mentorat avec ${o} est planifiée le ${w}.`,
      rescheduled: (o, w) => `Votre séance de mentorat avec ${o} est déplacée au ${w}.`,
      cancelled: (o, w) => `Votre séance de mentorat avec ${o} du ${w} est annulée.`,
    },
    location: (p) => `Lieu : ${p}`,
    reason: (t) => `Motif : ${t}`,
    attachment: {
      request: "La pièce jointe (.ics) ajoute la séance à votre agenda ; une modification ultérieure mettra à jour le même rendez-vous.",
      cancel: "La pièce jointe (.ics) retire la séance de votre agenda.",
    },
    cta: "Ouvrir le mentorat",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    greeting: (n) => `Dear ${n},`,
    subject: {
      scheduled: (w) => `Mentoring session scheduled: ${w}`,
      rescheduled: (w) => `Mentoring session moved to ${w}`,
      cancelled: (w) => `Mentoring session cancelled: ${w}`,
    },
    body: {
      scheduled: (o, w) => `Your mentoring session with ${o} is scheduled for ${w}.`,
      rescheduled: (o, w) => `Your mentoring session with ${o} has been moved to ${w}.`,
      cancelled: (o, w) => `Your mentoring session with ${o} on ${w} has been cancelled.`,
    },
    location: (p) => `Location: ${p}`,
    reason: (t) => `Reason: ${t}`,
    attachment: {
      request: "The attachment (.ics) puts the session in your calendar; a later change updates the same appointment.",
      cancel: "The attachment (.ics) removes the session from your calendar.",
    },
    cta: "Open mentoring",
    footer: "Sterk — strengths-based manager development",
  },
};

/** The calendar summary (the event's title) in the recipient's language. */
export function sessionSummary(locale: TLocale, otherPartyName: string): string {
  const name = singleLine(otherPartyName).slice(0, 200);
  return { nl: `Mentoringsessie met ${name}`, fr: `Séance de mentorat avec ${name}`, en: `Mentoring session with ${name}` }[locale];
}

/** The email that carries a session's invitation, update or cancellation. */
export function renderSessionEmail(
  locale: TLocale,
  input: { kind: TSessionEmailKind; recipientName: string; otherPartyName: string; start: Date; end: Date; timeZone: string; location: string | null; reason: string | null; url: string },
): TRenderedEmail {
  const t = SESSION_TEXTS[locale];
  const w = when(locale, input.start, input.end, input.timeZone);
  const other = singleLine(input.otherPartyName).slice(0, 200);
  const paragraphs = [t.greeting(singleLine(input.recipientName).slice(0, 200)), t.body[input.kind](other, w)];
  if (input.location) paragraphs.push(t.location(singleLine(input.location)));
  if (input.kind === "cancelled" && input.reason) paragraphs.push(t.reason(singleLine(input.reason)));
  paragraphs.push(input.kind === "cancelled" ? t.attachment.cancel : t.attachment.request);
  return layout(t.subject[input.kind](w), paragraphs, { label: t.cta, url: input.url }, t.footer);
}

/** Wraps the domain's nudge text (already single-line where it matters) in the email layout. */
export function renderNudgeEmail(text: TNudgeEmailText): TRenderedEmail {
  return layout(text.subject, text.paragraphs, text.action, text.footer);
}
