import type { TChallenge } from "./challenge-types";

/** Challenges of managers who can do more (nl: "kunnen meer"). A high score means the challenge applies. */
export const CAN_DO_MORE_CHALLENGES: readonly TChallenge[] = [
  {
    id: "ready-for-succession",
    situation: "can-do-more",
    wording: {
      nl: "moeten mentaal voorbereid zijn op hun rol als opvolger",
      fr: "doivent être mentalement préparés à leur rôle de successeur",
      en: "must be mentally prepared for their role as successor",
    },
    statements: [
      {
        id: "ready-for-succession-1",
        self: {
          nl: "Ik aarzel om mezelf in een grotere rol te zien.",
          fr: "J'hésite à me projeter dans une fonction plus large.",
          en: "I hesitate to see myself in a bigger role.",
        },
        rater: {
          nl: "Deze manager lijkt te aarzelen om een grotere rol op te nemen.",
          fr: "Ce manager semble hésiter à assumer une fonction plus large.",
          en: "This manager seems hesitant to step into a bigger role.",
        },
      },
      {
        id: "ready-for-succession-2",
        self: {
          nl: "Ik ga verantwoordelijkheden buiten mijn huidige rol uit de weg.",
          fr: "J'évite les responsabilités qui dépassent mon rôle actuel.",
          en: "I avoid responsibilities beyond my current role.",
        },
        rater: {
          nl: "Deze manager gaat verantwoordelijkheden buiten de huidige rol uit de weg.",
          fr: "Ce manager évite les responsabilités qui dépassent son rôle actuel.",
          en: "This manager avoids responsibilities beyond the current role.",
        },
      },
    ],
  },
  {
    id: "lead-through-change",
    situation: "can-do-more",
    wording: {
      nl: "moeten in staat zijn leiding te geven bij grote veranderingen",
      fr: "doivent être capables de diriger lors de grands changements",
      en: "must be able to lead through big changes",
    },
    statements: [
      {
        id: "lead-through-change-1",
        self: {
          nl: "Bij grote veranderingen laat ik mijn team zonder duidelijke richting.",
          fr: "Lors de grands changements, je laisse mon équipe sans direction claire.",
          en: "During big changes, I leave my team without a clear direction.",
        },
        rater: {
          nl: "Bij grote veranderingen laat deze manager het team zonder duidelijke richting.",
          fr: "Lors de grands changements, ce manager laisse l'équipe sans direction claire.",
          en: "During big changes, this manager leaves the team without a clear direction.",
        },
      },
      {
        id: "lead-through-change-2",
        self: {
          nl: "Ik vind het moeilijk om met weerstand tegen verandering in mijn team om te gaan.",
          fr: "J'ai du mal à gérer la résistance au changement dans mon équipe.",
          en: "I find it hard to deal with resistance to change in my team.",
        },
        rater: {
          nl: "Deze manager vindt het moeilijk om met weerstand tegen verandering in het team om te gaan.",
          fr: "Ce manager a du mal à gérer la résistance au changement dans l'équipe.",
          en: "This manager finds it hard to deal with resistance to change in the team.",
        },
      },
    ],
  },
  {
    id: "emotional-resilience",
    situation: "can-do-more",
    wording: {
      nl: "moeten leren emotioneel veerkrachtig en beheerst te zijn",
      fr: "doivent apprendre à être émotionnellement résilients et maîtres d'eux-mêmes",
      en: "must learn to be emotionally resilient and composed",
    },
    statements: [
      {
        id: "emotional-resilience-1",
        self: {
          nl: "Ik heb veel tijd nodig om te herstellen van tegenslagen.",
          fr: "J'ai besoin de beaucoup de temps pour me remettre d'un revers.",
          en: "I need a long time to recover from setbacks.",
        },
        rater: {
          nl: "Deze manager heeft veel tijd nodig om te herstellen van tegenslagen.",
          fr: "Ce manager a besoin de beaucoup de temps pour se remettre d'un revers.",
          en: "This manager needs a long time to recover from setbacks.",
        },
      },
      {
        id: "emotional-resilience-2",
        self: {
          nl: "In gespannen situaties laat ik mijn emoties zo de vrije loop dat anderen onrustig worden.",
          fr: "Dans les situations tendues, je laisse paraître mes émotions au point de déstabiliser les autres.",
          en: "In tense situations, I let my emotions show in a way that unsettles others.",
        },
        rater: {
          nl: "In gespannen situaties laat deze manager emoties zo de vrije loop dat anderen onrustig worden.",
          fr: "Dans les situations tendues, ce manager laisse paraître ses émotions au point de déstabiliser les autres.",
          en: "In tense situations, this manager lets emotions show in a way that unsettles others.",
        },
      },
    ],
  },
  {
    id: "decide-without-all-information",
    situation: "can-do-more",
    wording: {
      nl: "moeten leren om snel belangrijke beslissingen te nemen zonder over alle informatie te beschikken",
      fr: "doivent apprendre à prendre rapidement des décisions importantes sans disposer de toutes les informations",
      en: "must learn to take important decisions quickly without having all the information",
    },
    statements: [
      {
        id: "decide-without-all-information-1",
        self: {
          nl: "Ik stel belangrijke beslissingen uit tot ik over alle informatie beschik.",
          fr: "Je reporte les décisions importantes jusqu'à disposer de toutes les informations.",
          en: "I postpone important decisions until I have all the information.",
        },
        rater: {
          nl: "Deze manager stelt belangrijke beslissingen uit tot alle informatie beschikbaar is.",
          fr: "Ce manager reporte les décisions importantes jusqu'à disposer de toutes les informations.",
          en: "This manager postpones important decisions until all the information is in.",
        },
      },
      {
        id: "decide-without-all-information-2",
        self: {
          nl: "Ik vraag om bijkomende analyses wanneer er snel beslist moet worden.",
          fr: "Je demande des analyses supplémentaires quand une décision rapide s'impose.",
          en: "I ask for more analysis when a quick decision is needed.",
        },
        rater: {
          nl: "Deze manager vraagt om bijkomende analyses wanneer er snel beslist moet worden.",
          fr: "Ce manager demande des analyses supplémentaires quand une décision rapide s'impose.",
          en: "This manager asks for more analysis when a quick decision is needed.",
        },
      },
    ],
  },
  {
    id: "persuasive-presence",
    situation: "can-do-more",
    wording: {
      nl: "moeten overtuigend kunnen overkomen",
      fr: "doivent pouvoir se montrer convaincants",
      en: "must be able to come across persuasively",
    },
    statements: [
      {
        id: "persuasive-presence-1",
        self: {
          nl: "Ik slaag er moeilijk in om mensen voor mijn ideeën te winnen.",
          fr: "J'ai du mal à rallier les gens à mes idées.",
          en: "I struggle to win people over to my ideas.",
        },
        rater: {
          nl: "Deze manager slaagt er moeilijk in om mensen voor de eigen ideeën te winnen.",
          fr: "Ce manager a du mal à rallier les gens à ses idées.",
          en: "This manager struggles to win people over to their ideas.",
        },
      },
      {
        id: "persuasive-presence-2",
        self: {
          nl: "Ik kom aarzelend over wanneer ik voor een groep presenteer.",
          fr: "Je donne une impression d'hésitation quand je présente devant un groupe.",
          en: "I come across as hesitant when I present to a group.",
        },
        rater: {
          nl: "Deze manager komt aarzelend over bij een presentatie voor een groep.",
          fr: "Ce manager donne une impression d'hésitation en présentant devant un groupe.",
          en: "This manager comes across as hesitant when presenting to a group.",
        },
      },
    ],
  },
  {
    id: "personal-brand",
    situation: "can-do-more",
    wording: {
      nl: "moeten leren hoe ze hun eigen personal brand kunnen creëren",
      fr: "doivent apprendre à créer leur propre marque personnelle",
      en: "must learn how to create their own personal brand",
    },
    statements: [
      {
        id: "personal-brand-1",
        self: {
          nl: "Ik vind het moeilijk om te zeggen waar ik als leider voor sta.",
          fr: "J'ai du mal à dire ce que je défends en tant que leader.",
          en: "I find it hard to say what I stand for as a leader.",
        },
        rater: {
          nl: "Het is onduidelijk waar deze manager als leider voor staat.",
          fr: "On ne sait pas clairement ce que ce manager défend en tant que leader.",
          en: "It is unclear what this manager stands for as a leader.",
        },
      },
      {
        id: "personal-brand-2",
        self: {
          nl: "Ik laat mijn verwezenlijkingen buiten mijn eigen team onopgemerkt.",
          fr: "Je laisse mes réalisations passer inaperçues en dehors de mon équipe.",
          en: "I let my achievements go unnoticed outside my own team.",
        },
        rater: {
          nl: "Deze manager laat de eigen verwezenlijkingen buiten het team onopgemerkt.",
          fr: "Ce manager laisse ses réalisations passer inaperçues en dehors de son équipe.",
          en: "This manager lets their achievements go unnoticed outside the team.",
        },
      },
    ],
  },
  {
    id: "set-the-example",
    situation: "can-do-more",
    wording: {
      nl: "moeten leren het goede voorbeeld te geven",
      fr: "doivent apprendre à montrer le bon exemple",
      en: "must learn to set the right example",
    },
    statements: [
      {
        id: "set-the-example-1",
        self: {
          nl: "Ik verwacht gedrag van mijn team dat ik zelf niet toon.",
          fr: "J'attends de mon équipe des comportements que je n'adopte pas moi-même.",
          en: "I expect behaviour from my team that I do not show myself.",
        },
        rater: {
          nl: "Deze manager verwacht gedrag van het team zonder het zelf te tonen.",
          fr: "Ce manager attend de l'équipe des comportements sans les adopter personnellement.",
          en: "This manager expects behaviour from the team without showing it personally.",
        },
      },
      {
        id: "set-the-example-2",
        self: {
          nl: "Ik houd mij niet aan afspraken die mijn team wel moet naleven.",
          fr: "Je ne respecte pas des accords que mon équipe est tenue de respecter.",
          en: "I break agreements that my team is expected to keep.",
        },
        rater: {
          nl: "Deze manager houdt zich niet aan afspraken die het team wel moet naleven.",
          fr: "Ce manager ne respecte pas des accords que l'équipe est tenue de respecter.",
          en: "This manager breaks agreements that the team is expected to keep.",
        },
      },
    ],
  },
  {
    id: "lead-on-trust",
    situation: "can-do-more",
    wording: {
      nl: "moeten op vertrouwen leiden, niet op angst",
      fr: "doivent diriger par la confiance, et non par la peur",
      en: "must lead on trust, not on fear",
    },
    statements: [
      {
        id: "lead-on-trust-1",
        self: {
          nl: "Ik controleer het werk van mijn team nauwgezet omdat ik er niet op vertrouw dat het goed gebeurt.",
          fr: "Je contrôle de près le travail de mon équipe car je doute qu'il soit bien fait.",
          en: "I check my team's work closely because I do not trust it to be done right.",
        },
        rater: {
          nl: "Deze manager controleert het werk van het team nauwgezet, alsof het anders zou mislopen.",
          fr: "Ce manager contrôle de près le travail de l'équipe, comme si ce travail risquait d'être mal fait.",
          en: "This manager checks the team's work closely, as if it would otherwise go wrong.",
        },
      },
      {
        id: "lead-on-trust-2",
        self: {
          nl: "Ik gebruik druk of dreigementen om dingen gedaan te krijgen.",
          fr: "J'utilise la pression ou la menace pour faire avancer les choses.",
          en: "I use pressure or threats to get things done.",
        },
        rater: {
          nl: "Deze manager gebruikt druk of dreigementen om dingen gedaan te krijgen.",
          fr: "Ce manager utilise la pression ou la menace pour faire avancer les choses.",
          en: "This manager uses pressure or threats to get things done.",
        },
      },
    ],
  },
  {
    id: "develop-empathy",
    situation: "can-do-more",
    wording: {
      nl: "moeten meer empathie ontwikkelen",
      fr: "doivent développer davantage d'empathie",
      en: "must develop more empathy",
    },
    statements: [
      {
        id: "develop-empathy-1",
        self: {
          nl: "Ik merk niet op hoe teamleden zich voelen.",
          fr: "Je ne perçois pas comment se sentent les membres de mon équipe.",
          en: "I miss how team members are feeling.",
        },
        rater: {
          nl: "Deze manager merkt niet op hoe teamleden zich voelen.",
          fr: "Ce manager ne perçoit pas comment se sentent les membres de l'équipe.",
          en: "This manager misses how team members are feeling.",
        },
      },
      {
        id: "develop-empathy-2",
        self: {
          nl: "Als iemand een persoonlijke bekommernis deelt, ga ik meteen over tot de orde van de dag.",
          fr: "Quand quelqu'un partage une préoccupation personnelle, je passe directement à l'ordre du jour.",
          en: "When someone shares a personal concern, I move straight on to the task at hand.",
        },
        rater: {
          nl: "Als iemand een persoonlijke bekommernis deelt, gaat deze manager meteen over tot de orde van de dag.",
          fr: "Quand quelqu'un partage une préoccupation personnelle, ce manager passe directement à l'ordre du jour.",
          en: "When someone shares a personal concern, this manager moves straight on to the task at hand.",
        },
      },
    ],
  },
];
