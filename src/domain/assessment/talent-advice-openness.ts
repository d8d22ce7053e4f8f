import type { TTalentAdvice } from "./talent-advice-types";

/** Advice for the talents of the openness facets (O1–O6), both poles. */
export const OPENNESS_ADVICE: Readonly<Record<string, TTalentAdvice>> = {
  "imaginative-visionary": {
    narrative: {
      nl: "U ziet nieuwe mogelijkheden en denkt verder dan wat er al is.",
      fr: "Vous imaginez de nouvelles possibilités et pensez au-delà de l'existant.",
      en: "You see new possibilities and think beyond what already exists.",
    },
    helps: {
      nl: "U schetst een toekomstbeeld waar uw team naartoe wil werken.",
      fr: "Vous dessinez une vision d'avenir vers laquelle votre équipe a envie de travailler.",
      en: "You sketch a picture of the future your team wants to work towards.",
    },
    actions: [
      {
        nl: "Vertaal uw visie in drie concrete stappen voor de komende drie maanden.",
        fr: "Traduisez votre vision en trois étapes concrètes pour les trois prochains mois.",
        en: "Translate your vision into three concrete steps for the next three months.",
      },
      {
        nl: "Laat een praktisch ingestelde collega elk nieuw idee toetsen op haalbaarheid.",
        fr: "Faites vérifier la faisabilité de chaque nouvelle idée par un collègue pragmatique.",
        en: "Have a practical colleague check each new idea for feasibility.",
      },
    ],
    watchOut: {
      nl: "Te veel nieuwe ideeën tegelijk verwarren een team. Kies er één en maak die af.",
      fr: "Trop d'idées nouvelles à la fois désorientent une équipe. Choisissez-en une et menez-la à terme.",
      en: "Too many new ideas at once confuse a team. Pick one and see it through.",
    },
  },
  "down-to-earth-realist": {
    narrative: {
      nl: "U houdt zich aan de feiten en richt zich op wat nu praktisch haalbaar is.",
      fr: "Vous vous appuyez sur les faits et vous concentrez sur ce qui est concrètement faisable aujourd'hui.",
      en: "You stay grounded in facts and focus on what is practical now.",
    },
    helps: {
      nl: "Plannen in uw team zijn uitvoerbaar, en beloftes worden waargemaakt.",
      fr: "Les plans de votre équipe sont réalisables, et les promesses sont tenues.",
      en: "Plans in your team are workable, and promises are kept.",
    },
    actions: [
      {
        nl: "Vraag bij elk voorstel: wat is de eerste stap die we morgen kunnen zetten?",
        fr: "Pour chaque proposition, demandez : quelle est la première étape que nous pouvons franchir demain ?",
        en: "For each proposal, ask: what is the first step we can take tomorrow?",
      },
      {
        nl: "Reserveer af en toe een overleg om zonder beperkingen te dromen, en beoordeel pas daarna.",
        fr: "Réservez de temps en temps une réunion pour imaginer sans contraintes, et n'évaluez qu'ensuite.",
        en: "Now and then, hold a session to imagine without limits, and only judge afterwards.",
      },
    ],
    watchOut: {
      nl: "Wie alleen naar het haalbare kijkt, kan grotere kansen missen. Geef dromers in uw team een stem.",
      fr: "Ne regarder que le faisable peut faire manquer de plus grandes opportunités. Donnez une voix aux rêveurs de votre équipe.",
      en: "Looking only at what is feasible can miss bigger opportunities. Give the dreamers in your team a voice.",
    },
  },
  "eye-for-beauty": {
    narrative: {
      nl: "U waardeert kunst en vormgeving en brengt een esthetisch gevoel mee in uw werk.",
      fr: "Vous appréciez l'art et le design et apportez une sensibilité esthétique à votre travail.",
      en: "You appreciate art and design and bring an aesthetic sense to your work.",
    },
    helps: {
      nl: "U let op de kwaliteit van presentaties, documenten en werkplekken, wat het imago van uw team versterkt.",
      fr: "Vous veillez à la qualité des présentations, des documents et des lieux de travail, ce qui renforce l'image de votre équipe.",
      en: "You pay attention to the quality of presentations, documents and workspaces, which strengthens your team's image.",
    },
    actions: [
      {
        nl: "Bied aan om belangrijke presentaties van het team vorm te geven of na te lezen.",
        fr: "Proposez de mettre en forme ou de relire les présentations importantes de l'équipe.",
        en: "Offer to shape or review the team's important presentations.",
      },
      {
        nl: "Gebruik beelden en verhalen om een moeilijke boodschap over te brengen.",
        fr: "Utilisez des images et des récits pour faire passer un message difficile.",
        en: "Use images and stories to get a difficult message across.",
      },
    ],
    watchOut: {
      nl: "Niet iedereen hecht evenveel aan vorm. Houd uw maatstaf voor de momenten waarop het er echt toe doet.",
      fr: "Tout le monde n'attache pas autant d'importance à la forme. Réservez votre exigence aux moments où elle compte vraiment.",
      en: "Not everyone cares as much about form. Save your standard for the moments where it really matters.",
    },
  },
  "function-first": {
    narrative: {
      nl: "U hecht meer aan inhoud dan aan vorm en beoordeelt dingen op hoe goed ze werken.",
      fr: "Vous privilégiez le fond à la forme et jugez les choses à leur efficacité.",
      en: "You value substance over style and judge things by how well they work.",
    },
    helps: {
      nl: "U houdt de aandacht op het resultaat en voorkomt dat het team tijd verliest aan opsmuk.",
      fr: "Vous gardez l'attention sur le résultat et évitez que l'équipe perde du temps en fioritures.",
      en: "You keep attention on the result and stop the team from losing time on polish.",
    },
    actions: [
      {
        nl: "Spreek per opdracht af welk kwaliteitsniveau 'goed genoeg' is.",
        fr: "Convenez pour chaque mission du niveau de qualité jugé « suffisant ».",
        en: "For each assignment, agree what level of quality is 'good enough'.",
      },
      {
        nl: "Laat voor documenten die naar klanten of directie gaan een collega met oog voor vorm meekijken.",
        fr: "Pour les documents destinés aux clients ou à la direction, faites relire la forme par un collègue qui y est attentif.",
        en: "For documents going to clients or senior management, ask a colleague with an eye for form to review them.",
      },
    ],
    watchOut: {
      nl: "Vorm bepaalt mee hoe inhoud ontvangen wordt. Een slordige presentatie kan een goed idee onderuithalen.",
      fr: "La forme influence la façon dont le fond est reçu. Une présentation négligée peut desservir une bonne idée.",
      en: "Form shapes how substance is received. A sloppy presentation can sink a good idea.",
    },
  },
  "emotionally-attuned": {
    narrative: {
      nl: "U bent zich bewust van uw eigen gevoelens en pikt de emoties van anderen op.",
      fr: "Vous êtes à l'écoute de vos propres émotions et percevez celles des autres.",
      en: "You are aware of your own feelings and pick up on the emotions of others.",
    },
    helps: {
      nl: "U merkt vroeg wanneer iemand in uw team het moeilijk heeft of wanneer de sfeer omslaat.",
      fr: "Vous remarquez tôt quand quelqu'un de votre équipe traverse une période difficile ou quand l'ambiance se dégrade.",
      en: "You notice early when someone in your team is struggling or when the mood turns.",
    },
    actions: [
      {
        nl: "Spreek een medewerker binnen een dag aan wanneer u merkt dat er iets scheelt.",
        fr: "Abordez un collaborateur dans la journée quand vous sentez que quelque chose ne va pas.",
        en: "Speak to a team member within a day when you sense something is wrong.",
      },
      {
        nl: "Benoem in gesprekken wat u opmerkt ('u lijkt wat gespannen') en vraag of dat klopt.",
        fr: "Nommez ce que vous percevez dans la conversation (« vous semblez un peu tendu ») et demandez si c'est juste.",
        en: "In conversations, name what you notice ('you seem a little tense') and ask whether that is right.",
      },
    ],
    watchOut: {
      nl: "De emoties van anderen kunnen zwaar op u wegen. Bewaak uw grenzen en neem niet elk probleem over.",
      fr: "Les émotions des autres peuvent peser lourd sur vous. Préservez vos limites et ne reprenez pas chaque problème à votre compte.",
      en: "Others' emotions can weigh on you. Guard your limits and do not take on every problem.",
    },
  },
  "level-headed-and-objective": {
    narrative: {
      nl: "U houdt emoties buiten beschouwing en bekijkt situaties objectief.",
      fr: "Vous mettez les émotions de côté et examinez les situations avec objectivité.",
      en: "You keep emotions out of the picture and look at situations objectively.",
    },
    helps: {
      nl: "Bij conflicten en moeilijke beslissingen blijft u zakelijk, wat de discussie op de feiten houdt.",
      fr: "Dans les conflits et les décisions difficiles, vous restez factuel, ce qui maintient le débat sur les faits.",
      en: "In conflicts and hard decisions you stay businesslike, which keeps the debate on the facts.",
    },
    actions: [
      {
        nl: "Vat bij een conflict de feiten samen voordat u een oordeel vraagt.",
        fr: "Lors d'un conflit, résumez les faits avant de demander un avis.",
        en: "In a conflict, summarise the facts before asking for a judgement.",
      },
      {
        nl: "Vraag in één-op-ééngesprekken ook expliciet hoe iemand zich voelt, niet alleen hoe het werk loopt.",
        fr: "Lors des entretiens individuels, demandez aussi explicitement comment la personne se sent, pas seulement comment avance le travail.",
        en: "In one-to-ones, ask explicitly how someone feels, not only how the work is going.",
      },
    ],
    watchOut: {
      nl: "Wat u objectief noemt, kan voor een ander kil voelen. Erken de emotie voordat u naar de oplossing gaat.",
      fr: "Ce que vous jugez objectif peut paraître froid à un autre. Reconnaissez l'émotion avant de passer à la solution.",
      en: "What you call objective may feel cold to someone else. Acknowledge the emotion before moving to the solution.",
    },
  },
  "change-seeker": {
    narrative: {
      nl: "U verwelkomt verandering en probeert graag nieuwe manieren van werken uit.",
      fr: "Vous accueillez le changement et aimez essayer de nouvelles façons de travailler.",
      en: "You welcome change and enjoy trying new ways of working.",
    },
    helps: {
      nl: "U bent een natuurlijke trekker van vernieuwing en neemt uw team mee in nieuwe werkwijzen.",
      fr: "Vous portez naturellement l'innovation et entraînez votre équipe vers de nouvelles méthodes.",
      en: "You naturally drive renewal and bring your team along into new ways of working.",
    },
    actions: [
      {
        nl: "Test een nieuwe werkwijze eerst een maand in het klein en evalueer dan samen met het team.",
        fr: "Testez une nouvelle méthode pendant un mois à petite échelle, puis évaluez-la avec l'équipe.",
        en: "Try a new way of working small for a month, then evaluate it with the team.",
      },
      {
        nl: "Leg bij elke verandering uit waarom, en wat er voor het team blijft zoals het was.",
        fr: "Pour chaque changement, expliquez pourquoi, et ce qui reste inchangé pour l'équipe.",
        en: "With every change, explain why, and what stays the same for the team.",
      },
    ],
    watchOut: {
      nl: "Te veel veranderingen na elkaar putten een team uit. Laat nieuwe werkwijzen eerst wortel schieten.",
      fr: "Trop de changements successifs épuisent une équipe. Laissez d'abord les nouvelles méthodes s'installer.",
      en: "Too many changes in a row wear a team out. Let new ways of working take root first.",
    },
  },
  "reliable-continuity": {
    narrative: {
      nl: "U hecht aan beproefde methoden en brengt stabiliteit en consistentie.",
      fr: "Vous tenez aux méthodes éprouvées et apportez stabilité et cohérence.",
      en: "You value proven methods and bring stability and consistency.",
    },
    helps: {
      nl: "Uw team kan op vaste processen rekenen, wat fouten beperkt en rust geeft.",
      fr: "Votre équipe peut compter sur des processus stables, ce qui limite les erreurs et apporte de la sérénité.",
      en: "Your team can rely on stable processes, which limits errors and gives peace of mind.",
    },
    actions: [
      {
        nl: "Leg de werkwijzen die goed werken vast, zodat nieuwe medewerkers ze snel leren.",
        fr: "Documentez les méthodes qui fonctionnent bien, pour que les nouveaux collaborateurs les apprennent vite.",
        en: "Write down the ways of working that work well, so new team members learn them quickly.",
      },
      {
        nl: "Vraag uw team eens per jaar welke gewoonte het zou willen veranderen, en probeer er één.",
        fr: "Une fois par an, demandez à votre équipe quelle habitude elle aimerait changer, et essayez-en une.",
        en: "Once a year, ask your team which habit it would like to change, and try one.",
      },
    ],
    watchOut: {
      nl: "Vasthouden aan wat werkt, kan ertoe leiden dat u een noodzakelijke verandering te laat inzet.",
      fr: "S'accrocher à ce qui fonctionne peut conduire à engager trop tard un changement nécessaire.",
      en: "Holding on to what works can mean starting a necessary change too late.",
    },
  },
  "curious-thinker": {
    narrative: {
      nl: "U houdt van complexe ideeën en abstracte vraagstukken en denkt ze grondig door.",
      fr: "Vous aimez les idées complexes et les problèmes abstraits et les approfondissez.",
      en: "You enjoy complex ideas and abstract problems and think them through.",
    },
    helps: {
      nl: "U doorgrondt ingewikkelde problemen en stelt de vragen die tot betere oplossingen leiden.",
      fr: "Vous démêlez les problèmes complexes et posez les questions qui mènent à de meilleures solutions.",
      en: "You get to the bottom of complicated problems and ask the questions that lead to better solutions.",
    },
    actions: [
      {
        nl: "Vat uw analyse samen in één zin voordat u die met het team deelt.",
        fr: "Résumez votre analyse en une phrase avant de la partager avec l'équipe.",
        en: "Sum up your analysis in one sentence before you share it with the team.",
      },
      {
        nl: "Organiseer een korte sessie waarin het team samen een taai probleem ontleedt.",
        fr: "Organisez une courte séance où l'équipe décortique ensemble un problème épineux.",
        en: "Run a short session where the team takes apart a tough problem together.",
      },
    ],
    watchOut: {
      nl: "Analyse kan een besluit eindeloos uitstellen. Spreek af wanneer het denkwerk af is en het doen begint.",
      fr: "L'analyse peut retarder indéfiniment une décision. Fixez le moment où la réflexion s'arrête et où l'action commence.",
      en: "Analysis can postpone a decision indefinitely. Agree when the thinking stops and the doing starts.",
    },
  },
  "hands-on-pragmatist": {
    narrative: {
      nl: "U verkiest concrete actie boven theorie en zet ideeën om in de praktijk.",
      fr: "Vous préférez l'action concrète à la théorie et traduisez les idées en pratique.",
      en: "You prefer concrete action to theory and turn ideas into practice.",
    },
    helps: {
      nl: "Onder uw leiding worden plannen uitgevoerd in plaats van besproken.",
      fr: "Sous votre direction, les plans sont mis en œuvre au lieu d'être seulement discutés.",
      en: "Under your lead, plans get carried out instead of discussed.",
    },
    actions: [
      {
        nl: "Sluit elk overleg af met wie wat doet tegen wanneer.",
        fr: "Terminez chaque réunion en précisant qui fait quoi et pour quand.",
        en: "End every meeting with who does what by when.",
      },
      {
        nl: "Vraag bij grotere beslissingen een collega met een analytische blik om de onderbouwing na te gaan.",
        fr: "Pour les décisions importantes, demandez à un collègue analytique de vérifier le raisonnement.",
        en: "For bigger decisions, ask an analytical colleague to check the reasoning.",
      },
    ],
    watchOut: {
      nl: "Snel doen zonder de oorzaak te begrijpen, lost soms het verkeerde probleem op. Neem bij terugkerende problemen de tijd voor analyse.",
      fr: "Agir vite sans comprendre la cause résout parfois le mauvais problème. Pour les problèmes récurrents, prenez le temps d'analyser.",
      en: "Acting fast without understanding the cause sometimes solves the wrong problem. For recurring problems, take time to analyse.",
    },
  },
  "open-minded-challenger": {
    narrative: {
      nl: "U stelt conventies in vraag en staat open voor andere waarden en standpunten.",
      fr: "Vous remettez en question les conventions et êtes ouvert à d'autres valeurs et points de vue.",
      en: "You question conventions and are open to different values and viewpoints.",
    },
    helps: {
      nl: "U maakt ruimte voor diversiteit in uw team en voorkomt dat 'zo doen we het hier' het denken stopt.",
      fr: "Vous faites de la place à la diversité dans votre équipe et évitez que « on a toujours fait comme ça » bloque la réflexion.",
      en: "You make room for diversity in your team and stop 'this is how we do it here' from ending the thinking.",
    },
    actions: [
      {
        nl: "Vraag bij een belangrijke beslissing bewust het standpunt van wie het meest van u verschilt.",
        fr: "Pour une décision importante, sollicitez délibérément l'avis de la personne la plus différente de vous.",
        en: "For an important decision, deliberately ask for the view of whoever differs most from you.",
      },
      {
        nl: "Bij het in vraag stellen van een regel: stel meteen een alternatief voor.",
        fr: "Quand vous remettez une règle en question, proposez tout de suite une alternative.",
        en: "When you question a rule, propose an alternative straight away.",
      },
    ],
    watchOut: {
      nl: "Alles in vraag stellen kan onrust geven en vertrouwen in afspraken ondermijnen. Kies uw strijdpunten.",
      fr: "Tout remettre en question peut créer de l'agitation et miner la confiance dans les accords. Choisissez vos combats.",
      en: "Questioning everything can unsettle people and undermine trust in agreements. Choose your battles.",
    },
  },
  "principled-and-consistent": {
    narrative: {
      nl: "U respecteert traditie en gezag en staat stevig voor duidelijke principes.",
      fr: "Vous respectez la tradition et l'autorité et défendez fermement des principes clairs.",
      en: "You respect tradition and authority and stand firmly for clear principles.",
    },
    helps: {
      nl: "U bent voorspelbaar en consequent: uw team weet welke waarden tellen en dat u ze bewaakt.",
      fr: "Vous êtes prévisible et cohérent : votre équipe sait quelles valeurs comptent et que vous y veillez.",
      en: "You are predictable and consistent: your team knows which values count and that you uphold them.",
    },
    actions: [
      {
        nl: "Maak de drie principes waar u als manager voor staat expliciet, en bespreek ze met uw team.",
        fr: "Explicitez les trois principes que vous défendez en tant que manager, et discutez-en avec votre équipe.",
        en: "Make explicit the three principles you stand for as a manager, and discuss them with your team.",
      },
      {
        nl: "Vraag een medewerker met een andere achtergrond hoe hij of zij een vaste regel ervaart.",
        fr: "Demandez à un collaborateur d'un autre horizon comment il vit une règle établie.",
        en: "Ask a team member from a different background how they experience an established rule.",
      },
    ],
    watchOut: {
      nl: "Principes kunnen star worden wanneer de omstandigheden veranderen. Toets af en toe of een regel zijn doel nog dient.",
      fr: "Les principes peuvent devenir rigides quand les circonstances changent. Vérifiez de temps en temps qu'une règle sert encore son but.",
      en: "Principles can turn rigid when circumstances change. Now and then, check that a rule still serves its purpose.",
    },
  },
};
