// The contract check fails on each way a response can break its route's contract, and only on those.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problems } from "../http/openapi";
import { contractProblems, contractsOf, operationOf, unnamedFields } from "./contract-check";

const ZThing = z.object({ id: z.string(), name: z.string(), tags: z.array(z.object({ label: z.string() })) });
const problem = (status: number) =>
  new Response(JSON.stringify({ type: "about:blank", title: "t", status, code: "X", detail: "d" }), { status, headers: { "content-type": "application/problem+json" } });
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function app() {
  const a = new OpenAPIHono();
  const ok = { id: "1", name: "a", tags: [] };
  a.openapi(createRoute({ method: "get", path: "/api/things/{id}", responses: { 200: { content: { "application/json": { schema: ZThing } }, description: "OK" }, ...problems } }), (c) => c.json(ok, 200));
  a.openapi(createRoute({ method: "get", path: "/api/things/latest", responses: { 200: { content: { "text/csv": { schema: z.string() } }, description: "OK" } } }), (c) => c.body("a,b", 200));
  a.openapi(createRoute({ method: "post", path: "/api/things/{id}/archive", responses: { 303: { description: "See other" } } }), (c) => c.body(null, 303));
  return contractsOf(a);
}
const contracts = app();
const check = (method: string, path: string, response: Response) => contractProblems(contracts, method, `http://localhost:3000${path}`, response);

describe("contract check", () => {
  it("finds the operation, literal segments before parameters", () => {
    expect(operationOf(contracts, "GET", "/api/things/latest")?.path).toBe("/api/things/latest");
    expect(operationOf(contracts, "GET", "/api/things/42")?.path).toBe("/api/things/{id}");
    expect(operationOf(contracts, "HEAD", "/api/things/42")?.path).toBe("/api/things/{id}");
    expect(operationOf(contracts, "DELETE", "/api/things/42")).toBeUndefined();
  });

  it("lets a response that keeps its contract through", async () => {
    expect(await check("GET", "/api/things/1", json({ id: "1", name: "a", tags: [{ label: "x" }] }))).toEqual([]);
    expect(await check("GET", "/api/things/1", problem(404))).toEqual([]);
    expect(await check("GET", "/api/things/latest", new Response("a,b", { headers: { "content-type": "text/csv; charset=utf-8" } }))).toEqual([]);
    expect(await check("POST", "/api/things/1/archive", new Response(null, { status: 303 }))).toEqual([]);
  });

  it("fails a status the route does not declare, a 5xx included", async () => {
    expect(await check("GET", "/api/things/1", problem(409))).toEqual([expect.stringMatching(/status 409 is not declared/)]);
    expect(await check("GET", "/api/things/1", problem(500))).toEqual([expect.stringMatching(/status 500 is not declared/)]);
  });

  it("fails a shape change and a field the contract does not name, however deep", async () => {
    expect(await check("GET", "/api/things/1", json({ id: 1, name: "a", tags: [] }))).toEqual([expect.stringMatching(/^id: /)]);
    expect(await check("GET", "/api/things/1", json({ id: "1", name: "a", tags: [], personId: "p" }))).toEqual(["personId: a field the contract does not name"]);
    expect(await check("GET", "/api/things/1", json({ id: "1", name: "a", tags: [{ label: "x", personId: "p" }] }))).toEqual(["tags[0].personId: a field the contract does not name"]);
  });

  it("fails a content type the status does not declare, a body where none is declared, and a non-problem 4xx", async () => {
    expect(await check("GET", "/api/things/1", json({ type: "x", title: "t", status: 404, code: "X", detail: "d" }, 404))).toEqual([expect.stringMatching(/content type application\/json is not declared for 404/)]);
    expect(await check("GET", "/api/things/latest", json({}))).toEqual([expect.stringMatching(/content type application\/json is not declared/)]);
    expect(await check("POST", "/api/things/1/archive", new Response("moved", { status: 303 }))).toEqual([expect.stringMatching(/declares no body/)]);
  });

  it("holds an /api path no operation declares to a problem document, and leaves paths outside /api alone", async () => {
    expect(await check("DELETE", "/api/things/1", problem(404))).toEqual([]);
    expect(await check("GET", "/api/nothing", json({ ok: true }))).toEqual([expect.stringMatching(/no operation declares GET \/api\/nothing/)]);
    expect(await check("GET", "/api/nothing", new Response("Not found", { status: 404 }))).toEqual([expect.stringMatching(/not application\/problem\+json/)]);
    expect(await check("GET", "/api/openapi.json", json({ openapi: "3.1.0" }))).toEqual([]);
    expect(await check("GET", "/scim/v2/Users", json({ anything: true }, 500))).toEqual([]);
  });

  it("names the fields zod stripped, not those it kept or added", () => {
    expect(unnamedFields({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 }, e: 4 })).toEqual(["b.d"]);
    expect(unnamedFields([{ a: 1 }, { a: 1, x: 2 }], [{ a: 1 }, { a: 1 }])).toEqual(["[1].x"]);
  });
});
