import type { TLocale } from "../shared/locale";
import { parseLocalDate } from "./zoned-time";

/** What a nudge email says; the email layer wraps it (layout, HTML escaping, sending). */
export type TNudgeEmailText = {
  subject: string;
  paragraphs: string[];
  action: { label: string; url: string };
  /** Says why the email came and where to stop it (the per-person opt-out). */
  footer: string;
  /** The plain-text body: paragraphs, the link, the footer. */
  text: string;
};

type TCommon = { recipientName: string; url: string; preferencesUrl: string };
export type TNudgeEmailInput =
  | (TCommon & { kind: "session_reminder"; otherPartyName: string; start: Date; end: Date; timeZone: string; location: string | null })
  | (TCommon & { kind: "overdue_action"; actionText: string; dueDate: string })
  | (TCommon & { kind: "stale_checkin"; goalTitle: string; daysSinceLastCheckIn: number });

const DATE_LOCALE: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

/** Removes what could break a header or a line (CR, LF, controls, U+2028/2029) and caps the length. */
function oneLine(value: string, max = 200): string {
  const cleaned = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

function when(locale: TLocale, start: Date, end: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: "full", timeZone }).format(start);
  const time = new Intl.DateTimeFormat(DATE_LOCALE[locale], { timeStyle: "short", timeZone });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

function longDate(locale: TLocale, isoDate: string): string {
  const { year, month, day } = parseLocalDate("dueDate", isoDate);
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

type TTexts = {
  greeting: (name: string) => string;
  session: { subject: (when: string) => string; body: (other: string, when: string) => string; location: (place: string) => string; cta: string };
  overdue: { subject: string; body: (text: string, due: string) => string; cta: string };
  stale: { subject: string; body: (goal: string, days: number) => string; cta: string };
  footer: (url: string) => string;
};

const TEXTS: Record<TLocale, TTexts> = {
  nl: {
    greeting: (name) => `Beste ${name},`,
    session: {
      subject: (w) => `Herinnering: uw mentoringsessie op ${w}`,
      body: (other, w) => `Dit is een herinnering aan uw mentoringsessie met ${other} op ${w}.`,
      location: (place) => `Locatie: ${place}`,
      cta: "Sessie bekijken",
    },
    overdue: {
      subject: "Een actiepunt wacht op u",
      body: (text, due) => `Het actiepunt "${text}" moest klaar zijn op ${due}. Is het gelukt? Vink het dan af; zo niet, bespreek het in uw volgende sessie.`,
      cta: "Actiepunten bekijken",
    },
    stale: {
      subject: "Hoe staat het met uw doel?",
      body: (goal, days) => `U noteerde al ${days} dagen geen voortgang voor uw doel "${goal}". Een korte check-in helpt u en uw mentor om de draad vast te houden.`,
      cta: "Check-in invullen",
    },
    footer: (url) => `U ontvangt deze herinnering omdat u deelneemt aan een mentoringtraject in Sterk. Wilt u geen herinneringen meer? Pas uw voorkeuren aan: ${url}`,
  },
  fr: {
    greeting: (name) => `Bonjour ${name},`,
    session: {
      subject: (w) => `Rappel : votre séance de mentorat le ${w}`,
      body: (other, w) => `Ceci est un rappel de votre séance de mentorat avec ${other} le ${w}.`,
      location: (place) => `Lieu : ${place}`,
      cta: "Voir la séance",
    },
    overdue: {
      subject: "Une action vous attend",
      body: (text, due) => `L'action « ${text} » était prévue pour le ${due}. Si elle est faite, cochez-la ; sinon, parlez-en lors de votre prochaine séance.`,
      cta: "Voir les actions",
    },
    stale: {
      subject: "Où en êtes-vous avec votre objectif ?",
      body: (goal, days) => `Vous n'avez noté aucun progrès depuis ${days} jours pour votre objectif « ${goal} ». Un bref point d'étape vous aide, vous et votre mentor, à garder le cap.`,
      cta: "Faire le point",
    },
    footer: (url) => `Vous recevez ce rappel parce que vous participez à un parcours de mentorat dans Sterk. Vous ne souhaitez plus de rappels ? Modifiez vos préférences : ${url}`,
  },
  en: {
    greeting: (name) => `Dear ${name},`,
    session: {
      subject: (w) => `Reminder: your mentoring session on ${w}`,
      body: (other, w) => `This is a reminder of your mentoring session with ${other} on ${w}.`,
      location: (place) => `Location: ${place}`,
      cta: "View the session",
    },
    overdue: {
      subject: "An action item is waiting for you",
      body: (text, due) => `The action item "${text}" was due on ${due}. If it is done, tick it off; if not, bring it up in your next session.`,
      cta: "View action items",
    },
    stale: {
      subject: "How is your goal coming along?",
      body: (goal, days) => `You have not recorded progress on your goal "${goal}" for ${days} days. A short check-in helps you and your mentor keep on track.`,
      cta: "Add a check-in",
    },
    footer: (url) => `You receive this reminder because you take part in a mentoring engagement in Sterk. No more reminders? Change your preferences: ${url}`,
  },
};

/** The nudge email in the recipient's language (formal: Dutch "u", French "vous"). Names and texts are made single-line. */
export function nudgeEmail(locale: TLocale, input: TNudgeEmailInput): TNudgeEmailText {
  const t = TEXTS[locale];
  const greeting = t.greeting(oneLine(input.recipientName, 100));
  let subject: string;
  let paragraphs: string[];
  let cta: string;
  switch (input.kind) {
    case "session_reminder": {
      const w = when(locale, input.start, input.end, input.timeZone);
      subject = t.session.subject(w);
      paragraphs = [greeting, t.session.body(oneLine(input.otherPartyName, 100), w), ...(input.location ? [t.session.location(oneLine(input.location))] : [])];
      cta = t.session.cta;
      break;
    }
    case "overdue_action":
      subject = t.overdue.subject;
      paragraphs = [greeting, t.overdue.body(oneLine(input.actionText), longDate(locale, input.dueDate))];
      cta = t.overdue.cta;
      break;
    case "stale_checkin":
      subject = t.stale.subject;
      paragraphs = [greeting, t.stale.body(oneLine(input.goalTitle), input.daysSinceLastCheckIn)];
      cta = t.stale.cta;
      break;
  }
  const footer = t.footer(input.preferencesUrl);
  return {
    subject: oneLine(subject, 250),
    paragraphs,
    action: { label: cta, url: input.url },
    footer,
    text: [...paragraphs, `${cta}${locale === "fr" ? " :" : ":"} ${input.url}`, footer].join("\n\n"),
  };
}
