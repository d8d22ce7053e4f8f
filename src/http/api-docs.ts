import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Hono } from "hono";
import type { THttpEnv } from "./env";

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve("swagger-ui-dist/package.json"));
const assets: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sterk API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><main id="swagger-ui"></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

// BaseLayout without the standalone preset: its top bar draws an SVG logo holding an inline <style>, which the CSP
// (style-src without 'unsafe-inline') refuses; the page needs no URL bar anyway.
const init = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout" });`;

/** Browsable API docs at /api/docs, served from the local swagger-ui-dist package (no CDN, CSP-clean). */
export function mountApiDocs(app: Hono<THttpEnv>) {
  const cache = new Map<string, string>();
  app.get("/api/docs", (c) => c.html(page));
  app.get("/api/docs/init.js", (c) => c.body(init, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.get("/api/docs/:asset", (c) => {
    const name = c.req.param("asset");
    const type = assets[name];
    if (!type) return c.notFound();
    let body = cache.get(name);
    if (body === undefined) {
      body = readFileSync(join(distDir, name), "utf8");
      cache.set(name, body);
    }
    return c.body(body, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
}
