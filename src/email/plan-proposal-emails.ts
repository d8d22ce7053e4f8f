// The owner is told of every change an applied optimiser run makes to their plan, in the person's language:
// a proposal they accept or decline (their submitted or approved plan stays as it is until they do), or a direct
// change of their draft (or a first plan). Formal address in nl/fr. Names and titles are made single-line.
import type { TLocale } from "../domain/shared/locale";
import { layout, singleLine, type TRenderedEmail } from "./templates";

type TTexts = {
  greeting: (name: string) => string;
  proposal: { subject: string; body: (modules: string) => string[] };
  direct: { subject: string; body: (modules: string, before: string | null) => string[] };
  cta: string;
  footer: string;
};

const TEXTS: Record<TLocale, TTexts> = {
  nl: {
    greeting: (n) => `Beste ${n},`,
    proposal: {
      subject: "Een voorstel voor uw ontwikkelplan",
      body: (m) => [
        `HR liet de budgetoptimalisatie van uw organisatie lopen. Die stelt voor uw plan deze modules voor: ${m}.`,
        "Uw huidige plan blijft ongewijzigd tot u beslist. Aanvaardt u het voorstel, dan wordt het als nieuwe versie ter goedkeuring aan uw leidinggevende voorgelegd; weigert u, dan verandert er niets.",
      ],
    },
    direct: {
      subject: "Uw ontwikkelplan werd aangepast",
      body: (m, b) => [
        `HR paste de budgetoptimalisatie van uw organisatie toe op uw conceptplan. Het bevat nu deze modules: ${m}.`,
        b ? `Voordien: ${b}. Uw doelen bleven behouden.` : "U had nog geen plan; kies uw doelen voor u het indient.",
        "Het plan is nog een concept: u kunt het wijzigen voor u het ter goedkeuring indient.",
      ],
    },
    cta: "Mijn plan openen",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    greeting: (n) => `Bonjour ${n},`,
    proposal: {
      subject: "Une proposition pour votre plan de développement",
      body: (m) => [
        `Les RH ont lancé l'optimisation budgétaire de votre organisation. Elle propose pour votre plan ces modules : ${m}.`,
        "Votre plan actuel reste inchangé tant que vous n'avez pas décidé. Si vous acceptez la proposition, elle est soumise comme nouvelle version à l'approbation de votre responsable ; si vous la refusez, rien ne change.",
      ],
    },
    direct: {
      subject: "Votre plan de développement a été modifié",
      body: (m, b) => [
        `Les RH ont appliqué l'optimisation budgétaire de votre organisation à votre plan en brouillon. Il contient désormais ces modules : ${m}.`,
        b ? `Auparavant : ${b}. Vos objectifs ont été conservés.` : "Vous n'aviez pas encore de plan ; choisissez vos objectifs avant de le soumettre.",
        "Le plan reste un brouillon : vous pouvez le modifier avant de le soumettre à l'approbation.",
      ],
    },
    cta: "Ouvrir mon plan",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    greeting: (n) => `Dear ${n},`,
    proposal: {
      subject: "A proposal for your development plan",
      body: (m) => [
        `HR ran your organisation's budget optimiser. It proposes these modules for your plan: ${m}.`,
        "Your current plan stays as it is until you decide. If you accept the proposal, it is submitted as a new version for your line manager's approval; if you decline it, nothing changes.",
      ],
    },
    direct: {
      subject: "Your development plan was changed",
      body: (m, b) => [
        `HR applied your organisation's budget optimiser to your draft plan. It now holds these modules: ${m}.`,
        b ? `Before: ${b}. Your goals were kept.` : "You had no plan yet; choose your goals before you submit it.",
        "The plan is still a draft: you can change it before you submit it for approval.",
      ],
    },
    cta: "Open my plan",
    footer: "Sterk — strengths-based manager development",
  },
};

const list = (titles: readonly string[]) => titles.map(singleLine).join("; ");

/** "A proposal for your development plan": the owner accepts or declines it on their plan page. */
export function renderPlanProposal(locale: TLocale, input: { name: string; modules: readonly string[]; url: string }): TRenderedEmail {
  const t = TEXTS[locale];
  return layout(t.proposal.subject, [t.greeting(singleLine(input.name)), ...t.proposal.body(list(input.modules))], { label: t.cta, url: input.url }, t.footer);
}

/** "Your development plan was changed": the optimiser wrote a draft version (before: null when there was no plan). */
export function renderPlanChangedByOptimiser(
  locale: TLocale,
  input: { name: string; modules: readonly string[]; before: readonly string[] | null; url: string },
): TRenderedEmail {
  const t = TEXTS[locale];
  const before = input.before && input.before.length > 0 ? list(input.before) : null;
  return layout(t.direct.subject, [t.greeting(singleLine(input.name)), ...t.direct.body(list(input.modules), before)], { label: t.cta, url: input.url }, t.footer);
}
