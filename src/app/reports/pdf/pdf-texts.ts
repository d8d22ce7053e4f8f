import type { TReportRaterGroup } from "../../../contracts/reports";
import type { TLocale } from "../../../domain/shared/locale";

/** The PDF's own wording in nl, fr and en (the web app has its catalogue; talent and challenge names come from the domain). */
export type TPdfTexts = {
  title: string;
  generatedOn: (date: string) => string;
  strengthsTitle: string;
  topTalents: string;
  fewerTalents: (count: number) => string;
  noTalents: string;
  normNote: (source: string) => string;
  organisationNote: (shown: boolean, count: number, minimum: number) => string;
  domainsTitle: string;
  domainsNote: string;
  position: (percentile: string, t: string) => string;
  organisationPosition: (percentile: string) => string;
  facetScore: (score: number) => string;
  domainScore: (score: number) => string;
  scientificName: (name: string) => string;
  reversedNote: (percentile: string, name: string) => string;
  closeToAverage: string;
  howItHelps: string;
  actions: string;
  watchOut: string;
  linkedChallenges: string;
  linkedModules: string;
  tenure: Record<"newcomer-challenges-despite-tenure" | "new-but-other-challenges" | "unknown-tenure", (months: number) => string>;
  missingStrengths: string;
  challengesTitle: string;
  missingScan: string;
  missingFeedback: string;
  missingHint: string;
  situationTitle: string;
  monthsInRole: (months: number) => string;
  noSituation: string;
  topChallengesTitle: string;
  topFromOthers: string;
  none: string;
  blindSpotsTitle: string;
  blindSpotsText: string;
  hiddenStrengthsTitle: string;
  hiddenStrengthsText: string;
  profileTitle: string;
  self: string;
  othersAllRaters: string;
  othersShownGroupsColumn: string;
  othersShownGroups: string;
  notScored: string;
  scaleNote: string;
  feedbackTitle: (date: string) => string;
  raters: (count: number) => string;
  hiddenGroup: (minimum: number) => string;
  allRatersHidden: (minimum: number) => string;
  commentsTitle: string;
  noComments: string;
  groups: Record<TReportRaterGroup, string>;
  allRaters: string;
  /** the designed report: cover, contents, page footer */
  coverKicker: string;
  coverTop: string;
  contents: string;
  confidential: string;
  talentOf: (rank: number, total: number) => string;
  pageOf: (page: number, total: number) => string;
  scoreLegend: string;
  otherTalents: string;
};

const en: TPdfTexts = {
  title: "Strengths and challenges report",
  generatedOn: (date) => `Report of ${date}`,
  strengthsTitle: "Strengths",
  topTalents: "Your most distinctive talents",
  fewerTalents: (count) => `Only ${count} ${count === 1 ? "facet stands" : "facets stand"} out clearly from the reference group (percentile 25 or below, 75 or above); the rest of the profile is close to average.`,
  noTalents: "No facet stands out clearly from the reference group: the profile is balanced.",
  normNote: (source) => `Percentiles against people of working age (21 to 60), men and women averaged. Norms: ${source}. General-population norms, not figures for managers.`,
  organisationNote: (shown, count, minimum) =>
    shown ? `The organisation percentile compares with the ${count} people of the organisation who completed the questionnaire.` : `The organisation's own percentile appears from ${minimum} completed questionnaires.`,
  domainsTitle: "Domains and facets",
  domainsNote: "Bars show the position against the reference group (the mark is the average, percentile 50). A position is neither good nor bad.",
  position: (percentile, t) => `percentile ${percentile} (T ${t})`,
  organisationPosition: (percentile) => `percentile ${percentile} in the organisation`,
  facetScore: (score) => `raw ${score} / 20`,
  domainScore: (score) => `raw ${score} / 120`,
  scientificName: (name) => `Scientific name: ${name}.`,
  reversedNote: (percentile, name) => `Shown reversed: further right means calmer (percentile ${percentile} on the ${name} scale).`,
  closeToAverage: "close to average",
  howItHelps: "How it helps you as a manager",
  actions: "Ideas to try",
  watchOut: "Watch out",
  linkedChallenges: "Helps with your challenges",
  linkedModules: "Modules in your menu that build on it",
  tenure: {
    "newcomer-challenges-despite-tenure": (months) =>
      `Your answers match the challenges of someone new in the role, although you have held this role for ${months} months: often a sign that the role changed a lot, or that early challenges stayed.`,
    "new-but-other-challenges": () => "You have held this role for less than a year, yet another situation's challenges weigh more in your answers.",
    "unknown-tenure": () => "Your start date in this role is not known: the suggestion rests on your answers alone.",
  },
  missingStrengths: "The strengths questionnaire has not been completed yet.",
  challengesTitle: "Manager challenges",
  missingScan: "The challenge scan (self) has not been completed yet.",
  missingFeedback: "There is no closed 360° feedback campaign yet.",
  missingHint: "Complete the questionnaires in Sterk under My assessments.",
  situationTitle: "Suggested situation",
  monthsInRole: (months) => `In the current role for ${months} ${months === 1 ? "month" : "months"}.`,
  noSituation: "No situation stands out yet.",
  topChallengesTitle: "Top challenges",
  topFromOthers: "(from the raters' scores: there is no self scan)",
  none: "None.",
  blindSpotsTitle: "Blind spots",
  blindSpotsText: "Others see these challenges at least one point more than you do.",
  hiddenStrengthsTitle: "Hidden strengths",
  hiddenStrengthsText: "You see these challenges at least one point more than others do.",
  profileTitle: "Challenge profile: self and others",
  self: "Self",
  othersAllRaters: "All raters (excl. self and line manager)",
  othersShownGroupsColumn: "Shown groups (excl. self)",
  othersShownGroups: "Shown groups = the groups shown here taken together (all raters together cannot be shown).",
  notScored: "-",
  scaleNote: "Scores from 1 (never) to 5 (always); a higher score means the challenge applies more.",
  feedbackTitle: (date) => `360° feedback (closed ${date})`,
  raters: (count) => `${count} ${count === 1 ? "rater" : "raters"}`,
  hiddenGroup: (minimum) => `not enough responses to show this group (minimum ${minimum})`,
  allRatersHidden: (minimum) => `not shown (minimum ${minimum}, or it would reveal a smaller group)`,
  commentsTitle: "Comments",
  noComments: "No comments.",
  groups: { line_manager: "Line manager", peer: "Peers", direct_report: "Direct reports", other: "Other raters" },
  allRaters: "All raters",
  coverKicker: "Sterk - personal report",
  coverTop: "Your most distinctive talents",
  contents: "In this report: your talents ranked, one page per top talent with ideas, the domains of your profile, your challenges and the 360° feedback.",
  confidential: "Confidential: for you and the people you chose to share your report with.",
  talentOf: (rank, total) => `Talent ${rank} of ${total}`,
  pageOf: (page, total) => `page ${page} of ${total}`,
  scoreLegend: "Bar: how much the challenge applies (1 = never, 5 = always).",
  otherTalents: "Your other talents",
};

const nl: TPdfTexts = {
  title: "Rapport sterktes en uitdagingen",
  generatedOn: (date) => `Rapport van ${date}`,
  strengthsTitle: "Sterktes",
  topTalents: "Uw meest kenmerkende talenten",
  fewerTalents: (count) => `Slechts ${count} ${count === 1 ? "facet wijkt" : "facetten wijken"} duidelijk af van de referentiegroep (percentiel 25 of lager, 75 of hoger); de rest van het profiel ligt dicht bij het gemiddelde.`,
  noTalents: "Geen enkel facet wijkt duidelijk af van de referentiegroep: het profiel is evenwichtig.",
  normNote: (source) => `Percentielen ten opzichte van mensen op beroepsactieve leeftijd (21 tot 60), mannen en vrouwen gemiddeld. Normen: ${source}. Normen voor de algemene bevolking, geen cijfers over managers.`,
  organisationNote: (shown, count, minimum) =>
    shown ? `Het percentiel in de organisatie vergelijkt met de ${count} mensen van de organisatie die de vragenlijst invulden.` : `Het percentiel binnen de eigen organisatie verschijnt vanaf ${minimum} ingevulde vragenlijsten.`,
  domainsTitle: "Domeinen en facetten",
  domainsNote: "De balken tonen de positie ten opzichte van de referentiegroep (het streepje is het gemiddelde, percentiel 50). Een positie is niet goed of slecht.",
  position: (percentile, t) => `percentiel ${percentile} (T ${t})`,
  organisationPosition: (percentile) => `percentiel ${percentile} in de organisatie`,
  scientificName: (name) => `Wetenschappelijke naam: ${name}.`,
  reversedNote: (percentile, name) => `Omgekeerd weergegeven: verder naar rechts is rustiger (percentiel ${percentile} op de schaal ${name}).`,
  closeToAverage: "dicht bij het gemiddelde",
  howItHelps: "Hoe het u helpt als manager",
  actions: "Ideeën om uit te proberen",
  watchOut: "Let op",
  linkedChallenges: "Helpt bij uw uitdagingen",
  linkedModules: "Modules in uw menu die erop voortbouwen",
  tenure: {
    "newcomer-challenges-despite-tenure": (months) =>
      `Uw antwoorden passen bij de uitdagingen van iemand die nieuw is in de rol, hoewel u deze rol al ${months} maanden vervult: vaak een teken dat de rol sterk veranderd is, of dat uitdagingen uit het begin gebleven zijn.`,
    "new-but-other-challenges": () => "U vervult deze rol nog geen jaar, maar de uitdagingen van een andere situatie wegen zwaarder in uw antwoorden.",
    "unknown-tenure": () => "Uw startdatum in deze rol is niet bekend: het voorstel steunt alleen op uw antwoorden.",
  },
  facetScore: (score) => `ruw ${score} / 20`,
  domainScore: (score) => `ruw ${score} / 120`,
  missingStrengths: "De sterktevragenlijst is nog niet ingevuld.",
  challengesTitle: "Uitdagingen als manager",
  missingScan: "De uitdagingenscan (zelfbeoordeling) is nog niet ingevuld.",
  missingFeedback: "Er is nog geen afgesloten 360°-feedbackronde.",
  missingHint: "Vul de vragenlijsten in Sterk in onder Mijn vragenlijsten.",
  situationTitle: "Voorgestelde situatie",
  monthsInRole: (months) => `In de huidige rol sinds ${months} ${months === 1 ? "maand" : "maanden"}.`,
  noSituation: "Er springt nog geen situatie uit.",
  topChallengesTitle: "Belangrijkste uitdagingen",
  topFromOthers: "(uit de scores van de beoordelaars: er is geen zelfbeoordeling)",
  none: "Geen.",
  blindSpotsTitle: "Blinde vlekken",
  blindSpotsText: "Anderen zien deze uitdagingen minstens één punt sterker dan u.",
  hiddenStrengthsTitle: "Verborgen sterktes",
  hiddenStrengthsText: "U ziet deze uitdagingen minstens één punt sterker dan anderen.",
  profileTitle: "Uitdagingenprofiel: uzelf en anderen",
  self: "Zelf",
  othersAllRaters: "Alle beoordelaars (zonder uzelf en leidinggevende)",
  othersShownGroupsColumn: "Getoonde groepen (zonder uzelf)",
  othersShownGroups: "Getoonde groepen = de hier getoonde groepen samen (alle beoordelaars samen kunnen niet getoond worden).",
  notScored: "-",
  scaleNote: "Scores van 1 (nooit) tot 5 (altijd); hoe hoger, hoe meer de uitdaging van toepassing is.",
  feedbackTitle: (date) => `360°-feedback (afgesloten op ${date})`,
  raters: (count) => `${count} ${count === 1 ? "beoordelaar" : "beoordelaars"}`,
  hiddenGroup: (minimum) => `niet genoeg antwoorden om deze groep te tonen (minimum ${minimum})`,
  allRatersHidden: (minimum) => `niet getoond (minimum ${minimum}, of het zou een kleinere groep onthullen)`,
  commentsTitle: "Opmerkingen",
  noComments: "Geen opmerkingen.",
  groups: { line_manager: "Leidinggevende", peer: "Collega's", direct_report: "Medewerkers", other: "Overige beoordelaars" },
  allRaters: "Alle beoordelaars",
  coverKicker: "Sterk - persoonlijk rapport",
  coverTop: "Uw meest kenmerkende talenten",
  contents: "In dit rapport: uw talenten gerangschikt, een pagina per toptalent met ideeën, de domeinen van uw profiel, uw uitdagingen en de 360°-feedback.",
  confidential: "Vertrouwelijk: voor u en de mensen met wie u uw rapport deelt.",
  talentOf: (rank, total) => `Talent ${rank} van ${total}`,
  pageOf: (page, total) => `pagina ${page} van ${total}`,
  scoreLegend: "Balk: hoe sterk de uitdaging speelt (1 = nooit, 5 = altijd).",
  otherTalents: "Uw andere talenten",
};

const fr: TPdfTexts = {
  title: "Rapport forces et défis",
  generatedOn: (date) => `Rapport du ${date}`,
  strengthsTitle: "Forces",
  topTalents: "Vos talents les plus marquants",
  fewerTalents: (count) => `Seule${count === 1 ? "" : "s"} ${count} ${count === 1 ? "facette se distingue" : "facettes se distinguent"} nettement du groupe de référence (percentile 25 ou moins, 75 ou plus)$ ; le reste du profil est proche de la moyenne.`,
  noTalents: "Aucune facette ne se distingue nettement du groupe de référence : le profil est équilibré.",
  normNote: (source) => `Percentiles par rapport aux personnes en âge de travailler (21 à 60 ans), hommes et femmes en moyenne. Normes : ${source}. Normes de la population générale, pas des chiffres sur les managers.`,
  organisationNote: (shown, count, minimum) =>
    shown ? `Le percentile dans l'organisation compare aux ${count} personnes de l'organisation qui ont complété le questionnaire.` : `Le percentile propre à l'organisation apparaît à partir de ${minimum} questionnaires complétés.`,
  domainsTitle: "Domaines et facettes",
  domainsNote: "Les barres indiquent la position par rapport au groupe de référence (le repère est la moyenne, percentile 50). Une position n'est ni bonne ni mauvaise.",
  position: (percentile, t) => `percentile ${percentile} (T ${t})`,
  organisationPosition: (percentile) => `percentile ${percentile} dans l'organisation`,
  scientificName: (name) => `Nom scientifique : ${name}.`,
  reversedNote: (percentile, name) => `Présenté à l'inverse : plus à droite signifie plus calme (percentile ${percentile} sur l'échelle ${name}).`,
  closeToAverage: "proche de la moyenne",
  howItHelps: "Ce que cela vous apporte en tant que manager",
  actions: "Idées à essayer",
  watchOut: "Point d'attention",
  linkedChallenges: "Vous aide face à vos défis",
  linkedModules: "Modules de votre menu qui s'appuient sur ce talent",
  tenure: {
    "newcomer-challenges-despite-tenure": (months) =>
      `Vos réponses correspondent aux défis d'une personne récemment en fonction, alors que vous occupez ce poste depuis ${months} mois : souvent le signe que la fonction a beaucoup changé, ou que des défis du début sont restés.`,
    "new-but-other-challenges": () => "Vous occupez ce poste depuis moins d'un an, mais les défis d'une autre situation pèsent davantage dans vos réponses.",
    "unknown-tenure": () => "Votre date d'entrée dans cette fonction n'est pas connue : la suggestion repose uniquement sur vos réponses.",
  },
  facetScore: (score) => `brut ${score} / 20`,
  domainScore: (score) => `brut ${score} / 120`,
  missingStrengths: "Le questionnaire des forces n'a pas encore été complété.",
  challengesTitle: "Défis du manager",
  missingScan: "Le scan des défis (auto-évaluation) n'a pas encore été complété.",
  missingFeedback: "Il n'y a pas encore de campagne de feedback 360° clôturée.",
  missingHint: "Complétez les questionnaires dans Sterk, sous Mes questionnaires.",
  situationTitle: "Situation suggérée",
  monthsInRole: (months) => `Dans la fonction actuelle depuis ${months} mois.`,
  noSituation: "Aucune situation ne se dégage encore.",
  topChallengesTitle: "Principaux défis",
  topFromOthers: "(d'après les évaluateurs : il n'y a pas d'auto-évaluation)",
  none: "Aucun.",
  blindSpotsTitle: "Angles morts",
  blindSpotsText: "Les autres perçoivent ces défis au moins un point de plus que vous.",
  hiddenStrengthsTitle: "Forces cachées",
  hiddenStrengthsText: "Vous percevez ces défis au moins un point de plus que les autres.",
  profileTitle: "Profil des défis : vous et les autres",
  self: "Vous",
  othersAllRaters: "Tous les évaluateurs (hors vous et responsable)",
  othersShownGroupsColumn: "Groupes affichés (hors vous)",
  othersShownGroups: "Groupes affichés = les groupes affichés ici pris ensemble (l'ensemble des évaluateurs ne peut pas être affiché).",
  notScored: "-",
  scaleNote: "Scores de 1 (jamais) à 5 (toujours) ; plus le score est élevé, plus le défi s'applique.",
  feedbackTitle: (date) => `Feedback 360° (clôturé le ${date})`,
  raters: (count) => `${count} ${count === 1 ? "évaluateur" : "évaluateurs"}`,
  hiddenGroup: (minimum) => `pas assez de réponses pour afficher ce groupe (minimum ${minimum})`,
  allRatersHidden: (minimum) => `non affiché (minimum ${minimum}, ou cela révélerait un groupe plus petit)`,
  commentsTitle: "Commentaires",
  noComments: "Aucun commentaire.",
  groups: { line_manager: "Responsable hiérarchique", peer: "Pairs", direct_report: "Collaborateurs directs", other: "Autres évaluateurs" },
  allRaters: "Tous les évaluateurs",
  coverKicker: "Sterk - rapport personnel",
  coverTop: "Vos talents les plus marqués",
  contents: "Dans ce rapport\u00a0: vos talents classés, une page par talent principal avec des idées, les domaines de votre profil, vos défis et le feed-back à 360°.",
  confidential: "Confidentiel\u00a0: pour vous et les personnes avec qui vous partagez votre rapport.",
  talentOf: (rank, total) => `Talent ${rank} sur ${total}`,
  pageOf: (page, total) => `page ${page} sur ${total}`,
  scoreLegend: "Barre\u00a0: dans quelle mesure le défi se présente (1 = jamais, 5 = toujours).",
  otherTalents: "Vos autres talents",
};

export const PDF_TEXTS: Readonly<Record<TLocale, TPdfTexts>> = { nl, fr, en };
