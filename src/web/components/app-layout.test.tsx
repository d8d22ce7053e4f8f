// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyLocale } from "../i18n";
import { jsonResponse, renderPage, sessionFixture } from "../test-utils";
import { AppLayout } from "./app-layout";

beforeEach(async () => {
  await applyLocale("en");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const navigationLinks = () =>
  within(screen.getByRole("navigation", { name: "Main navigation" }))
    .getAllByRole("link")
    .map((link) => link.textContent);

describe("AppLayout", () => {
  it("shows an HR admin the administration pages", () => {
    renderPage(<AppLayout />, { route: "/people" });
    expect(navigationLinks()).toEqual(["Mentoring", "Development plans", "Team strengths", "360° feedback", "Diagnosis", "Catalogue", "Planning settings", "Budget optimiser", "Mentors", "Evaluation and ROI", "ROI worksheets", "People", "Org chart", "Import", "Invite a user", "Outbox", "API tokens", "Single sign-on"]);
  });

  it("hides administration from a manager", () => {
    const session = sessionFixture();
    const member = { ...session.organisations[0]!, roles: ["manager" as const] };
    renderPage(<AppLayout />, { route: "/people", session: { ...session, organisations: [member], currentOrganisation: member } });
    expect(navigationLinks()).toEqual(["People", "Org chart", "API tokens"]);
    expect(screen.queryByRole("combobox", { name: "Organisation" })).toBeNull();
  });

  it("switches the language, saves it for the user and sets <html lang>", async () => {
    const saved = sessionFixture({ user: { ...sessionFixture().user, locale: "fr" } });
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, saved));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<AppLayout />, { route: "/people" });

    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "fr" } });

    await waitFor(() => expect(document.documentElement.lang).toBe("fr"));
    expect(await screen.findByRole("link", { name: "Collaborateurs" })).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/api/me");
    expect(init?.method).toBe("PATCH");
    expect(JSON.parse(String(init?.body))).toEqual({ locale: "fr" });
    expect((init?.headers as Record<string, string>)["X-CSRF-Token"]).toBe("csrf-test-token");
  });

  it("lets the operator switch organisation among all organisations", async () => {
    const operator = sessionFixture({ user: { ...sessionFixture().user, isOperator: true } });
    const other = { id: "7a0e1c2b-3d4f-4a5b-8c6d-7e8f9a0b1c2d", slug: "acme", name: "Acme", defaultLocale: "fr", peopleCount: 3 };
    const current = operator.currentOrganisation!;
    const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
      if (url === "/api/organisations") {
        return jsonResponse(200, { items: [{ ...current, defaultLocale: "nl", peopleCount: 40 }, other] });
      }
      const switched = { id: other.id, slug: other.slug, name: other.name, roles: [] };
      return jsonResponse(200, { ...operator, currentOrganisation: switched });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<AppLayout />, { route: "/people", session: operator });

    const switcher = screen.getByRole("combobox", { name: "Organisation" });
    await screen.findByRole("option", { name: "Acme" });
    fireEvent.change(switcher, { target: { value: other.id } });

    // after the switch the app goes to the new organisation's start page
    expect(await screen.findByTestId("elsewhere")).toBeTruthy();
    const post = fetchMock.mock.calls.find(([url]) => url === "/api/auth/organisation");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ organisationId: other.id });
  });
});
