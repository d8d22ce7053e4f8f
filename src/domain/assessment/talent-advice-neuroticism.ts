import type { TTalentAdvice } from "./talent-advice-types";

/** Advice for the talents of the emotional-stability facets (N1–N6), both poles. */
export const NEUROTICISM_ADVICE: Readonly<Record<string, TTalentAdvice>> = {
  "risk-aware": {
    narrative: {
      nl: "U ziet sneller dan anderen wat er mis kan gaan. Die alertheid maakt dat u zelden overvallen wordt.",
      fr: "Vous voyez plus vite que d'autres ce qui peut mal tourner. Cette vigilance fait que vous êtes rarement pris au dépourvu.",
      en: "You see sooner than most what could go wrong. That alertness means you are rarely caught off guard.",
    },
    helps: {
      nl: "Uw team werkt met plannen waarin de risico's al benoemd zijn, en problemen worden klein aangepakt in plaats van groot opgelost.",
      fr: "Votre équipe travaille avec des plans dont les risques sont déjà identifiés, et les problèmes sont traités tôt plutôt que réparés tard.",
      en: "Your team works from plans whose risks are already named, and problems are handled small instead of fixed big.",
    },
    actions: [
      {
        nl: "Schrijf bij elk nieuw project de drie grootste risico's op, met per risico één concrete voorzorg en een eigenaar.",
        fr: "Pour chaque nouveau projet, notez les trois principaux risques, avec pour chacun une précaution concrète et un responsable.",
        en: "For each new project, write down the three biggest risks, each with one concrete precaution and an owner.",
      },
      {
        nl: "Vraag een collega die optimistischer is om uw risicolijst te lezen en te zeggen welke zorg u kunt loslaten.",
        fr: "Demandez à un collègue plus optimiste de relire votre liste de risques et de vous dire quelle inquiétude vous pouvez lâcher.",
        en: "Ask a more optimistic colleague to read your risk list and tell you which worry you can let go.",
      },
    ],
    watchOut: {
      nl: "Te veel nadruk op wat mis kan gaan remt initiatief en kan uw team onzeker maken. Benoem naast elk risico ook de kans.",
      fr: "Trop insister sur ce qui peut mal tourner freine l'initiative et peut inquiéter votre équipe. Mentionnez aussi l'opportunité à côté de chaque risque.",
      en: "Too much focus on what could go wrong slows initiative and can unsettle your team. Name the opportunity next to every risk.",
    },
  },
  "calm-and-composed": {
    narrative: {
      nl: "U blijft kalm wanneer de situatie onduidelijk is. Zorgen houden u niet lang bezig, zodat u helder blijft denken.",
      fr: "Vous restez calme lorsque la situation est incertaine. Les inquiétudes ne vous occupent pas longtemps, ce qui vous garde l'esprit clair.",
      en: "You stay calm when the situation is unclear. Worries do not occupy you for long, so you keep thinking clearly.",
    },
    helps: {
      nl: "Uw rust werkt aanstekelijk: in onzekere periodes kijkt uw team naar u om te weten hoe ernstig iets is.",
      fr: "Votre calme est contagieux : en période d'incertitude, votre équipe vous regarde pour savoir à quel point la situation est sérieuse.",
      en: "Your calm is contagious: in uncertain times your team looks to you to judge how serious something is.",
    },
    actions: [
      {
        nl: "Vertel bij onrust in het team hardop hoe u de situatie inschat en wat de volgende stap is.",
        fr: "Quand l'équipe s'agite, dites à voix haute comment vous évaluez la situation et quelle est la prochaine étape.",
        en: "When the team is unsettled, say out loud how you read the situation and what the next step is.",
      },
      {
        nl: "Plan bij grote veranderingen een kort wekelijks moment waarop medewerkers hun zorgen kunnen delen.",
        fr: "Lors de grands changements, prévoyez un court moment hebdomadaire où vos collaborateurs peuvent partager leurs préoccupations.",
        en: "During big changes, hold a short weekly moment where people can share their concerns.",
      },
    ],
    watchOut: {
      nl: "Wat u niet zorgen baart, kan anderen wel zorgen baren. Neem hun ongerustheid serieus, ook als u ze niet deelt.",
      fr: "Ce qui ne vous inquiète pas peut inquiéter les autres. Prenez leurs craintes au sérieux, même si vous ne les partagez pas.",
      en: "What does not worry you may worry others. Take their concerns seriously, even when you do not share them.",
    },
  },
  passionate: {
    narrative: {
      nl: "Wanneer iets ertoe doet, reageert u met energie. Mensen weten bij u waar de grens ligt.",
      fr: "Quand quelque chose compte, vous réagissez avec énergie. On sait avec vous où se situe la limite.",
      en: "When something matters, you respond with energy. People know where your line is.",
    },
    helps: {
      nl: "U maakt normen zichtbaar: uw team weet wat onaanvaardbaar is, en onrecht blijft niet onbesproken.",
      fr: "Vous rendez les normes visibles : votre équipe sait ce qui est inacceptable, et l'injustice ne reste pas sous silence.",
      en: "You make standards visible: your team knows what is unacceptable, and unfairness does not go unspoken.",
    },
    actions: [
      {
        nl: "Wacht bij ergernis één nacht voordat u een kritische e-mail verstuurt, en herlees hem dan op toon.",
        fr: "En cas d'agacement, attendez une nuit avant d'envoyer un e-mail critique, puis relisez-le pour en vérifier le ton.",
        en: "When annoyed, wait one night before sending a critical email, then reread it for tone.",
      },
      {
        nl: "Zet uw energie om in een duidelijke afspraak: wat verwacht u voortaan, en waarom?",
        fr: "Transformez votre énergie en un accord clair : qu'attendez-vous désormais, et pourquoi ?",
        en: "Turn your energy into a clear agreement: what do you expect from now on, and why?",
      },
    ],
    watchOut: {
      nl: "Een felle reactie kan mensen stil maken, ook wie u wilde beschermen. Scheid de boodschap van de emotie.",
      fr: "Une réaction vive peut faire taire les gens, y compris ceux que vous vouliez protéger. Séparez le message de l'émotion.",
      en: "A sharp reaction can silence people, including those you meant to protect. Separate the message from the emotion.",
    },
  },
  "even-tempered": {
    narrative: {
      nl: "U blijft geduldig, ook wanneer anderen geïrriteerd raken. Uw humeur is voorspelbaar en stabiel.",
      fr: "Vous restez patient, même lorsque d'autres s'irritent. Votre humeur est prévisible et stable.",
      en: "You stay patient, even when others get irritated. Your mood is predictable and steady.",
    },
    helps: {
      nl: "Medewerkers durven met slecht nieuws bij u te komen, omdat ze weten dat u niet uitvalt.",
      fr: "Vos collaborateurs osent vous apporter de mauvaises nouvelles, car ils savent que vous ne vous emporterez pas.",
      en: "People dare to bring you bad news because they know you will not lash out.",
    },
    actions: [
      {
        nl: "Bied in gespannen vergaderingen actief aan om het gesprek te leiden of samen te vatten.",
        fr: "Lors de réunions tendues, proposez activement d'animer l'échange ou d'en faire la synthèse.",
        en: "In tense meetings, offer to chair the discussion or to sum it up.",
      },
      {
        nl: "Zeg expliciet wanneer iets u stoort: uw kalmte kan anders als instemming gelezen worden.",
        fr: "Dites explicitement quand quelque chose vous dérange : sinon, votre calme peut passer pour un accord.",
        en: "Say explicitly when something bothers you: otherwise your calm may be read as agreement.",
      },
    ],
    watchOut: {
      nl: "Te veel geduld kan betekenen dat grensoverschrijdend gedrag te lang doorgaat. Geduld is geen vrijbrief.",
      fr: "Trop de patience peut laisser perdurer des comportements inacceptables. La patience n'est pas un blanc-seing.",
      en: "Too much patience can let unacceptable behaviour go on too long. Patience is not a free pass.",
    },
  },
  "realistic-and-reflective": {
    narrative: {
      nl: "U neemt tegenslag ernstig en kijkt er eerlijk naar. U zoekt liever uit wat er misging dan het weg te wuiven.",
      fr: "Vous prenez les revers au sérieux et les regardez avec honnêteté. Vous préférez comprendre ce qui a échoué plutôt que de l'écarter.",
      en: "You take setbacks seriously and look at them honestly. You would rather understand what went wrong than wave it away.",
    },
    helps: {
      nl: "Uw team leert van fouten, omdat u ze bespreekbaar maakt zonder ze te verbloemen.",
      fr: "Votre équipe apprend de ses erreurs, parce que vous en parlez ouvertement sans les enjoliver.",
      en: "Your team learns from mistakes because you make them discussable without glossing over them.",
    },
    actions: [
      {
        nl: "Houd na elk project een korte terugblik met drie vragen: wat ging goed, wat niet, wat doen we anders?",
        fr: "Après chaque projet, faites un court bilan en trois questions : qu'est-ce qui a marché, qu'est-ce qui n'a pas marché, que changeons-nous ?",
        en: "After each project, hold a short review with three questions: what went well, what did not, what will we change?",
      },
      {
        nl: "Sluit elke terugblik af met één succes dat u uitdrukkelijk benoemt.",
        fr: "Terminez chaque bilan en nommant explicitement une réussite.",
        en: "End every review by naming one success explicitly.",
      },
    ],
    watchOut: {
      nl: "Lang stilstaan bij wat misging, kost energie, bij u en bij uw team. Stel een eindpunt aan de reflectie.",
      fr: "S'attarder longtemps sur ce qui a échoué coûte de l'énergie, à vous comme à votre équipe. Fixez une fin à la réflexion.",
      en: "Dwelling on what went wrong drains energy, yours and your team's. Put an end point on reflection.",
    },
  },
  "self-assured": {
    narrative: {
      nl: "U voelt zich goed in uw vel en houdt een stabiele, positieve stemming vast, ook na een tegenvaller.",
      fr: "Vous êtes bien dans votre peau et gardez une humeur stable et positive, même après un revers.",
      en: "You feel at ease with yourself and keep a steady, positive mood, even after a setback.",
    },
    helps: {
      nl: "U herstelt snel en neemt uw team mee naar de volgende stap in plaats van te blijven hangen.",
      fr: "Vous rebondissez vite et entraînez votre équipe vers l'étape suivante au lieu de rester bloqué.",
      en: "You bounce back quickly and take your team on to the next step instead of getting stuck.",
    },
    actions: [
      {
        nl: "Vertel uw team na een tegenslag concreet waarom u vertrouwen houdt en wat de volgende stap is.",
        fr: "Après un revers, expliquez concrètement à votre équipe pourquoi vous gardez confiance et quelle est la prochaine étape.",
        en: "After a setback, tell your team concretely why you stay confident and what the next step is.",
      },
      {
        nl: "Vraag medewerkers die het moeilijker hebben wat hen zou helpen, in plaats van uw eigen aanpak op te leggen.",
        fr: "Demandez aux collaborateurs en difficulté ce qui les aiderait, plutôt que d'imposer votre propre façon de faire.",
        en: "Ask people who are struggling what would help them, rather than imposing your own way of coping.",
      },
    ],
    watchOut: {
      nl: "Wat u zelf makkelijk verwerkt, kan voor een ander zwaar zijn. Verwacht niet dat iedereen even snel herstelt.",
      fr: "Ce que vous surmontez facilement peut être lourd pour un autre. N'attendez pas que chacun rebondisse aussi vite.",
      en: "What you process easily may weigh heavily on someone else. Do not expect everyone to recover as fast.",
    },
  },
  "tactful-and-observant": {
    narrative: {
      nl: "U bent gevoelig voor hoe u overkomt en leest een nieuwe groep voordat u het woord neemt.",
      fr: "Vous êtes attentif à l'image que vous donnez et vous observez un nouveau groupe avant de prendre la parole.",
      en: "You are sensitive to how you come across and read a new group before you step forward.",
    },
    helps: {
      nl: "U kiest uw woorden met zorg en merkt spanningen op die anderen missen, wat gevoelige gesprekken beter laat verlopen.",
      fr: "Vous choisissez vos mots avec soin et percevez des tensions que d'autres manquent, ce qui facilite les conversations délicates.",
      en: "You choose your words carefully and notice tensions others miss, which makes delicate conversations go better.",
    },
    actions: [
      {
        nl: "Bereid lastige gesprekken voor met één openingszin en één kernboodschap die u zeker wilt brengen.",
        fr: "Préparez les conversations difficiles avec une phrase d'ouverture et un message clé que vous tenez à faire passer.",
        en: "Prepare difficult conversations with one opening sentence and one key message you want to get across.",
      },
      {
        nl: "Deel na een vergadering wat u hebt opgemerkt over de sfeer met wie het gesprek leidde.",
        fr: "Après une réunion, partagez ce que vous avez observé de l'ambiance avec la personne qui l'animait.",
        en: "After a meeting, share what you noticed about the atmosphere with whoever chaired it.",
      },
    ],
    watchOut: {
      nl: "Te lang aftasten kan ertoe leiden dat uw idee niet gehoord wordt. Spreek ook eens als eerste.",
      fr: "Observer trop longtemps peut faire que votre idée n'est pas entendue. Prenez parfois la parole en premier.",
      en: "Reading the room for too long can mean your idea is never heard. Sometimes speak first.",
    },
  },
  "socially-at-ease": {
    narrative: {
      nl: "U benadert nieuwe mensen gemakkelijk en blijft ontspannen in ongemakkelijke situaties.",
      fr: "Vous abordez facilement de nouvelles personnes et restez détendu dans les situations embarrassantes.",
      en: "You approach new people easily and stay relaxed in awkward situations.",
    },
    helps: {
      nl: "U legt snel contact met stakeholders, nieuwe medewerkers en klanten, en u durft het ongemakkelijke te benoemen.",
      fr: "Vous nouez vite le contact avec les parties prenantes, les nouveaux collaborateurs et les clients, et vous osez nommer ce qui gêne.",
      en: "You quickly connect with stakeholders, new hires and clients, and you dare to name what is awkward.",
    },
    actions: [
      {
        nl: "Neem de eerste kennismaking met nieuwe collega's of partners bewust op u.",
        fr: "Chargez-vous délibérément du premier contact avec les nouveaux collègues ou partenaires.",
        en: "Deliberately take on the first introduction with new colleagues or partners.",
      },
      {
        nl: "Stel een verlegen medewerker voor aan de mensen die hij of zij moet kennen.",
        fr: "Présentez un collaborateur plus réservé aux personnes qu'il doit connaître.",
        en: "Introduce a shyer team member to the people they need to know.",
      },
    ],
    watchOut: {
      nl: "Niet iedereen voelt zich even snel op zijn gemak. Geef stillere mensen tijd en ruimte voordat u verdergaat.",
      fr: "Tout le monde ne se sent pas à l'aise aussi vite. Laissez aux plus discrets le temps et l'espace avant de poursuivre.",
      en: "Not everyone feels at ease as quickly. Give quieter people time and room before moving on.",
    },
  },
  "wholehearted-enjoyer": {
    narrative: {
      nl: "U leeft in het moment en gooit zich volledig op wat u graag doet.",
      fr: "Vous vivez l'instant présent et vous vous lancez pleinement dans ce qui vous plaît.",
      en: "You live in the moment and throw yourself fully into what you enjoy.",
    },
    helps: {
      nl: "Uw enthousiasme maakt werk aantrekkelijk: u viert successen en geeft het team energie.",
      fr: "Votre enthousiasme rend le travail attrayant : vous célébrez les réussites et donnez de l'énergie à l'équipe.",
      en: "Your enthusiasm makes work attractive: you celebrate successes and give the team energy.",
    },
    actions: [
      {
        nl: "Vier een bereikte mijlpaal meteen, kort en zichtbaar, met het hele team.",
        fr: "Célébrez une étape franchie tout de suite, brièvement et visiblement, avec toute l'équipe.",
        en: "Celebrate a milestone straight away, briefly and visibly, with the whole team.",
      },
      {
        nl: "Koppel elke week één taak waar u minder zin in hebt aan iets waar u wel naar uitkijkt.",
        fr: "Chaque semaine, associez une tâche moins plaisante à quelque chose que vous attendez avec plaisir.",
        en: "Each week, pair one task you are less keen on with something you look forward to.",
      },
    ],
    watchOut: {
      nl: "Het aangename kan het belangrijke verdringen. Bescherm tijd voor taken die pas later iets opleveren.",
      fr: "L'agréable peut prendre le pas sur l'important. Protégez du temps pour les tâches dont le bénéfice vient plus tard.",
      en: "The enjoyable can crowd out the important. Protect time for tasks that only pay off later.",
    },
  },
  "self-controlled": {
    narrative: {
      nl: "U weerstaat verleidingen gemakkelijk en houdt uw langetermijndoelen voor ogen.",
      fr: "Vous résistez facilement aux tentations et gardez vos objectifs à long terme en vue.",
      en: "You resist temptations easily and keep your long-term goals in sight.",
    },
    helps: {
      nl: "U blijft bij de koers die is afgesproken, ook wanneer een snelle winst lonkt. Dat maakt u geloofwaardig.",
      fr: "Vous tenez le cap convenu, même quand un gain rapide se présente. Cela vous rend crédible.",
      en: "You hold the agreed course even when a quick win beckons. That makes you credible.",
    },
    actions: [
      {
        nl: "Maak uw langetermijndoelen zichtbaar voor het team en verwijs ernaar bij elke keuze.",
        fr: "Rendez vos objectifs à long terme visibles pour l'équipe et faites-y référence à chaque choix.",
        en: "Make your long-term goals visible to the team and refer to them at every choice.",
      },
      {
        nl: "Help een medewerker om een groot doel op te delen in wekelijkse stappen.",
        fr: "Aidez un collaborateur à découper un grand objectif en étapes hebdomadaires.",
        en: "Help a team member break a big goal into weekly steps.",
      },
    ],
    watchOut: {
      nl: "Veel zelfbeheersing kan als afstandelijk overkomen. Laat ook zien wat u plezier geeft.",
      fr: "Une grande maîtrise de soi peut paraître distante. Montrez aussi ce qui vous fait plaisir.",
      en: "A lot of self-control can come across as distant. Show what you enjoy too.",
    },
  },
  "knows-when-to-ask-for-help": {
    narrative: {
      nl: "U merkt vroeg wanneer de druk te hoog wordt en roept dan tijdig steun in.",
      fr: "Vous remarquez tôt quand la pression devient trop forte et vous faites appel à du soutien à temps.",
      en: "You notice early when pressure gets too high and call in support in time.",
    },
    helps: {
      nl: "U geeft het goede voorbeeld: in uw team is hulp vragen normaal, waardoor problemen niet onder de oppervlakte groeien.",
      fr: "Vous montrez l'exemple : dans votre équipe, demander de l'aide est normal, et les problèmes ne grossissent pas en silence.",
      en: "You set the example: in your team, asking for help is normal, so problems do not grow out of sight.",
    },
    actions: [
      {
        nl: "Zeg in het team hardop wanneer u zelf hulp hebt gevraagd en wat het opleverde.",
        fr: "Dites ouvertement à l'équipe quand vous avez vous-même demandé de l'aide et ce que cela a apporté.",
        en: "Tell the team openly when you asked for help yourself and what it brought.",
      },
      {
        nl: "Bouw een klein netwerk van twee of drie mensen op bij wie u terechtkunt bij piekmomenten.",
        fr: "Constituez un petit réseau de deux ou trois personnes vers qui vous tourner en période de pointe.",
        en: "Build a small network of two or three people you can turn to at peak times.",
      },
    ],
    watchOut: {
      nl: "Onder zware druk kan uw zichtbare spanning overslaan op het team. Zoek steun vóór het kookpunt.",
      fr: "Sous forte pression, votre tension visible peut se transmettre à l'équipe. Cherchez du soutien avant le point d'ébullition.",
      en: "Under heavy pressure, your visible strain can spread to the team. Seek support before the boiling point.",
    },
  },
  "steady-under-pressure": {
    narrative: {
      nl: "U houdt het hoofd koel in een crisis en houdt de zaken onder controle.",
      fr: "Vous gardez la tête froide en situation de crise et gardez les choses sous contrôle.",
      en: "You keep a clear head in a crisis and keep things under control.",
    },
    helps: {
      nl: "Wanneer het misloopt, kunnen mensen op u rekenen om prioriteiten te stellen en de rust te bewaren.",
      fr: "Quand les choses tournent mal, on peut compter sur vous pour fixer les priorités et garder le calme.",
      en: "When things go wrong, people can count on you to set priorities and keep the calm.",
    },
    actions: [
      {
        nl: "Maak een eenvoudig draaiboek voor de twee crisissituaties die in uw team het vaakst voorkomen.",
        fr: "Rédigez un plan d'action simple pour les deux situations de crise les plus fréquentes dans votre équipe.",
        en: "Write a simple playbook for the two crisis situations that happen most often in your team.",
      },
      {
        nl: "Laat een medewerker de volgende kleine crisis leiden, met u als klankbord.",
        fr: "Confiez la prochaine petite crise à un collaborateur, en restant disponible comme interlocuteur.",
        en: "Let a team member lead the next small crisis, with you as a sounding board.",
      },
    ],
    watchOut: {
      nl: "Omdat u druk goed aankunt, onderschat u misschien de belasting van anderen. Vraag na hoe het met hen gaat.",
      fr: "Comme vous supportez bien la pression, vous risquez de sous-estimer la charge des autres. Demandez-leur comment ils vont.",
      en: "Because you handle pressure well, you may underestimate the strain on others. Check how they are doing.",
    },
  },
};
