// The words of the evaluation exports (PDF summary, XLSX, CSV) in nl, fr and en. Dutch uses "u", French "vous".
import type { TCohortKind, TCostCategory } from "../../../domain/evaluation/index";
import type { TLocale } from "../../../domain/shared/locale";

export type TExportTexts = {
  title: string;
  period: string;
  baseline: string;
  followup: string;
  currency: string;
  status: Record<"planned" | "running" | "completed", string>;
  computedOn: (date: string) => string;
  kinds: Record<TCohortKind, string>;
  cohort: string;
  kind: string;
  participants: string;
  costs: string;
  benefits: string;
  net: string;
  roi: string;
  interval: (level: number) => string;
  intervalShort: (low: string, high: string, level: number) => string;
  bcr: string;
  bcrShort: string;
  payback: string;
  months: (value: string) => string;
  notApplicable: string;
  tooSmall: string;
  comparisonNoRoi: string;
  levelsTitle: string;
  l1: string;
  l2: string;
  l3: string;
  l4: string;
  l1Value: (satisfaction: string, rate: string) => string;
  effectValue: (pairs: number, effect: string) => string;
  l4Value: (measured: number, total: number, benefits: string) => string;
  thesisTitle: string;
  thesisRoi: (personalised: string, standard: string) => string;
  thesisPerParticipant: (personalised: string, standard: string) => string;
  thesisEffect: (level: string, effect: string) => string;
  thesisMissing: string;
  intangiblesTitle: string;
  intangiblesNone: string;
  principlesTitle: string;
  footer: string;
  moreCohorts: (count: number) => string;
  // workbook and CSV
  sheets: { summary: string; costs: string; measures: string; steps: string };
  programme: string;
  figure: string;
  value: string;
  low: string;
  high: string;
  level: string;
  costName: string;
  category: string;
  amount: string;
  prorated: string;
  yes: string;
  no: string;
  measure: string;
  unit: string;
  responders: string;
  meanImprovement: string;
  method: string;
  methods: Record<"comparison-group" | "estimates" | "none", string>;
  step: string;
  explanation: string;
  categories: Record<TCostCategory, string>;
  responseRate: string;
  satisfaction: string;
  l2Pairs: string;
  l2Effect: string;
  l3Pairs: string;
  l3Effect: string;
};

const nl: TExportTexts = {
  title: "Managementsamenvatting",
  period: "Periode",
  baseline: "Nulmeting",
  followup: "Opvolging",
  currency: "Munt",
  status: { planned: "gepland", running: "lopend", completed: "afgerond" },
  computedOn: (date) => `Berekend op ${date}`,
  kinds: { personalised: "Gepersonaliseerd", standard: "Standaard", comparison: "Vergelijkingsgroep" },
  cohort: "Groep",
  kind: "Soort",
  participants: "Deelnemers",
  costs: "Kosten",
  benefits: "Baten",
  net: "Nettobaten",
  roi: "ROI",
  interval: (level) => `${level} %-interval`,
  intervalShort: (low, high, level) => `${level} %: ${low} tot ${high}`,
  bcr: "Baten-kostenverhouding",
  bcrShort: "B/K",
  payback: "Terugverdientijd",
  months: (value) => `${value} mnd`,
  notApplicable: "n.v.t.",
  tooSmall: "te klein om te tonen",
  comparisonNoRoi: "niet ingeschreven: geen ROI",
  levelsTitle: "Kirkpatrick-niveaus 1 tot 4",
  l1: "N1 Reactie",
  l2: "N2 Leren",
  l3: "N3 Toepassing",
  l4: "N4 Resultaten",
  l1Value: (satisfaction, rate) => `tevredenheid ${satisfaction}/5, respons ${rate}`,
  effectValue: (pairs, effect) => `${pairs} paren, effect ${effect}`,
  l4Value: (measured, total, benefits) => `${measured} van ${total} metingen omgezet, ${benefits}`,
  thesisTitle: "Gepersonaliseerd tegenover standaard",
  thesisRoi: (personalised, standard) => `ROI: gepersonaliseerd ${personalised}, standaard ${standard}`,
  thesisPerParticipant: (personalised, standard) => `Baten per deelnemer: gepersonaliseerd ${personalised}, standaard ${standard}`,
  thesisEffect: (level, effect) => `${level}: verschil in effect (Hedges' g) ${effect}`,
  thesisMissing: "Er is niet zowel een gepersonaliseerde als een standaardgroep.",
  intangiblesTitle: "Niet-geldelijke baten (niet omgezet in geld)",
  intangiblesNone: "Geen opgegeven.",
  principlesTitle: "Toegepaste voorzichtigheidsprincipes (Phillips)",
  footer: "Elk cijfer wordt in Sterk uitgelegd: welke gegevens, welke isolatiemethode, welk principe wat weghaalde.",
  moreCohorts: (count) => `en nog ${count} groepen: zie de Excel-export`,
  sheets: { summary: "Samenvatting", costs: "Kosten", measures: "Metingen", steps: "Stappen" },
  programme: "Programma",
  figure: "Cijfer",
  value: "Waarde",
  low: "Onder",
  high: "Boven",
  level: "Betrouwbaarheid %",
  costName: "Kostenpost",
  category: "Categorie",
  amount: "Bedrag",
  prorated: "Verdeeld",
  yes: "ja",
  no: "nee",
  measure: "Meting",
  unit: "Eenheid",
  responders: "Deelnemers met meting",
  meanImprovement: "Gemiddelde verbetering",
  method: "Isolatiemethode",
  methods: { "comparison-group": "vergelijkingsgroep", estimates: "schattingen van deelnemers", none: "niet geïsoleerd (telt als nul)" },
  step: "Stap",
  explanation: "Uitleg",
  categories: {
    needs_assessment: "Behoefteanalyse",
    design: "Ontwerp of aankoop",
    delivery: "Uitvoering",
    mentor_fees: "Mentorvergoedingen",
    materials: "Materiaal",
    participant_time: "Tijd van de deelnemers",
    travel_facilities: "Reizen en locatie",
    evaluation: "Evaluatie",
    overhead: "Overhead",
  },
  responseRate: "N1 respons",
  satisfaction: "N1 tevredenheid",
  l2Pairs: "N2 paren",
  l2Effect: "N2 effect",
  l3Pairs: "N3 paren",
  l3Effect: "N3 effect",
};

const fr: TExportTexts = {
  title: "Synthèse pour la direction",
  period: "Période",
  baseline: "Mesure initiale",
  followup: "Suivi",
  currency: "Devise",
  status: { planned: "prévu", running: "en cours", completed: "terminé" },
  computedOn: (date) => `Calculé le ${date}`,
  kinds: { personalised: "Personnalisé", standard: "Standard", comparison: "Groupe de comparaison" },
  cohort: "Cohorte",
  kind: "Type",
  participants: "Participants",
  costs: "Coûts",
  benefits: "Bénéfices",
  net: "Bénéfices nets",
  roi: "ROI",
  interval: (level) => `intervalle à ${level} %`,
  intervalShort: (low, high, level) => `${level} % : ${low} à ${high}`,
  bcr: "Rapport bénéfices-coûts",
  bcrShort: "B/C",
  payback: "Délai de récupération",
  months: (value) => `${value} mois`,
  notApplicable: "s.o.",
  tooSmall: "trop petite pour être affichée",
  comparisonNoRoi: "non inscrite : pas de ROI",
  levelsTitle: "Niveaux de Kirkpatrick 1 à 4",
  l1: "N1 Réaction",
  l2: "N2 Apprentissage",
  l3: "N3 Application",
  l4: "N4 Résultats",
  l1Value: (satisfaction, rate) => `satisfaction ${satisfaction}/5, taux de réponse ${rate}`,
  effectValue: (pairs, effect) => `${pairs} paires, effet ${effect}`,
  l4Value: (measured, total, benefits) => `${measured} mesures sur ${total} converties, ${benefits}`,
  thesisTitle: "Personnalisé face au standard",
  thesisRoi: (personalised, standard) => `ROI : personnalisé ${personalised}, standard ${standard}`,
  thesisPerParticipant: (personalised, standard) => `Bénéfices par participant : personnalisé ${personalised}, standard ${standard}`,
  thesisEffect: (level, effect) => `${level} : différence d'effet (g de Hedges) ${effect}`,
  thesisMissing: "Il n'y a pas à la fois une cohorte personnalisée et une cohorte standard.",
  intangiblesTitle: "Bénéfices intangibles (non convertis en argent)",
  intangiblesNone: "Aucun indiqué.",
  principlesTitle: "Principes de prudence appliqués (Phillips)",
  footer: "Chaque chiffre est expliqué dans Sterk : quelles données, quelle méthode d'isolement, quel principe a écarté quoi.",
  moreCohorts: (count) => `et ${count} autres cohortes : voyez l'export Excel`,
  sheets: { summary: "Synthèse", costs: "Coûts", measures: "Mesures", steps: "Étapes" },
  programme: "Programme",
  figure: "Chiffre",
  value: "Valeur",
  low: "Borne basse",
  high: "Borne haute",
  level: "Niveau de confiance %",
  costName: "Poste de coût",
  category: "Catégorie",
  amount: "Montant",
  prorated: "Réparti",
  yes: "oui",
  no: "non",
  measure: "Mesure",
  unit: "Unité",
  responders: "Participants mesurés",
  meanImprovement: "Amélioration moyenne",
  method: "Méthode d'isolement",
  methods: { "comparison-group": "groupe de comparaison", estimates: "estimations des participants", none: "non isolée (compte pour zéro)" },
  step: "Étape",
  explanation: "Explication",
  categories: {
    needs_assessment: "Analyse des besoins",
    design: "Conception ou achat",
    delivery: "Animation",
    mentor_fees: "Honoraires des mentors",
    materials: "Matériel",
    participant_time: "Temps des participants",
    travel_facilities: "Déplacements et locaux",
    evaluation: "Évaluation",
    overhead: "Frais généraux",
  },
  responseRate: "N1 taux de réponse",
  satisfaction: "N1 satisfaction",
  l2Pairs: "N2 paires",
  l2Effect: "N2 effet",
  l3Pairs: "N3 paires",
  l3Effect: "N3 effet",
};

const en: TExportTexts = {
  title: "Executive summary",
  period: "Period",
  baseline: "Baseline",
  followup: "Follow-up",
  currency: "Currency",
  status: { planned: "planned", running: "running", completed: "completed" },
  computedOn: (date) => `Computed on ${date}`,
  kinds: { personalised: "Personalised", standard: "Standard", comparison: "Comparison group" },
  cohort: "Cohort",
  kind: "Kind",
  participants: "Participants",
  costs: "Costs",
  benefits: "Benefits",
  net: "Net benefits",
  roi: "ROI",
  interval: (level) => `${level} % interval`,
  intervalShort: (low, high, level) => `${level} %: ${low} to ${high}`,
  bcr: "Benefit-cost ratio",
  bcrShort: "BCR",
  payback: "Payback",
  months: (value) => `${value} mo`,
  notApplicable: "n/a",
  tooSmall: "too small to show",
  comparisonNoRoi: "not enrolled: no ROI",
  levelsTitle: "Kirkpatrick levels 1 to 4",
  l1: "L1 Reaction",
  l2: "L2 Learning",
  l3: "L3 Application",
  l4: "L4 Results",
  l1Value: (satisfaction, rate) => `satisfaction ${satisfaction}/5, response rate ${rate}`,
  effectValue: (pairs, effect) => `${pairs} pairs, effect ${effect}`,
  l4Value: (measured, total, benefits) => `${measured} of ${total} measures converted, ${benefits}`,
  thesisTitle: "Personalised versus standard",
  thesisRoi: (personalised, standard) => `ROI: personalised ${personalised}, standard ${standard}`,
  thesisPerParticipant: (personalised, standard) => `Benefits per participant: personalised ${personalised}, standard ${standard}`,
  thesisEffect: (level, effect) => `${level}: difference in effect (Hedges' g) ${effect}`,
  thesisMissing: "There is not both a personalised and a standard cohort.",
  intangiblesTitle: "Intangible benefits (not converted to money)",
  intangiblesNone: "None listed.",
  principlesTitle: "Conservative principles applied (Phillips)",
  footer: "Every figure is explained in Sterk: which data, which isolation method, which principle removed what.",
  moreCohorts: (count) => `and ${count} more cohorts: see the Excel export`,
  sheets: { summary: "Summary", costs: "Costs", measures: "Measures", steps: "Steps" },
  programme: "Programme",
  figure: "Figure",
  value: "Value",
  low: "Low",
  high: "High",
  level: "Confidence %",
  costName: "Cost",
  category: "Category",
  amount: "Amount",
  prorated: "Prorated",
  yes: "yes",
  no: "no",
  measure: "Measure",
  unit: "Unit",
  responders: "Participants measured",
  meanImprovement: "Mean improvement",
  method: "Isolation method",
  methods: { "comparison-group": "comparison group", estimates: "participants' estimates", none: "not isolated (counts as zero)" },
  step: "Step",
  explanation: "Explanation",
  categories: {
    needs_assessment: "Needs assessment",
    design: "Design or purchase",
    delivery: "Delivery",
    mentor_fees: "Mentor fees",
    materials: "Materials",
    participant_time: "Participants' time",
    travel_facilities: "Travel and facilities",
    evaluation: "Evaluation",
    overhead: "Overhead",
  },
  responseRate: "L1 response rate",
  satisfaction: "L1 satisfaction",
  l2Pairs: "L2 pairs",
  l2Effect: "L2 effect",
  l3Pairs: "L3 pairs",
  l3Effect: "L3 effect",
};

export const EXPORT_TEXTS: Readonly<Record<TLocale, TExportTexts>> = { nl, fr, en };
