import type { TLocale } from "../domain/shared/locale";

export type TRenderedEmail = { subject: string; text: string; html: string };

/** Removes what could break a header or a line: CR, LF, other controls, U+2028/2029. */
export function singleLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain paragraphs and one call-to-action link, as text and as minimal, escaped HTML. */
export function layout(subject: string, paragraphs: string[], link: { label: string; url: string }, footer: string) {
  const text = [...paragraphs, `${link.label}: ${link.url}`, "", footer].join("\n\n");
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1b1e">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(link.url)}" style="background:#1c4a7a;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(link.label)}</a></p>
<p style="color:#555;font-size:12px">${escapeHtml(footer)}</p></body></html>`;
  return { subject: singleLine(subject), text, html };
}

const resetTexts: Record<TLocale, { subject: string; body: (name: string) => string[]; cta: string; footer: string }> = {
  nl: {
    subject: "Uw wachtwoord voor Sterk opnieuw instellen",
    body: (name) => [
      `Beste ${name},`,
      "Iemand vroeg om uw wachtwoord voor Sterk opnieuw in te stellen. Was u dat, gebruik dan de knop hieronder. De link is één uur geldig, werkt één keer en vervangt eerdere links.",
      "Wanneer u een nieuw wachtwoord kiest, worden al uw aanmeldingen op andere toestellen beëindigd en worden uw API-tokens ingetrokken.",
      "Vroeg u niets aan? Dan mag u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.",
    ],
    cta: "Nieuw wachtwoord kiezen",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    subject: "Réinitialiser votre mot de passe Sterk",
    body: (name) => [
      `Bonjour ${name},`,
      "Quelqu'un a demandé à réinitialiser votre mot de passe Sterk. Si c'était vous, utilisez le bouton ci-dessous. Le lien est valable une heure, ne fonctionne qu'une fois et remplace les liens précédents.",
      "Lorsque vous choisirez un nouveau mot de passe, toutes vos sessions ouvertes seront fermées et vos jetons d'API révoqués.",
      "Vous n'avez rien demandé ? Ignorez cet e-mail ; votre mot de passe reste inchangé.",
    ],
    cta: "Choisir un nouveau mot de passe",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    subject: "Reset your Sterk password",
    body: (name) => [
      `Dear ${name},`,
      "Someone asked to reset your Sterk password. If that was you, use the button below. The link is valid for one hour, works once and replaces any earlier link.",
      "Choosing a new password signs you out everywhere and revokes your API tokens.",
      "Didn't ask for this? You can ignore this email; your password stays as it is.",
    ],
    cta: "Choose a new password",
    footer: "Sterk — strengths-based manager development",
  },
};

/** The password reset email. */
export function renderPasswordReset(locale: TLocale, input: { name: string; url: string }): TRenderedEmail {
  const t = resetTexts[locale];
  return layout(t.subject, t.body(singleLine(input.name)), { label: t.cta, url: input.url }, t.footer);
}

// Account invitations and access notes: email/invitation-emails.ts.

// ---- 360° feedback: rater invitation and reminder (in the rater's language) ----

export type TRaterEmailGroup = "line_manager" | "peer" | "direct_report" | "other";
type TRaterEmailInput = { name: string; subject: string; organisation: string; group: TRaterEmailGroup; groupMinimum: number; closesAt: Date; url: string };

const raterDateLocale: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

/** The close date as a reader of that language writes it (Brussels time). */
export function formatCloseDate(locale: TLocale, closesAt: Date): string {
  return new Intl.DateTimeFormat(raterDateLocale[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" }).format(closesAt);
}

const raterTexts: Record<
  TLocale,
  {
    group: Record<TRaterEmailGroup, (subject: string) => string>;
    inviteSubject: (subject: string) => string;
    reminderSubject: (subject: string) => string;
    asked: (subject: string, org: string, group: string) => string;
    reminded: (subject: string, date: string) => string;
    anonymous: (subject: string, min: number) => string;
    lineManager: (subject: string, min: number) => string;
    practical: (date: string) => string;
    personal: string;
    newLink: string;
    cta: string;
    footer: string;
  }
> = {
  nl: {
    group: {
      line_manager: (s) => `leidinggevende van ${s}`,
      peer: () => "collega (peer)",
      direct_report: (s) => `medewerker van ${s}`,
      other: () => "andere betrokkene",
    },
    inviteSubject: (s) => `Uw feedback over ${s} gevraagd`,
    reminderSubject: (s) => `Herinnering: uw feedback over ${s}`,
    asked: (s, org, g) => `${s} vraagt uw feedback in een 360°-feedbackronde van ${org}. U bent uitgenodigd in de groep: ${g}.`,
    reminded: (s, d) => `Wij ontvingen uw feedback over ${s} nog niet. De ronde sluit op ${d}.`,
    anonymous: (s, min) =>
      `Uw antwoorden blijven anoniem: de antwoorden van collega's, medewerkers en andere betrokkenen worden alleen per groep getoond, en alleen als minstens ${min} mensen van die groep antwoordden. De antwoorden van de leidinggevende worden wel apart getoond, zodat ${s} weet dat ze van de leidinggevende komen. Opmerkingen worden zonder naam, zonder datum en in willekeurige volgorde getoond.`,
    lineManager: (s, min) =>
      `Als leidinggevende worden uw antwoorden apart getoond: ${s} ziet dat ze van u komen. De antwoorden van collega's, medewerkers en andere betrokkenen worden alleen per groep van minstens ${min} mensen getoond.`,
    practical: (d) => `Het invullen duurt ongeveer 15 minuten. Uw antwoorden worden automatisch bewaard en u kunt ze wijzigen tot ${d}.`,
    personal: "Deze link is persoonlijk: stuur hem niet door.",
    newLink: "Gebruik de link in deze e-mail; eerdere links werken niet meer.",
    cta: "Feedback geven",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    group: {
      line_manager: (s) => `responsable hiérarchique de ${s}`,
      peer: () => "collègue (pair)",
      direct_report: (s) => `collaborateur ou collaboratrice de ${s}`,
      other: () => "autre interlocuteur",
    },
    inviteSubject: (s) => `Votre avis sur ${s} est demandé`,
    reminderSubject: (s) => `Rappel : votre avis sur ${s}`,
    asked: (s, org, g) => `${s} vous demande votre avis dans un feedback à 360° de ${org}. Vous êtes invité(e) dans le groupe : ${g}.`,
    reminded: (s, d) => `Nous n'avons pas encore reçu votre avis sur ${s}. Le feedback se clôture le ${d}.`,
    anonymous: (s, min) =>
      `Vos réponses restent anonymes : celles des collègues, des collaborateurs et des autres interlocuteurs ne sont montrées que par groupe, et seulement si au moins ${min} personnes de ce groupe ont répondu. Les réponses du responsable hiérarchique sont montrées séparément, de sorte que ${s} sait qu'elles viennent de lui ou d'elle. Les commentaires sont montrés sans nom, sans date et dans un ordre aléatoire.`,
    lineManager: (s, min) =>
      `En tant que responsable hiérarchique, vos réponses sont montrées séparément : ${s} verra qu'elles viennent de vous. Celles des collègues, des collaborateurs et des autres interlocuteurs ne sont montrées que par groupe d'au moins ${min} personnes.`,
    practical: (d) => `Comptez environ 15 minutes. Vos réponses sont enregistrées automatiquement et vous pouvez les modifier jusqu'au ${d}.`,
    personal: "Ce lien est personnel : ne le transférez pas.",
    newLink: "Utilisez le lien de cet e-mail ; les liens précédents ne fonctionnent plus.",
    cta: "Donner mon avis",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    group: {
      line_manager: (s) => `line manager of ${s}`,
      peer: () => "peer",
      direct_report: (s) => `direct report of ${s}`,
      other: () => "other colleague",
    },
    inviteSubject: (s) => `Your feedback on ${s} is requested`,
    reminderSubject: (s) => `Reminder: your feedback on ${s}`,
    asked: (s, org, g) => `${s} asks for your feedback in a 360° feedback round at ${org}. You are invited in the group: ${g}.`,
    reminded: (s, d) => `We have not yet received your feedback on ${s}. The round closes on ${d}.`,
    anonymous: (s, min) =>
      `Your answers stay anonymous: answers of peers, direct reports and others are only shown per group, and only when at least ${min} people of that group answered. The line manager's answers are shown separately, so ${s} knows they come from the line manager. Comments are shown without names, without dates and in random order.`,
    lineManager: (s, min) =>
      `As the line manager, your answers are shown separately: ${s} will see that they come from you. Answers of peers, direct reports and others are only shown per group of at least ${min} people.`,
    practical: (d) => `It takes about 15 minutes. Your answers are saved automatically and you can change them until ${d}.`,
    personal: "This link is personal: please do not forward it.",
    newLink: "Use the link in this email; earlier links no longer work.",
    cta: "Give feedback",
    footer: "Sterk — strengths-based manager development",
  },
};

function raterParagraphs(locale: TLocale, input: TRaterEmailInput, subject: string) {
  const t = raterTexts[locale];
  return input.group === "line_manager" ? t.lineManager(subject, input.groupMinimum) : t.anonymous(subject, input.groupMinimum);
}

/** The 360 invitation: which group the rater is in, how answers are shown, the close date. */
export function renderRaterInvitation(locale: TLocale, input: TRaterEmailInput): TRenderedEmail {
  const t = raterTexts[locale];
  const subject = singleLine(input.subject);
  const date = formatCloseDate(locale, input.closesAt);
  return layout(
    t.inviteSubject(subject),
    [
      raterGreeting(locale, singleLine(input.name)),
      t.asked(subject, singleLine(input.organisation), t.group[input.group](subject)),
      raterParagraphs(locale, input, subject),
      t.practical(date),
      t.personal,
    ],
    { label: t.cta, url: input.url },
    t.footer,
  );
}

/** The 360 reminder: a new personal link (the earlier one stops working) and the close date. */
export function renderRaterReminder(locale: TLocale, input: TRaterEmailInput): TRenderedEmail {
  const t = raterTexts[locale];
  const subject = singleLine(input.subject);
  const date = formatCloseDate(locale, input.closesAt);
  return layout(
    t.reminderSubject(subject),
    [
      raterGreeting(locale, singleLine(input.name)),
      t.reminded(subject, date),
      `${t.asked(subject, singleLine(input.organisation), t.group[input.group](subject))}`,
      raterParagraphs(locale, input, subject),
      t.newLink,
    ],
    { label: t.cta, url: input.url },
    t.footer,
  );
}

function raterGreeting(locale: TLocale, name: string): string {
  if (locale === "fr") return name ? `Bonjour ${name},` : "Bonjour,";
  if (locale === "nl") return name ? `Beste ${name},` : "Beste,";
  return name ? `Dear ${name},` : "Hello,";
}
