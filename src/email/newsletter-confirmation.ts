import { escapeHtml } from "../domain/insights/index";
import type { TLocale } from "../domain/shared/locale";
import { actionLink, NEWSLETTER_NAME, newsletterFrame } from "./newsletter-layout";
import type { TRenderedEmail } from "./templates";

const texts: Record<TLocale, { subject: string; intro: string; cta: string; validity: string; ignore: string; footer: string }> = {
  nl: {
    subject: `Bevestig uw inschrijving op ${NEWSLETTER_NAME}`,
    intro: `Iemand schreef dit adres in op ${NEWSLETTER_NAME}, onze nieuwsbrief over de kritische factoren die uw managers versterken. Was u dat? Bevestig dan uw inschrijving.`,
    cta: "Inschrijving bevestigen",
    validity: "De link is 48 uur geldig en werkt één keer. Tot u bevestigt, sturen we u niets.",
    ignore: "Schreef u zich niet in? Negeer dan deze e-mail; u ontvangt niets en uw adres wordt na enkele dagen gewist.",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    subject: `Confirmez votre inscription à ${NEWSLETTER_NAME}`,
    intro: `Quelqu'un a inscrit cette adresse à ${NEWSLETTER_NAME}, notre newsletter sur les facteurs critiques qui renforcent vos managers. C'était vous ? Confirmez alors votre inscription.`,
    cta: "Confirmer mon inscription",
    validity: "Le lien est valable 48 heures et ne fonctionne qu'une fois. Tant que vous n'avez pas confirmé, nous ne vous envoyons rien.",
    ignore: "Vous ne vous êtes pas inscrit ? Ignorez cet e-mail : vous ne recevrez rien et votre adresse sera effacée d'ici quelques jours.",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    subject: `Confirm your subscription to ${NEWSLETTER_NAME}`,
    intro: `Someone subscribed this address to ${NEWSLETTER_NAME}, our newsletter about the critical factors that strengthen your managers. Was that you? Then please confirm.`,
    cta: "Confirm my subscription",
    validity: "The link is valid for 48 hours and works once. Until you confirm, we send you nothing.",
    ignore: "Didn't subscribe? Ignore this email: you will receive nothing and your address is deleted within a few days.",
    footer: "Sterk — strengths-based manager development",
  },
};

/** The double opt-in email: one confirmation link, valid 48 hours. */
export function renderNewsletterConfirmation(language: TLocale, input: { url: string }): TRenderedEmail {
  const t = texts[language];
  const text = [t.intro, `${t.cta}: ${input.url}`, t.validity, t.ignore, "", t.footer].join("\n\n");
  const html = newsletterFrame({
    language,
    title: t.subject,
    bodyHtml: [`<p>${escapeHtml(t.intro)}</p>`, actionLink(input.url, t.cta), `<p>${escapeHtml(t.validity)}</p>`, `<p>${escapeHtml(t.ignore)}</p>`].join("\n"),
    footerHtml: escapeHtml(t.footer),
  });
  return { subject: t.subject, text, html };
}
