import type { TLocale } from "../../../domain/shared/locale";

/** The team strengths PDF's own wording in nl, fr and en (talent names come from the domain). */
export type TTeamPdfTexts = {
  title: string;
  directReports: (manager: string) => string;
  department: (name: string) => string;
  generatedOn: (date: string) => string;
  counts: (members: number, sharing: number, withProfile: number) => string;
  hidden: (minimum: number) => string;
  gridTitle: string;
  gridNote: string;
  talent: string;
  membersTitle: string;
  legendTitle: string;
  privacyNote: string;
};

const plural = (locale: TLocale, count: number, one: string, other: string) =>
  new Intl.PluralRules(locale).select(count) === "one" ? one : other;

const nl: TTeamPdfTexts = {
  title: "Sterktes van het team",
  directReports: (manager) => `Team van ${manager} (directe medewerkers)`,
  department: (name) => `Afdeling ${name}`,
  generatedOn: (date) => `Rapport van ${date}`,
  counts: (members, sharing, withProfile) =>
    `${members} ${plural("nl", members, "lid", "leden")}; ${sharing} ${plural("nl", sharing, "deelt", "delen")} het rapport met u, van wie ${withProfile} met een ingevuld sterkteprofiel.`,
  hidden: (minimum) =>
    `Het overzicht wordt niet getoond: minder dan ${minimum} teamleden delen een ingevuld sterkteprofiel met u. In een kleinere groep is iedereen afzonderlijk herkenbaar.`,
  gridTitle: "Wie brengt wat",
  gridNote: "Per talent: wie het bij zijn of haar vijf meest uitgesproken talenten heeft; het cijfer is de plaats (1 = meest uitgesproken).",
  talent: "Talent",
  membersTitle: "Vijf meest uitgesproken talenten per teamlid",
  legendTitle: "Wat de talenten betekenen",
  privacyNote: "Alleen teamleden die hun rapport met u delen, staan hierin. Percentielen tegenover mensen op werkleeftijd (IPIP-NEO-120-normen).",
};

const fr: TTeamPdfTexts = {
  title: "Forces de l’équipe",
  directReports: (manager) => `Équipe de ${manager} (collaborateurs directs)`,
  department: (name) => `Département ${name}`,
  generatedOn: (date) => `Rapport du ${date}`,
  counts: (members, sharing, withProfile) =>
    `${members} ${plural("fr", members, "membre", "membres")}\u00a0; ${sharing} ${plural("fr", sharing, "partage", "partagent")} son rapport avec vous, dont ${withProfile} avec un profil de forces complété.`,
  hidden: (minimum) =>
    `La grille n’est pas affichée\u00a0: moins de ${minimum} membres de l’équipe partagent un profil de forces complété avec vous. Dans un groupe plus petit, chacun serait reconnaissable.`,
  gridTitle: "Qui apporte quoi",
  gridNote: "Pour chaque talent\u00a0: qui le compte parmi ses cinq talents les plus marqués\u00a0; le chiffre est le rang (1 = le plus marqué).",
  talent: "Talent",
  membersTitle: "Les cinq talents les plus marqués de chaque membre",
  legendTitle: "Ce que signifient les talents",
  privacyNote: "Seuls les membres qui partagent leur rapport avec vous y figurent. Percentiles par rapport aux personnes en âge de travailler (normes IPIP-NEO-120).",
};

const en: TTeamPdfTexts = {
  title: "Team strengths",
  directReports: (manager) => `Team of ${manager} (direct reports)`,
  department: (name) => `Department ${name}`,
  generatedOn: (date) => `Report of ${date}`,
  counts: (members, sharing, withProfile) =>
    `${members} ${plural("en", members, "member", "members")}; ${sharing} ${plural("en", sharing, "shares their", "share their")} report with you, ${withProfile} of them with a completed strengths profile.`,
  hidden: (minimum) =>
    `The grid is not shown: fewer than ${minimum} team members share a completed strengths profile with you. In a smaller group everyone could be recognised one by one.`,
  gridTitle: "Who brings what",
  gridNote: "For each talent: who has it among their five most distinctive talents; the number is its place (1 = most distinctive).",
  talent: "Talent",
  membersTitle: "Each member's five most distinctive talents",
  legendTitle: "What the talents mean",
  privacyNote: "Only members who share their report with you are included. Percentiles against people of working age (IPIP-NEO-120 norms).",
};

export const TEAM_PDF_TEXTS: Record<TLocale, TTeamPdfTexts> = { nl, fr, en };
