import type { TLocale } from "../domain/shared/locale";
import { layout, singleLine, type TRenderedEmail } from "./templates";

/** How the password was changed, and what went with it. */
export type TPasswordChangeNotice = {
  name: string;
  changedAt: Date;
  /** "change": by the signed-in user; "reset": through an emailed link */
  via: "change" | "reset";
  apiTokensRevoked: boolean;
  /** the page where a new reset link can be requested */
  resetUrl: string;
};

const dateLocale: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

const texts: Record<
  TLocale,
  {
    subject: string;
    greeting: (name: string) => string;
    changed: (when: string, via: "change" | "reset") => string;
    sessions: (via: "change" | "reset") => string;
    tokens: string;
    notYou: string;
    cta: string;
    footer: string;
  }
> = {
  nl: {
    subject: "Uw wachtwoord voor Sterk is gewijzigd",
    greeting: (name) => `Beste ${name},`,
    changed: (when, via) =>
      via === "reset" ? `Uw wachtwoord voor Sterk werd op ${when} opnieuw ingesteld via een link per e-mail.` : `Uw wachtwoord voor Sterk werd op ${when} gewijzigd.`,
    sessions: (via) => (via === "reset" ? "Al uw aanmeldingen zijn beëindigd." : "Uw aanmeldingen op andere toestellen zijn beëindigd."),
    tokens: "Uw API-tokens zijn ingetrokken.",
    notYou: "Was u dit niet? Stel dan meteen een nieuw wachtwoord in met de knop hieronder en verwittig uw beheerder.",
    cta: "Nieuw wachtwoord aanvragen",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    subject: "Votre mot de passe Sterk a été modifié",
    greeting: (name) => `Bonjour ${name},`,
    changed: (when, via) =>
      via === "reset"
        ? `Votre mot de passe Sterk a été réinitialisé le ${when} au moyen d'un lien envoyé par e-mail.`
        : `Votre mot de passe Sterk a été modifié le ${when}.`,
    sessions: (via) => (via === "reset" ? "Toutes vos sessions ont été fermées." : "Vos sessions sur d'autres appareils ont été fermées."),
    tokens: "Vos jetons d'API ont été révoqués.",
    notYou: "Ce n'était pas vous ? Choisissez immédiatement un nouveau mot de passe à l'aide du bouton ci-dessous et prévenez votre administrateur.",
    cta: "Demander un nouveau mot de passe",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    subject: "Your Sterk password was changed",
    greeting: (name) => `Dear ${name},`,
    changed: (when, via) =>
      via === "reset" ? `Your Sterk password was reset on ${when} through an emailed link.` : `Your Sterk password was changed on ${when}.`,
    sessions: (via) => (via === "reset" ? "You have been signed out everywhere." : "You have been signed out on your other devices."),
    tokens: "Your API tokens were revoked.",
    notYou: "Wasn't this you? Choose a new password right away with the button below and tell your administrator.",
    cta: "Request a new password",
    footer: "Sterk — strengths-based manager development",
  },
};

/** The notice sent after a password change or reset, in the account holder's language. */
export function renderPasswordChanged(locale: TLocale, input: TPasswordChangeNotice): TRenderedEmail {
  const t = texts[locale];
  const when = new Intl.DateTimeFormat(dateLocale[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" }).format(input.changedAt);
  const paragraphs = [t.greeting(singleLine(input.name)), t.changed(when, input.via), t.sessions(input.via)];
  if (input.apiTokensRevoked) paragraphs.push(t.tokens);
  paragraphs.push(t.notYou);
  return layout(t.subject, paragraphs, { label: t.cta, url: input.resetUrl }, t.footer);
}
