// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { MentoringPage } from "./mentoring-page";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function api(nudges: boolean) {
  return vi.fn(async (url: string, init?: RequestInit) => {
    if (url === "/api/me/mentoring-preferences") return jsonResponse(200, init?.method === "PUT" ? JSON.parse(String(init.body)) : { nudges });
    if (url.startsWith("/api/mentors")) return jsonResponse(200, { items: [] });
    if (url.startsWith("/api/people")) return jsonResponse(200, { items: [], total: 0 });
    return jsonResponse(200, { items: [] });
  });
}

describe("MentoringPage", () => {
  it("turns the reminder emails off", async () => {
    const fetchMock = api(true);
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<MentoringPage />, { route: "/mentoring" });
    const toggle = (await screen.findByRole("switch", { name: /^Send me mentoring reminder emails/ })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === "PUT");
    expect(put?.[0]).toBe("/api/me/mentoring-preferences");
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ nudges: false });
  });

  it("links HR to the participation overview and lets it start an engagement; a mentee sees neither", async () => {
    vi.stubGlobal("fetch", api(true));
    renderPage(<MentoringPage />, { route: "/mentoring" });
    expect(await screen.findByRole("link", { name: "Participation overview" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "My caseload" })).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "Start an engagement" })).toBeTruthy();
    cleanup();

    const base = sessionFixture();
    const mentee = sessionFixture({ currentOrganisation: { ...base.currentOrganisation!, roles: [], personId: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" } });
    renderPage(<MentoringPage />, { route: "/mentoring", session: mentee });
    expect(await screen.findByRole("heading", { level: 2, name: "Engagements" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Participation overview" })).toBeNull();
    expect(screen.queryByRole("heading", { level: 2, name: "Start an engagement" })).toBeNull();
  });
});
