// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyLocale } from "../../i18n";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { TokensPage } from "./tokens-page";

const token = (id: string, extra: Record<string, unknown>) => ({
  id,
  name: `token ${id.slice(-1)}`,
  scope: "api",
  createdAt: "2026-01-01T09:00:00.000Z",
  expiresAt: "2099-01-01T09:00:00.000Z",
  lastUsedAt: null,
  revokedAt: null,
  ...extra,
});
const LIST = {
  items: [
    token("00000000-0000-4000-8000-000000000001", { scope: "scim", lastUsedAt: "2026-01-02T10:00:00.000Z" }),
    token("00000000-0000-4000-8000-000000000002", { expiresAt: "2020-01-01T00:00:00.000Z" }),
    token("00000000-0000-4000-8000-000000000003", { revokedAt: "2026-01-03T00:00:00.000Z" }),
  ],
};

function serve() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${(init?.method ?? "GET").toUpperCase()} ${url}`;
    if (key === "GET /api/tokens") return jsonResponse(200, LIST);
    if (key === "POST /api/tokens") {
      const body = JSON.parse(String(init?.body));
      return jsonResponse(201, { ...token("00000000-0000-4000-8000-000000000009", body), token: "sterk_secret" });
    }
    return jsonResponse(404, { status: 404, code: "NOT_FOUND", title: key }, "application/problem+json");
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

beforeEach(async () => {
  await applyLocale("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("TokensPage", () => {
  it("lets an HR admin create a SCIM provisioning token with a chosen life, and shows it once with where to use it", async () => {
    const fetchMock = serve();
    renderPage(<TokensPage />, { route: "/tokens" });
    fireEvent.change(await screen.findByLabelText("Token name", { exact: false }), { target: { value: "Entra ID" } });
    fireEvent.click(screen.getByLabelText("SCIM provisioning"));
    fireEvent.change(screen.getByLabelText("Valid for"), { target: { value: "30" } });
    fireEvent.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByText("sterk_secret")).toBeTruthy();
    expect(screen.getByText(/tenant URL .*\/scim\/v2/)).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ name: "Entra ID", scope: "scim", expiresInDays: 30 });
  });

  it("offers no SCIM choice to a manager", async () => {
    serve();
    const manager = sessionFixture();
    const organisation = { ...manager.organisations[0]!, roles: ["manager" as const] };
    renderPage(<TokensPage />, { route: "/tokens", session: { ...manager, organisations: [organisation], currentOrganisation: organisation } });
    await screen.findByLabelText("Token name", { exact: false });
    expect(screen.queryByLabelText("SCIM provisioning")).toBeNull();
    expect(screen.getByLabelText("Valid for")).toBeTruthy();
  });

  it("lists each token's kind, expiry, last use and state; only active ones can be revoked", async () => {
    serve();
    renderPage(<TokensPage />, { route: "/tokens" });
    const table = await screen.findByRole("table");
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(4));
    const [, scim, expired, revoked] = within(table).getAllByRole("row");
    expect(within(scim!).getByText("SCIM provisioning")).toBeTruthy();
    expect(within(scim!).getByText("Active")).toBeTruthy();
    expect(within(scim!).getByRole("button", { name: /Revoke/ })).toBeTruthy();
    expect(within(expired!).getByText("Expired")).toBeTruthy();
    expect(within(expired!).getByText("Never")).toBeTruthy();
    expect(within(expired!).queryByRole("button")).toBeNull();
    expect(within(revoked!).getByText("Revoked")).toBeTruthy();
    expect(within(revoked!).queryByRole("button")).toBeNull();
  });
});
