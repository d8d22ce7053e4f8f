import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { THttpEnv } from "./env";

/**
 * Serves the built single-page app from dist/web: hashed assets cached for a year (their brotli or gzip twin
 * written at build time when the browser accepts it), every other
 * non-API path answered with index.html carrying a fresh CSP nonce for Mantine's style tags.
 */
export function mountWeb(app: Hono<THttpEnv>, webRoot: string) {
  const indexPath = join(webRoot, "index.html");
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status === 200) c.header("cache-control", "public, max-age=31536000, immutable");
  });
  app.use("/*", serveStatic({ root: webRoot, precompressed: true, rewriteRequestPath: (p) => (p === "/" ? "/__none__" : p) }));
  let cached: string | undefined;
  app.get("*", (c) => {
    if (c.req.path.startsWith("/api/")) return c.notFound();
    if (!cached) {
      if (!existsSync(indexPath)) {
        return c.text("The web app is not built yet: run `npm run build:web` (npm start does it for you).", 503);
      }
      cached = readFileSync(indexPath, "utf8");
    }
    const nonce = c.get("cspNonce");
    c.header("cache-control", "no-store");
    return c.html(cached.replaceAll("__CSP_NONCE__", nonce));
  });
}
