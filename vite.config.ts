import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes a brotli (.br) and a gzip (.gz) twin of every text asset over 1 KB once the bundle is written; the server
 * serves the twin the browser accepts (static-web.ts, `precompressed`), so nothing is compressed per request.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "sterk-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = join(outDir, "assets");
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json|txt|map)$/.test(name)) continue;
        const body = readFileSync(join(assets, name));
        if (body.length < 1024) continue;
        writeFileSync(join(assets, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(body, { level: 9 }));
      }
    },
  };
}

/** The web app: sources in src/web, built to dist/web, which the server serves with an SPA fallback. */
export default defineConfig({
  root: here("./src/web"),
  plugins: [react(), precompress()],
  // The server swaps the placeholder for a fresh nonce per response (script/style tags and the
  // <meta property="csp-nonce"> from which Mantine's <style> elements take theirs).
  html: { cspNonce: "__CSP_NONCE__" },
  build: {
    outDir: here("./dist/web"),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // Route pages are split with React.lazy; the libraries every page needs get their own
        // long-cached chunks. Mantine stays split automatically, so a page's components load with it.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/ },
            { name: "zod", test: /node_modules[\\/]zod[\\/]/ },
            { name: "i18next", test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev` of the server on PORT (3000) answers /api; Vite serves the app with hot reload
    proxy: { "/api": process.env.STERK_API_URL ?? "http://localhost:3000" },
  },
});
