import { CONSENT_TEXTS } from "../../domain/newsletter/index";
import type { TLocale } from "../../domain/shared/locale";

/** Every string of the public insights site and the newsletter pages, per language. */
export type TSiteTexts = {
  languageName: string;
  ogLocale: string;
  skip: string;
  languages: string;
  signIn: string;
  footer: string;
  landing: { title: string; description: string; heading: string; lead: string; approach: string; pillars: { heading: string; text: string }[] };
  articles: { heading: string; empty: string; byline: (date: string, author: string) => string; otherLanguages: string; back: string; feed: string };
  feed: { title: string; subtitle: string };
  subscribe: {
    heading: string;
    text: string;
    email: string;
    language: string;
    honeypot: string;
    consent: string;
    submit: string;
    errors: { email: string; consent: string; limit: string };
  };
  subscribed: { title: string; text: string; back: string };
  confirm: { title: string; working: string; done: string; failed: string; again: string };
  unsubscribe: { title: string; question: string; button: string; done: string; already: string };
  preferences: {
    title: string;
    intro: string;
    address: string;
    status: Record<"pending" | "confirmed" | "unsubscribed", string>;
    language: string;
    save: string;
    saved: string;
    unsubscribe: string;
    unsubscribed: string;
    exportHeading: string;
    exportText: string;
    exportButton: string;
    eraseHeading: string;
    eraseText: string;
    eraseButton: string;
    eraseConfirm: string;
    erased: string;
  };
  linkInvalid: string;
  failed: string;
  noScript: string;
  notFound: { title: string; text: string };
};

const nl: TSiteTexts = {
  languageName: "Nederlands",
  ogLocale: "nl_BE",
  skip: "Naar de inhoud",
  languages: "Taal",
  signIn: "Aanmelden",
  footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes, à la carte en met gemeten ROI.",
  landing: {
    title: "Sterk Insights — sterkere managers, aantoonbaar",
    description: "Artikels en nieuwsbrief over de kritische factoren die managers versterken: eerst de sterktes, een à-la-carteaanpak en een gemeten ROI.",
    heading: "Sterkere managers, aantoonbaar",
    lead: "Sterk Insights: onze nieuwsbrief en artikels over de kritische factoren die uw managers versterken. Op weg om uw ambities waar te maken door business mentoring.",
    approach: "Onze aanpak",
    pillars: [
      {
        heading: "Eerst de sterktes",
        text: "Voordat u over een programma praat: ken de sterktes en talenten van elke manager. Talent × moeite = geweldige prestatie; zwakheden × moeite = minder zwak, maar nog altijd zwak. Wij bouwen op wat mensen het best kunnen.",
      },
      {
        heading: "À la carte in plaats van een standaardprogramma",
        text: "Mensen zijn niet gestandaardiseerd. Elke manager kiest uit een persoonlijk menu van mentoring, workshops en e-learning dat past bij de eigen situatie: nieuw in deze rol, het moeilijk hebben of meer kunnen. Zelf kiezen motiveert — en meer impact betekent een hogere ROI.",
      },
      {
        heading: "Gemeten ROI",
        text: "We meten de impact met de ROI-methode van Phillips, isoleren het effect van het programma en vergelijken gepersonaliseerde programma's met standaardprogramma's. Zo wordt ‘meer impact = hogere ROI’ met cijfers aangetoond.",
      },
    ],
  },
  articles: {
    heading: "Recente insights",
    empty: "De eerste artikels zijn onderweg. Schrijf u in en u leest ze als eerste.",
    byline: (date, author) => `${date} · ${author}`,
    otherLanguages: "Dit artikel bestaat (ook) in:",
    back: "Alle insights",
    feed: "Atom-feed",
  },
  feed: { title: "Sterk Insights", subtitle: "De kritische factoren die uw managers versterken" },
  subscribe: {
    heading: "Schrijf u in op Sterk Insights",
    text: "Enkele keren per jaar, in uw taal. Dubbele bevestiging: we sturen niets tot u uw inschrijving bevestigt.",
    email: "E-mailadres",
    language: "Taal van de nieuwsbrief",
    honeypot: "Laat dit veld leeg",
    consent: CONSENT_TEXTS.nl,
    submit: "Inschrijven",
    errors: {
      email: "Dit e-mailadres kunnen we niet gebruiken. Controleer het en probeer opnieuw.",
      consent: "Vink de toestemming aan om in te schrijven.",
      limit: "Te veel pogingen na elkaar. Probeer het binnen een kwartier opnieuw.",
    },
  },
  subscribed: {
    title: "Bekijk uw mailbox",
    text: "Als dit adres nog niet ingeschreven was, ontvangt u binnen enkele minuten een e-mail met een bevestigingslink. Pas na uw bevestiging ontvangt u Sterk Insights. De link is 48 uur geldig.",
    back: "Terug naar Insights",
  },
  confirm: {
    title: "Inschrijving bevestigen",
    working: "Uw inschrijving wordt bevestigd…",
    done: "Uw inschrijving is bevestigd. Welkom bij Sterk Insights!",
    failed: "Deze link is onbekend, al gebruikt of verlopen.",
    again: "Opnieuw inschrijven",
  },
  unsubscribe: {
    title: "Uitschrijven",
    question: "Wilt u Sterk Insights niet langer ontvangen?",
    button: "Uitschrijven",
    done: "U bent uitgeschreven. U ontvangt geen nieuwsbrieven meer.",
    already: "U was al uitgeschreven; er is niets veranderd.",
  },
  preferences: {
    title: "Uw voorkeuren",
    intro: "Beheer hier uw inschrijving op Sterk Insights.",
    address: "Adres",
    status: { pending: "nog niet bevestigd", confirmed: "ingeschreven", unsubscribed: "uitgeschreven" },
    language: "Taal van de nieuwsbrief",
    save: "Taal bewaren",
    saved: "Uw taal is bewaard.",
    unsubscribe: "Uitschrijven",
    unsubscribed: "U bent uitgeschreven.",
    exportHeading: "Uw gegevens",
    exportText: "Download alles wat we over uw inschrijving bijhouden, als JSON-bestand.",
    exportButton: "Mijn gegevens downloaden",
    eraseHeading: "Alles wissen",
    eraseText: "Wis uw adres, uw voorkeuren en de historiek van uw toestemming. Dit kan niet ongedaan worden gemaakt.",
    eraseButton: "Mijn gegevens wissen",
    eraseConfirm: "Uw gegevens definitief wissen?",
    erased: "Uw gegevens zijn gewist. Deze link werkt niet meer.",
  },
  linkInvalid: "Deze link is onbekend, al gebruikt of verlopen.",
  failed: "Er ging iets mis. Probeer het later opnieuw.",
  noScript: "Deze pagina heeft JavaScript nodig om de link uit uw e-mail te gebruiken.",
  notFound: { title: "Pagina niet gevonden", text: "Deze pagina bestaat niet (meer)." },
};

const fr: TSiteTexts = {
  languageName: "Français",
  ogLocale: "fr_BE",
  skip: "Aller au contenu",
  languages: "Langue",
  signIn: "Se connecter",
  footer: "Sterk — le développement des managers fondé sur leurs forces, à la carte et au ROI mesuré.",
  landing: {
    title: "Sterk Insights — des managers plus forts, preuves à l'appui",
    description: "Articles et newsletter sur les facteurs critiques qui renforcent les managers : d'abord les forces, une approche à la carte et un ROI mesuré.",
    heading: "Des managers plus forts, preuves à l'appui",
    lead: "Sterk Insights : notre newsletter et nos articles sur les facteurs critiques qui renforcent vos managers. En route vers la réalisation de vos ambitions grâce au business mentoring.",
    approach: "Notre approche",
    pillars: [
      {
        heading: "D'abord les forces",
        text: "Avant tout programme, connaissez les forces et les talents de chaque manager. Talent × effort = performance remarquable ; faiblesse × effort = moins faible, mais toujours faible. Nous construisons sur ce que chacun fait de mieux.",
      },
      {
        heading: "À la carte plutôt qu'un programme standard",
        text: "Les personnes ne sont pas standardisées. Chaque manager choisit dans un menu personnel — mentoring, ateliers, e-learning — adapté à sa situation : nouveau dans le rôle, en difficulté ou capable de plus. Choisir motive, et plus d'impact signifie un meilleur ROI.",
      },
      {
        heading: "Un ROI mesuré",
        text: "Nous mesurons l'impact avec la méthode ROI de Phillips, isolons l'effet du programme et comparons les programmes personnalisés aux programmes standard : « plus d'impact = meilleur ROI » se démontre en chiffres.",
      },
    ],
  },
  articles: {
    heading: "Derniers insights",
    empty: "Les premiers articles arrivent. Abonnez-vous pour les lire en premier.",
    byline: (date, author) => `${date} · ${author}`,
    otherLanguages: "Cet article existe (aussi) en :",
    back: "Tous les insights",
    feed: "Flux Atom",
  },
  feed: { title: "Sterk Insights", subtitle: "Les facteurs critiques qui renforcent vos managers" },
  subscribe: {
    heading: "Abonnez-vous à Sterk Insights",
    text: "Quelques fois par an, dans votre langue. Double confirmation : nous n'envoyons rien avant que vous ayez confirmé votre inscription.",
    email: "Adresse e-mail",
    language: "Langue de la newsletter",
    honeypot: "Laissez ce champ vide",
    consent: CONSENT_TEXTS.fr,
    submit: "S'abonner",
    errors: {
      email: "Nous ne pouvons pas utiliser cette adresse e-mail. Vérifiez-la et réessayez.",
      consent: "Cochez le consentement pour vous abonner.",
      limit: "Trop de tentatives d'affilée. Réessayez dans un quart d'heure.",
    },
  },
  subscribed: {
    title: "Consultez votre boîte mail",
    text: "Si cette adresse n'était pas encore inscrite, vous recevrez dans quelques minutes un e-mail avec un lien de confirmation. Vous ne recevrez Sterk Insights qu'après votre confirmation. Le lien est valable 48 heures.",
    back: "Retour à Insights",
  },
  confirm: {
    title: "Confirmer l'inscription",
    working: "Confirmation de votre inscription…",
    done: "Votre inscription est confirmée. Bienvenue dans Sterk Insights !",
    failed: "Ce lien est inconnu, déjà utilisé ou expiré.",
    again: "S'inscrire à nouveau",
  },
  unsubscribe: {
    title: "Se désinscrire",
    question: "Vous ne souhaitez plus recevoir Sterk Insights ?",
    button: "Se désinscrire",
    done: "Vous êtes désinscrit. Vous ne recevrez plus de newsletters.",
    already: "Vous étiez déjà désinscrit ; rien n'a changé.",
  },
  preferences: {
    title: "Vos préférences",
    intro: "Gérez ici votre abonnement à Sterk Insights.",
    address: "Adresse",
    status: { pending: "pas encore confirmé", confirmed: "abonné", unsubscribed: "désinscrit" },
    language: "Langue de la newsletter",
    save: "Enregistrer la langue",
    saved: "Votre langue est enregistrée.",
    unsubscribe: "Se désinscrire",
    unsubscribed: "Vous êtes désinscrit.",
    exportHeading: "Vos données",
    exportText: "Téléchargez tout ce que nous conservons sur votre abonnement, au format JSON.",
    exportButton: "Télécharger mes données",
    eraseHeading: "Tout effacer",
    eraseText: "Effacez votre adresse, vos préférences et l'historique de votre consentement. C'est irréversible.",
    eraseButton: "Effacer mes données",
    eraseConfirm: "Effacer définitivement vos données ?",
    erased: "Vos données sont effacées. Ce lien ne fonctionne plus.",
  },
  linkInvalid: "Ce lien est inconnu, déjà utilisé ou expiré.",
  failed: "Une erreur s'est produite. Réessayez plus tard.",
  noScript: "Cette page a besoin de JavaScript pour utiliser le lien de votre e-mail.",
  notFound: { title: "Page introuvable", text: "Cette page n'existe pas (ou plus)." },
};

const en: TSiteTexts = {
  languageName: "English",
  ogLocale: "en_GB",
  skip: "Skip to content",
  languages: "Language",
  signIn: "Sign in",
  footer: "Sterk — strengths-based, à la carte manager development with measured ROI.",
  landing: {
    title: "Sterk Insights — stronger managers, measured",
    description: "Articles and a newsletter about the critical factors that strengthen managers: strengths first, an à la carte approach and a measured ROI.",
    heading: "Stronger managers, measured",
    lead: "Sterk Insights: our newsletter and articles about the critical factors that strengthen your managers — on the way to realising your ambitions through business mentoring.",
    approach: "Our approach",
    pillars: [
      {
        heading: "Strengths first",
        text: "Before any programme, know each manager's strengths and talents. Talent × effort = great performance; weakness × effort = less weak, but still weak. We build on what people do best.",
      },
      {
        heading: "À la carte, not one standard programme",
        text: "People are not standardised. Each manager chooses from a personal menu of mentoring, workshops and e-learning that fits their situation: new in the role, having a hard time, or able to do more. Choosing motivates — and more impact means a higher ROI.",
      },
      {
        heading: "Measured ROI",
        text: "We measure the impact with the Phillips ROI method, isolate the programme's effect and compare personalised programmes with standard ones — so ‘more impact = higher ROI’ is shown with numbers.",
      },
    ],
  },
  articles: {
    heading: "Latest insights",
    empty: "The first articles are on their way. Subscribe and you will be the first to read them.",
    byline: (date, author) => `${date} · ${author}`,
    otherLanguages: "This article is (also) available in:",
    back: "All insights",
    feed: "Atom feed",
  },
  feed: { title: "Sterk Insights", subtitle: "The critical factors that strengthen your managers" },
  subscribe: {
    heading: "Subscribe to Sterk Insights",
    text: "A few times a year, in your language. Double opt-in: we send nothing until you confirm your subscription.",
    email: "Email address",
    language: "Newsletter language",
    honeypot: "Leave this field empty",
    consent: CONSENT_TEXTS.en,
    submit: "Subscribe",
    errors: {
      email: "We cannot use this email address. Please check it and try again.",
      consent: "Tick the consent box to subscribe.",
      limit: "Too many attempts in a row. Please try again in a quarter of an hour.",
    },
  },
  subscribed: {
    title: "Check your inbox",
    text: "If this address was not subscribed yet, you will receive an email with a confirmation link within a few minutes. Sterk Insights only starts once you confirm. The link is valid for 48 hours.",
    back: "Back to Insights",
  },
  confirm: {
    title: "Confirm your subscription",
    working: "Confirming your subscription…",
    done: "Your subscription is confirmed. Welcome to Sterk Insights!",
    failed: "This link is unknown, already used or expired.",
    again: "Subscribe again",
  },
  unsubscribe: {
    title: "Unsubscribe",
    question: "Do you no longer want to receive Sterk Insights?",
    button: "Unsubscribe",
    done: "You are unsubscribed. You will receive no more newsletters.",
    already: "You were already unsubscribed; nothing changed.",
  },
  preferences: {
    title: "Your preferences",
    intro: "Manage your Sterk Insights subscription here.",
    address: "Address",
    status: { pending: "not confirmed yet", confirmed: "subscribed", unsubscribed: "unsubscribed" },
    language: "Newsletter language",
    save: "Save language",
    saved: "Your language is saved.",
    unsubscribe: "Unsubscribe",
    unsubscribed: "You are unsubscribed.",
    exportHeading: "Your data",
    exportText: "Download everything we keep about your subscription, as a JSON file.",
    exportButton: "Download my data",
    eraseHeading: "Erase everything",
    eraseText: "Erase your address, your preferences and the history of your consent. This cannot be undone.",
    eraseButton: "Erase my data",
    eraseConfirm: "Erase your data for good?",
    erased: "Your data is erased. This link no longer works.",
  },
  linkInvalid: "This link is unknown, already used or expired.",
  failed: "Something went wrong. Please try again later.",
  noScript: "This page needs JavaScript to use the link from your email.",
  notFound: { title: "Page not found", text: "This page does not exist (any more)." },
};

/** The site's texts in each language. */
export const SITE_TEXTS: Record<TLocale, TSiteTexts> = { nl, fr, en };
