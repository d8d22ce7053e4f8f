import { defineConfig } from "vitest/config";

// The bench helpers' own tests, outside `npm test`: `npx vitest run --config bench/vitest.config.ts`.
export default defineConfig({ test: { include: ["bench/**/*.test.ts"], environment: "node", testTimeout: 60_000 } });
