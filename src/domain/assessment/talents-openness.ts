import type { TFacetTalents } from "./talent-types";

/** Openness facets: high poles bring new ideas, low poles bring realism and continuity. */
export const OPENNESS_TALENTS: readonly TFacetTalents[] = [
  {
    domain: "O",
    facet: 1,
    name: { nl: "Verbeelding", fr: "Imagination", en: "Imagination" },
    high: {
      id: "imaginative-visionary",
      name: { nl: "Verbeeldingsrijke visionair", fr: "Imagination visionnaire", en: "Imaginative visionary" },
      description: {
        nl: "Ziet nieuwe mogelijkheden en denkt verder dan wat er al is.",
        fr: "Imagine de nouvelles possibilités et pense au-delà de l'existant.",
        en: "Imagines new possibilities and thinks beyond what already exists.",
      },
    },
    low: {
      id: "down-to-earth-realist",
      name: { nl: "Realist met beide voeten op de grond", fr: "Réalisme pragmatique", en: "Down-to-earth realist" },
      description: {
        nl: "Houdt zich aan de feiten en richt zich op wat nu praktisch haalbaar is.",
        fr: "S'appuie sur les faits et se concentre sur ce qui est concrètement faisable aujourd'hui.",
        en: "Stays grounded in facts and focuses on what is practical now.",
      },
    },
  },
  {
    domain: "O",
    facet: 2,
    name: { nl: "Artistieke interesse", fr: "Intérêts artistiques", en: "Artistic interests" },
    high: {
      id: "eye-for-beauty",
      name: { nl: "Oog voor schoonheid", fr: "Sens esthétique", en: "Eye for beauty" },
      description: {
        nl: "Waardeert kunst en vormgeving en brengt een esthetisch gevoel mee in het werk.",
        fr: "Apprécie l'art et le design et apporte une sensibilité esthétique au travail.",
        en: "Appreciates art and design and brings an aesthetic sense to work.",
      },
    },
    low: {
      id: "function-first",
      name: { nl: "Functie boven vorm", fr: "La fonction avant la forme", en: "Function first" },
      description: {
        nl: "Hecht meer aan inhoud dan aan vorm en beoordeelt dingen op hoe goed ze werken.",
        fr: "Privilégie le fond à la forme et juge les choses à leur efficacité.",
        en: "Values substance over style and judges things by how well they work.",
      },
    },
  },
  {
    domain: "O",
    facet: 3,
    name: { nl: "Emotionaliteit", fr: "Émotivité", en: "Emotionality" },
    high: {
      id: "emotionally-attuned",
      name: { nl: "Emotioneel afgestemd", fr: "Finesse émotionnelle", en: "Emotionally attuned" },
      description: {
        nl: "Is zich bewust van de eigen gevoelens en pikt de emoties van anderen op.",
        fr: "Est à l'écoute de ses propres émotions et perçoit celles des autres.",
        en: "Is aware of their own feelings and picks up on the emotions of others.",
      },
    },
    low: {
      id: "level-headed-and-objective",
      name: { nl: "Zakelijk en objectief", fr: "Objectivité", en: "Level-headed and objective" },
      description: {
        nl: "Houdt emoties buiten beschouwing en bekijkt situaties objectief.",
        fr: "Met les émotions de côté et examine les situations avec objectivité.",
        en: "Keeps emotions out of the picture and looks at situations objectively.",
      },
    },
  },
  {
    domain: "O",
    facet: 4,
    name: { nl: "Avontuurlijkheid", fr: "Goût de la nouveauté", en: "Adventurousness" },
    high: {
      id: "change-seeker",
      name: { nl: "Veranderingsgezind", fr: "Ouverture au changement", en: "Change seeker" },
      description: {
        nl: "Verwelkomt verandering en probeert graag nieuwe werkwijzen uit.",
        fr: "Accueille le changement et aime essayer de nouvelles façons de travailler.",
        en: "Welcomes change and enjoys trying new ways of working.",
      },
    },
    low: {
      id: "reliable-continuity",
      name: { nl: "Bewaker van continuïteit", fr: "Sens de la continuité", en: "Reliable continuity" },
      description: {
        nl: "Hecht aan beproefde methodes en zorgt voor stabiliteit en consistentie.",
        fr: "Privilégie les méthodes éprouvées et apporte stabilité et constance.",
        en: "Values proven methods and brings stability and consistency.",
      },
    },
  },
  {
    domain: "O",
    facet: 5,
    name: { nl: "Intellect", fr: "Intellect", en: "Intellect" },
    high: {
      id: "curious-thinker",
      name: { nl: "Nieuwsgierige denker", fr: "Curiosité intellectuelle", en: "Curious thinker" },
      description: {
        nl: "Houdt van complexe ideeën en abstracte vraagstukken en denkt ze grondig door.",
        fr: "Aime les idées complexes et les problèmes abstraits, et les approfondit.",
        en: "Enjoys complex ideas and abstract problems and thinks them through.",
      },
    },
    low: {
      id: "hands-on-pragmatist",
      name: { nl: "Pragmaticus", fr: "Pragmatisme", en: "Hands-on pragmatist" },
      description: {
        nl: "Verkiest concrete actie boven theorie en zet ideeën om in de praktijk.",
        fr: "Préfère l'action concrète à la théorie et met les idées en pratique.",
        en: "Prefers concrete action to theory and turns ideas into practice.",
      },
    },
  },
  {
    domain: "O",
    facet: 6,
    name: { nl: "Liberalisme", fr: "Libéralisme", en: "Liberalism" },
    high: {
      id: "open-minded-challenger",
      name: { nl: "Onbevangen uitdager", fr: "Esprit critique et ouvert", en: "Open-minded challenger" },
      description: {
        nl: "Stelt conventies in vraag en staat open voor andere waarden en standpunten.",
        fr: "Remet en question les conventions et s'ouvre à d'autres valeurs et points de vue.",
        en: "Questions conventions and is open to different values and viewpoints.",
      },
    },
    low: {
      id: "principled-and-consistent",
      name: { nl: "Principieel en consequent", fr: "Fidélité aux principes", en: "Principled and consistent" },
      description: {
        nl: "Respecteert traditie en gezag en staat pal voor duidelijke principes.",
        fr: "Respecte la tradition et l'autorité et défend fermement des principes clairs.",
        en: "Respects tradition and authority and stands firmly for clear principles.",
      },
    },
  },
];
