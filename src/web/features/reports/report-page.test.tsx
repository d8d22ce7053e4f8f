// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TIndividualReport } from "../../../contracts/reports";
import { jsonResponse, renderPage } from "../../test-utils";
import { MyReportPage } from "./report-page";

const report: TIndividualReport = {
  person: { id: "00000000-0000-4000-8000-000000000001", name: "Sam Subject" },
  locale: "en",
  viewer: "self",
  generatedAt: "2026-03-01T12:00:00.000Z",
  missing: ["challenge-scan"],
  strengths: {
    completedAt: "2026-01-15T10:00:00.000Z",
    scoreKind: "raw",
    facetRange: [4, 20],
    domainRange: [24, 120],
    topTalents: [
      { domain: "C", facet: 6, facetName: "Cautiousness", pole: "high", facetScore: 20, talents: [{ id: "c6-high", name: "Careful decision-maker", description: "Thinks before acting." }] },
    ],
    domains: [{ domain: "C", name: "Conscientiousness", score: 80, facets: [{ facet: 6, name: "Cautiousness", score: 20, pole: "high", talents: [{ id: "c6-high", name: "Careful decision-maker", description: "x" }] }] }],
  },
  challenges: {
    selfCompletedAt: null,
    feedback: {
      closedAt: "2026-02-01T00:00:00.000Z",
      groups: [
        { group: "line_manager", shown: true, raterCount: 1, comments: [] },
        { group: "peer", shown: true, raterCount: 3, comments: [{ challengeId: null, challengeName: null, text: "<b>Great</b> planner" }] },
        { group: "direct_report", shown: false, minimum: 3 },
        { group: "other", shown: false, minimum: 3 },
      ],
      allRaters: { shown: false, minimum: 4 },
    },
    othersBasis: "shown-groups",
    shownGroups: ["line_manager", "peer"],
    profile: [
      { challengeId: "delegate", name: "cannot delegate", situation: "can-do-more", self: null, groups: [{ group: "line_manager", score: 4 }, { group: "peer", score: 3 }], others: 3.5, gap: null, blindSpot: false, hiddenStrength: false },
    ],
    blindSpots: [],
    hiddenStrengths: [],
    topChallenges: [{ challengeId: "delegate", name: "cannot delegate", situation: "can-do-more", score: 3.5 }],
    topChallengesBasis: "others",
    situationFit: { monthsInRole: 5, bestFit: [{ situation: "new-in-role", name: "New in the role" }], situations: [] },
  },
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("MyReportPage", () => {
  it("shows talents first, the hidden groups by their minimum only, comments as text, and saves sharing", async () => {
    const calls: { method: string; url: string; body?: string }[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push({ method: init?.method ?? "GET", url, body: init?.body as string | undefined });
        if (url.startsWith("/api/reports/me/sharing")) {
          return jsonResponse(200, init?.method === "PUT" ? JSON.parse(String(init.body)) : { mentor: true, lineManager: false, hr: false });
        }
        return jsonResponse(200, report);
      }),
    );
    renderPage(<MyReportPage />, { route: "/me/report" });

    const talent = await screen.findByText("Careful decision-maker", { selector: "p" });
    const headings = screen.getAllByRole("heading").map((h) => h.textContent);
    expect(headings[0]).toBe("My report");
    expect(headings.indexOf("Strengths")).toBeLessThan(headings.indexOf("Manager challenges"));
    expect(talent).toBeTruthy();
    expect(calls[0]?.url).toBe("/api/reports/me?lang=en");
    expect(screen.getAllByText("Not enough responses to show this group (minimum 3).")).toHaveLength(2);
    expect(screen.getByText("<b>Great</b> planner")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to my assessments" }).getAttribute("href")).toBe("/me/assessments");
    expect(screen.getByRole("link", { name: "Download PDF" }).getAttribute("href")).toBe("/api/reports/me/pdf?lang=en");

    fireEvent.click(await screen.findByRole("switch", { name: "HR" }));
    expect(await screen.findByText("Your choice has been saved.")).toBeTruthy();
    const put = calls.find((call) => call.method === "PUT");
    expect(JSON.parse(put?.body ?? "{}")).toEqual({ mentor: true, lineManager: false, hr: true });
  });

  it("explains when the account has no person record", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(404, { type: "x", title: "Not found", status: 404, code: "NOT_FOUND", detail: "x" })));
    renderPage(<MyReportPage />, { route: "/me/report" });
    expect(await screen.findByText(/not linked to a person/)).toBeTruthy();
  });
});
