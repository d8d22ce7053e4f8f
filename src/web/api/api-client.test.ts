import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, api, onUnauthenticated, problemFrom, setCsrfToken } from "./api-client";

const problem = {
  type: "about:blank",
  title: "Invalid",
  status: 400,
  code: "VALIDATION",
  detail: "email is not valid",
  field: "email",
};

function respond(status: number, body?: unknown) {
  const fetchMock = vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function sentHeaders(fetchMock: ReturnType<typeof respond>): Record<string, string> {
  const init = fetchMock.mock.calls[0] as unknown as [string, RequestInit] | undefined;
  return (init?.[1]?.headers ?? {}) as Record<string, string>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  onUnauthenticated(null);
});

describe("problemFrom", () => {
  it("keeps the server's problem document, code and field", () => {
    expect(problemFrom(400, problem)).toMatchObject({ code: "VALIDATION", field: "email", status: 400 });
  });

  it.each([
    [401, "UNAUTHENTICATED"],
    [403, "FORBIDDEN"],
    [404, "NOT_FOUND"],
    [409, "CONFLICT"],
    [413, "PAYLOAD_TOO_LARGE"],
    [429, "RATE_LIMITED"],
    [502, "UNKNOWN"],
  ])("infers a code from status %i when the body is not a problem", (status, code) => {
    expect(problemFrom(status, "<html>proxy error</html>").code).toBe(code);
  });
});

describe("apiRequest", () => {
  it("sends the CSRF token on state-changing requests only", async () => {
    setCsrfToken("secret-csrf");
    const post = respond(200, { ok: true });
    await api.post("/api/x", { a: 1 });
    expect(sentHeaders(post)["X-CSRF-Token"]).toBe("secret-csrf");

    const get = respond(200, { ok: true });
    await api.get("/api/x");
    expect(sentHeaders(get)["X-CSRF-Token"]).toBeUndefined();
  });

  it("throws an ApiError carrying the problem's code and field", async () => {
    respond(400, problem);
    const error = await api.post("/api/people", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("VALIDATION");
    expect((error as ApiError).problem.field).toBe("email");
  });

  it("reports an expired session on 401, unless 401 was an expected answer", async () => {
    const listener = vi.fn();
    onUnauthenticated(listener);
    respond(401, { ...problem, status: 401, code: "UNAUTHENTICATED" });
    await api.get("/api/people").catch(() => {});
    expect(listener).toHaveBeenCalledTimes(1);
    await api.post("/api/auth/sign-in", {}, { expectUnauthenticated: true }).catch(() => {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("checks a successful body against the contract", async () => {
    respond(200, { total: "many" });
    const error = await api.get("/api/people", { schema: z.object({ total: z.number() }) }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("BAD_RESPONSE");
  });

  it("turns an unreachable server into a NETWORK error", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const error = await api.get("/api/people").catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("NETWORK");
  });
});
