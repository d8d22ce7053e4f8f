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
    scoreKind: "normed",
    norm: { reference: "working-age", source: "Johnson (2014)" },
    talentPercentile: 25,
    organisation: { profiles: 12, minimum: 30, shown: false },
    facetRange: [4, 20],
    domainRange: [24, 120],
    topTalents: [
      {
        domain: "C",
        facet: 6,
        facetName: "Cautiousness",
        pole: "high",
        facetScore: 20,
        percentile: 94.1,
        t: 65.6,
        organisationPercentile: null,
        talents: [{ id: "careful-decision-maker", name: "Careful decision-maker", description: "Thinks before acting." }],
        advice: { narrative: "You think things through.", helps: "Well-founded decisions.", actions: ["Set a decision deadline.", "Separate reversible decisions."], watchOut: "Weighing too long." },
        challenges: [{ challengeId: "cannot-delegate", name: "I find it hard to delegate" }],
        modules: [{ moduleId: "m1", title: "Delegating with confidence" }],
      },
    ],
    ranked: [
      { domain: "C", facet: 6, facetName: "Cautiousness", pole: "high", percentile: 94.1, isTalent: true, talents: [{ id: "careful-decision-maker", name: "Careful decision-maker", description: "x" }] },
      { domain: "E", facet: 1, facetName: "Friendliness", pole: "low", percentile: 40.2, isTalent: false, talents: [{ id: "reserved-and-discreet", name: "Reserved and discreet", description: "x" }] },
    ],
    domains: [
      {
        domain: "N",
        name: "Emotional stability",
        scientificName: "Neuroticism",
        description: "How calm you stay.",
        reversed: true,
        score: 76,
        percentile: 69.7,
        t: 55.2,
        workplacePercentile: 30.3,
        workplaceT: 44.8,
        organisationPercentile: null,
        facets: [{ facet: 1, name: "Anxiety", score: 12, percentile: 50.3, t: 50.1, organisationPercentile: null, pole: "high", isTalent: false, rank: 20, talents: [{ id: "risk-aware", name: "Risk-aware", description: "x" }] }],
      },
    ],
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
    situationFit: { monthsInRole: 92, tenure: "newcomer-challenges-despite-tenure", bestFit: [{ situation: "new-in-role", name: "New in the role" }], situations: [] },
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

    const talent = await screen.findByText("Careful decision-maker", { selector: "h4" });
    const headings = screen.getAllByRole("heading").map((h) => h.textContent);
    expect(headings[0]).toBe("My report");
    expect(headings.indexOf("Strengths")).toBeLessThan(headings.indexOf("Manager challenges"));
    expect(talent).toBeTruthy();
    expect(calls[0]?.url).toBe("/api/reports/me?lang=en");
    expect(screen.getAllByText("Not enough responses to show this group (minimum 3).")).toHaveLength(2);
    expect(screen.getByText("<b>Great</b> planner")).toBeTruthy();
    expect(screen.getByText("Percentile 94.1")).toBeTruthy();
    expect(screen.getByText("Set a decision deadline.")).toBeTruthy();
    expect(screen.getByText("I find it hard to delegate")).toBeTruthy();
    expect(screen.getByText("Delegating with confidence")).toBeTruthy();
    // workplace framing: emotional stability, reversed, with the scientific name in the detail
    expect(screen.getByText("Emotional stability", { selector: "h4" })).toBeTruthy();
    expect(screen.getByText(/In the scientific model: Neuroticism\./)).toBeTruthy();
    expect(screen.getByText("Percentile 30.3")).toBeTruthy();
    // the 360 columns name their groups; the situation explains itself against 92 months in the role
    const columns = [...document.querySelectorAll("th[scope=col]")].map((th) => th.textContent);
    expect(columns).toContain("Shown groups together (excl. self)");
    expect(columns).not.toContain("Others");
    expect(screen.getByText("In the current role for 92 months.")).toBeTruthy();
    expect(screen.getByText(/although you have held this role for 92 months/)).toBeTruthy();
    // all 30 facets on request
    expect(screen.queryByText("Reserved and discreet (close to average)")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show all 30 facets" }));
    expect(await screen.findByText("Reserved and discreet (close to average)")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to my assessments" }).getAttribute("href")).toBe("/me/assessments");
    expect(screen.getByRole("link", { name: "Download PDF" }).getAttribute("href")).toBe("/api/reports/me/pdf?lang=en");

    fireEvent.click(await screen.findByRole("switch", { name: "HR" }));
    expect(await screen.findByText("Your choice has been saved.")).toBeTruthy();
    const put = calls.find((call) => call.method === "PUT");
    expect(JSON.parse(put?.body ?? "{}")).toEqual({ mentor: true, lineManager: false, hr: true });
  }, 20_000);

  it("explains when the account has no person record", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(404, { type: "x", title: "Not found", status: 404, code: "NOT_FOUND", detail: "x" })));
    renderPage(<MyReportPage />, { route: "/me/report" });
    expect(await screen.findByText(/not linked to a person/)).toBeTruthy();
  });
});
