// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TInvitationInspection } from "../../../contracts/invitations";
import { applyLocale, i18n } from "../../i18n";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { InvitationPage } from "./invitation-page";

const TOKEN = "a".repeat(43);
const inspection: TInvitationInspection = {
  organisation: { name: "Brouwerij Demo" },
  email: "camille@demo.example",
  displayName: "Camille Lefèvre",
  locale: "en",
  needsPassword: true,
  ssoOnly: false,
};

/** A server answering inspect with `found` (or a problem) and accept with a session. */
function server(found: TInvitationInspection | Response) {
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
    if (url === "/api/auth/invitations/inspect") return found instanceof Response ? found : jsonResponse(200, found);
    if (url === "/api/auth/invitations/accept") return jsonResponse(200, sessionFixture());
    return jsonResponse(404, {});
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const bodiesSentTo = (fetchMock: ReturnType<typeof server>, url: string) =>
  fetchMock.mock.calls.filter(([u]) => u === url).map(([, init]) => JSON.parse(String(init?.body)));

beforeEach(async () => {
  await applyLocale("en");
  window.history.replaceState(null, "", `/invitation#token=${TOKEN}`);
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await applyLocale("en");
});

describe("InvitationPage", () => {
  it("inspects the link, then a new account chooses a password and arrives signed in", async () => {
    const fetchMock = server(inspection);
    renderPage(<InvitationPage />, { route: "/invitation", session: null });
    expect(await screen.findByText(/Welcome, Camille Lefèvre\. You have been invited to Brouwerij Demo/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("New password", { exact: false }), { target: { value: "a long enough sentence" } });
    fireEvent.change(screen.getByLabelText("Repeat password", { exact: false }), { target: { value: "a long enough sentence" } });
    fireEvent.click(screen.getByRole("button", { name: "Activate account" }));
    expect(await screen.findByTestId("elsewhere")).toBeTruthy();
    expect(bodiesSentTo(fetchMock, "/api/auth/invitations/inspect")).toEqual([{ token: TOKEN }]);
    expect(bodiesSentTo(fetchMock, "/api/auth/invitations/accept")).toEqual([{ token: TOKEN, password: "a long enough sentence" }]);
  });

  it("opens in the invitation's language", async () => {
    server({ ...inspection, locale: "fr" });
    renderPage(<InvitationPage />, { route: "/invitation", session: null });
    expect(await screen.findByText(/Bienvenue, Camille Lefèvre/)).toBeTruthy();
    expect(i18n.language).toBe("fr");
  });

  it("sends an existing account to sign in, without asking for a password", async () => {
    const fetchMock = server({ ...inspection, needsPassword: false });
    renderPage(<InvitationPage />, { route: "/invitation", session: null });
    expect(await screen.findByText(/You already have an account with camille@demo.example/)).toBeTruthy();
    expect(screen.queryByLabelText("New password", { exact: false })).toBeNull();
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in");
    expect(bodiesSentTo(fetchMock, "/api/auth/invitations/accept")).toEqual([]);
  });

  it("sends an organisation with company sign-in to its company account", async () => {
    server({ ...inspection, needsPassword: false, ssoOnly: true });
    renderPage(<InvitationPage />, { route: "/invitation", session: null });
    expect(await screen.findByRole("link", { name: "Sign in with your company account" })).toBeTruthy();
    expect(screen.queryByLabelText("New password", { exact: false })).toBeNull();
  });

  it("says so when the link is no longer valid", async () => {
    const problem = { type: "about:blank", title: "Invalid", status: 400, code: "INVALID_TOKEN", detail: "this link is invalid or has expired", field: "token" };
    server(jsonResponse(400, problem, "application/problem+json"));
    renderPage(<InvitationPage />, { route: "/invitation", session: null });
    expect(await screen.findByRole("alert")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Ask your HR department to send you a new invitation.")).toBeTruthy());
    expect(screen.queryByLabelText("New password", { exact: false })).toBeNull();
  });
});
