import type { TChallenge } from "./challenge-types";

/** Challenges of managers who are new in the role (nl: "zijn nieuw in deze rol"). A high score means the challenge applies. */
export const NEW_IN_ROLE_CHALLENGES: readonly TChallenge[] = [
  {
    id: "lack-self-confidence",
    situation: "new-in-role",
    wording: { nl: "hebben geen zelfvertrouwen", fr: "manquent de confiance en eux", en: "lack self-confidence" },
    statements: [
      {
        id: "lack-self-confidence-1",
        self: {
          nl: "Ik twijfel eraan of ik mijn rol als manager aankan.",
          fr: "Je doute d'être à la hauteur de mon rôle de manager.",
          en: "I doubt whether I am up to my role as a manager.",
        },
        rater: {
          nl: "Deze manager lijkt te twijfelen aan het eigen kunnen als leidinggevende.",
          fr: "Ce manager semble douter d'être à la hauteur de son rôle.",
          en: "This manager seems to doubt whether they are up to the role.",
        },
      },
      {
        id: "lack-self-confidence-2",
        self: {
          nl: "Ik houd mijn mening in vergaderingen voor mij uit angst om fout te zitten.",
          fr: "Je tais mon avis en réunion de peur de me tromper.",
          en: "I keep my opinion to myself in meetings for fear of being wrong.",
        },
        rater: {
          nl: "Deze manager houdt de eigen mening in vergaderingen achter uit angst om fout te zitten.",
          fr: "Ce manager tait son avis en réunion de peur de se tromper.",
          en: "This manager keeps their opinion to themselves in meetings for fear of being wrong.",
        },
      },
    ],
  },
  {
    id: "colleague-to-boss",
    situation: "new-in-role",
    wording: {
      nl: "weten niet hoe ze van collega tot baas moeten evolueren",
      fr: "ne savent pas comment passer du statut de collègue à celui de chef",
      en: "don't know how to grow from colleague to boss",
    },
    statements: [
      {
        id: "colleague-to-boss-1",
        self: {
          nl: "Ik vind het ongemakkelijk om opdrachten te geven aan mensen die vroeger mijn collega's waren.",
          fr: "Je suis mal à l'aise pour donner des instructions à d'anciens collègues.",
          en: "I find it awkward to give instructions to people who used to be my colleagues.",
        },
        rater: {
          nl: "Deze manager vindt het ongemakkelijk om opdrachten te geven aan vroegere collega's.",
          fr: "Ce manager est mal à l'aise pour donner des instructions à d'anciens collègues.",
          en: "This manager finds it awkward to give instructions to former colleagues.",
        },
      },
      {
        id: "colleague-to-boss-2",
        self: {
          nl: "Ik gedraag mij nog meer als lid van het team dan als de leider ervan.",
          fr: "Je me comporte encore davantage en membre de l'équipe qu'en responsable de celle-ci.",
          en: "I still behave more like a member of the team than like its leader.",
        },
        rater: {
          nl: "Deze manager gedraagt zich nog meer als teamlid dan als leider van het team.",
          fr: "Ce manager se comporte encore davantage en membre de l'équipe qu'en responsable de celle-ci.",
          en: "This manager still behaves more like a team member than like the team's leader.",
        },
      },
    ],
  },
  {
    id: "delegate-and-follow-up",
    situation: "new-in-role",
    wording: {
      nl: "moeten wennen aan hoe een leider delegeert en opvolgt",
      fr: "doivent s'habituer à la manière dont un leader délègue et assure le suivi",
      en: "must get used to how a leader delegates and follows up",
    },
    statements: [
      {
        id: "delegate-and-follow-up-1",
        self: {
          nl: "Ik geef taken door zonder af te spreken welk resultaat ik verwacht en tegen wanneer.",
          fr: "Je confie des tâches sans convenir du résultat attendu ni du délai.",
          en: "I hand over tasks without agreeing on the expected result and deadline.",
        },
        rater: {
          nl: "Deze manager geeft taken door zonder af te spreken welk resultaat verwacht wordt en tegen wanneer.",
          fr: "Ce manager confie des tâches sans convenir du résultat attendu ni du délai.",
          en: "This manager hands over tasks without agreeing on the expected result and deadline.",
        },
      },
      {
        id: "delegate-and-follow-up-2",
        self: {
          nl: "Ik verlies gedelegeerde taken uit het oog tot er een probleem opduikt.",
          fr: "Je perds de vue les tâches déléguées jusqu'à ce qu'un problème survienne.",
          en: "I lose track of tasks I have delegated until a problem surfaces.",
        },
        rater: {
          nl: "Deze manager verliest gedelegeerde taken uit het oog tot er een probleem opduikt.",
          fr: "Ce manager perd de vue les tâches déléguées jusqu'à ce qu'un problème survienne.",
          en: "This manager loses track of delegated tasks until a problem surfaces.",
        },
      },
    ],
  },
  {
    id: "let-go-of-expert-status",
    situation: "new-in-role",
    wording: {
      nl: "moeten de status van (technisch) expert loslaten",
      fr: "doivent renoncer à leur statut d'expert (technique)",
      en: "must let go of the status of (technical) expert",
    },
    statements: [
      {
        id: "let-go-of-expert-status-1",
        self: {
          nl: "Ik wil de persoon blijven bij wie iedereen met technische vragen terechtkan.",
          fr: "Je tiens à rester la personne vers qui chacun se tourne pour les questions techniques.",
          en: "I want to remain the person everyone comes to with technical questions.",
        },
        rater: {
          nl: "Deze manager wil het aanspreekpunt blijven voor alle technische vragen.",
          fr: "Ce manager tient à rester la personne de référence pour toutes les questions techniques.",
          en: "This manager wants to remain the go-to person for every technical question.",
        },
      },
      {
        id: "let-go-of-expert-status-2",
        self: {
          nl: "Ik verbeter technische details in het werk van mijn team in plaats van op het grotere geheel te letten.",
          fr: "Je corrige les détails techniques du travail de mon équipe au lieu de me concentrer sur la vue d'ensemble.",
          en: "I correct technical details of my team's work instead of focusing on the bigger picture.",
        },
        rater: {
          nl: "Deze manager verbetert technische details in het werk van het team in plaats van op het grotere geheel te letten.",
          fr: "Ce manager corrige les détails techniques du travail de l'équipe au lieu de se concentrer sur la vue d'ensemble.",
          en: "This manager corrects technical details of the team's work instead of focusing on the bigger picture.",
        },
      },
    ],
  },
  {
    id: "constructive-feedback",
    situation: "new-in-role",
    wording: {
      nl: "kunnen geen constructieve feedback geven of accepteren",
      fr: "ne parviennent pas à donner ou à accepter un feedback constructif",
      en: "cannot give or accept constructive feedback",
    },
    statements: [
      {
        id: "constructive-feedback-1",
        self: {
          nl: "Ik stel het uit om teamleden te zeggen wat beter kan in hun werk.",
          fr: "Je remets à plus tard le moment de dire aux membres de l'équipe ce qui pourrait être amélioré dans leur travail.",
          en: "I put off telling team members what could be better in their work.",
        },
        rater: {
          nl: "Deze manager stelt het uit om teamleden te zeggen wat beter kan in hun werk.",
          fr: "Ce manager remet à plus tard le moment de dire aux membres de l'équipe ce qui pourrait être amélioré dans leur travail.",
          en: "This manager puts off telling team members what could be better in their work.",
        },
      },
      {
        id: "constructive-feedback-2",
        self: {
          nl: "Ik reageer op kritiek eerder verdedigend dan luisterend.",
          fr: "Face à une critique, je me défends plutôt que d'écouter.",
          en: "I react to criticism defensively rather than by listening.",
        },
        rater: {
          nl: "Deze manager reageert op kritiek eerder verdedigend dan luisterend.",
          fr: "Face à une critique, ce manager se défend plutôt que d'écouter.",
          en: "This manager reacts to criticism defensively rather than by listening.",
        },
      },
    ],
  },
  {
    id: "pressure-to-perform",
    situation: "new-in-role",
    wording: {
      nl: "voelen druk om te presteren als manager",
      fr: "ressentent une pression de résultats en tant que manager",
      en: "feel pressure to perform as a manager",
    },
    statements: [
      {
        id: "pressure-to-perform-1",
        self: {
          nl: "Ik heb het gevoel dat ik mij als manager moet bewijzen.",
          fr: "J'ai le sentiment de devoir faire mes preuves en tant que manager.",
          en: "I feel I have to prove myself as a manager.",
        },
        rater: {
          nl: "Deze manager lijkt het gevoel te hebben zich als manager te moeten bewijzen.",
          fr: "Ce manager semble avoir le sentiment de devoir faire ses preuves.",
          en: "This manager seems to feel a need to prove themselves as a manager.",
        },
      },
      {
        id: "pressure-to-perform-2",
        self: {
          nl: "Ik voel mij gespannen wanneer de resultaten van mijn team op het spel staan.",
          fr: "Je ressens de la tension quand les résultats de mon équipe sont en jeu.",
          en: "I feel tense when my team's results are at stake.",
        },
        rater: {
          nl: "Deze manager komt gespannen over wanneer de resultaten van het team op het spel staan.",
          fr: "Ce manager paraît sous tension quand les résultats de l'équipe sont en jeu.",
          en: "This manager comes across as tense when the team's results are at stake.",
        },
      },
    ],
  },
  {
    id: "building-relationships",
    situation: "new-in-role",
    wording: {
      nl: "hebben moeite met het opbouwen van relaties",
      fr: "ont du mal à nouer des relations",
      en: "struggle to build relationships",
    },
    statements: [
      {
        id: "building-relationships-1",
        self: {
          nl: "Ik vind het moeilijk om een band op te bouwen met collega's en teamleden.",
          fr: "J'ai du mal à créer un lien avec mes collègues et les membres de mon équipe.",
          en: "I find it hard to build a connection with colleagues and team members.",
        },
        rater: {
          nl: "Deze manager vindt het moeilijk om een band op te bouwen met collega's en teamleden.",
          fr: "Ce manager a du mal à créer un lien avec ses collègues et les membres de son équipe.",
          en: "This manager finds it hard to build a connection with colleagues and team members.",
        },
      },
      {
        id: "building-relationships-2",
        self: {
          nl: "Ik beperk mijn contact met anderen tot wat het werk strikt vereist.",
          fr: "Je limite mes contacts avec les autres à ce que le travail exige strictement.",
          en: "I limit my contact with others to what the work strictly requires.",
        },
        rater: {
          nl: "Deze manager beperkt het contact met anderen tot wat het werk strikt vereist.",
          fr: "Ce manager limite ses contacts avec les autres à ce que le travail exige strictement.",
          en: "This manager limits contact with others to what the work strictly requires.",
        },
      },
    ],
  },
  {
    id: "liked-or-angry-boss",
    situation: "new-in-role",
    wording: {
      nl: "willen door iedereen aardig gevonden worden of willen net de 'boze baas' zijn",
      fr: "veulent être appréciés de tous, ou veulent justement être le « patron en colère »",
      en: "want to be liked by everyone, or want to be precisely the 'angry boss'",
    },
    statements: [
      {
        id: "liked-or-angry-boss-1",
        self: {
          nl: "Ik vermijd beslissingen die bij mijn team slecht zouden kunnen vallen.",
          fr: "J'évite les décisions qui pourraient être mal accueillies par mon équipe.",
          en: "I avoid decisions that might go down badly with my team.",
        },
        rater: {
          nl: "Deze manager vermijdt beslissingen die bij het team slecht zouden kunnen vallen.",
          fr: "Ce manager évite les décisions qui pourraient être mal accueillies par l'équipe.",
          en: "This manager avoids decisions that might go down badly with the team.",
        },
      },
      {
        id: "liked-or-angry-boss-2",
        self: {
          nl: "Ik neem een harde toon aan om mijn gezag te laten gelden.",
          fr: "Je prends un ton dur pour asseoir mon autorité.",
          en: "I take a harsh tone to assert my authority.",
        },
        rater: {
          nl: "Deze manager neemt een harde toon aan om het eigen gezag te laten gelden.",
          fr: "Ce manager prend un ton dur pour asseoir son autorité.",
          en: "This manager takes a harsh tone to assert their authority.",
        },
      },
    ],
  },
  {
    id: "play-the-hero",
    situation: "new-in-role",
    wording: { nl: "spelen de held", fr: "jouent les héros", en: "play the hero" },
    statements: [
      {
        id: "play-the-hero-1",
        self: {
          nl: "Als er iets misloopt, spring ik zelf in om het op te lossen.",
          fr: "Quand quelque chose tourne mal, j'interviens et je règle le problème en personne.",
          en: "When something goes wrong, I step in and fix it myself.",
        },
        rater: {
          nl: "Als er iets misloopt, springt deze manager zelf in om het op te lossen.",
          fr: "Quand quelque chose tourne mal, ce manager intervient et règle le problème en personne.",
          en: "When something goes wrong, this manager steps in and fixes it personally.",
        },
      },
      {
        id: "play-the-hero-2",
        self: {
          nl: "Ik ben graag degene die de situatie redt.",
          fr: "J'aime être la personne qui sauve la situation.",
          en: "I like to be the one who saves the day.",
        },
        rater: {
          nl: "Deze manager is graag degene die de situatie redt.",
          fr: "Ce manager aime être la personne qui sauve la situation.",
          en: "This manager likes to be the one who saves the day.",
        },
      },
    ],
  },
];
