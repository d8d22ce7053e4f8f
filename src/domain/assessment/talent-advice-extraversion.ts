import type { TTalentAdvice } from "./talent-advice-types";

/** Advice for the talents of the extraversion facets (E1–E6), both poles. */
export const EXTRAVERSION_ADVICE: Readonly<Record<string, TTalentAdvice>> = {
  "warm-connector": {
    narrative: {
      nl: "U zorgt dat mensen zich welkom voelen en bouwt snel een band op.",
      fr: "Vous faites en sorte que les gens se sentent bienvenus et créez rapidement un lien.",
      en: "You make people feel welcome and build rapport quickly.",
    },
    helps: {
      nl: "Medewerkers voelen zich gezien, wat vertrouwen en betrokkenheid in uw team versterkt.",
      fr: "Vos collaborateurs se sentent reconnus, ce qui renforce la confiance et l'engagement dans votre équipe.",
      en: "People feel seen, which strengthens trust and engagement in your team.",
    },
    actions: [
      {
        nl: "Begin elk één-op-ééngesprek met een persoonlijke vraag, en onthoud het antwoord voor de volgende keer.",
        fr: "Commencez chaque entretien individuel par une question personnelle, et retenez la réponse pour la fois suivante.",
        en: "Open every one-to-one with a personal question, and remember the answer for next time.",
      },
      {
        nl: "Neem het onthaal van nieuwe medewerkers in de eerste week persoonlijk op u.",
        fr: "Prenez personnellement en charge l'accueil des nouveaux collaborateurs pendant leur première semaine.",
        en: "Personally take on welcoming new team members in their first week.",
      },
    ],
    watchOut: {
      nl: "Nabijheid kan het moeilijker maken om kritische feedback te geven. Een goede band verdraagt een eerlijk woord.",
      fr: "La proximité peut rendre plus difficile un retour critique. Une bonne relation supporte une parole franche.",
      en: "Closeness can make critical feedback harder to give. A good relationship can take an honest word.",
    },
  },
  "reserved-and-discreet": {
    narrative: {
      nl: "U neemt de tijd om vertrouwen op te bouwen en bewaart een professionele afstand waar dat helpt.",
      fr: "Vous prenez le temps d'établir la confiance et gardez une distance professionnelle quand elle est utile.",
      en: "You take time to build trust and keep a professional distance where it helps.",
    },
    helps: {
      nl: "U bent neutraal en discreet: mensen vertrouwen u gevoelige informatie toe, en u behandelt iedereen gelijk.",
      fr: "Vous êtes neutre et discret : on vous confie des informations sensibles, et vous traitez chacun de la même façon.",
      en: "You are neutral and discreet: people trust you with sensitive matters, and you treat everyone alike.",
    },
    actions: [
      {
        nl: "Toon waardering expliciet: zeg één keer per week tegen iemand concreet wat u in zijn of haar werk waardeert.",
        fr: "Exprimez votre reconnaissance explicitement : une fois par semaine, dites concrètement à quelqu'un ce que vous appréciez dans son travail.",
        en: "Show appreciation explicitly: once a week, tell someone concretely what you value in their work.",
      },
      {
        nl: "Zet uw discretie in waar vertrouwelijkheid telt, zoals bij herstructureringen of persoonlijke kwesties.",
        fr: "Mettez votre discrétion au service des sujets confidentiels, comme les restructurations ou les questions personnelles.",
        en: "Use your discretion where confidentiality matters, such as restructurings or personal issues.",
      },
    ],
    watchOut: {
      nl: "Afstand kan als desinteresse gelezen worden. Laat af en toe iets van uzelf zien.",
      fr: "La distance peut être perçue comme du désintérêt. Montrez de temps en temps un peu de vous-même.",
      en: "Distance can be read as lack of interest. Now and then, show a little of yourself.",
    },
  },
  "team-energiser": {
    narrative: {
      nl: "U bloeit op in groepen en brengt graag veel verschillende mensen samen.",
      fr: "Vous vous épanouissez en groupe et aimez rassembler des personnes très différentes.",
      en: "You thrive in groups and enjoy bringing many different people together.",
    },
    helps: {
      nl: "U maakt van een verzameling mensen een team: u organiseert ontmoetingen en verbindt afdelingen.",
      fr: "Vous faites d'un ensemble de personnes une équipe : vous organisez des rencontres et reliez les services.",
      en: "You turn a group of people into a team: you organise get-togethers and connect departments.",
    },
    actions: [
      {
        nl: "Organiseer per kwartaal een moment waarop uw team samenwerkt met een team waarmee het weinig contact heeft.",
        fr: "Organisez chaque trimestre un moment où votre équipe travaille avec une équipe qu'elle côtoie peu.",
        en: "Each quarter, organise a session where your team works with a team it rarely meets.",
      },
      {
        nl: "Gebruik groepsmomenten om successen te delen en mensen met elkaar in contact te brengen.",
        fr: "Utilisez les moments collectifs pour partager les réussites et mettre les gens en relation.",
        en: "Use group moments to share successes and connect people with each other.",
      },
    ],
    watchOut: {
      nl: "Niet iedereen haalt energie uit de groep. Zorg ook voor rustige werktijd en één-op-ééncontact.",
      fr: "Tout le monde ne puise pas son énergie dans le groupe. Prévoyez aussi du temps de travail au calme et des échanges en tête-à-tête.",
      en: "Not everyone draws energy from the group. Make room for quiet work time and one-to-one contact too.",
    },
  },
  "independent-worker": {
    narrative: {
      nl: "U werkt goed alleen en hecht aan geconcentreerd werk en één-op-ééncontact.",
      fr: "Vous travaillez bien seul et tenez au travail concentré et aux échanges en tête-à-tête.",
      en: "You work well alone and value focused work and one-to-one contact.",
    },
    helps: {
      nl: "Uw één-op-ééngesprekken gaan de diepte in, en u geeft medewerkers ruimte om zelfstandig te werken.",
      fr: "Vos entretiens individuels vont en profondeur, et vous laissez à vos collaborateurs l'espace pour travailler de façon autonome.",
      en: "Your one-to-ones go deep, and you give people room to work independently.",
    },
    actions: [
      {
        nl: "Plan vaste één-op-ééngesprekken met elke medewerker en bescherm die tijd.",
        fr: "Planifiez des entretiens individuels réguliers avec chaque collaborateur et protégez ce temps.",
        en: "Schedule regular one-to-ones with every team member and protect that time.",
      },
      {
        nl: "Houd teamoverleg kort en doelgericht, met een duidelijke agenda vooraf.",
        fr: "Gardez les réunions d'équipe courtes et ciblées, avec un ordre du jour clair à l'avance.",
        en: "Keep team meetings short and purposeful, with a clear agenda in advance.",
      },
    ],
    watchOut: {
      nl: "Als u te weinig zichtbaar bent, kan het team zich losgelaten voelen. Wees ook aanwezig op groepsmomenten.",
      fr: "Si vous êtes trop peu visible, l'équipe peut se sentir livrée à elle-même. Soyez présent aussi aux moments collectifs.",
      en: "If you are seldom visible, the team may feel left alone. Be present at group moments too.",
    },
  },
  "natural-leader": {
    narrative: {
      nl: "U neemt de leiding, spreekt zich uit en geeft richting wanneer dat nodig is.",
      fr: "Vous prenez les choses en main, vous exprimez et donnez une direction quand c'est nécessaire.",
      en: "You take charge, speak up and give direction when it is needed.",
    },
    helps: {
      nl: "In onduidelijke situaties zorgt u voor een besluit en een richting, zodat het team verder kan.",
      fr: "Dans les situations floues, vous apportez une décision et une direction pour que l'équipe puisse avancer.",
      en: "In unclear situations you bring a decision and a direction, so the team can move on.",
    },
    actions: [
      {
        nl: "Vraag in vergaderingen eerst de mening van anderen en spreek zelf als laatste.",
        fr: "En réunion, demandez d'abord l'avis des autres et prenez la parole en dernier.",
        en: "In meetings, ask for others' views first and speak last yourself.",
      },
      {
        nl: "Geef een medewerker de leiding over een deelproject en blijf bewust op de achtergrond.",
        fr: "Confiez la conduite d'un sous-projet à un collaborateur et restez délibérément en retrait.",
        en: "Give a team member the lead on a sub-project and deliberately stay in the background.",
      },
    ],
    watchOut: {
      nl: "Wie snel de leiding neemt, laat soms te weinig ruimte voor anderen. Stilte in het team is niet altijd instemming.",
      fr: "Prendre vite la direction peut laisser trop peu de place aux autres. Le silence de l'équipe n'est pas toujours un accord.",
      en: "Taking charge quickly can leave too little room for others. Silence in the team is not always agreement.",
    },
  },
  "supportive-team-player": {
    narrative: {
      nl: "U geeft anderen ruimte om te leiden en draagt bij zonder in de schijnwerpers te hoeven staan.",
      fr: "Vous laissez aux autres la place de mener et contribuez sans avoir besoin d'être sous les projecteurs.",
      en: "You give others room to lead and contribute without needing the spotlight.",
    },
    helps: {
      nl: "Uw medewerkers krijgen kansen om te groeien, omdat u de ruimte niet opeist.",
      fr: "Vos collaborateurs ont des occasions de progresser, parce que vous ne monopolisez pas l'espace.",
      en: "Your people get chances to grow because you do not claim the stage.",
    },
    actions: [
      {
        nl: "Bereid voor belangrijke vergaderingen één standpunt voor dat u zeker naar voren brengt.",
        fr: "Avant les réunions importantes, préparez une position que vous ferez valoir à coup sûr.",
        en: "Before important meetings, prepare one position you will be sure to put forward.",
      },
      {
        nl: "Maak bewust een medewerker zichtbaar bij uw eigen leidinggevende wanneer die goed werk levert.",
        fr: "Mettez délibérément en valeur auprès de votre propre responsable un collaborateur qui fait du bon travail.",
        en: "Make a team member visible to your own manager when they do good work.",
      },
    ],
    watchOut: {
      nl: "Als manager wordt richting van u verwacht. Wanneer niemand de knoop doorhakt, doet u het.",
      fr: "En tant que manager, on attend de vous une direction. Quand personne ne tranche, c'est à vous de le faire.",
      en: "As a manager, people expect direction from you. When nobody decides, you do.",
    },
  },
  "high-energy-driver": {
    narrative: {
      nl: "U houdt een hoog tempo aan en krijgt veel gedaan.",
      fr: "Vous maintenez un rythme soutenu et accomplissez beaucoup.",
      en: "You keep a fast pace and get a lot done.",
    },
    helps: {
      nl: "U brengt vaart in projecten en laat zien dat doorpakken kan.",
      fr: "Vous donnez de l'élan aux projets et montrez qu'il est possible d'avancer vite.",
      en: "You bring momentum to projects and show that things can move.",
    },
    actions: [
      {
        nl: "Spreek met uw team af wat dringend is en wat niet, zodat uw tempo geen standaard wordt voor alles.",
        fr: "Convenez avec votre équipe de ce qui est urgent et de ce qui ne l'est pas, pour que votre rythme ne devienne pas la norme pour tout.",
        en: "Agree with your team what is urgent and what is not, so your pace does not become the norm for everything.",
      },
      {
        nl: "Plan na een intense periode bewust een rustiger week, voor uzelf en voor het team.",
        fr: "Après une période intense, prévoyez délibérément une semaine plus calme, pour vous et pour l'équipe.",
        en: "After an intense period, deliberately plan a calmer week, for yourself and the team.",
      },
    ],
    watchOut: {
      nl: "Uw tempo kan anderen uitputten of doen afhaken. Vraag na of het team nog meekan.",
      fr: "Votre rythme peut épuiser les autres ou les décourager. Vérifiez que l'équipe suit encore.",
      en: "Your pace can exhaust others or make them drop out. Check whether the team can still keep up.",
    },
  },
  "steady-and-sustainable": {
    narrative: {
      nl: "U werkt in een duurzaam tempo en maakt tijd om op te laden.",
      fr: "Vous travaillez à un rythme durable et prenez le temps de recharger vos batteries.",
      en: "You work at a sustainable pace and make time to recharge.",
    },
    helps: {
      nl: "U houdt het lang vol en geeft het voorbeeld van een gezonde werkstijl, wat uitval in uw team helpt voorkomen.",
      fr: "Vous tenez sur la durée et donnez l'exemple d'un rythme sain, ce qui aide à prévenir l'épuisement dans votre équipe.",
      en: "You last the distance and model a healthy way of working, which helps prevent burnout in your team.",
    },
    actions: [
      {
        nl: "Bespreek werkdruk structureel in het teamoverleg, niet pas wanneer het misloopt.",
        fr: "Abordez la charge de travail régulièrement en réunion d'équipe, pas seulement quand cela se passe mal.",
        en: "Discuss workload regularly in team meetings, not only when things go wrong.",
      },
      {
        nl: "Kies bij piekmomenten samen met het team wat kan wachten.",
        fr: "En période de pointe, choisissez avec l'équipe ce qui peut attendre.",
        en: "At peak times, choose together with the team what can wait.",
      },
    ],
    watchOut: {
      nl: "Wanneer snelheid echt telt, kan uw rustige tempo als gebrek aan urgentie overkomen. Schakel bewust op.",
      fr: "Quand la vitesse compte vraiment, votre rythme posé peut passer pour un manque d'urgence. Accélérez délibérément.",
      en: "When speed really matters, your calm pace can look like a lack of urgency. Shift up deliberately.",
    },
  },
  "bold-adventurer": {
    narrative: {
      nl: "U zoekt nieuwe uitdagingen op en durft een kans te wagen.",
      fr: "Vous recherchez de nouveaux défis et osez prendre des risques.",
      en: "You seek out new challenges and dare to take a chance.",
    },
    helps: {
      nl: "U durft nieuwe markten, methoden en projecten aan waar anderen terugdeinzen.",
      fr: "Vous osez de nouveaux marchés, méthodes et projets devant lesquels d'autres reculent.",
      en: "You take on new markets, methods and projects where others hold back.",
    },
    actions: [
      {
        nl: "Kies per kwartaal één experiment met een duidelijk budget, een eindpunt en een vooraf bepaald succescriterium.",
        fr: "Choisissez chaque trimestre une expérimentation avec un budget clair, une échéance et un critère de réussite défini à l'avance.",
        en: "Each quarter, pick one experiment with a clear budget, an end date and a success criterion set in advance.",
      },
      {
        nl: "Betrek een voorzichtige collega om uw plannen te toetsen voordat u ze uitvoert.",
        fr: "Associez un collègue prudent pour éprouver vos plans avant de les mettre en œuvre.",
        en: "Involve a cautious colleague to test your plans before you act on them.",
      },
    ],
    watchOut: {
      nl: "Niet elk teamlid houdt van risico. Te veel avontuur kan onrust en vermoeidheid veroorzaken.",
      fr: "Tous les membres de l'équipe n'aiment pas le risque. Trop d'aventure peut créer de l'inquiétude et de la fatigue.",
      en: "Not every team member likes risk. Too much adventure can create unrest and fatigue.",
    },
  },
  "prudent-and-stable": {
    narrative: {
      nl: "U verkiest een rustige, voorspelbare omgeving en vermijdt onnodig risico.",
      fr: "Vous préférez un environnement calme et prévisible et évitez les risques inutiles.",
      en: "You prefer a calm, predictable environment and avoid unnecessary risk.",
    },
    helps: {
      nl: "Uw team weet waar het aan toe is, en u voorkomt dure avonturen.",
      fr: "Votre équipe sait à quoi s'en tenir, et vous évitez les aventures coûteuses.",
      en: "Your team knows where it stands, and you avoid costly adventures.",
    },
    actions: [
      {
        nl: "Leg bij veranderingen helder uit wat blijft zoals het is en wat verandert.",
        fr: "Lors de changements, expliquez clairement ce qui reste inchangé et ce qui change.",
        en: "During changes, explain clearly what stays the same and what changes.",
      },
      {
        nl: "Geef een avontuurlijke medewerker een afgebakende ruimte om te experimenteren.",
        fr: "Donnez à un collaborateur aventureux un espace délimité pour expérimenter.",
        en: "Give an adventurous team member a bounded space to experiment.",
      },
    ],
    watchOut: {
      nl: "Te veel voorzichtigheid kan kansen laten liggen. Vraag uzelf af wat het risico van niets doen is.",
      fr: "Trop de prudence peut faire manquer des occasions. Demandez-vous quel est le risque de ne rien faire.",
      en: "Too much caution can leave opportunities untaken. Ask yourself what the risk of doing nothing is.",
    },
  },
  "positive-spirit": {
    narrative: {
      nl: "U straalt enthousiasme uit en tilt de stemming van de mensen om u heen op.",
      fr: "Vous rayonnez d'enthousiasme et améliorez l'humeur de votre entourage.",
      en: "You radiate enthusiasm and lift the mood of those around you.",
    },
    helps: {
      nl: "Uw optimisme geeft het team moed, vooral wanneer het werk zwaar is.",
      fr: "Votre optimisme donne du courage à l'équipe, surtout quand le travail est difficile.",
      en: "Your optimism gives the team courage, especially when the work is hard.",
    },
    actions: [
      {
        nl: "Open het teamoverleg met één concreet succes van de afgelopen week.",
        fr: "Ouvrez la réunion d'équipe par une réussite concrète de la semaine écoulée.",
        en: "Open the team meeting with one concrete success from the past week.",
      },
      {
        nl: "Combineer goed nieuws altijd met een eerlijk beeld van wat nog moeilijk is.",
        fr: "Associez toujours les bonnes nouvelles à une image honnête de ce qui reste difficile.",
        en: "Always pair good news with an honest picture of what is still hard.",
      },
    ],
    watchOut: {
      nl: "Altijd positief zijn kan problemen maskeren en zorgen van anderen wegwuiven. Laat ruimte voor ernst.",
      fr: "Être toujours positif peut masquer des problèmes et balayer les inquiétudes des autres. Laissez de la place au sérieux.",
      en: "Always being upbeat can mask problems and brush aside others' concerns. Leave room for seriousness.",
    },
  },
  "sober-and-serious": {
    narrative: {
      nl: "U houdt een sobere, ernstige toon aan en laat zich niet meeslepen door enthousiasme.",
      fr: "Vous gardez un ton sobre et sérieux et ne vous laissez pas emporter par l'enthousiasme.",
      en: "You keep a sober, serious tone and are not carried away by enthusiasm.",
    },
    helps: {
      nl: "Uw woorden wegen: wanneer u iets goed vindt, weet het team dat u het meent.",
      fr: "Vos paroles ont du poids : quand vous appréciez quelque chose, l'équipe sait que c'est sincère.",
      en: "Your words carry weight: when you say something is good, the team knows you mean it.",
    },
    actions: [
      {
        nl: "Spreek waardering uit, ook in kleine dingen: bij u valt ze extra op.",
        fr: "Exprimez votre reconnaissance, même pour de petites choses : chez vous, elle se remarque d'autant plus.",
        en: "Express appreciation, even for small things: from you it stands out all the more.",
      },
      {
        nl: "Zet uw nuchterheid in bij beslissingen waar hype de discussie stuurt.",
        fr: "Mettez votre sobriété au service des décisions où l'effet de mode guide la discussion.",
        en: "Bring your sobriety to decisions where hype is steering the debate.",
      },
    ],
    watchOut: {
      nl: "Een ernstige toon kan als somberheid of afkeuring gelezen worden. Laat ook zien wanneer u tevreden bent.",
      fr: "Un ton sérieux peut être perçu comme de la morosité ou de la désapprobation. Montrez aussi quand vous êtes satisfait.",
      en: "A serious tone can be read as gloom or disapproval. Show when you are pleased, too.",
    },
  },
};
