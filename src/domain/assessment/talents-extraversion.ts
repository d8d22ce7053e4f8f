import type { TFacetTalents } from "./talent-types";

/** Extraversion facets: high poles bring energy to others, low poles bring focus and calm. */
export const EXTRAVERSION_TALENTS: readonly TFacetTalents[] = [
  {
    domain: "E",
    facet: 1,
    name: { nl: "Hartelijkheid", fr: "Cordialité", en: "Friendliness" },
    high: {
      id: "warm-connector",
      name: { nl: "Hartelijke verbinder", fr: "Chaleur relationnelle", en: "Warm connector" },
      description: {
        nl: "Zorgt dat mensen zich welkom voelen en legt snel contact.",
        fr: "Met les gens à l'aise et crée rapidement le contact.",
        en: "Makes people feel welcome and builds rapport quickly.",
      },
    },
    low: {
      id: "reserved-and-discreet",
      name: { nl: "Ingetogen en discreet", fr: "Réserve et discrétion", en: "Reserved and discreet" },
      description: {
        nl: "Neemt de tijd om vertrouwen op te bouwen en bewaart waar nodig een professionele afstand.",
        fr: "Prend le temps d'établir la confiance et garde une distance professionnelle quand c'est utile.",
        en: "Takes time to build trust and keeps a professional distance where it helps.",
      },
    },
  },
  {
    domain: "E",
    facet: 2,
    name: { nl: "Sociabiliteit", fr: "Grégarité", en: "Gregariousness" },
    high: {
      id: "team-energiser",
      name: { nl: "Groepsmens", fr: "Esprit de groupe", en: "Team energiser" },
      description: {
        nl: "Komt tot bloei in groep en brengt graag veel verschillende mensen samen.",
        fr: "S'épanouit en groupe et aime rassembler des personnes très différentes.",
        en: "Thrives in groups and enjoys bringing many different people together.",
      },
    },
    low: {
      id: "independent-worker",
      name: { nl: "Zelfstandige werker", fr: "Indépendance dans le travail", en: "Independent worker" },
      description: {
        nl: "Werkt goed alleen en hecht waarde aan geconcentreerd, persoonlijk contact.",
        fr: "Travaille bien en autonomie et privilégie les échanges en tête-à-tête.",
        en: "Works well alone and values focused, one-to-one contact.",
      },
    },
  },
  {
    domain: "E",
    facet: 3,
    name: { nl: "Assertiviteit", fr: "Assertivité", en: "Assertiveness" },
    high: {
      id: "natural-leader",
      name: { nl: "Natuurlijke leider", fr: "Leadership naturel", en: "Natural leader" },
      description: {
        nl: "Neemt het voortouw, spreekt zich uit en geeft richting wanneer dat nodig is.",
        fr: "Prend les choses en main, s'exprime et donne une direction quand il le faut.",
        en: "Takes charge, speaks up and gives direction when it is needed.",
      },
    },
    low: {
      id: "supportive-team-player",
      name: { nl: "Ondersteunende teamspeler", fr: "Soutien discret de l'équipe", en: "Supportive team player" },
      description: {
        nl: "Geeft anderen ruimte om te leiden en draagt bij zonder in de schijnwerpers te willen staan.",
        fr: "Laisse aux autres la place de mener et contribue sans chercher les projecteurs.",
        en: "Gives others room to lead and contributes without needing the spotlight.",
      },
    },
  },
  {
    domain: "E",
    facet: 4,
    name: { nl: "Activiteit", fr: "Niveau d'activité", en: "Activity level" },
    high: {
      id: "high-energy-driver",
      name: { nl: "Energieke doener", fr: "Énergie et dynamisme", en: "High-energy driver" },
      description: {
        nl: "Houdt een hoog tempo aan en krijgt veel gedaan.",
        fr: "Maintient un rythme soutenu et abat beaucoup de travail.",
        en: "Keeps a fast pace and gets a lot done.",
      },
    },
    low: {
      id: "steady-and-sustainable",
      name: { nl: "Rustig en duurzaam", fr: "Rythme durable", en: "Steady and sustainable" },
      description: {
        nl: "Werkt in een houdbaar tempo en neemt tijd om op te laden.",
        fr: "Travaille à un rythme tenable dans la durée et prend le temps de se ressourcer.",
        en: "Works at a sustainable pace and makes time to recharge.",
      },
    },
  },
  {
    domain: "E",
    facet: 5,
    name: { nl: "Avonturisme", fr: "Recherche de sensations", en: "Excitement-seeking" },
    high: {
      id: "bold-adventurer",
      name: { nl: "Avontuurlijk", fr: "Goût de l'aventure", en: "Bold adventurer" },
      description: {
        nl: "Zoekt nieuwe uitdagingen op en durft een gok te wagen.",
        fr: "Recherche les nouveaux défis et ose prendre des risques.",
        en: "Seeks out new challenges and dares to take a chance.",
      },
    },
    low: {
      id: "prudent-and-stable",
      name: { nl: "Bedachtzaam", fr: "Prudence et stabilité", en: "Prudent and stable" },
      description: {
        nl: "Verkiest een rustige, voorspelbare omgeving en vermijdt onnodige risico's.",
        fr: "Préfère un environnement calme et prévisible et évite les risques inutiles.",
        en: "Prefers a calm, predictable environment and avoids unnecessary risk.",
      },
    },
  },
  {
    domain: "E",
    facet: 6,
    name: { nl: "Opgewektheid", fr: "Gaieté", en: "Cheerfulness" },
    high: {
      id: "positive-spirit",
      name: { nl: "Positieve uitstraling", fr: "Enthousiasme communicatif", en: "Positive spirit" },
      description: {
        nl: "Straalt enthousiasme uit en brengt anderen in een goede stemming.",
        fr: "Rayonne d'enthousiasme et améliore l'humeur de son entourage.",
        en: "Radiates enthusiasm and lifts the mood of those around them.",
      },
    },
    low: {
      id: "sober-and-serious",
      name: { nl: "Ernstig en bezonnen", fr: "Sobriété et sérieux", en: "Sober and serious" },
      description: {
        nl: "Houdt een sobere, ernstige toon en laat zich niet meeslepen door enthousiasme.",
        fr: "Garde un ton posé et sérieux, sans se laisser emporter par l'enthousiasme.",
        en: "Keeps a sober, serious tone and is not carried away by enthusiasm.",
      },
    },
  },
];
