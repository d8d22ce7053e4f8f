import type { TLocale } from "../domain/shared/locale";
import { formatCloseDate, layout, singleLine, type TRenderedEmail } from "./templates";

const footer: Record<TLocale, string> = {
  nl: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  fr: "Sterk — le développement des managers fondé sur leurs forces",
  en: "Sterk — strengths-based manager development",
};

function greeting(locale: TLocale, name: string): string {
  if (locale === "fr") return name ? `Bonjour ${name},` : "Bonjour,";
  if (locale === "nl") return name ? `Beste ${name},` : "Beste,";
  return name ? `Dear ${name},` : "Hello,";
}

const invitationTexts: Record<
  TLocale,
  { subject: (org: string) => string; invited: (org: string, inviter: string) => string; expiry: (date: string) => string; notYou: string; cta: string }
> = {
  nl: {
    subject: (org) => `Uitnodiging voor Sterk — ${org}`,
    invited: (org, inviter) => `${inviter} nodigt u uit op Sterk, het ontwikkelplatform van ${org}. Kies een wachtwoord om uw account te activeren.`,
    expiry: (date) => `De link is 7 dagen geldig (tot ${date}) en werkt één keer. Stuur hem niet door: wie hem gebruikt, kiest het wachtwoord van uw account.`,
    notYou: "Verwachtte u deze uitnodiging niet? Dan mag u deze e-mail negeren.",
    cta: "Account activeren",
  },
  fr: {
    subject: (org) => `Invitation à Sterk — ${org}`,
    invited: (org, inviter) => `${inviter} vous invite sur Sterk, la plateforme de développement de ${org}. Choisissez un mot de passe pour activer votre compte.`,
    expiry: (date) => `Le lien est valable 7 jours (jusqu'au ${date}) et ne fonctionne qu'une fois. Ne le transférez pas : la personne qui l'utilise choisit le mot de passe de votre compte.`,
    notYou: "Vous n'attendiez pas cette invitation ? Vous pouvez ignorer cet e-mail.",
    cta: "Activer mon compte",
  },
  en: {
    subject: (org) => `Your invitation to Sterk — ${org}`,
    invited: (org, inviter) => `${inviter} invites you to Sterk, the development platform of ${org}. Choose a password to activate your account.`,
    expiry: (date) => `The link is valid for 7 days (until ${date}) and works once. Do not forward it: whoever uses it chooses your account's password.`,
    notYou: "Weren't expecting this invitation? You can ignore this email.",
    cta: "Activate my account",
  },
};

/** The invitation to a new account: a link to choose a password, in the person's language, with its expiry. */
export function renderAccountInvitation(
  locale: TLocale,
  input: { name: string; organisation: string; inviter: string; url: string; expiresAt: Date },
): TRenderedEmail {
  const t = invitationTexts[locale];
  const org = singleLine(input.organisation);
  return layout(
    t.subject(org),
    [
      greeting(locale, singleLine(input.name)),
      t.invited(org, singleLine(input.inviter)),
      t.expiry(formatCloseDate(locale, input.expiresAt)),
      t.notYou,
    ],
    { label: t.cta, url: input.url },
    footer[locale],
  );
}

/** How someone who gained access signs in: their password, their company account, or a password still to choose. */
export type TSignInWay = "password" | "company_account" | "choose_password";

const accessTexts: Record<
  TLocale,
  { subject: (org: string) => string; granted: (org: string, inviter: string) => string; how: Record<TSignInWay, string>; cta: string }
> = {
  nl: {
    subject: (org) => `U hebt nu toegang tot ${org} op Sterk`,
    granted: (org, inviter) => `${inviter} gaf u toegang tot ${org} op Sterk. U hoeft niets te activeren.`,
    how: {
      password: "Meld u aan met uw bestaande e-mailadres en wachtwoord; daarna kiest u de organisatie in het menu.",
      company_account: "Meld u aan met uw bedrijfsaccount (de knop voor uw organisatie op de aanmeldpagina).",
      choose_password: "Meld u aan met uw bedrijfsaccount, of kies een wachtwoord via \"Wachtwoord vergeten?\" op de aanmeldpagina.",
    },
    cta: "Naar de aanmeldpagina",
  },
  fr: {
    subject: (org) => `Vous avez désormais accès à ${org} sur Sterk`,
    granted: (org, inviter) => `${inviter} vous a donné accès à ${org} sur Sterk. Vous n'avez rien à activer.`,
    how: {
      password: "Connectez-vous avec votre adresse e-mail et votre mot de passe habituels, puis choisissez l'organisation dans le menu.",
      company_account: "Connectez-vous avec votre compte d'entreprise (le bouton de votre organisation sur la page de connexion).",
      choose_password: "Connectez-vous avec votre compte d'entreprise, ou choisissez un mot de passe via « Mot de passe oublié ? » sur la page de connexion.",
    },
    cta: "Aller à la page de connexion",
  },
  en: {
    subject: (org) => `You now have access to ${org} on Sterk`,
    granted: (org, inviter) => `${inviter} gave you access to ${org} on Sterk. There is nothing to activate.`,
    how: {
      password: "Sign in with your existing email address and password, then choose the organisation in the menu.",
      company_account: "Sign in with your company account (your organisation's button on the sign-in page).",
      choose_password: "Sign in with your company account, or choose a password through \"Forgot your password?\" on the sign-in page.",
    },
    cta: "Go to the sign-in page",
  },
};

/** The note to an existing account that gained access to an organisation: no link that sets anything. */
export function renderAccessGranted(
  locale: TLocale,
  input: { name: string; organisation: string; inviter: string; url: string; signInWay: TSignInWay },
): TRenderedEmail {
  const t = accessTexts[locale];
  const org = singleLine(input.organisation);
  return layout(
    t.subject(org),
    [greeting(locale, singleLine(input.name)), t.granted(org, singleLine(input.inviter)), t.how[input.signInWay]],
    { label: t.cta, url: input.url },
    footer[locale],
  );
}
