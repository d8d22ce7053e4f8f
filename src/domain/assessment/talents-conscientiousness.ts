import type { TFacetTalents } from "./talent-types";

/** Conscientiousness facets: high poles bring reliability and drive, low poles bring flexibility and speed. */
export const CONSCIENTIOUSNESS_TALENTS: readonly TFacetTalents[] = [
  {
    domain: "C",
    facet: 1,
    name: { nl: "Competentie", fr: "Sentiment d'efficacité", en: "Self-efficacy" },
    high: {
      id: "capable-and-effective",
      name: { nl: "Bekwaam en doeltreffend", fr: "Sentiment de compétence", en: "Capable and effective" },
      description: {
        nl: "Vertrouwt op de eigen kunde en voert taken vlot en succesvol uit.",
        fr: "Fait confiance à ses capacités et mène ses tâches à bien avec aisance.",
        en: "Trusts own ability and handles tasks smoothly and successfully.",
      },
    },
    low: {
      id: "eager-learner",
      name: { nl: "Leergierig", fr: "Désir d'apprendre", en: "Eager learner" },
      description: {
        nl: "Blijft openstaan om bij te leren en toetst graag of de aanpak klopt.",
        fr: "Garde l'envie d'apprendre et vérifie volontiers si l'approche est la bonne.",
        en: "Stays open to learning and readily checks whether the approach is right.",
      },
    },
  },
  {
    domain: "C",
    facet: 2,
    name: { nl: "Ordelijkheid", fr: "Ordre", en: "Orderliness" },
    high: {
      id: "organised",
      name: { nl: "Ordelijk en gestructureerd", fr: "Sens de l'organisation", en: "Organised" },
      description: {
        nl: "Houdt alles netjes en gestructureerd zodat er niets verloren gaat.",
        fr: "Garde les choses rangées et structurées pour que rien ne se perde.",
        en: "Keeps things tidy and structured so that nothing gets lost.",
      },
    },
    low: {
      id: "flexible-improviser",
      name: { nl: "Flexibele improvisator", fr: "Souplesse d'improvisation", en: "Flexible improviser" },
      description: {
        nl: "Kan goed om met wat chaos en past zich makkelijk aan wanneer plannen wijzigen.",
        fr: "S'accommode bien d'un peu de désordre et s'adapte facilement quand les plans changent.",
        en: "Copes well with a bit of chaos and adapts easily when plans change.",
      },
    },
  },
  {
    domain: "C",
    facet: 3,
    name: { nl: "Plichtsbesef", fr: "Sens du devoir", en: "Dutifulness" },
    high: {
      id: "dependable",
      name: { nl: "Betrouwbaar", fr: "Fiabilité", en: "Dependable" },
      description: {
        nl: "Komt beloftes na, spreekt de waarheid en houdt zich aan de regels.",
        fr: "Tient ses promesses, dit la vérité et respecte les règles.",
        en: "Keeps promises, tells the truth and follows the rules.",
      },
    },
    low: {
      id: "pragmatic-about-rules",
      name: { nl: "Soepel met regels", fr: "Souplesse face aux règles", en: "Pragmatic about rules" },
      description: {
        nl: "Ziet regels als middel en niet als doel, en past ze aan wanneer de situatie erom vraagt.",
        fr: "Considère les règles comme des moyens et non des fins, et les adapte quand la situation l'exige.",
        en: "Treats rules as means, not ends, and bends them when the situation calls for it.",
      },
    },
  },
  {
    domain: "C",
    facet: 4,
    name: { nl: "Prestatiestreven", fr: "Recherche de réussite", en: "Achievement-striving" },
    high: {
      id: "ambitious-achiever",
      name: { nl: "Ambitieus", fr: "Ambition", en: "Ambitious achiever" },
      description: {
        nl: "Stelt hoge doelen en levert de inspanning om verwachtingen te overtreffen.",
        fr: "Se fixe des objectifs élevés et fournit les efforts pour dépasser les attentes.",
        en: "Sets high goals and puts in the effort to exceed expectations.",
      },
    },
    low: {
      id: "balanced-and-content",
      name: { nl: "Gezond evenwicht", fr: "Équilibre de vie", en: "Balanced and content" },
      description: {
        nl: "Houdt werk in verhouding en is tevreden met degelijk werk.",
        fr: "Garde le travail en juste proportion et se satisfait d'un travail bien fait.",
        en: "Keeps work in proportion and is content with a job well done.",
      },
    },
  },
  {
    domain: "C",
    facet: 5,
    name: { nl: "Zelfdiscipline", fr: "Autodiscipline", en: "Self-discipline" },
    high: {
      id: "disciplined-finisher",
      name: { nl: "Gedisciplineerd", fr: "Constance dans l'effort", en: "Disciplined finisher" },
      description: {
        nl: "Begint meteen, blijft bij de taak en maakt af waaraan begonnen werd.",
        fr: "Se met vite au travail, reste à la tâche et termine ce qui a été commencé.",
        en: "Starts promptly, stays on task and finishes what was started.",
      },
    },
    low: {
      id: "spontaneous-and-adaptable",
      name: { nl: "Spontaan en wendbaar", fr: "Spontanéité", en: "Spontaneous and adaptable" },
      description: {
        nl: "Werkt met pieken van energie en schakelt makkelijk over naar wat op dat moment het belangrijkst is.",
        fr: "Travaille par élans d'énergie et passe facilement à ce qui compte le plus sur le moment.",
        en: "Works in bursts of energy and switches easily to what matters most at the moment.",
      },
    },
  },
  {
    domain: "C",
    facet: 6,
    name: { nl: "Voorzichtigheid", fr: "Prudence", en: "Cautiousness" },
    high: {
      id: "careful-decision-maker",
      name: { nl: "Zorgvuldige beslisser", fr: "Décision réfléchie", en: "Careful decision-maker" },
      description: {
        nl: "Denkt dingen grondig door en weegt de opties af voor er actie volgt.",
        fr: "Réfléchit avant d'agir et pèse les options.",
        en: "Thinks things through and weighs the options before acting.",
      },
    },
    low: {
      id: "decisive-under-uncertainty",
      name: { nl: "Daadkrachtig bij onzekerheid", fr: "Esprit de décision dans l'incertitude", en: "Decisive under uncertainty" },
      description: {
        nl: "Handelt snel en neemt beslissingen zonder op elk detail te wachten.",
        fr: "Agit vite et décide sans attendre de connaître chaque détail.",
        en: "Acts quickly and takes decisions without waiting for every detail.",
      },
    },
  },
];
