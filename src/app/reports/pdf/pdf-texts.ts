import type { TReportRaterGroup } from "../../../contracts/reports";
import type { TLocale } from "../../../domain/shared/locale";

/** The PDF's own wording in nl, fr and en (the web app has its catalogue; talent and challenge names come from the domain). */
export type TPdfTexts = {
  title: string;
  generatedOn: (date: string) => string;
  strengthsTitle: string;
  topTalents: string;
  rawNote: string;
  domainsTitle: string;
  facetScore: (score: number) => string;
  domainScore: (score: number) => string;
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
  others: string;
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
};

const en: TPdfTexts = {
  title: "Strengths and challenges report",
  generatedOn: (date) => `Report of ${date}`,
  strengthsTitle: "Strengths",
  topTalents: "Your five most distinctive talents",
  rawNote: "Scores are raw sums of your answers (facets 4-20, domains 24-120). No published norm is bundled, so they are not compared with a reference group.",
  domainsTitle: "Domains and facets",
  facetScore: (score) => `raw ${score} / 20`,
  domainScore: (score) => `raw ${score} / 120`,
  missingStrengths: "The strengths questionnaire has not been completed yet.",
  challengesTitle: "Manager challenges",
  missingScan: "The challenge scan (self) has not been completed yet.",
  missingFeedback: "There is no closed 360° feedback campaign yet.",
  missingHint: "Complete the questionnaires in Sterk under My assessments.",
  situationTitle: "Suggested situation",
  monthsInRole: (months) => `In the current role for ${months} month(s).`,
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
  others: "Others",
  othersShownGroups: "Others = the shown groups together (all raters cannot be shown).",
  notScored: "-",
  scaleNote: "Scores from 1 (never) to 5 (always); a higher score means the challenge applies more.",
  feedbackTitle: (date) => `360° feedback (closed ${date})`,
  raters: (count) => `${count} rater(s)`,
  hiddenGroup: (minimum) => `not enough responses to show this group (minimum ${minimum})`,
  allRatersHidden: (minimum) => `not shown (minimum ${minimum}, or it would reveal a smaller group)`,
  commentsTitle: "Comments",
  noComments: "No comments.",
  groups: { line_manager: "Line manager", peer: "Peers", direct_report: "Direct reports", other: "Others" },
  allRaters: "All raters",
};

const nl: TPdfTexts = {
  title: "Rapport sterktes en uitdagingen",
  generatedOn: (date) => `Rapport van ${date}`,
  strengthsTitle: "Sterktes",
  topTalents: "Uw vijf meest kenmerkende talenten",
  rawNote: "Scores zijn ruwe sommen van uw antwoorden (facetten 4-20, domeinen 24-120). Er is geen gepubliceerde norm meegeleverd; ze worden dus niet met een referentiegroep vergeleken.",
  domainsTitle: "Domeinen en facetten",
  facetScore: (score) => `ruw ${score} / 20`,
  domainScore: (score) => `ruw ${score} / 120`,
  missingStrengths: "De sterktevragenlijst is nog niet ingevuld.",
  challengesTitle: "Uitdagingen als manager",
  missingScan: "De uitdagingenscan (zelfbeoordeling) is nog niet ingevuld.",
  missingFeedback: "Er is nog geen afgesloten 360°-feedbackronde.",
  missingHint: "Vul de vragenlijsten in Sterk in onder Mijn vragenlijsten.",
  situationTitle: "Voorgestelde situatie",
  monthsInRole: (months) => `In de huidige rol sinds ${months} maand(en).`,
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
  others: "Anderen",
  othersShownGroups: "Anderen = de getoonde groepen samen (alle beoordelaars samen kunnen niet getoond worden).",
  notScored: "-",
  scaleNote: "Scores van 1 (nooit) tot 5 (altijd); hoe hoger, hoe meer de uitdaging van toepassing is.",
  feedbackTitle: (date) => `360°-feedback (afgesloten op ${date})`,
  raters: (count) => `${count} beoordelaar(s)`,
  hiddenGroup: (minimum) => `niet genoeg antwoorden om deze groep te tonen (minimum ${minimum})`,
  allRatersHidden: (minimum) => `niet getoond (minimum ${minimum}, of het zou een kleinere groep onthullen)`,
  commentsTitle: "Opmerkingen",
  noComments: "Geen opmerkingen.",
  groups: { line_manager: "Leidinggevende", peer: "Collega's", direct_report: "Medewerkers", other: "Anderen" },
  allRaters: "Alle beoordelaars",
};

const fr: TPdfTexts = {
  title: "Rapport forces et défis",
  generatedOn: (date) => `Rapport du ${date}`,
  strengthsTitle: "Forces",
  topTalents: "Vos cinq talents les plus marquants",
  rawNote: "Les scores sont des sommes brutes de vos réponses (facettes 4-20, domaines 24-120). Aucune norme publiée n'est fournie : ils ne sont donc pas comparés à un groupe de référence.",
  domainsTitle: "Domaines et facettes",
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
  others: "Autres",
  othersShownGroups: "Autres = les groupes affichés ensemble (l'ensemble des évaluateurs ne peut pas être affiché).",
  notScored: "-",
  scaleNote: "Scores de 1 (jamais) à 5 (toujours) ; plus le score est élevé, plus le défi s'applique.",
  feedbackTitle: (date) => `Feedback 360° (clôturé le ${date})`,
  raters: (count) => `${count} évaluateur(s)`,
  hiddenGroup: (minimum) => `pas assez de réponses pour afficher ce groupe (minimum ${minimum})`,
  allRatersHidden: (minimum) => `non affiché (minimum ${minimum}, ou cela révélerait un groupe plus petit)`,
  commentsTitle: "Commentaires",
  noComments: "Aucun commentaire.",
  groups: { line_manager: "Responsable hiérarchique", peer: "Pairs", direct_report: "Collaborateurs directs", other: "Autres" },
  allRaters: "Tous les évaluateurs",
};

export const PDF_TEXTS: Readonly<Record<TLocale, TPdfTexts>> = { nl, fr, en };
