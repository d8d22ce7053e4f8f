import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TTestClient } from "../../test-support/test-app";
import { testDatabaseKind } from "../../test-support/test-database";

let t: Awaited<ReturnType<typeof startTestApp>>;
let operator: TTestClient;
let clock = new Date("2026-11-27T09:00:00Z");

const article = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  author: "Gerrit Sarens",
  status: "published",
  versions: {
    nl: { title: `De lage ROI (${slug})`, summary: "Waarom de meeste programma's een lage ROI hebben.", body: "## Vaststellingen\n\nTalent × moeite = **geweldige prestatie**." },
    fr: { title: `Le faible ROI (${slug})`, summary: "Pourquoi la plupart des programmes ont un faible ROI.", body: "## Constats\n\nTalent × effort = *performance*." },
  },
  ...overrides,
});

async function create(body: unknown) {
  const response = await operator.request("/api/insights/articles", { method: "POST", json: body });
  return { status: response.status, body: await response.json() };
}

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await t.client().request(path, { headers });
  return { status: response.status, headers: response.headers, html: await response.text() };
};

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  const org = await t.createOrganisation("ops");
  operator = await t.signedIn("operator@sterk.test", org.id, [], true);
  expect((await create(article("strengths-first"))).status).toBe(201);
  expect((await create(article("draft-piece", { status: "draft" }))).status).toBe(201);
  expect((await create(article("coming-soon", { publishedAt: "2026-12-24T08:00:00+01:00" }))).status).toBe(201);
  expect(
    (
      await create({
        slug: "english-only",
        author: "Sterk",
        status: "published",
        versions: {
          en: {
            title: "Unsafe <script>alert(1)</script> title",
            summary: 'A "quoted" summary',
            body: "Hello <img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) and [good](https://sterk.example)",
          },
        },
      })
    ).status,
  ).toBe(201);
});
afterAll(() => t.close());

describe(`insights: operator API (${testDatabaseKind})`, () => {
  it("lists every article, drafts included, with where each version lives", async () => {
    const list = await (await operator.request("/api/insights/articles")).json();
    const bySlug = Object.fromEntries(list.items.map((a: { slug: string }) => [a.slug, a]));
    expect(Object.keys(bySlug).sort()).toEqual(["coming-soon", "draft-piece", "english-only", "strengths-first"]);
    expect(bySlug["strengths-first"]).toMatchObject({ isPublic: true, urls: { nl: "http://localhost:3000/insights/nl/strengths-first" } });
    expect(bySlug["draft-piece"].isPublic).toBe(false);
    expect(bySlug["coming-soon"].isPublic).toBe(false);
  });

  it("refuses a taken slug, a reserved one and an empty article, naming the field", async () => {
    expect(await create(article("strengths-first"))).toMatchObject({ status: 409, body: { field: "slug" } });
    expect(await create(article("newsletter"))).toMatchObject({ status: 400, body: { field: "slug" } });
    expect(await create(article("Bad Slug"))).toMatchObject({ status: 400, body: { field: "slug" } });
    expect(await create({ ...article("empty"), versions: {} })).toMatchObject({ status: 400, body: { field: "versions" } });
    expect(await create({ ...article("x"), organisationId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ status: 400 });
  });

  it("edits, unpublishes and deletes", async () => {
    const { body } = await create(article("to-edit"));
    const edited = await operator.request(`/api/insights/articles/${body.id}`, { method: "PUT", json: article("to-edit", { status: "draft" }) });
    expect(await edited.json()).toMatchObject({ status: "draft", isPublic: false });
    expect((await page("/insights/nl/to-edit")).status).toBe(404);
    expect((await operator.request(`/api/insights/articles/${body.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await operator.request(`/api/insights/articles/${body.id}`)).status).toBe(404);
  });

  it("answers text PostgreSQL cannot store, and control characters in a search, with 400 instead of a 5xx", async () => {
    const nul = await create(article("nul-body", { versions: { en: { title: "t", summary: "s", body: "a\u0000b" } } }));
    expect(nul).toMatchObject({ status: 400, body: { field: "versions.en.body" } });
    const issue = await operator.request("/api/newsletter/issues", { method: "POST", json: { versions: { en: { subject: "s", body: "\u0000" } } } });
    expect(issue.status).toBe(400);
    expect((await operator.request("/api/newsletter/subscribers?q=%00")).status).toBe(400);
    expect((await page("/insights/en/%00")).status).toBe(404);
  });

  it("is the operator's alone", async () => {
    const org = await t.createOrganisation("client");
    const hr = await t.signedIn("hr@client.test", org.id, ["hr_admin"]);
    expect((await hr.request("/api/insights/articles")).status).toBe(403);
    expect((await hr.request("/api/insights/articles", { method: "POST", json: article("hr-piece") })).status).toBe(403);
    expect((await t.client().request("/api/insights/articles")).status).toBe(401);
  });
});

describe(`insights: the public site (${testDatabaseKind})`, () => {
  it("serves a landing page per language that explains the approach and lists what is published there", async () => {
    const nl = await page("/insights/nl");
    expect(nl.status).toBe(200);
    expect(nl.html).toContain('<html lang="nl">');
    expect(nl.html).toContain("Eerst de sterktes");
    expect(nl.html).toContain("À la carte");
    expect(nl.html).toContain("Gemeten ROI");
    expect(nl.html).toContain('href="/insights/nl/strengths-first"');
    expect(nl.html).not.toContain("draft-piece");
    expect(nl.html).not.toContain("coming-soon");
    expect(nl.html).toContain('<link rel="canonical" href="http://localhost:3000/insights/nl">');
    for (const l of ["nl", "fr", "en"]) expect(nl.html).toContain(`<link rel="alternate" hreflang="${l}" href="http://localhost:3000/insights/${l}">`);
    expect(nl.html).toContain('<form method="post" action="/api/newsletter/subscriptions">');
    const en = await page("/insights/en");
    expect(en.html).toContain('href="/insights/en/english-only"');
    expect(en.html).not.toContain("strengths-first");
  });

  it("renders an article with its title, description, canonical and hreflang alternates", async () => {
    const fr = await page("/insights/fr/strengths-first");
    expect(fr.status).toBe(200);
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.html).toContain("<title>Le faible ROI (strengths-first) — Sterk Insights</title>");
    expect(fr.html).toContain('<meta name="description" content="Pourquoi la plupart des programmes ont un faible ROI.">');
    expect(fr.html).toContain('<link rel="canonical" href="http://localhost:3000/insights/fr/strengths-first">');
    expect(fr.html).toContain('<link rel="alternate" hreflang="nl" href="http://localhost:3000/insights/nl/strengths-first">');
    expect(fr.html).not.toContain('hreflang="en" href="http://localhost:3000/insights/en/strengths-first"');
    expect(fr.html).toContain("<h3>Constats</h3>");
    expect(fr.html).toContain('<meta property="og:type" content="article">');
  });

  it("escapes what the operator typed and drops unsafe links, under a CSP without inline scripts", async () => {
    const en = await page("/insights/en/english-only");
    expect(en.html).toContain("<title>Unsafe &#60;script&#62;alert(1)&#60;/script&#62; title — Sterk Insights</title>");
    expect(en.html).toContain("Hello &#60;img src=x onerror=alert(1)&#62;");
    expect(en.html).not.toContain("<img");
    expect(en.html).not.toContain("javascript:");
    expect(en.html).toContain('<a href="https://sterk.example">good</a>');
    expect(en.html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(en.html).not.toMatch(/\sstyle=/);
    const csp = en.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline'; script");
  });

  it("answers 404 for drafts, future articles, unknown slugs, and points to the languages an article exists in", async () => {
    expect((await page("/insights/nl/draft-piece")).status).toBe(404);
    expect((await page("/insights/nl/coming-soon")).status).toBe(404);
    expect((await page("/insights/nl/no-such-thing")).status).toBe(404);
    const missing = await page("/insights/nl/english-only");
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('href="/insights/en/english-only"');
  });

  it("publishes a scheduled article once its moment has come", async () => {
    clock = new Date("2026-12-24T08:00:00+01:00");
    expect((await page("/insights/nl/coming-soon")).status).toBe(200);
    clock = new Date("2026-11-27T09:00:00Z");
  });

  it("serves an Atom feed per language with the published articles of that language", async () => {
    const response = await t.client().request("/insights/nl/feed.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">')).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://localhost:3000/insights/nl/strengths-first"/>');
    expect(xml).toContain("&#60;strong&#62;geweldige prestatie&#60;/strong&#62;");
    const en = await (await t.client().request("/insights/en/feed.xml")).text();
    expect(en).toContain("Unsafe &#60;script&#62;");
  });

  it("sends /insights to the visitor's language and serves the assets for a year", async () => {
    const redirect = await t.client().request("/insights", { headers: { "accept-language": "fr-BE,fr;q=0.9,en;q=0.5" }, redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("/insights/fr");
    const html = (await page("/insights/en")).html;
    const css = /href="(\/insights\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(html)?.[1] ?? "";
    const asset = await t.client().request(css);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("text/css");
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("shows the reason next to the form after a refused form post, and marks the newsletter pages noindex", async () => {
    const refused = await page("/insights/fr?subscribe=consent");
    expect(refused.html).toContain('role="alert"');
    expect(refused.html).toContain("Cochez le consentement");
    const confirm = await page("/insights/fr/newsletter/confirm");
    expect(confirm.html).toContain('<meta name="robots" content="noindex">');
    expect(confirm.html).toMatch(/<script src="\/insights\/assets\/newsletter\.[0-9a-f]{12}\.js" defer><\/script>/);
    expect((await page("/insights/fr/newsletter/nope")).status).toBe(404);
  });
});
