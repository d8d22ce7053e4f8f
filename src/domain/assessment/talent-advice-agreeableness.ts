import type { TTalentAdvice } from "./talent-advice-types";

/** Advice for the talents of the agreeableness facets (A1–A6), both poles. */
export const AGREEABLENESS_ADVICE: Readonly<Record<string, TTalentAdvice>> = {
  trusting: {
    narrative: {
      nl: "U gaat uit van goede bedoelingen en geeft mensen het voordeel van de twijfel.",
      fr: "Vous partez du principe que les intentions sont bonnes et accordez aux gens le bénéfice du doute.",
      en: "You assume good intentions and give people the benefit of the doubt.",
    },
    helps: {
      nl: "Medewerkers voelen zich vertrouwd en nemen daardoor meer verantwoordelijkheid.",
      fr: "Vos collaborateurs se sentent en confiance et prennent donc davantage de responsabilités.",
      en: "People feel trusted and so take on more responsibility.",
    },
    actions: [
      {
        nl: "Delegeer een taak volledig, met een duidelijk resultaat en één afgesproken tussentijds moment.",
        fr: "Déléguez une tâche entièrement, avec un résultat clair et un point d'étape convenu.",
        en: "Delegate a task fully, with a clear outcome and one agreed check-in.",
      },
      {
        nl: "Spreek bij belangrijke afspraken vooraf af hoe u de voortgang samen volgt.",
        fr: "Pour les engagements importants, convenez à l'avance de la façon dont vous suivrez ensemble l'avancement.",
        en: "For important commitments, agree in advance how you will follow progress together.",
      },
    ],
    watchOut: {
      nl: "Vertrouwen zonder opvolging kan misbruikt worden of problemen laat zichtbaar maken. Vertrouwen en controleren gaan samen.",
      fr: "Une confiance sans suivi peut être exploitée ou laisser les problèmes apparaître trop tard. Confiance et suivi vont de pair.",
      en: "Trust without follow-up can be exploited or let problems surface late. Trust and checking go together.",
    },
  },
  "critical-and-discerning": {
    narrative: {
      nl: "U controleert beweringen voordat u ze aanneemt en laat zich niet snel misleiden.",
      fr: "Vous vérifiez les affirmations avant de les accepter et vous laissez difficilement tromper.",
      en: "You check claims before accepting them and are hard to mislead.",
    },
    helps: {
      nl: "U behoedt uw team voor te mooie beloftes van leveranciers, partners of plannen.",
      fr: "Vous protégez votre équipe des promesses trop belles des fournisseurs, des partenaires ou des projets.",
      en: "You protect your team from promises by suppliers, partners or plans that are too good to be true.",
    },
    actions: [
      {
        nl: "Zet uw kritische blik in bij contracten, business cases en belangrijke beslissingen.",
        fr: "Mettez votre regard critique au service des contrats, des analyses de rentabilité et des décisions importantes.",
        en: "Bring your critical eye to contracts, business cases and major decisions.",
      },
      {
        nl: "Formuleer twijfel als vraag ('Hoe weten we dat?') in plaats van als oordeel.",
        fr: "Formulez le doute comme une question (« Comment le savons-nous ? ») plutôt que comme un jugement.",
        en: "Phrase doubt as a question ('How do we know that?') rather than as a verdict.",
      },
    ],
    watchOut: {
      nl: "Wantrouwen in uw eigen team remt initiatief. Geef medewerkers vertrouwen vooraf, en stuur bij waar nodig.",
      fr: "La méfiance envers votre propre équipe freine l'initiative. Accordez la confiance d'emblée et ajustez si nécessaire.",
      en: "Distrust within your own team holds back initiative. Give people trust up front, and adjust where needed.",
    },
  },
  "straightforward-and-honest": {
    narrative: {
      nl: "U speelt eerlijk, bent open over uw bedoelingen en manipuleert niet.",
      fr: "Vous jouez franc-jeu, êtes transparent sur vos intentions et ne manipulez pas.",
      en: "You play fair, are open about your intentions and do not manipulate.",
    },
    helps: {
      nl: "Mensen weten waar ze aan toe zijn bij u. Dat bouwt duurzaam vertrouwen op.",
      fr: "Avec vous, on sait à quoi s'en tenir. Cela construit une confiance durable.",
      en: "People know where they stand with you. That builds lasting trust.",
    },
    actions: [
      {
        nl: "Leg bij moeilijke beslissingen uit hoe u ze genomen hebt, ook wat u niet kunt delen en waarom.",
        fr: "Pour les décisions difficiles, expliquez comment vous les avez prises, y compris ce que vous ne pouvez pas partager et pourquoi.",
        en: "For hard decisions, explain how you made them, including what you cannot share and why.",
      },
      {
        nl: "Bereid onderhandelingen voor met een helder beeld van de belangen van de andere partij.",
        fr: "Préparez vos négociations avec une idée claire des intérêts de l'autre partie.",
        en: "Prepare negotiations with a clear picture of the other party's interests.",
      },
    ],
    watchOut: {
      nl: "Niet iedereen speelt even open. In onderhandelingen en politiek gevoelige dossiers mag u uw kaarten bewust kiezen.",
      fr: "Tout le monde ne joue pas aussi ouvertement. Dans les négociations et les dossiers sensibles, vous pouvez choisir vos cartes avec discernement.",
      en: "Not everyone plays as openly. In negotiations and politically sensitive matters, you may choose which cards to show.",
    },
  },
  "shrewd-negotiator": {
    narrative: {
      nl: "U leest het spel goed en weet hoe u uw belangen kunt behartigen.",
      fr: "Vous lisez bien le jeu et savez comment défendre vos intérêts.",
      en: "You read the game well and know how to advance your interests.",
    },
    helps: {
      nl: "U verdedigt de middelen en de belangen van uw team in budgetrondes en onderhandelingen.",
      fr: "Vous défendez les moyens et les intérêts de votre équipe lors des arbitrages budgétaires et des négociations.",
      en: "You defend your team's resources and interests in budget rounds and negotiations.",
    },
    actions: [
      {
        nl: "Neem de onderhandelingen met andere afdelingen of leveranciers op u wanneer veel op het spel staat.",
        fr: "Prenez en charge les négociations avec d'autres services ou fournisseurs quand l'enjeu est important.",
        en: "Take on negotiations with other departments or suppliers when a lot is at stake.",
      },
      {
        nl: "Vertel uw team na een onderhandeling open wat u hebt afgesproken en waarom.",
        fr: "Après une négociation, expliquez ouvertement à votre équipe ce qui a été convenu et pourquoi.",
        en: "After a negotiation, tell your team openly what you agreed and why.",
      },
    ],
    watchOut: {
      nl: "Tactiek binnen uw eigen team ondermijnt vertrouwen. Houd het spel voor buiten, en wees binnen open.",
      fr: "La tactique au sein de votre propre équipe mine la confiance. Réservez le jeu à l'extérieur, et soyez transparent à l'intérieur.",
      en: "Tactics inside your own team undermine trust. Keep the game for outside, and be open inside.",
    },
  },
  "generous-helper": {
    narrative: {
      nl: "U helpt graag anderen en maakt tijd voor hun noden.",
      fr: "Vous aimez aider les autres et prenez le temps de répondre à leurs besoins.",
      en: "You enjoy helping others and make time for their needs.",
    },
    helps: {
      nl: "Medewerkers voelen zich gesteund en komen met hun vragen naar u.",
      fr: "Vos collaborateurs se sentent soutenus et viennent vers vous avec leurs questions.",
      en: "People feel supported and come to you with their questions.",
    },
    actions: [
      {
        nl: "Help door vragen te stellen in plaats van het werk over te nemen: 'Wat hebt u al geprobeerd?'",
        fr: "Aidez en posant des questions plutôt qu'en reprenant le travail : « Qu'avez-vous déjà essayé ? »",
        en: "Help by asking questions rather than taking over the work: 'What have you tried so far?'",
      },
      {
        nl: "Blok vaste tijd in de week voor uw eigen prioriteiten.",
        fr: "Bloquez chaque semaine un temps fixe pour vos propres priorités.",
        en: "Block fixed time each week for your own priorities.",
      },
    ],
    watchOut: {
      nl: "Altijd beschikbaar zijn gaat ten koste van uw eigen werk en maakt anderen afhankelijk. Nee zeggen is ook zorg.",
      fr: "Être toujours disponible se fait au détriment de votre propre travail et rend les autres dépendants. Savoir dire non, c'est aussi prendre soin.",
      en: "Always being available costs your own work and makes others dependent. Saying no is a form of care too.",
    },
  },
  "guards-own-focus": {
    narrative: {
      nl: "U bewaakt uw tijd en energie en houdt de aandacht op uw eigen prioriteiten.",
      fr: "Vous préservez votre temps et votre énergie et gardez l'attention sur vos propres priorités.",
      en: "You guard your time and energy and keep attention on your own priorities.",
    },
    helps: {
      nl: "U laat zich niet afleiden, wat het team helpt om te focussen op wat echt telt.",
      fr: "Vous ne vous laissez pas distraire, ce qui aide l'équipe à se concentrer sur l'essentiel.",
      en: "You are not easily distracted, which helps the team focus on what really counts.",
    },
    actions: [
      {
        nl: "Maak uw beschikbaarheid voorspelbaar: vaste momenten waarop uw team zeker bij u terechtkan.",
        fr: "Rendez votre disponibilité prévisible : des moments fixes où votre équipe peut toujours vous joindre.",
        en: "Make your availability predictable: fixed times when your team can always reach you.",
      },
      {
        nl: "Help uw team ook prioriteiten te stellen: wat laten we deze week bewust liggen?",
        fr: "Aidez aussi votre équipe à fixer ses priorités : que laissons-nous délibérément de côté cette semaine ?",
        en: "Help your team set priorities too: what are we deliberately leaving aside this week?",
      },
    ],
    watchOut: {
      nl: "Wie zijn eigen focus sterk bewaakt, kan onbereikbaar lijken. Als manager is tijd voor anderen een deel van uw werk.",
      fr: "Protéger fortement sa concentration peut vous rendre inaccessible. En tant que manager, le temps accordé aux autres fait partie de votre travail.",
      en: "Guarding your focus strongly can make you seem out of reach. As a manager, time for others is part of your job.",
    },
  },
  peacemaker: {
    narrative: {
      nl: "U zoekt compromissen, vermijdt onnodige confrontatie en houdt relaties heel.",
      fr: "Vous recherchez le compromis, évitez les confrontations inutiles et préservez les relations.",
      en: "You seek compromise, avoid needless confrontation and keep relationships intact.",
    },
    helps: {
      nl: "U brengt partijen samen en zorgt voor een goede samenwerking, binnen en buiten uw team.",
      fr: "Vous rapprochez les parties et favorisez une bonne collaboration, au sein de votre équipe comme à l'extérieur.",
      en: "You bring parties together and keep cooperation good, inside and outside your team.",
    },
    actions: [
      {
        nl: "Bemiddel bij een conflict tussen twee medewerkers door beiden eerst apart te horen.",
        fr: "Pour un conflit entre deux collaborateurs, servez de médiateur en écoutant d'abord chacun séparément.",
        en: "Mediate a conflict between two team members by first hearing each of them separately.",
      },
      {
        nl: "Benoem in elk compromis ook wat niet onderhandelbaar is.",
        fr: "Dans chaque compromis, précisez aussi ce qui n'est pas négociable.",
        en: "In every compromise, also name what is not negotiable.",
      },
    ],
    watchOut: {
      nl: "Conflicten vermijden kan ze groter maken. Een nodig gesprek uitstellen is geen vrede.",
      fr: "Éviter les conflits peut les aggraver. Reporter une conversation nécessaire n'est pas la paix.",
      en: "Avoiding conflict can make it bigger. Putting off a necessary conversation is not peace.",
    },
  },
  "frank-and-forthright": {
    narrative: {
      nl: "U zegt wat gezegd moet worden en bent niet bang voor een gezond conflict.",
      fr: "Vous dites ce qui doit être dit et ne craignez pas un conflit constructif.",
      en: "You say what needs to be said and are not afraid of a healthy conflict.",
    },
    helps: {
      nl: "Problemen komen bij u op tafel, en uw team weet precies wat u verwacht.",
      fr: "Avec vous, les problèmes sont mis sur la table, et votre équipe sait exactement ce que vous attendez.",
      en: "With you, problems get put on the table, and your team knows exactly what you expect.",
    },
    actions: [
      {
        nl: "Geef feedback op gedrag en effect ('toen u…, gebeurde…'), niet op de persoon.",
        fr: "Donnez un retour sur le comportement et son effet (« quand vous avez…, il s'est passé… »), pas sur la personne.",
        en: "Give feedback on behaviour and its effect ('when you…, this happened…'), not on the person.",
      },
      {
        nl: "Vraag na een stevig gesprek hoe het bij de ander is aangekomen.",
        fr: "Après une conversation franche, demandez à l'autre comment il l'a reçue.",
        en: "After a robust conversation, ask how it landed with the other person.",
      },
    ],
    watchOut: {
      nl: "Directheid kan hard aankomen en mensen terughoudend maken. Kies het moment en laat ruimte voor weerwoord.",
      fr: "La franchise peut blesser et rendre les gens réticents. Choisissez le moment et laissez place à la réplique.",
      en: "Directness can land hard and make people hold back. Choose your moment and leave room for a reply.",
    },
  },
  humble: {
    narrative: {
      nl: "U laat resultaten voor zich spreken en deelt de eer met anderen.",
      fr: "Vous laissez les résultats parler d'eux-mêmes et partagez le mérite avec les autres.",
      en: "You let results speak for themselves and share credit with others.",
    },
    helps: {
      nl: "Uw team krijgt de erkenning, wat motiveert en loyaliteit opbouwt.",
      fr: "Votre équipe reçoit la reconnaissance, ce qui motive et renforce la loyauté.",
      en: "Your team gets the recognition, which motivates and builds loyalty.",
    },
    actions: [
      {
        nl: "Rapporteer maandelijks de resultaten van uw team aan uw leidinggevende, met namen.",
        fr: "Présentez chaque mois les résultats de votre équipe à votre responsable, en citant les noms.",
        en: "Report your team's results to your manager every month, with names.",
      },
      {
        nl: "Oefen om in één zin te zeggen wat uw eigen bijdrage was aan een succes.",
        fr: "Entraînez-vous à dire en une phrase quelle a été votre propre contribution à une réussite.",
        en: "Practise saying in one sentence what your own contribution to a success was.",
      },
    ],
    watchOut: {
      nl: "Te veel bescheidenheid maakt uw team en uzelf onzichtbaar. Wie niet zichtbaar is, krijgt minder middelen.",
      fr: "Trop de modestie rend votre équipe et vous-même invisibles. Qui n'est pas visible obtient moins de moyens.",
      en: "Too much modesty makes you and your team invisible. Whoever is not visible gets fewer resources.",
    },
  },
  "confident-self-presenter": {
    narrative: {
      nl: "U toont uw sterke punten en presenteert uw resultaten met zelfvertrouwen.",
      fr: "Vous montrez vos points forts et présentez vos résultats avec assurance.",
      en: "You show your strengths and present your achievements with confidence.",
    },
    helps: {
      nl: "U maakt het werk van uw team zichtbaar bij de directie en haalt zo steun en middelen binnen.",
      fr: "Vous rendez le travail de votre équipe visible auprès de la direction et obtenez ainsi soutien et moyens.",
      en: "You make your team's work visible to senior management and so win support and resources.",
    },
    actions: [
      {
        nl: "Noem bij elke presentatie van een succes de medewerkers die het mogelijk maakten.",
        fr: "À chaque présentation d'une réussite, citez les collaborateurs qui l'ont rendue possible.",
        en: "Whenever you present a success, name the team members who made it possible.",
      },
      {
        nl: "Laat een medewerker zelf een resultaat presenteren aan de directie.",
        fr: "Laissez un collaborateur présenter lui-même un résultat à la direction.",
        en: "Let a team member present a result to senior management themselves.",
      },
    ],
    watchOut: {
      nl: "Te veel nadruk op uw eigen rol kan uw team het gevoel geven dat hun werk niet gezien wordt.",
      fr: "Trop insister sur votre propre rôle peut donner à votre équipe le sentiment que son travail n'est pas reconnu.",
      en: "Too much emphasis on your own role can make your team feel their work goes unseen.",
    },
  },
  compassionate: {
    narrative: {
      nl: "U bent geraakt door de moeilijkheden van anderen en komt op voor wie het minder goed heeft.",
      fr: "Vous êtes touché par les difficultés des autres et défendez ceux qui sont moins bien lotis.",
      en: "You are moved by others' hardship and stand up for those who are worse off.",
    },
    helps: {
      nl: "Medewerkers voelen zich als mens gezien, ook in moeilijke persoonlijke periodes.",
      fr: "Vos collaborateurs se sentent considérés en tant que personnes, y compris dans les moments personnels difficiles.",
      en: "People feel seen as human beings, also in hard personal times.",
    },
    actions: [
      {
        nl: "Zoek bij een persoonlijke crisis van een medewerker samen naar een concrete, tijdelijke aanpassing van het werk.",
        fr: "Lors d'une crise personnelle d'un collaborateur, cherchez ensemble un aménagement concret et temporaire du travail.",
        en: "When a team member faces a personal crisis, look together for a concrete, temporary change to their work.",
      },
      {
        nl: "Leg vooraf vast op welke objectieve criteria u een moeilijke beslissing neemt.",
        fr: "Fixez à l'avance les critères objectifs sur lesquels vous prendrez une décision difficile.",
        en: "Set out in advance the objective criteria for a difficult decision.",
      },
    ],
    watchOut: {
      nl: "Medeleven kan moeilijke beslissingen uitstellen of ongelijk maken. Wees mild voor de persoon en duidelijk over de zaak.",
      fr: "La compassion peut retarder les décisions difficiles ou les rendre inéquitables. Soyez bienveillant envers la personne et clair sur le fond.",
      en: "Compassion can delay hard decisions or make them uneven. Be kind to the person and clear about the issue.",
    },
  },
  "rational-and-fair-minded": {
    narrative: {
      nl: "U weegt moeilijke beslissingen af op de feiten, eerder dan op gevoel.",
      fr: "Vous pesez les décisions difficiles sur la base des faits plutôt que du sentiment.",
      en: "You weigh tough decisions on the facts rather than on sentiment.",
    },
    helps: {
      nl: "Uw beslissingen zijn consequent en uitlegbaar: iedereen wordt op dezelfde manier behandeld.",
      fr: "Vos décisions sont cohérentes et explicables : chacun est traité de la même manière.",
      en: "Your decisions are consistent and explainable: everyone is treated the same way.",
    },
    actions: [
      {
        nl: "Neem moeilijke beslissingen zoals herverdelingen of evaluaties op u, en leg de criteria open op tafel.",
        fr: "Prenez en charge les décisions difficiles comme les réaffectations ou les évaluations, en exposant ouvertement les critères.",
        en: "Take on hard decisions such as reallocations or appraisals, and put the criteria openly on the table.",
      },
      {
        nl: "Begin een slechtnieuwsgesprek met erkenning van wat het voor de ander betekent.",
        fr: "Commencez un entretien difficile en reconnaissant ce qu'il signifie pour l'autre.",
        en: "Open a bad-news conversation by acknowledging what it means for the other person.",
      },
    ],
    watchOut: {
      nl: "Een juiste beslissing kan toch kil overkomen. Toon dat u de menselijke kant ziet.",
      fr: "Une décision juste peut pourtant paraître froide. Montrez que vous voyez le côté humain.",
      en: "A sound decision can still come across as cold. Show that you see the human side.",
    },
  },
};
