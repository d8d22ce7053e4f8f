// Lint is used for one thing above all: the architecture's import rules (docs/ARCHITECTURE.md).
import tseslint from "typescript-eslint";

const layer = (...names) => names.map((n) => ({ group: [`**/${n}/**`, `**/${n}`, `#src/${n}/**`], message: `this layer may not import ${n}/` }));
const io = ["fs", "node:fs", "fs/promises", "node:fs/promises", "child_process", "node:child_process", "net", "node:net", "http", "node:http", "https", "node:https"];
const drivers = ["postgres", "pg", "@electric-sql/pglite", "drizzle-orm", "hono", "nodemailer", "pino"];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "data/**", "src/db/migrations/**", "test-results/**", "playwright-report/**"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {},
  },
  {
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [...io, ...drivers].map((name) => ({ name, message: "domain/ is pure: no I/O, no drivers" })),
          patterns: [
            ...layer("db", "app", "http", "cli", "web", "email", "test-support"),
            { group: ["**/contracts/**"], message: "domain/ may use contracts' types only", allowTypeImports: true },
            { group: ["**/config", "**/runtime"], message: "domain/ receives configuration as values" },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "pass the clock in" },
        { object: "Math", property: "random", message: "pass a random source in" },
        { object: "process", property: "env", message: "configuration is passed in" },
      ],
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "pass the clock in" }],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: layer("http", "cli", "web") }] },
  },
  {
    files: ["src/http/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: drivers.filter((d) => d !== "hono" && d !== "pino").map((name) => ({ name, message: "go through app/" })), patterns: layer("db", "web") },
      ],
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [...io, ...drivers].map((name) => ({ name, message: "the browser app talks to the API" })), patterns: layer("db", "app", "http", "cli", "email") },
      ],
    },
  },
  {
    files: ["src/db/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: layer("app", "http", "cli", "web") }] },
  },
);
