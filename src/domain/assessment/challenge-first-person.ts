import type { TLocale } from "../shared/locale";
import type { TLocalised } from "./localised";

/**
 * Each challenge as the manager would say it of themselves ("I find it hard to …"), for the person's own report
 * and scan. The seed's wording ("Managers who …") stays the catalogue's; this is how the person reads it.
 */
export const CHALLENGE_FIRST_PERSON: Readonly<Record<string, TLocalised>> = {
  "lack-self-confidence": {
    nl: "Ik twijfel aan mezelf als leidinggevende",
    fr: "Je doute de moi en tant que manager",
    en: "I doubt myself as a manager",
  },
  "colleague-to-boss": {
    nl: "Ik vind het moeilijk om van collega leidinggevende te worden",
    fr: "J'ai du mal à passer du statut de collègue à celui de responsable",
    en: "I find it hard to go from colleague to boss",
  },
  "delegate-and-follow-up": {
    nl: "Ik moet nog leren delegeren en opvolgen zoals een leidinggevende",
    fr: "Je dois encore apprendre à déléguer et à assurer le suivi comme un responsable",
    en: "I am still learning to delegate and follow up as a leader does",
  },
  "let-go-of-expert-status": {
    nl: "Ik vind het moeilijk om mijn rol als (technisch) expert los te laten",
    fr: "J'ai du mal à renoncer à mon rôle d'expert (technique)",
    en: "I find it hard to let go of being the (technical) expert",
  },
  "constructive-feedback": {
    nl: "Ik vind het moeilijk om opbouwende feedback te geven of te ontvangen",
    fr: "J'ai du mal à donner ou à recevoir un feedback constructif",
    en: "I find it hard to give or accept constructive feedback",
  },
  "pressure-to-perform": {
    nl: "Ik voel veel druk om te presteren als manager",
    fr: "Je ressens une forte pression de résultats en tant que manager",
    en: "I feel a lot of pressure to perform as a manager",
  },
  "building-relationships": {
    nl: "Ik vind het moeilijk om werkrelaties op te bouwen",
    fr: "J'ai du mal à nouer des relations de travail",
    en: "I find it hard to build working relationships",
  },
  "liked-or-angry-boss": {
    nl: "Ik wil door iedereen graag gezien worden, of net streng overkomen",
    fr: "Je veux être apprécié de tous, ou au contraire paraître sévère",
    en: "I want everyone to like me, or I play the strict boss instead",
  },
  "play-the-hero": {
    nl: "Ik wil vaak zelf de redder in nood zijn",
    fr: "Je veux souvent être celui qui sauve la situation",
    en: "I often want to be the one who saves the day",
  },
  "too-involved-in-execution": {
    nl: "Ik blijf te veel betrokken bij de uitvoering",
    fr: "Je reste trop impliqué dans l'exécution",
    en: "I stay too involved in execution",
  },
  "setting-priorities": {
    nl: "Ik vind het moeilijk om prioriteiten te stellen",
    fr: "J'ai du mal à fixer des priorités",
    en: "I find it hard to set priorities",
  },
  "cannot-delegate": {
    nl: "Ik vind het moeilijk om te delegeren",
    fr: "J'ai du mal à déléguer",
    en: "I find it hard to delegate",
  },
  "afraid-of-conflict": {
    nl: "Ik ga conflictsituaties liever uit de weg",
    fr: "Je préfère éviter les situations de conflit",
    en: "I would rather stay out of conflict situations",
  },
  "detach-from-team": {
    nl: "Ik vind het moeilijk om afstand te nemen van mijn team",
    fr: "J'ai du mal à prendre de la distance par rapport à mon équipe",
    en: "I find it hard to step back from my team",
  },
  "strategic-thinking": {
    nl: "Ik denk te weinig strategisch",
    fr: "Je ne pense pas assez de manière stratégique",
    en: "I do not think strategically enough",
  },
  "senior-management-perspective": {
    nl: "Ik vind het moeilijk om me te verplaatsen in het (hoger) management",
    fr: "J'ai du mal à me mettre à la place de la direction",
    en: "I find it hard to see things from (senior) management's point of view",
  },
  "clear-communication": {
    nl: "Ik vind het moeilijk om helder te communiceren",
    fr: "J'ai du mal à communiquer clairement",
    en: "I find it hard to communicate clearly",
  },
  "self-awareness": {
    nl: "Ik heb weinig zicht op hoe ik overkom en wat ik teweegbreng",
    fr: "Je vois mal comment je suis perçu et l'effet que je produis",
    en: "I have little sense of how I come across and the effect I have",
  },
  "avoid-difficult-conversations": {
    nl: "Ik ga moeilijke gesprekken uit de weg",
    fr: "J'évite les conversations difficiles",
    en: "I avoid difficult conversations",
  },
  "political-antennae": {
    nl: "Ik voel de verhoudingen in de organisatie slecht aan",
    fr: "Je perçois mal les jeux d'influence dans l'organisation",
    en: "I find it hard to read the politics of the organisation",
  },
  "ready-for-succession": {
    nl: "Ik moet me mentaal voorbereiden op mijn rol als opvolger",
    fr: "Je dois me préparer mentalement à mon rôle de successeur",
    en: "I need to prepare myself mentally for my role as a successor",
  },
  "lead-through-change": {
    nl: "Ik wil leren leidinggeven bij grote veranderingen",
    fr: "Je veux apprendre à diriger lors de grands changements",
    en: "I want to learn to lead through big changes",
  },
  "emotional-resilience": {
    nl: "Ik wil emotioneel veerkrachtiger en beheerster worden",
    fr: "Je veux devenir plus résilient et plus maître de moi",
    en: "I want to become more emotionally resilient and composed",
  },
  "decide-without-all-information": {
    nl: "Ik vind het moeilijk om snel te beslissen zonder alle informatie",
    fr: "J'ai du mal à décider vite sans disposer de toutes les informations",
    en: "I find it hard to decide quickly without all the information",
  },
  "persuasive-presence": {
    nl: "Ik wil overtuigender overkomen",
    fr: "Je veux me montrer plus convaincant",
    en: "I want to come across more persuasively",
  },
  "personal-brand": {
    nl: "Ik wil leren mijn eigen profiel zichtbaar te maken",
    fr: "Je veux apprendre à rendre mon profil personnel visible",
    en: "I want to learn to build my own personal brand",
  },
  "set-the-example": {
    nl: "Ik wil leren het goede voorbeeld te geven",
    fr: "Je veux apprendre à montrer le bon exemple",
    en: "I want to learn to set the right example",
  },
  "lead-on-trust": {
    nl: "Ik wil leidinggeven op vertrouwen, niet op angst",
    fr: "Je veux diriger par la confiance, et non par la peur",
    en: "I want to lead on trust, not on fear",
  },
  "develop-empathy": {
    nl: "Ik wil meer inlevingsvermogen ontwikkelen",
    fr: "Je veux développer davantage d'empathie",
    en: "I want to develop more empathy",
  },
};

/** The challenge as the manager says it of themselves, in one language; undefined for an unknown id. */
export function challengeInFirstPerson(challengeId: string, locale: TLocale): string | undefined {
  return CHALLENGE_FIRST_PERSON[challengeId]?.[locale];
}
