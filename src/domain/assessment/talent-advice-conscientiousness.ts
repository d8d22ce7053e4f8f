import type { TTalentAdvice } from "./talent-advice-types";

/** Advice for the talents of the conscientiousness facets (C1–C6), both poles. */
export const CONSCIENTIOUSNESS_ADVICE: Readonly<Record<string, TTalentAdvice>> = {
  "capable-and-effective": {
    narrative: {
      nl: "U vertrouwt op uw eigen kunnen en brengt taken vlot en succesvol tot een goed einde.",
      fr: "Vous avez confiance en vos capacités et menez vos tâches à bien avec aisance et succès.",
      en: "You trust your own ability and handle tasks smoothly and successfully.",
    },
    helps: {
      nl: "U straalt zekerheid uit: het team vertrouwt erop dat wat u aanpakt, lukt.",
      fr: "Vous inspirez l'assurance : l'équipe sait que ce que vous entreprenez aboutit.",
      en: "You project confidence: the team trusts that what you take on will work.",
    },
    actions: [
      {
        nl: "Kies elk kwartaal één taak die u nu zelf doet en leer ze een medewerker aan.",
        fr: "Chaque trimestre, choisissez une tâche que vous faites vous-même et apprenez-la à un collaborateur.",
        en: "Each quarter, pick one task you now do yourself and teach it to a team member.",
      },
      {
        nl: "Vraag na een succes ook welke hulp of omstandigheden eraan bijdroegen.",
        fr: "Après une réussite, demandez-vous aussi quelles aides ou circonstances y ont contribué.",
        en: "After a success, also ask what help or circumstances contributed.",
      },
    ],
    watchOut: {
      nl: "Wie veel zelf kan, doet ook veel zelf. Dat remt de groei van uw team en zet uzelf onder druk.",
      fr: "Qui sait faire beaucoup fait souvent beaucoup lui-même. Cela freine la progression de votre équipe et vous met sous pression.",
      en: "People who can do a lot tend to do a lot themselves. That slows your team's growth and puts you under pressure.",
    },
  },
  "eager-learner": {
    narrative: {
      nl: "U blijft openstaan om te leren en gaat graag na of uw aanpak de juiste is.",
      fr: "Vous restez ouvert à l'apprentissage et vérifiez volontiers que votre approche est la bonne.",
      en: "You stay open to learning and readily check whether your approach is right.",
    },
    helps: {
      nl: "U vraagt om feedback en geeft zo het voorbeeld van een lerende houding in uw team.",
      fr: "Vous sollicitez des retours et montrez ainsi l'exemple d'une attitude d'apprentissage dans votre équipe.",
      en: "You ask for feedback and so model a learning attitude in your team.",
    },
    actions: [
      {
        nl: "Vraag na elk belangrijk overleg één medewerker wat u beter had kunnen doen.",
        fr: "Après chaque réunion importante, demandez à un collaborateur ce que vous auriez pu mieux faire.",
        en: "After each important meeting, ask one team member what you could have done better.",
      },
      {
        nl: "Houd een lijstje bij van wat u goed hebt aangepakt, en lees het voor een moeilijke taak.",
        fr: "Tenez une liste de ce que vous avez bien réussi, et relisez-la avant une tâche difficile.",
        en: "Keep a list of what you handled well, and read it before a difficult task.",
      },
    ],
    watchOut: {
      nl: "Twijfel aan uzelf kan als onzekerheid overkomen bij het team. Zeg wat u besluit, ook als u nog leert.",
      fr: "Douter de vous peut être perçu comme de l'hésitation par l'équipe. Dites ce que vous décidez, même si vous êtes encore en train d'apprendre.",
      en: "Self-doubt can come across to the team as uncertainty. State what you decide, even while you are still learning.",
    },
  },
  organised: {
    narrative: {
      nl: "U houdt dingen netjes en gestructureerd, zodat er niets verloren gaat.",
      fr: "Vous gardez les choses ordonnées et structurées, pour que rien ne se perde.",
      en: "You keep things tidy and structured so that nothing gets lost.",
    },
    helps: {
      nl: "Uw team werkt met duidelijke overzichten, planningen en afspraken.",
      fr: "Votre équipe travaille avec des vues d'ensemble, des plannings et des accords clairs.",
      en: "Your team works with clear overviews, schedules and agreements.",
    },
    actions: [
      {
        nl: "Zet één gedeeld overzicht op van wie wat doet, en houd het wekelijks samen met het team bij.",
        fr: "Mettez en place une vue partagée de qui fait quoi, et tenez-la à jour chaque semaine avec l'équipe.",
        en: "Set up one shared overview of who does what, and keep it up to date weekly with the team.",
      },
      {
        nl: "Spreek met het team af welke structuur verplicht is en waar ieder vrij is.",
        fr: "Convenez avec l'équipe de la structure qui est obligatoire et de ce qui reste libre.",
        en: "Agree with the team which structure is required and where everyone is free.",
      },
    ],
    watchOut: {
      nl: "Niet iedereen werkt even gestructureerd, en dat is niet altijd slechter. Beoordeel op resultaat, niet op ordelijkheid.",
      fr: "Tout le monde ne travaille pas de façon aussi structurée, et ce n'est pas forcément moins bien. Jugez sur le résultat, pas sur l'ordre.",
      en: "Not everyone works as tidily, and that is not always worse. Judge on results, not on tidiness.",
    },
  },
  "flexible-improviser": {
    narrative: {
      nl: "U kunt goed om met wat chaos en past zich gemakkelijk aan wanneer plannen veranderen.",
      fr: "Vous supportez bien un peu de désordre et vous adaptez facilement quand les plans changent.",
      en: "You cope well with a bit of chaos and adapt easily when plans change.",
    },
    helps: {
      nl: "Wanneer de planning in duigen valt, improviseert u een nieuwe aanpak en blijft het team werken.",
      fr: "Quand le planning s'effondre, vous improvisez une nouvelle approche et l'équipe continue d'avancer.",
      en: "When the plan falls apart, you improvise a new approach and the team keeps working.",
    },
    actions: [
      {
        nl: "Vraag een ordelijke medewerker om het overzicht van afspraken en deadlines te beheren.",
        fr: "Demandez à un collaborateur organisé de tenir la liste des engagements et des échéances.",
        en: "Ask an organised team member to keep the overview of commitments and deadlines.",
      },
      {
        nl: "Zet na een improvisatie in één bericht op een rij wat er veranderd is.",
        fr: "Après une improvisation, récapitulez en un message ce qui a changé.",
        en: "After an improvisation, list in one message what has changed.",
      },
    ],
    watchOut: {
      nl: "Wat voor u werkbare chaos is, kan voor anderen onduidelijkheid zijn. Zorg dat afspraken vindbaar blijven.",
      fr: "Ce qui est pour vous un désordre maîtrisé peut être source de confusion pour d'autres. Veillez à ce que les accords restent faciles à retrouver.",
      en: "What is workable chaos for you can be confusion for others. Make sure agreements stay easy to find.",
    },
  },
  dependable: {
    narrative: {
      nl: "U komt uw beloftes na, zegt de waarheid en houdt zich aan de regels.",
      fr: "Vous tenez vos promesses, dites la vérité et respectez les règles.",
      en: "You keep promises, tell the truth and follow the rules.",
    },
    helps: {
      nl: "Uw woord is betrouwbaar: uw team, uw leidinggevende en uw klanten kunnen op u bouwen.",
      fr: "On peut se fier à votre parole : votre équipe, votre responsable et vos clients peuvent compter sur vous.",
      en: "Your word can be relied on: your team, your manager and your clients can build on you.",
    },
    actions: [
      {
        nl: "Beloof alleen wat u zeker kunt waarmaken, en meld vroeg wanneer een afspraak in gevaar komt.",
        fr: "Ne promettez que ce que vous êtes sûr de pouvoir tenir, et signalez tôt quand un engagement est menacé.",
        en: "Only promise what you are sure you can deliver, and say early when a commitment is at risk.",
      },
      {
        nl: "Leg uw team uit waarom een regel bestaat, zodat het ook de bedoeling volgt en niet alleen de letter.",
        fr: "Expliquez à votre équipe pourquoi une règle existe, pour qu'elle en suive l'esprit et pas seulement la lettre.",
        en: "Explain to your team why a rule exists, so they follow its intent and not only its letter.",
      },
    ],
    watchOut: {
      nl: "Regels strikt volgen kan u star maken waar de situatie om maatwerk vraagt.",
      fr: "Suivre strictement les règles peut vous rendre rigide quand la situation demande du sur-mesure.",
      en: "Following rules strictly can make you rigid where the situation calls for judgement.",
    },
  },
  "pragmatic-about-rules": {
    narrative: {
      nl: "U ziet regels als middel, niet als doel, en buigt ze wanneer de situatie erom vraagt.",
      fr: "Vous voyez les règles comme des moyens et non comme des fins, et les adaptez quand la situation l'exige.",
      en: "You treat rules as means, not ends, and bend them when the situation calls for it.",
    },
    helps: {
      nl: "U vindt oplossingen waar regels in de weg staan en maakt het voor klanten en medewerkers werkbaar.",
      fr: "Vous trouvez des solutions là où les règles font obstacle et rendez les choses praticables pour les clients et les collaborateurs.",
      en: "You find solutions where rules get in the way and make things workable for clients and staff.",
    },
    actions: [
      {
        nl: "Stel een regel die niet werkt voor aanpassing voor, in plaats van hem stilzwijgend te omzeilen.",
        fr: "Proposez de modifier une règle qui ne fonctionne pas, plutôt que de la contourner en silence.",
        en: "Propose changing a rule that does not work, rather than quietly working around it.",
      },
      {
        nl: "Spreek met het team af welke regels nooit gebogen worden, zoals veiligheid en privacy.",
        fr: "Convenez avec l'équipe des règles auxquelles on ne déroge jamais, comme la sécurité et la confidentialité.",
        en: "Agree with the team which rules are never bent, such as safety and privacy.",
      },
    ],
    watchOut: {
      nl: "Als u regels buigt, doet uw team het ook. Zorg dat iedereen weet waar de grens ligt.",
      fr: "Si vous adaptez les règles, votre équipe le fera aussi. Veillez à ce que chacun sache où se trouve la limite.",
      en: "If you bend rules, your team will too. Make sure everyone knows where the line is.",
    },
  },
  "ambitious-achiever": {
    narrative: {
      nl: "U stelt hoge doelen en zet zich in om verwachtingen te overtreffen.",
      fr: "Vous vous fixez des objectifs élevés et vous investissez pour dépasser les attentes.",
      en: "You set high goals and put in the effort to exceed expectations.",
    },
    helps: {
      nl: "U trekt uw team naar betere resultaten en maakt duidelijk dat meer mogelijk is.",
      fr: "Vous tirez votre équipe vers de meilleurs résultats et montrez que davantage est possible.",
      en: "You pull your team towards better results and make clear that more is possible.",
    },
    actions: [
      {
        nl: "Stel doelen samen met medewerkers op, zodat zij ze als hun eigen doelen voelen.",
        fr: "Fixez les objectifs avec vos collaborateurs, pour qu'ils se les approprient.",
        en: "Set goals together with your team members, so they feel the goals are their own.",
      },
      {
        nl: "Vier tussentijdse resultaten, niet alleen het eindpunt.",
        fr: "Célébrez les résultats intermédiaires, pas seulement l'aboutissement.",
        en: "Celebrate interim results, not only the finish line.",
      },
    ],
    watchOut: {
      nl: "Uw lat ligt misschien hoger dan die van anderen. Te hoge verwachtingen kunnen demotiveren of uitputten.",
      fr: "Votre exigence est peut-être plus élevée que celle des autres. Des attentes trop hautes peuvent démotiver ou épuiser.",
      en: "Your bar may be higher than other people's. Expectations that are too high can demotivate or exhaust.",
    },
  },
  "balanced-and-content": {
    narrative: {
      nl: "U houdt werk in verhouding en bent tevreden met goed gedaan werk.",
      fr: "Vous gardez le travail à sa juste place et êtes satisfait d'un travail bien fait.",
      en: "You keep work in proportion and are content with a job well done.",
    },
    helps: {
      nl: "U zorgt voor een gezond werkklimaat waarin mensen het lang volhouden.",
      fr: "Vous favorisez un climat de travail sain où chacun tient sur la durée.",
      en: "You create a healthy working climate in which people last.",
    },
    actions: [
      {
        nl: "Bespreek met elke medewerker één ambitie voor het komende jaar, ook als u zelf tevreden bent.",
        fr: "Discutez avec chaque collaborateur d'une ambition pour l'année à venir, même si vous êtes vous-même satisfait.",
        en: "Discuss one ambition for the coming year with each team member, even if you are content yourself.",
      },
      {
        nl: "Maak zichtbaar wat uw team bereikt, zodat tevredenheid op resultaten steunt.",
        fr: "Rendez visibles les réalisations de votre équipe, pour que la satisfaction repose sur des résultats.",
        en: "Make what your team achieves visible, so contentment rests on results.",
      },
    ],
    watchOut: {
      nl: "Tevredenheid kan ambitieuze medewerkers afremmen. Geef wie meer wil de ruimte en de uitdaging.",
      fr: "La satisfaction peut freiner les collaborateurs ambitieux. Donnez à ceux qui en veulent plus l'espace et le défi.",
      en: "Contentment can hold back ambitious team members. Give those who want more the room and the challenge.",
    },
  },
  "disciplined-finisher": {
    narrative: {
      nl: "U begint meteen, blijft bij de taak en maakt af waaraan u begonnen bent.",
      fr: "Vous vous mettez au travail sans tarder, restez concentré et terminez ce que vous avez commencé.",
      en: "You start promptly, stay on task and finish what you started.",
    },
    helps: {
      nl: "Projecten onder uw leiding raken af, en deadlines worden gehaald.",
      fr: "Les projets que vous pilotez aboutissent, et les échéances sont respectées.",
      en: "Projects you lead get finished, and deadlines are met.",
    },
    actions: [
      {
        nl: "Help een medewerker die moeilijk start met een eerste kleine stap en een vast moment om te beginnen.",
        fr: "Aidez un collaborateur qui peine à démarrer avec une première petite étape et un moment fixe pour commencer.",
        en: "Help a team member who struggles to start with a small first step and a set time to begin.",
      },
      {
        nl: "Spreek vooraf af wanneer een taak af is, zodat u niet onnodig blijft doorwerken.",
        fr: "Convenez à l'avance du moment où une tâche est terminée, pour ne pas continuer inutilement.",
        en: "Agree in advance when a task counts as done, so you do not keep working on it needlessly.",
      },
    ],
    watchOut: {
      nl: "Doorzetten is niet altijd juist: soms is stoppen met een project de betere keuze.",
      fr: "Persévérer n'est pas toujours la bonne option : parfois, arrêter un projet est le meilleur choix.",
      en: "Persisting is not always right: sometimes stopping a project is the better choice.",
    },
  },
  "spontaneous-and-adaptable": {
    narrative: {
      nl: "U werkt met energiepieken en schakelt gemakkelijk naar wat op dat moment het belangrijkst is.",
      fr: "Vous travaillez par élans d'énergie et passez facilement à ce qui compte le plus sur le moment.",
      en: "You work in bursts of energy and switch easily to what matters most at the moment.",
    },
    helps: {
      nl: "U reageert snel op wat zich aandient, wat het team wendbaar houdt.",
      fr: "Vous réagissez vite à ce qui se présente, ce qui garde l'équipe agile.",
      en: "You respond quickly to what comes up, which keeps the team agile.",
    },
    actions: [
      {
        nl: "Plan uw belangrijkste taak van de dag op uw meest energieke moment.",
        fr: "Placez la tâche la plus importante de la journée à votre moment le plus énergique.",
        en: "Schedule the most important task of the day for your most energetic moment.",
      },
      {
        nl: "Gebruik korte, vaste checkmomenten om lopende zaken af te ronden.",
        fr: "Utilisez de courts points fixes pour boucler les sujets en cours.",
        en: "Use short, fixed check-in moments to close off open items.",
      },
    ],
    watchOut: {
      nl: "Wisselen tussen taken kan zaken onafgewerkt laten. Uw team rekent erop dat u afmaakt wat u belooft.",
      fr: "Passer d'une tâche à l'autre peut laisser des choses inachevées. Votre équipe compte sur vous pour finir ce que vous promettez.",
      en: "Switching between tasks can leave things unfinished. Your team relies on you to finish what you promise.",
    },
  },
  "careful-decision-maker": {
    narrative: {
      nl: "U denkt dingen goed door en weegt de opties af voordat u handelt.",
      fr: "Vous réfléchissez bien et pesez les options avant d'agir.",
      en: "You think things through and weigh the options before acting.",
    },
    helps: {
      nl: "Uw beslissingen zijn doordacht en goed onderbouwd, en u voorkomt dure fouten.",
      fr: "Vos décisions sont réfléchies et solidement étayées, et vous évitez des erreurs coûteuses.",
      en: "Your decisions are well considered and well founded, and you avoid costly mistakes.",
    },
    actions: [
      {
        nl: "Geef uzelf bij elke beslissing een deadline en zeg die hardop tegen het team.",
        fr: "Fixez-vous une échéance pour chaque décision et annoncez-la à l'équipe.",
        en: "Give yourself a deadline for every decision and tell the team.",
      },
      {
        nl: "Onderscheid omkeerbare van onomkeerbare beslissingen: neem de eerste sneller.",
        fr: "Distinguez les décisions réversibles des décisions irréversibles : prenez les premières plus vite.",
        en: "Separate reversible from irreversible decisions: make the first kind faster.",
      },
    ],
    watchOut: {
      nl: "Te lang afwegen kan uw team laten wachten en kansen laten verlopen. Geen besluit is ook een besluit.",
      fr: "Peser trop longtemps peut faire attendre votre équipe et laisser passer des occasions. Ne pas décider, c'est aussi décider.",
      en: "Weighing too long can keep your team waiting and let chances pass. No decision is also a decision.",
    },
  },
  "decisive-under-uncertainty": {
    narrative: {
      nl: "U handelt snel en neemt beslissingen zonder op elk detail te wachten.",
      fr: "Vous agissez vite et prenez des décisions sans attendre chaque détail.",
      en: "You act quickly and take decisions without waiting for every detail.",
    },
    helps: {
      nl: "U houdt vaart in het team: er wordt beslist, en het werk kan verder.",
      fr: "Vous maintenez l'élan de l'équipe : les décisions sont prises, et le travail peut avancer.",
      en: "You keep the team moving: decisions get made, and the work can go on.",
    },
    actions: [
      {
        nl: "Vraag bij grote of onomkeerbare beslissingen eerst twee mensen om hun mening.",
        fr: "Pour les décisions importantes ou irréversibles, demandez d'abord l'avis de deux personnes.",
        en: "For big or irreversible decisions, ask two people for their view first.",
      },
      {
        nl: "Leg kort vast waarom u iets besliste, zodat u het later kunt evalueren.",
        fr: "Notez brièvement pourquoi vous avez pris une décision, pour pouvoir l'évaluer plus tard.",
        en: "Briefly note why you decided something, so you can evaluate it later.",
      },
    ],
    watchOut: {
      nl: "Snel beslissen kan betekenen dat u belangrijke informatie of mensen overslaat. Vertraag bij wat niet terug te draaien is.",
      fr: "Décider vite peut vous faire passer à côté d'informations ou de personnes importantes. Ralentissez pour ce qui est irréversible.",
      en: "Deciding fast can mean skipping important information or people. Slow down for what cannot be undone.",
    },
  },
};
