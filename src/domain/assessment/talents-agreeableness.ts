import type { TFacetTalents } from "./talent-types";

/** Agreeableness facets: high poles bring care and harmony, low poles bring candour and focus. */
export const AGREEABLENESS_TALENTS: readonly TFacetTalents[] = [
  {
    domain: "A",
    facet: 1,
    name: { nl: "Vertrouwen", fr: "Confiance", en: "Trust" },
    high: {
      id: "trusting",
      name: { nl: "Vertrouwen schenkend", fr: "Confiance envers les autres", en: "Trusting" },
      description: {
        nl: "Gaat uit van goede bedoelingen en geeft mensen het voordeel van de twijfel.",
        fr: "Présume les bonnes intentions et accorde aux gens le bénéfice du doute.",
        en: "Assumes good intentions and gives people the benefit of the doubt.",
      },
    },
    low: {
      id: "critical-and-discerning",
      name: { nl: "Kritisch en scherp", fr: "Discernement critique", en: "Critical and discerning" },
      description: {
        nl: "Toetst beweringen voor ze te aanvaarden en laat zich niet makkelijk misleiden.",
        fr: "Vérifie les affirmations avant de les accepter et se laisse difficilement tromper.",
        en: "Checks claims before accepting them and is hard to mislead.",
      },
    },
  },
  {
    domain: "A",
    facet: 2,
    name: { nl: "Moraliteit", fr: "Moralité", en: "Morality" },
    high: {
      id: "straightforward-and-honest",
      name: { nl: "Recht door zee", fr: "Droiture", en: "Straightforward and honest" },
      description: {
        nl: "Speelt eerlijk spel, is open over de eigen bedoelingen en manipuleert niet.",
        fr: "Joue franc-jeu, affiche ses intentions et ne manipule pas.",
        en: "Plays fair, is open about intentions and does not manipulate.",
      },
    },
    low: {
      id: "shrewd-negotiator",
      name: { nl: "Tactisch onderhandelaar", fr: "Sens tactique", en: "Shrewd negotiator" },
      description: {
        nl: "Leest het spel goed en weet de eigen belangen slim te verdedigen.",
        fr: "Lit bien le jeu et sait défendre habilement ses intérêts.",
        en: "Reads the game well and knows how to advance their interests.",
      },
    },
  },
  {
    domain: "A",
    facet: 3,
    name: { nl: "Altruïsme", fr: "Altruisme", en: "Altruism" },
    high: {
      id: "generous-helper",
      name: { nl: "Behulpzaam", fr: "Générosité", en: "Generous helper" },
      description: {
        nl: "Helpt anderen graag en maakt tijd voor hun noden.",
        fr: "Aime aider les autres et prend le temps de répondre à leurs besoins.",
        en: "Enjoys helping others and makes time for their needs.",
      },
    },
    low: {
      id: "guards-own-focus",
      name: { nl: "Bewaakt de eigen focus", fr: "Protection de ses priorités", en: "Guards own focus" },
      description: {
        nl: "Gaat zuinig om met tijd en energie en houdt de aandacht bij de eigen prioriteiten.",
        fr: "Préserve son temps et son énergie et garde le cap sur ses propres priorités.",
        en: "Guards time and energy and keeps attention on own priorities.",
      },
    },
  },
  {
    domain: "A",
    facet: 4,
    name: { nl: "Samenwerking", fr: "Coopération", en: "Cooperation" },
    high: {
      id: "peacemaker",
      name: { nl: "Vredestichter", fr: "Esprit de conciliation", en: "Peacemaker" },
      description: {
        nl: "Zoekt compromissen, vermijdt onnodige confrontaties en houdt relaties goed.",
        fr: "Recherche le compromis, évite les confrontations inutiles et préserve les relations.",
        en: "Seeks compromise, avoids needless confrontation and keeps relationships intact.",
      },
    },
    low: {
      id: "frank-and-forthright",
      name: { nl: "Durft te confronteren", fr: "Franc-parler", en: "Frank and forthright" },
      description: {
        nl: "Zegt wat gezegd moet worden en gaat een gezond conflict niet uit de weg.",
        fr: "Dit ce qui doit être dit et ne craint pas un conflit constructif.",
        en: "Says what needs to be said and is not afraid of a healthy conflict.",
      },
    },
  },
  {
    domain: "A",
    facet: 5,
    name: { nl: "Bescheidenheid", fr: "Modestie", en: "Modesty" },
    high: {
      id: "humble",
      name: { nl: "Bescheiden", fr: "Humilité", en: "Humble" },
      description: {
        nl: "Laat resultaten voor zich spreken en deelt de eer met anderen.",
        fr: "Laisse les résultats parler d'eux-mêmes et partage le mérite avec les autres.",
        en: "Lets results speak for themselves and shares credit with others.",
      },
    },
    low: {
      id: "confident-self-presenter",
      name: { nl: "Zelfbewust optreden", fr: "Affirmation de soi", en: "Confident self-presenter" },
      description: {
        nl: "Durft de eigen sterktes te tonen en brengt resultaten met overtuiging naar voren.",
        fr: "Ose montrer ses forces et présente ses réussites avec assurance.",
        en: "Shows their strengths and presents achievements with confidence.",
      },
    },
  },
  {
    domain: "A",
    facet: 6,
    name: { nl: "Medeleven", fr: "Compassion", en: "Sympathy" },
    high: {
      id: "compassionate",
      name: { nl: "Meelevend", fr: "Compassion", en: "Compassionate" },
      description: {
        nl: "Is begaan met de moeilijkheden van anderen en komt op voor wie het minder goed heeft.",
        fr: "Se soucie des difficultés des autres et défend les plus démunis.",
        en: "Is moved by others' hardship and stands up for those who are worse off.",
      },
    },
    low: {
      id: "rational-and-fair-minded",
      name: { nl: "Rationeel en rechtvaardig", fr: "Rigueur rationnelle", en: "Rational and fair-minded" },
      description: {
        nl: "Weegt moeilijke beslissingen af op basis van feiten eerder dan op gevoel.",
        fr: "Évalue les décisions difficiles sur la base des faits plutôt que des sentiments.",
        en: "Weighs tough decisions on the facts rather than on sentiment.",
      },
    },
  },
];
