import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { escapeHtml } from "../../domain/insights/index";
import { LOCALES, type TLocale } from "../../domain/shared/locale";
import { SITE_TEXTS } from "./texts";

const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
const version = (body: string) => createHash("sha256").update(body).digest("hex").slice(0, 12);

/** The site's style sheet and newsletter script, with content hashes for cache-busting URLs. */
export const SITE_ASSETS = (() => {
  const css = read("site.css");
  const js = read("newsletter-page.js");
  return {
    css: { body: css, path: `/insights/assets/site.${version(css)}.css`, type: "text/css; charset=utf-8" },
    js: { body: js, path: `/insights/assets/newsletter.${version(js)}.js`, type: "text/javascript; charset=utf-8" },
  };
})();

export type TPageInput = {
  language: TLocale;
  title: string;
  description: string;
  /** absolute canonical URL; also og:url */
  canonical: string;
  /** the same page in each language it exists in (hreflang), this one included */
  alternates: { language: TLocale; url: string }[];
  /** relative links for the language switcher (defaults to each language's landing page) */
  switcher?: Partial<Record<TLocale, string>>;
  feedUrl?: string;
  ogType?: "website" | "article";
  /** pages reached from emailed links are not for search engines */
  noindex?: boolean;
  script?: boolean;
  /** data-page attribute of <main>, read by the newsletter script */
  dataPage?: string;
  body: string;
};

const e = escapeHtml;

/** A complete, server-rendered page: indexable head, skip link, language switcher, no inline script or style. */
export function renderPage(p: TPageInput): string {
  const t = SITE_TEXTS[p.language];
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(p.title)}</title>`,
    `<meta name="description" content="${e(p.description)}">`,
    `<link rel="canonical" href="${e(p.canonical)}">`,
    ...p.alternates.map((a) => `<link rel="alternate" hreflang="${a.language}" href="${e(a.url)}">`),
    ...(p.alternates.length > 1 ? [`<link rel="alternate" hreflang="x-default" href="${e((p.alternates.find((a) => a.language === "en") ?? p.alternates[0])?.url ?? p.canonical)}">`] : []),
    ...(p.feedUrl ? [`<link rel="alternate" type="application/atom+xml" title="${e(`${t.feed.title} (${t.languageName})`)}" href="${e(p.feedUrl)}">`] : []),
    `<meta property="og:type" content="${p.ogType ?? "website"}">`,
    `<meta property="og:title" content="${e(p.title)}">`,
    `<meta property="og:description" content="${e(p.description)}">`,
    `<meta property="og:url" content="${e(p.canonical)}">`,
    `<meta property="og:locale" content="${t.ogLocale}">`,
    '<meta property="og:site_name" content="Sterk Insights">',
    ...(p.noindex ? ['<meta name="robots" content="noindex">'] : []),
    `<link rel="stylesheet" href="${SITE_ASSETS.css.path}">`,
    ...(p.script ? [`<script src="${SITE_ASSETS.js.path}" defer></script>`] : []),
  ];
  const switcher = LOCALES.map((l) => {
    const href = p.switcher?.[l] ?? `/insights/${l}`;
    const current = l === p.language ? ' aria-current="true"' : "";
    return `<li><a href="${e(href)}" lang="${l}" hreflang="${l}"${current}>${e(SITE_TEXTS[l].languageName)}</a></li>`;
  }).join("");
  return `<!doctype html>
<html lang="${p.language}">
<head>
${head.join("\n")}
</head>
<body>
<a class="skip" href="#main">${e(t.skip)}</a>
<header class="site-header"><div class="wrap">
<a class="brand" href="/insights/${p.language}">Sterk Insights</a>
<nav aria-label="${e(t.languages)}"><ul class="langs">${switcher}</ul></nav>
</div></header>
<main id="main" class="wrap" tabindex="-1"${p.dataPage ? ` data-page="${e(p.dataPage)}"` : ""}>
${p.body}
</main>
<footer class="site-footer"><div class="wrap">
<p>${e(t.footer)}</p>
<p><a href="/insights/${p.language}/feed.xml">${e(t.articles.feed)}</a> · <a href="/sign-in">${e(t.signIn)}</a></p>
</div></footer>
</body>
</html>`;
}

/** The subscribe form: a plain HTML form that works without JavaScript, honeypot included. */
export function subscribeForm(language: TLocale, error?: "email" | "consent" | "limit"): string {
  const t = SITE_TEXTS[language].subscribe;
  const options = LOCALES.map((l) => `<option value="${l}"${l === language ? " selected" : ""}>${e(SITE_TEXTS[l].languageName)}</option>`).join("");
  const alert = error ? `<p class="notice error" role="alert" id="subscribe-error">${e(t.errors[error])}</p>` : "";
  const invalid = (field: "email" | "consent") => (error === field ? ' aria-invalid="true" aria-describedby="subscribe-error"' : "");
  return `<section id="subscribe" class="subscribe" aria-labelledby="subscribe-heading">
<h2 id="subscribe-heading">${e(t.heading)}</h2>
<p>${e(t.text)}</p>
${alert}<form method="post" action="/api/newsletter/subscriptions">
<div class="field"><label for="subscribe-email">${e(t.email)}</label>
<input id="subscribe-email" name="email" type="email" autocomplete="email" required maxlength="254"${invalid("email")}></div>
<div class="field"><label for="subscribe-language">${e(t.language)}</label>
<select id="subscribe-language" name="language">${options}</select></div>
<div class="field hp"><label for="subscribe-website">${e(t.honeypot)}</label>
<input id="subscribe-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<div class="consent"><input id="subscribe-consent" name="consent" type="checkbox" value="yes" required${invalid("consent")}>
<label for="subscribe-consent">${e(t.consent)}</label></div>
<button type="submit">${e(t.submit)}</button>
</form>
</section>`;
}
