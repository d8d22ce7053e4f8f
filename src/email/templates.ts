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
function layout(subject: string, paragraphs: string[], link: { label: string; url: string }, footer: string) {
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
      "Iemand vroeg om uw wachtwoord voor Sterk opnieuw in te stellen. Was u dat, gebruik dan de knop hieronder. De link is één uur geldig en werkt één keer.",
      "Vroeg u niets aan? Dan mag u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.",
    ],
    cta: "Nieuw wachtwoord kiezen",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    subject: "Réinitialiser votre mot de passe Sterk",
    body: (name) => [
      `Bonjour ${name},`,
      "Quelqu'un a demandé à réinitialiser votre mot de passe Sterk. Si c'était vous, utilisez le bouton ci-dessous. Le lien est valable une heure et ne fonctionne qu'une fois.",
      "Vous n'avez rien demandé ? Ignorez cet e-mail ; votre mot de passe reste inchangé.",
    ],
    cta: "Choisir un nouveau mot de passe",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    subject: "Reset your Sterk password",
    body: (name) => [
      `Dear ${name},`,
      "Someone asked to reset your Sterk password. If that was you, use the button below. The link is valid for one hour and works once.",
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

const inviteTexts: Record<
  TLocale,
  { subject: (org: string) => string; body: (name: string, org: string, inviter: string) => string[]; cta: string; footer: string }
> = {
  nl: {
    subject: (org) => `Uitnodiging voor Sterk — ${org}`,
    body: (name, org, inviter) => [
      `Beste ${name},`,
      `${inviter} nodigt u uit op Sterk voor ${org}. Kies een wachtwoord om uw account te activeren. De link is 7 dagen geldig.`,
    ],
    cta: "Account activeren",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    subject: (org) => `Invitation à Sterk — ${org}`,
    body: (name, org, inviter) => [
      `Bonjour ${name},`,
      `${inviter} vous invite sur Sterk pour ${org}. Choisissez un mot de passe pour activer votre compte. Le lien est valable 7 jours.`,
    ],
    cta: "Activer mon compte",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    subject: (org) => `Your invitation to Sterk — ${org}`,
    body: (name, org, inviter) => [
      `Dear ${name},`,
      `${inviter} invites you to Sterk for ${org}. Choose a password to activate your account. The link is valid for 7 days.`,
    ],
    cta: "Activate my account",
    footer: "Sterk — strengths-based manager development",
  },
};

/** The account invitation email. */
export function renderInvitation(
  locale: TLocale,
  input: { name: string; organisation: string; inviter: string; url: string },
): TRenderedEmail {
  const t = inviteTexts[locale];
  const org = singleLine(input.organisation);
  return layout(
    t.subject(org),
    t.body(singleLine(input.name), org, singleLine(input.inviter)),
    { label: t.cta, url: input.url },
    t.footer,
  );
}
