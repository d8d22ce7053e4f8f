import type { TChallenge } from "./challenge-types";

/** Challenges of managers who are having a hard time (nl: "hebben het moeilijk"). A high score means the challenge applies. */
export const HARD_TIME_CHALLENGES: readonly TChallenge[] = [
  {
    id: "too-involved-in-execution",
    situation: "hard-time",
    wording: {
      nl: "blijven te veel betrokken bij de uitvoering",
      fr: "restent trop impliqués dans l'exécution",
      en: "stay too involved in execution",
    },
    statements: [
      {
        id: "too-involved-in-execution-1",
        self: {
          nl: "Ik besteed mijn tijd aan operationele taken die mijn team zou kunnen doen.",
          fr: "Je consacre mon temps à des tâches opérationnelles que mon équipe pourrait prendre en charge.",
          en: "I spend my time on operational tasks that my team could do.",
        },
        rater: {
          nl: "Deze manager besteedt tijd aan operationele taken die het team zou kunnen doen.",
          fr: "Ce manager consacre son temps à des tâches opérationnelles que l'équipe pourrait prendre en charge.",
          en: "This manager spends time on operational tasks that the team could do.",
        },
      },
      {
        id: "too-involved-in-execution-2",
        self: {
          nl: "Ik bemoei mij met de details van hoe mijn team het werk uitvoert.",
          fr: "Je m'immisce dans les détails de la façon dont mon équipe exécute son travail.",
          en: "I get involved in the details of how my team carries out its work.",
        },
        rater: {
          nl: "Deze manager bemoeit zich met de details van hoe het team het werk uitvoert.",
          fr: "Ce manager s'immisce dans les détails de la façon dont l'équipe exécute son travail.",
          en: "This manager gets involved in the details of how the team carries out its work.",
        },
      },
    ],
  },
  {
    id: "setting-priorities",
    situation: "hard-time",
    wording: {
      nl: "stellen moeilijk prioriteiten",
      fr: "ont du mal à fixer des priorités",
      en: "find it hard to set priorities",
    },
    statements: [
      {
        id: "setting-priorities-1",
        self: {
          nl: "Ik behandel elke vraag als even dringend.",
          fr: "Je traite chaque demande comme si elle était aussi urgente que les autres.",
          en: "I treat every request as equally urgent.",
        },
        rater: {
          nl: "Deze manager behandelt elke vraag als even dringend.",
          fr: "Ce manager traite chaque demande comme si elle était aussi urgente que les autres.",
          en: "This manager treats every request as equally urgent.",
        },
      },
      {
        id: "setting-priorities-2",
        self: {
          nl: "Ik begin aan nieuwe dingen voor het belangrijkste werk af is.",
          fr: "Je commence de nouvelles choses avant d'avoir terminé le travail le plus important.",
          en: "I start on new things before the most important work is finished.",
        },
        rater: {
          nl: "Deze manager begint aan nieuwe dingen voor het belangrijkste werk af is.",
          fr: "Ce manager commence de nouvelles choses avant d'avoir terminé le travail le plus important.",
          en: "This manager starts on new things before the most important work is finished.",
        },
      },
    ],
  },
  {
    id: "cannot-delegate",
    situation: "hard-time",
    wording: { nl: "kunnen niet delegeren", fr: "ne savent pas déléguer", en: "cannot delegate" },
    statements: [
      {
        id: "cannot-delegate-1",
        self: {
          nl: "Ik houd taken bij mij die anderen zouden kunnen doen.",
          fr: "Je garde pour moi des tâches que d'autres pourraient faire.",
          en: "I keep tasks to myself that others could do.",
        },
        rater: {
          nl: "Deze manager houdt taken bij zich die anderen zouden kunnen doen.",
          fr: "Ce manager garde des tâches que d'autres pourraient faire.",
          en: "This manager keeps tasks that others could do.",
        },
      },
      {
        id: "cannot-delegate-2",
        self: {
          nl: "Ik aarzel om belangrijke taken aan anderen toe te vertrouwen.",
          fr: "J'hésite à confier des tâches importantes à d'autres.",
          en: "I hesitate to entrust important tasks to others.",
        },
        rater: {
          nl: "Deze manager aarzelt om belangrijke taken aan anderen toe te vertrouwen.",
          fr: "Ce manager hésite à confier des tâches importantes à d'autres.",
          en: "This manager hesitates to entrust important tasks to others.",
        },
      },
    ],
  },
  {
    id: "afraid-of-conflict",
    situation: "hard-time",
    wording: {
      nl: "zijn bang voor conflictsituaties",
      fr: "craignent les situations de conflit",
      en: "are afraid of conflict situations",
    },
    statements: [
      {
        id: "afraid-of-conflict-1",
        self: {
          nl: "Ik zwijg over meningsverschillen om wrijving te vermijden.",
          fr: "Je passe les désaccords sous silence pour éviter les frictions.",
          en: "I stay silent about disagreements to avoid friction.",
        },
        rater: {
          nl: "Deze manager zwijgt over meningsverschillen om wrijving te vermijden.",
          fr: "Ce manager passe les désaccords sous silence pour éviter les frictions.",
          en: "This manager stays silent about disagreements to avoid friction.",
        },
      },
      {
        id: "afraid-of-conflict-2",
        self: {
          nl: "Ik laat spanningen in het team aanslepen in plaats van ze aan te pakken.",
          fr: "Je laisse perdurer les tensions dans l'équipe au lieu de les aborder.",
          en: "I let tensions in the team drag on rather than address them.",
        },
        rater: {
          nl: "Deze manager laat spanningen in het team aanslepen in plaats van ze aan te pakken.",
          fr: "Ce manager laisse perdurer les tensions dans l'équipe au lieu de les aborder.",
          en: "This manager lets tensions in the team drag on rather than address them.",
        },
      },
    ],
  },
  {
    id: "detach-from-team",
    situation: "hard-time",
    wording: {
      nl: "kunnen niet loskoppelen van hun team",
      fr: "n'arrivent pas à se détacher de leur équipe",
      en: "cannot detach from their team",
    },
    statements: [
      {
        id: "detach-from-team-1",
        self: {
          nl: "Ik stel de belangen van mijn team boven die van de organisatie als geheel.",
          fr: "Je fais passer les intérêts de mon équipe avant ceux de l'organisation dans son ensemble.",
          en: "I put my team's interests ahead of those of the organisation as a whole.",
        },
        rater: {
          nl: "Deze manager stelt de belangen van het team boven die van de organisatie als geheel.",
          fr: "Ce manager fait passer les intérêts de l'équipe avant ceux de l'organisation dans son ensemble.",
          en: "This manager puts the team's interests ahead of those of the organisation as a whole.",
        },
      },
      {
        id: "detach-from-team-2",
        self: {
          nl: "Ik vind het moeilijk om een professionele afstand tot mijn team te bewaren.",
          fr: "J'ai du mal à garder une distance professionnelle avec mon équipe.",
          en: "I find it hard to keep a professional distance from my team.",
        },
        rater: {
          nl: "Deze manager vindt het moeilijk om een professionele afstand tot het team te bewaren.",
          fr: "Ce manager a du mal à garder une distance professionnelle avec l'équipe.",
          en: "This manager finds it hard to keep a professional distance from the team.",
        },
      },
    ],
  },
  {
    id: "strategic-thinking",
    situation: "hard-time",
    wording: {
      nl: "denken onvoldoende strategisch",
      fr: "ne pensent pas assez de manière stratégique",
      en: "think insufficiently strategically",
    },
    statements: [
      {
        id: "strategic-thinking-1",
        self: {
          nl: "Ik richt mij op de problemen van vandaag eerder dan op waar mijn team over enkele jaren moet staan.",
          fr: "Je me concentre sur les problèmes du jour plutôt que sur la place que mon équipe devrait occuper dans quelques années.",
          en: "I focus on today's problems rather than on where my team should be in a few years.",
        },
        rater: {
          nl: "Deze manager richt zich op de problemen van vandaag eerder dan op waar het team over enkele jaren moet staan.",
          fr: "Ce manager se concentre sur les problèmes du jour plutôt que sur la place que l'équipe devrait occuper dans quelques années.",
          en: "This manager focuses on today's problems rather than on where the team should be in a few years.",
        },
      },
      {
        id: "strategic-thinking-2",
        self: {
          nl: "Ik neem beslissingen zonder ze te koppelen aan de strategie van de organisatie.",
          fr: "Je prends des décisions sans les relier à la stratégie de l'organisation.",
          en: "I make decisions without linking them to the organisation's strategy.",
        },
        rater: {
          nl: "Deze manager neemt beslissingen zonder ze te koppelen aan de strategie van de organisatie.",
          fr: "Ce manager prend des décisions sans les relier à la stratégie de l'organisation.",
          en: "This manager makes decisions without linking them to the organisation's strategy.",
        },
      },
    ],
  },
  {
    id: "senior-management-perspective",
    situation: "hard-time",
    wording: {
      nl: "kunnen zich niet verplaatsen in het management",
      fr: "n'arrivent pas à se mettre à la place de la direction",
      en: "cannot put themselves in the position of (senior) management",
    },
    statements: [
      {
        id: "senior-management-perspective-1",
        self: {
          nl: "Ik begrijp moeilijk waarom het management bepaalde beslissingen neemt.",
          fr: "J'ai du mal à comprendre pourquoi la direction prend certaines décisions.",
          en: "I find it hard to understand why senior management takes certain decisions.",
        },
        rater: {
          nl: "Deze manager begrijpt moeilijk waarom het management bepaalde beslissingen neemt.",
          fr: "Ce manager a du mal à comprendre pourquoi la direction prend certaines décisions.",
          en: "This manager finds it hard to understand why senior management takes certain decisions.",
        },
      },
      {
        id: "senior-management-perspective-2",
        self: {
          nl: "Als ik beslissingen van het management doorgeef, breng ik ze als iets dat ons wordt opgelegd.",
          fr: "Quand je relaie les décisions de la direction, je les présente comme quelque chose qui nous est imposé.",
          en: "When I pass on decisions from management, I present them as something imposed on us.",
        },
        rater: {
          nl: "Deze manager brengt beslissingen van het management als iets dat het team wordt opgelegd.",
          fr: "Ce manager présente les décisions de la direction comme quelque chose d'imposé à l'équipe.",
          en: "This manager presents management decisions as something imposed on the team.",
        },
      },
    ],
  },
  {
    id: "clear-communication",
    situation: "hard-time",
    wording: {
      nl: "missen duidelijke communicatievaardigheden",
      fr: "manquent de compétences pour communiquer clairement",
      en: "lack clear communication skills",
    },
    statements: [
      {
        id: "clear-communication-1",
        self: {
          nl: "Ik laat mensen in het ongewisse over wat ik van hen verwacht.",
          fr: "Je laisse les gens dans le flou sur ce que j'attends d'eux.",
          en: "I leave people unsure about what I expect of them.",
        },
        rater: {
          nl: "Deze manager laat mensen in het ongewisse over wat er van hen verwacht wordt.",
          fr: "Ce manager laisse les gens dans le flou sur ce qu'on attend d'eux.",
          en: "This manager leaves people unsure about what is expected of them.",
        },
      },
      {
        id: "clear-communication-2",
        self: {
          nl: "Ik leg dingen omslachtig of verwarrend uit.",
          fr: "J'explique les choses de manière confuse ou trop longue.",
          en: "I explain things in a long-winded or confusing way.",
        },
        rater: {
          nl: "Deze manager legt dingen omslachtig of verwarrend uit.",
          fr: "Ce manager explique les choses de manière confuse ou trop longue.",
          en: "This manager explains things in a long-winded or confusing way.",
        },
      },
    ],
  },
  {
    id: "self-awareness",
    situation: "hard-time",
    wording: { nl: "zijn niet zelfbewust", fr: "manquent de conscience de soi", en: "are not self-aware" },
    statements: [
      {
        id: "self-awareness-1",
        self: {
          nl: "Ik ben verrast door het effect dat mijn gedrag op anderen heeft.",
          fr: "Je découvre avec surprise l'effet de mon comportement sur les autres.",
          en: "I am surprised by the effect my behaviour has on others.",
        },
        rater: {
          nl: "Deze manager lijkt zich niet bewust van het effect van het eigen gedrag op anderen.",
          fr: "Ce manager semble ignorer l'effet de son comportement sur les autres.",
          en: "This manager seems unaware of the effect of their behaviour on others.",
        },
      },
      {
        id: "self-awareness-2",
        self: {
          nl: "Ik vind het moeilijk om mijn eigen zwakke punten te erkennen.",
          fr: "J'ai du mal à reconnaître mes propres points faibles.",
          en: "I find it hard to acknowledge my own weaknesses.",
        },
        rater: {
          nl: "Deze manager vindt het moeilijk om de eigen zwakke punten te erkennen.",
          fr: "Ce manager a du mal à reconnaître ses propres points faibles.",
          en: "This manager finds it hard to acknowledge their own weaknesses.",
        },
      },
    ],
  },
  {
    id: "avoid-difficult-conversations",
    situation: "hard-time",
    wording: {
      nl: "vermijden moeilijke gesprekken",
      fr: "évitent les conversations difficiles",
      en: "avoid difficult conversations",
    },
    statements: [
      {
        id: "avoid-difficult-conversations-1",
        self: {
          nl: "Ik stel gesprekken over ondermaatse prestaties uit.",
          fr: "Je reporte les entretiens portant sur des performances insuffisantes.",
          en: "I postpone conversations about poor performance.",
        },
        rater: {
          nl: "Deze manager stelt gesprekken over ondermaatse prestaties uit.",
          fr: "Ce manager reporte les entretiens portant sur des performances insuffisantes.",
          en: "This manager postpones conversations about poor performance.",
        },
      },
      {
        id: "avoid-difficult-conversations-2",
        self: {
          nl: "Ik verpak slecht nieuws zo voorzichtig dat de boodschap verloren gaat.",
          fr: "J'enrobe tellement les mauvaises nouvelles que le message se perd.",
          en: "I soften bad news so much that the message gets lost.",
        },
        rater: {
          nl: "Deze manager verpakt slecht nieuws zo voorzichtig dat de boodschap verloren gaat.",
          fr: "Ce manager enrobe tellement les mauvaises nouvelles que le message se perd.",
          en: "This manager softens bad news so much that the message gets lost.",
        },
      },
    ],
  },
  {
    id: "political-antennae",
    situation: "hard-time",
    wording: { nl: "missen politieke antennes", fr: "manquent de sens politique", en: "lack political antennae" },
    statements: [
      {
        id: "political-antennae-1",
        self: {
          nl: "Ik schat verkeerd in wie invloed heeft op beslissingen in de organisatie.",
          fr: "J'évalue mal qui a de l'influence sur les décisions dans l'organisation.",
          en: "I misjudge who has influence on decisions in the organisation.",
        },
        rater: {
          nl: "Deze manager schat verkeerd in wie invloed heeft op beslissingen in de organisatie.",
          fr: "Ce manager évalue mal qui a de l'influence sur les décisions dans l'organisation.",
          en: "This manager misjudges who has influence on decisions in the organisation.",
        },
      },
      {
        id: "political-antennae-2",
        self: {
          nl: "Ik doe voorstellen zonder eerst steun te zoeken bij sleutelfiguren.",
          fr: "Je présente des propositions sans chercher d'abord le soutien des personnes clés.",
          en: "I put forward proposals without first seeking support from key people.",
        },
        rater: {
          nl: "Deze manager doet voorstellen zonder eerst steun te zoeken bij sleutelfiguren.",
          fr: "Ce manager présente des propositions sans chercher d'abord le soutien des personnes clés.",
          en: "This manager puts forward proposals without first seeking support from key people.",
        },
      },
    ],
  },
];
