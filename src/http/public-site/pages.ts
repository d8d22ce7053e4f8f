import type { TPublicArticle } from "../../app/insights/read-public-insights";
import { escapeHtml } from "../../domain/insights/index";
import { LOCALES, type TLocale } from "../../domain/shared/locale";
import { renderPage, subscribeForm } from "./layout";
import { SITE_TEXTS } from "./texts";

const e = escapeHtml;
const intlLocale: Record<TLocale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

/** A publication date as readers of the language write it (Brussels time). */
export function formatDate(language: TLocale, date: Date): string {
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: "long", timeZone: "Europe/Brussels" }).format(date);
}

const landingAlternates = (base: string) => LOCALES.map((l) => ({ language: l, url: `${base}/insights/${l}` }));

export type TArticleSummary = { slug: string; title: string; summary: string; author: string; publishedAt: Date };

/** The landing page of one language: the approach, the articles, the subscribe form. */
export function landingPage(base: string, language: TLocale, articles: TArticleSummary[], error?: "email" | "consent" | "limit"): string {
  const t = SITE_TEXTS[language];
  const pillars = t.landing.pillars.map((p) => `<li><h3>${e(p.heading)}</h3><p>${e(p.text)}</p></li>`).join("\n");
  const list = articles.length
    ? `<ul class="article-list">${articles
        .map(
          (a) => `<li><h3><a href="/insights/${language}/${e(a.slug)}">${e(a.title)}</a></h3>
<p class="meta">${e(t.articles.byline(formatDate(language, a.publishedAt), a.author))}</p>
<p>${e(a.summary)}</p></li>`,
        )
        .join("\n")}</ul>`
    : `<p>${e(t.articles.empty)}</p>`;
  return renderPage({
    language,
    title: t.landing.title,
    description: t.landing.description,
    canonical: `${base}/insights/${language}`,
    alternates: landingAlternates(base),
    feedUrl: `${base}/insights/${language}/feed.xml`,
    body: `<h1>${e(t.landing.heading)}</h1>
<p class="lead">${e(t.landing.lead)}</p>
<h2>${e(t.landing.approach)}</h2>
<ul class="pillars">${pillars}</ul>
<h2 id="articles">${e(t.articles.heading)}</h2>
${list}
${subscribeForm(language, error)}`,
  });
}

/** What an article page shows: the public article, whatever language it came from. */
export type TArticlePage = Omit<TPublicArticle, "kind" | "language">;

/** One article in one language, with its translations linked (hreflang) and the subscribe form. */
export function articlePage(base: string, language: TLocale, a: TArticlePage): string {
  const t = SITE_TEXTS[language];
  const others = a.alternates.filter((x) => x.language !== language);
  const otherLinks = others.length
    ? `<p class="alternates">${e(t.articles.otherLanguages)} ${others
        .map((x) => `<a href="/insights/${x.language}/${e(a.slug)}" lang="${x.language}" hreflang="${x.language}">${e(SITE_TEXTS[x.language].languageName)}</a>`)
        .join(" · ")}</p>`
    : "";
  const switcher = Object.fromEntries(a.alternates.map((x) => [x.language, `/insights/${x.language}/${a.slug}`]));
  return renderPage({
    language,
    title: `${a.title} — Sterk Insights`,
    description: a.summary || t.landing.description,
    canonical: a.url,
    alternates: a.alternates.map((x) => ({ language: x.language, url: x.url })),
    switcher,
    feedUrl: `${base}/insights/${language}/feed.xml`,
    ogType: "article",
    body: `<article>
<h1>${e(a.title)}</h1>
<p class="meta"><time datetime="${a.publishedAt.toISOString()}">${e(formatDate(language, a.publishedAt))}</time> · ${e(a.author)}</p>
${otherLinks}
<div class="article-body">
${a.html}
</div>
</article>
<p><a href="/insights/${language}">← ${e(t.articles.back)}</a></p>
${subscribeForm(language)}`,
  });
}

/** An article that exists only in other languages: links to them. */
export function otherLanguagesPage(base: string, language: TLocale, slug: string, alternates: { language: TLocale; url: string; title: string }[]): string {
  const t = SITE_TEXTS[language];
  return renderPage({
    language,
    title: `${t.notFound.title} — Sterk Insights`,
    description: t.landing.description,
    canonical: `${base}/insights/${language}/${slug}`,
    alternates: [],
    noindex: true,
    body: `<h1>${e(t.notFound.title)}</h1>
<p>${e(t.articles.otherLanguages)}</p>
<ul>${alternates.map((x) => `<li><a href="/insights/${x.language}/${e(slug)}" lang="${x.language}" hreflang="${x.language}">${e(x.title)}</a> (${e(SITE_TEXTS[x.language].languageName)})</li>`).join("")}</ul>`,
  });
}

/** The 404 page of the public site. */
export function notFoundPage(base: string, language: TLocale): string {
  const t = SITE_TEXTS[language];
  return renderPage({
    language,
    title: `${t.notFound.title} — Sterk Insights`,
    description: t.landing.description,
    canonical: `${base}/insights/${language}`,
    alternates: [],
    noindex: true,
    body: `<h1>${e(t.notFound.title)}</h1><p>${e(t.notFound.text)}</p><p><a href="/insights/${language}">${e(t.articles.back)}</a></p>`,
  });
}

/** After the subscribe form: check your inbox (the same whatever the address was). */
export function subscribedPage(base: string, language: TLocale): string {
  const t = SITE_TEXTS[language];
  return renderPage({
    language,
    title: `${t.subscribed.title} — Sterk Insights`,
    description: t.subscribed.text,
    canonical: `${base}/insights/${language}/newsletter/subscribed`,
    alternates: [],
    switcher: Object.fromEntries(LOCALES.map((l) => [l, `/insights/${l}/newsletter/subscribed`])),
    noindex: true,
    body: `<h1>${e(t.subscribed.title)}</h1><p class="notice ok" role="status">${e(t.subscribed.text)}</p><p><a href="/insights/${language}">${e(t.subscribed.back)}</a></p>`,
  });
}

function linkPage(base: string, language: TLocale, kind: "confirm" | "unsubscribe" | "preferences", title: string, body: string): string {
  const t = SITE_TEXTS[language];
  return renderPage({
    language,
    title: `${title} — Sterk Insights`,
    description: t.landing.description,
    canonical: `${base}/insights/${language}/newsletter/${kind}`,
    alternates: [],
    noindex: true,
    script: true,
    dataPage: kind,
    body: `<h1>${e(title)}</h1>
<noscript><p class="notice error">${e(t.noScript)}</p></noscript>
<p id="working" role="status">${e(kind === "confirm" ? t.confirm.working : "…")}</p>
<p id="invalid" class="notice error" role="alert" tabindex="-1" hidden>${e(t.linkInvalid)} <a href="/insights/${language}#subscribe">${e(t.confirm.again)}</a></p>
<p id="failed" class="notice error" role="alert" tabindex="-1" hidden>${e(t.failed)}</p>
${body}`,
  });
}

/** The page a confirmation link opens; the script posts the token from the fragment. */
export function confirmPage(base: string, language: TLocale): string {
  const t = SITE_TEXTS[language];
  return linkPage(
    base,
    language,
    "confirm",
    t.confirm.title,
    `<p id="done" class="notice ok" role="status" tabindex="-1" hidden>${e(t.confirm.done)} <a href="/insights/${language}">${e(t.subscribed.back)}</a></p>`,
  );
}

/** The page the unsubscribe link of an issue opens: one button (link scanners never press it). */
export function unsubscribePage(base: string, language: TLocale): string {
  const t = SITE_TEXTS[language];
  return linkPage(
    base,
    language,
    "unsubscribe",
    t.unsubscribe.title,
    `<div id="ask" hidden><p>${e(t.unsubscribe.question)}</p><form id="unsubscribe-form"><button type="submit">${e(t.unsubscribe.button)}</button></form></div>
<p id="done" class="notice ok" role="status" tabindex="-1" hidden>${e(t.unsubscribe.done)}</p>
<p id="already" class="notice ok" role="status" tabindex="-1" hidden>${e(t.unsubscribe.already)}</p>`,
  );
}

/** The preferences page: language, unsubscribe, export and erasure, all with the token from the fragment. */
export function preferencesPage(base: string, language: TLocale): string {
  const t = SITE_TEXTS[language];
  const p = t.preferences;
  const options = LOCALES.map((l) => `<option value="${l}">${e(SITE_TEXTS[l].languageName)}</option>`).join("");
  return linkPage(
    base,
    language,
    "preferences",
    p.title,
    `<div id="panel" class="panel" hidden>
<p>${e(p.intro)}</p>
<p><strong>${e(p.address)}:</strong> <span id="address"></span> — <span id="status-text" data-pending="${e(p.status.pending)}" data-confirmed="${e(p.status.confirmed)}" data-unsubscribed="${e(p.status.unsubscribed)}"></span></p>
<p id="saved" class="notice ok" role="status" tabindex="-1" hidden>${e(p.saved)}</p>
<p id="unsubscribed" class="notice ok" role="status" tabindex="-1" hidden>${e(p.unsubscribed)}</p>
<form id="language-form"><div class="field"><label for="pref-language">${e(p.language)}</label><select id="pref-language" name="language">${options}</select></div><button type="submit">${e(p.save)}</button></form>
<section id="unsubscribe-section"><form id="unsubscribe-form"><button type="submit">${e(p.unsubscribe)}</button></form></section>
<section aria-labelledby="export-heading"><h2 id="export-heading">${e(p.exportHeading)}</h2><p>${e(p.exportText)}</p><form id="export-form"><button type="submit">${e(p.exportButton)}</button></form></section>
<section aria-labelledby="erase-heading"><h2 id="erase-heading">${e(p.eraseHeading)}</h2><p>${e(p.eraseText)}</p><form id="erase-form" data-confirm="${e(p.eraseConfirm)}"><button type="submit" class="danger">${e(p.eraseButton)}</button></form></section>
</div>
<p id="erased" class="notice ok" role="status" tabindex="-1" hidden>${e(p.erased)}</p>`,
  );
}
