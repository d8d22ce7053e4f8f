// Every response an integration test receives is checked against the contract its route declares (issue 13): the
// status must be one the route lists, the content type one it lists for that status, and a JSON body must parse with
// the zod schema registered for it and carry no field the schema does not name (a leak fails even where the schema is
// not strict: zod strips an unnamed field, and the check compares what came with what parsed). Files (PDF, XLSX,
// CSV, .ics) are checked on their content type only. Paths outside /api (SCIM, the public site, the web app) have no
// OpenAPI contract and are not checked; an /api path without an operation must answer a problem document. Known
// mismatches are listed, each with its reason, in contract-exceptions.ts; nothing else is skipped.
import { appendFileSync } from "node:fs";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { expect } from "vitest";
import { z } from "zod";
import { ZProblem } from "../contracts/common";
import { CONTRACT_EXCEPTIONS, type TContractException } from "./contract-exceptions";

type TMedia = { schema?: unknown };
type TResponseSpec = { content?: Record<string, TMedia> };
/** One operation of the OpenAPI registry, its path as a pattern. */
export type TOperation = { method: string; path: string; pattern: RegExp; rank: number[]; responses: Record<string, TResponseSpec> };
export type TContracts = { operations: TOperation[] };

/** A path template such as `/api/programmes/{id}` as a pattern; literal segments rank before parameters. */
function compile(path: string): { pattern: RegExp; rank: number[] } {
  const segments = path.split("/").filter(Boolean);
  const source = segments.map((s) => s.replace(/\{[^}]+\}|[.*+?^$()|[\]\\]/g, (m) => (m.startsWith("{") ? "[^/]+" : `\\${m}`))).join("/");
  return { pattern: new RegExp(`^/${source}/?$`), rank: segments.map((s) => (s.includes("{") ? 1 : 0)) };
}

/** The operations an OpenAPIHono app registered (every `app.openapi` route, sub-apps included). */
export function contractsOf(app: Pick<OpenAPIHono, "openAPIRegistry">): TContracts {
  const operations: TOperation[] = [];
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== "route") continue;
    const route = definition.route as { method: string; path: string; responses: Record<string, TResponseSpec> };
    operations.push({ method: route.method.toUpperCase(), path: route.path, responses: route.responses, ...compile(route.path) });
  }
  return { operations };
}

/** The operation a request reached: among the templates that match, the one with literal segments first. */
export function operationOf(contracts: TContracts, method: string, pathname: string): TOperation | undefined {
  const wanted = method === "HEAD" ? "GET" : method;
  const matches = contracts.operations.filter((o) => o.method === wanted && o.pattern.test(pathname));
  matches.sort((a, b) => {
    for (let i = 0; i < Math.min(a.rank.length, b.rank.length); i++) if (a.rank[i] !== b.rank[i]) return (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    return a.rank.length - b.rank.length;
  });
  return matches[0];
}

const isZod = (schema: unknown): schema is z.ZodType => schema instanceof z.ZodType;
const isJson = (media: string) => media === "application/json" || media.endsWith("+json");
const mediaOf = (response: Response) => (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

/** Paths of fields the body holds and the parsed value does not: fields the schema does not name. */
export function unnamedFields(raw: unknown, parsed: unknown, at = ""): string[] {
  if (Array.isArray(raw)) return Array.isArray(parsed) ? raw.flatMap((item, i) => unnamedFields(item, parsed[i], `${at}[${i}]`)) : [];
  if (raw === null || typeof raw !== "object" || parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [];
  const kept = parsed as Record<string, unknown>;
  return Object.entries(raw as Record<string, unknown>).flatMap(([key, value]) => {
    const path = at ? `${at}.${key}` : key;
    return key in kept ? unnamedFields(value, kept[key], path) : [path];
  });
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
}

/** What is wrong with a JSON body against its schema: parse issues, else fields the schema does not name. */
export function bodyProblems(schema: z.ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return issuesOf(parsed.error);
  return unnamedFields(body, parsed.data).map((path) => `${path}: a field the contract does not name`);
}

/** The listed exception for an operation's template, or for a path no operation declares (its entry a template too). */
function exceptionFor(method: string, path: string, status: number): TContractException | undefined {
  return CONTRACT_EXCEPTIONS.find((e) => e.method === method && (e.path === path || compile(e.path).pattern.test(path)) && (e.status === undefined || e.status === status));
}

/** The body as text, gunzipped when the server compressed it (a client that sent Accept-Encoding). */
async function decodedText(response: Response): Promise<string> {
  const copy = response.clone();
  const encoding = copy.headers.get("content-encoding");
  if (!copy.body || (encoding !== "gzip" && encoding !== "deflate")) return copy.text();
  return new Response(copy.body.pipeThrough(new DecompressionStream(encoding))).text();
}

async function jsonOf(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await decodedText(response);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A response to an /api path no operation declares: a problem document (401, 403 or 404), or a listed exception. */
async function checkUndeclaredPath(method: string, pathname: string, response: Response): Promise<string[]> {
  if (exceptionFor(method, pathname, response.status)) return [];
  if (![401, 403, 404].includes(response.status)) return [`no operation declares ${method} ${pathname}, and it answered ${response.status}`];
  if (mediaOf(response) !== "application/problem+json") return [`answered ${response.status} as ${mediaOf(response) || "no content type"}, not application/problem+json`];
  const body = await jsonOf(response);
  return body.ok ? bodyProblems(ZProblem, body.value) : ["the problem document is not JSON"];
}

/** Everything the response does differently from its route's contract (empty when it keeps it). */
export async function contractProblems(contracts: TContracts, method: string, url: string, response: Response): Promise<string[]> {
  const pathname = new URL(url, "http://localhost").pathname;
  if (!pathname.startsWith("/api/")) return [];
  const operation = operationOf(contracts, method, pathname);
  if (!operation) return checkUndeclaredPath(method, pathname, response);
  if (exceptionFor(operation.method, operation.path, response.status)) return [];
  const spec = operation.responses[String(response.status)] ?? operation.responses.default;
  if (!spec) return [`status ${response.status} is not declared (declared: ${Object.keys(operation.responses).join(", ")})`];
  const declared = Object.keys(spec.content ?? {});
  const media = mediaOf(response);
  if (declared.length === 0) {
    const text = method === "HEAD" ? "" : await response.clone().text();
    return text === "" ? [] : [`status ${response.status} declares no body, but one came (${media || "no content type"})`];
  }
  if (!declared.includes(media)) return [`content type ${media || "(none)"} is not declared for ${response.status} (declared: ${declared.join(", ")})`];
  const schema = spec.content?.[media]?.schema;
  if (!isJson(media) || method === "HEAD" || !isZod(schema)) return [];
  const body = await jsonOf(response);
  return body.ok ? bodyProblems(schema, body.value) : [`the body is not JSON although ${media} was declared`];
}

/**
 * Throws when the response breaks its contract, naming the request, the status and what is wrong. With
 * STERK_CONTRACT_REPORT=<file> it appends one JSON line per broken response to that file instead (a survey of the
 * whole suite in one run; never set in CI).
 */
export async function assertContract(contracts: TContracts, method: string, url: string, response: Response): Promise<void> {
  const problems = await contractProblems(contracts, method, url, response);
  if (problems.length === 0) return;
  const pathname = new URL(url, "http://localhost").pathname;
  const report = process.env.STERK_CONTRACT_REPORT;
  if (report) {
    const operation = operationOf(contracts, method, pathname)?.path ?? null;
    appendFileSync(report, `${JSON.stringify({ test: expect.getState().currentTestName ?? null, file: expect.getState().testPath ?? null, method, pathname, operation, status: response.status, problems })}\n`);
    return;
  }
  throw new Error(`contract broken by ${method} ${pathname} → ${response.status}:\n  ${problems.join("\n  ")}\n(see src/test-support/contract-check.ts; a known mismatch belongs in contract-exceptions.ts with its reason)`);
}
