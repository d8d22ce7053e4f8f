// "A plan awaits your approval": the email to the line manager when a person submits their plan, in the
// manager's language. Names are made single-line (no header injection) and escaped in the HTML part.
import { singleLine, type TRenderedEmail } from "../../email/templates";
import type { TLocale } from "../../domain/shared/locale";

const TEXTS: Record<TLocale, { subject: (name: string) => string; body: (manager: string, name: string) => string[]; cta: string; footer: string }> = {
  nl: {
    subject: (name) => `Ontwikkelplan van ${name} wacht op uw goedkeuring`,
    body: (manager, name) => [`Beste ${manager},`, `${name} diende een ontwikkelplan in. U kunt het nakijken, goedkeuren, becommentariëren of om een wijziging vragen.`],
    cta: "Plan bekijken",
    footer: "Sterk — ontwikkeling van leidinggevenden op basis van sterktes",
  },
  fr: {
    subject: (name) => `Le plan de développement de ${name} attend votre approbation`,
    body: (manager, name) => [`Bonjour ${manager},`, `${name} a soumis un plan de développement. Vous pouvez le consulter, l'approuver, le commenter ou demander une modification.`],
    cta: "Voir le plan",
    footer: "Sterk — le développement des managers fondé sur leurs forces",
  },
  en: {
    subject: (name) => `${name}'s development plan awaits your approval`,
    body: (manager, name) => [`Dear ${manager},`, `${name} submitted a development plan. You can review it, approve it, comment on it or ask for a change.`],
    cta: "Open the plan",
    footer: "Sterk — strengths-based manager development",
  },
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPlanSubmitted(locale: TLocale, input: { managerName: string; personName: string; url: string }): TRenderedEmail {
  const t = TEXTS[locale];
  const name = singleLine(input.personName);
  const paragraphs = t.body(singleLine(input.managerName), name);
  const text = [...paragraphs, `${t.cta}: ${input.url}`, "", t.footer].join("\n\n");
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1b1e">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(input.url)}" style="background:#1c4a7a;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(t.cta)}</a></p>
<p style="color:#555;font-size:12px">${escapeHtml(t.footer)}</p></body></html>`;
  return { subject: singleLine(t.subject(name)), text, html };
}
