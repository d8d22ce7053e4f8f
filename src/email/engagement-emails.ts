// Mentoring emails without a calendar attachment, in the recipient's language (formal address in nl and fr):
// session times proposed (to the party who did not propose them), a mentor's request to mentor someone (to the
// person), and the answer to that request (to the mentor).
import type { TLocale } from "../domain/shared/locale";
import { layout, singleLine, type TRenderedEmail } from "./templates";

const DATE_LOCALE: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };
const FOOTER: Record<TLocale, string> = {
  nl: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  fr: "Sterk — le développement des managers fondé sur leurs forces",
  en: "Sterk — strengths-based manager development",
};
const GREETING: Record<TLocale, (name: string) => string> = { nl: (n) => `Beste ${n},`, fr: (n) => `Bonjour ${n},`, en: (n) => `Dear ${n},` };
const name = (value: string) => singleLine(value).slice(0, 200);

function slotText(locale: TLocale, slot: { start: Date; end: Date }, timeZone: string): string {
  const day = new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: "full", timeZone }).format(slot.start);
  const time = new Intl.DateTimeFormat(DATE_LOCALE[locale], { timeStyle: "short", timeZone });
  return `• ${day}, ${time.format(slot.start)}–${time.format(slot.end)}`;
}

const PROPOSED: Record<TLocale, { subject: (o: string) => string; body: (o: string, n: number) => string; choose: string; cta: string }> = {
  nl: {
    subject: (o) => `${o} stelt tijden voor een mentoringsessie voor`,
    body: (o, n) => (n === 1 ? `${o} stelt dit moment voor uw volgende mentoringsessie voor:` : `${o} stelt deze ${n} momenten voor uw volgende mentoringsessie voor:`),
    choose: "Kies in Sterk het moment dat u past; u ontvangt daarna een agenda-uitnodiging.",
    cta: "Een moment kiezen",
  },
  fr: {
    subject: (o) => `${o} propose des horaires pour une séance de mentorat`,
    body: (o, n) => (n === 1 ? `${o} propose ce créneau pour votre prochaine séance de mentorat :` : `${o} propose ces ${n} créneaux pour votre prochaine séance de mentorat :`),
    choose: "Choisissez dans Sterk le créneau qui vous convient ; vous recevrez ensuite une invitation d'agenda.",
    cta: "Choisir un créneau",
  },
  en: {
    subject: (o) => `${o} proposes times for a mentoring session`,
    body: (o, n) => (n === 1 ? `${o} proposes this time for your next mentoring session:` : `${o} proposes these ${n} times for your next mentoring session:`),
    choose: "Choose the time that suits you in Sterk; you will then receive a calendar invitation.",
    cta: "Choose a time",
  },
};

/** "Session times proposed": the slots in the recipient's language and the engagement's time zone. */
export function renderSessionProposedEmail(
  locale: TLocale,
  input: { recipientName: string; proposerName: string; slots: readonly { start: Date; end: Date }[]; timeZone: string; location: string | null; url: string },
): TRenderedEmail {
  const t = PROPOSED[locale];
  const proposer = name(input.proposerName);
  const paragraphs = [GREETING[locale](name(input.recipientName)), t.body(proposer, input.slots.length), input.slots.map((s) => slotText(locale, s, input.timeZone)).join("\n")];
  if (input.location) paragraphs.push({ nl: "Locatie", fr: "Lieu", en: "Location" }[locale] + (locale === "fr" ? " : " : ": ") + singleLine(input.location));
  paragraphs.push(t.choose);
  return layout(t.subject(proposer), paragraphs, { label: t.cta, url: input.url }, FOOTER[locale]);
}

const REQUESTED: Record<TLocale, { subject: (m: string) => string; body: (m: string) => string; privacy: string; hr: string; cta: string }> = {
  nl: {
    subject: (m) => `${m} wil uw mentor zijn`,
    body: (m) => `${m} stelt voor om u te begeleiden in een mentoringtraject. U beslist: aanvaard of weiger het voorstel op uw mentoringpagina.`,
    privacy: "Zolang u niet aanvaardt, ziet de mentor alleen uw naam: niet uw plan, niet uw rapport en geen notities.",
    hr: "Na uw akkoord keurt HR het traject nog goed.",
    cta: "Voorstel bekijken",
  },
  fr: {
    subject: (m) => `${m} souhaite être votre mentor`,
    body: (m) => `${m} propose de vous accompagner dans un parcours de mentorat. C'est vous qui décidez : acceptez ou refusez la proposition sur votre page de mentorat.`,
    privacy: "Tant que vous n'avez pas accepté, le mentor ne voit que votre nom : ni votre plan, ni votre rapport, ni aucune note.",
    hr: "Après votre accord, les RH doivent encore approuver le parcours.",
    cta: "Voir la proposition",
  },
  en: {
    subject: (m) => `${m} would like to be your mentor`,
    body: (m) => `${m} proposes to mentor you. It is your decision: accept or decline the request on your mentoring page.`,
    privacy: "Until you accept, the mentor sees only your name: not your plan, not your report and no notes.",
    hr: "After you accept, HR approves the engagement too.",
    cta: "See the request",
  },
};

/** A mentor's request to mentor the person, to that person. */
export function renderEngagementRequestEmail(locale: TLocale, input: { recipientName: string; mentorName: string; hrApproves: boolean; url: string }): TRenderedEmail {
  const t = REQUESTED[locale];
  const mentor = name(input.mentorName);
  const paragraphs = [GREETING[locale](name(input.recipientName)), t.body(mentor), t.privacy];
  if (input.hrApproves) paragraphs.push(t.hr);
  return layout(t.subject(mentor), paragraphs, { label: t.cta, url: input.url }, FOOTER[locale]);
}

export type TEngagementAnswer = "accepted" | "declined" | "awaiting_hr";

const ANSWERED: Record<TLocale, { subject: Record<TEngagementAnswer, (p: string) => string>; body: Record<TEngagementAnswer, (p: string) => string>; cta: string }> = {
  nl: {
    subject: { accepted: (p) => `${p} aanvaardt uw mentoringvoorstel`, declined: (p) => `Uw mentoringvoorstel aan ${p} gaat niet door`, awaiting_hr: (p) => `${p} aanvaardt; HR keurt nog goed` },
    body: {
      accepted: (p) => `${p} aanvaardde uw voorstel. Het mentoringtraject is actief: u kunt sessies voorstellen.`,
      declined: (p) => `Het mentoringtraject met ${p} gaat niet door.`,
      awaiting_hr: (p) => `${p} aanvaardde uw voorstel. Zodra HR het goedkeurt, is het traject actief.`,
    },
    cta: "Mentoring openen",
  },
  fr: {
    subject: { accepted: (p) => `${p} accepte votre proposition de mentorat`, declined: (p) => `Votre proposition de mentorat à ${p} n'aboutit pas`, awaiting_hr: (p) => `${p} accepte ; les RH doivent encore approuver` },
    body: {
      accepted: (p) => `${p} a accepté votre proposition. Le parcours de mentorat est actif : vous pouvez proposer des séances.`,
      declined: (p) => `Le parcours de mentorat avec ${p} n'aura pas lieu.`,
      awaiting_hr: (p) => `${p} a accepté votre proposition. Dès que les RH l'approuvent, le parcours est actif.`,
    },
    cta: "Ouvrir le mentorat",
  },
  en: {
    subject: { accepted: (p) => `${p} accepted your mentoring request`, declined: (p) => `Your mentoring request to ${p} will not go ahead`, awaiting_hr: (p) => `${p} accepted; HR still approves` },
    body: {
      accepted: (p) => `${p} accepted your request. The mentoring engagement is active: you can propose sessions.`,
      declined: (p) => `The mentoring engagement with ${p} will not go ahead.`,
      awaiting_hr: (p) => `${p} accepted your request. As soon as HR approves it, the engagement is active.`,
    },
    cta: "Open mentoring",
  },
};

/** The answer to a mentor's request, to the mentor (declined does not say who declined: the person or HR). */
export function renderEngagementAnswerEmail(locale: TLocale, input: { recipientName: string; personName: string; answer: TEngagementAnswer; url: string }): TRenderedEmail {
  const t = ANSWERED[locale];
  const person = name(input.personName);
  return layout(t.subject[input.answer](person), [GREETING[locale](name(input.recipientName)), t.body[input.answer](person)], { label: t.cta, url: input.url }, FOOTER[locale]);
}
