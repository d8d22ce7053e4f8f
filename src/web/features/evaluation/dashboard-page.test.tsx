// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { EvaluationPage, focusProgramme } from "./dashboard-page";
import { COMPARISON, dashboardFixture, evaluationView, PERSONALISED, STANDARD } from "./test-fixtures";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function serve(dashboard = dashboardFixture()) {
  const fetchMock = vi.fn(async (url: string) => {
    if (url === "/api/evaluation/dashboard") return jsonResponse(200, dashboard);
    if (url.startsWith("/api/programmes/") && url.includes("/evaluation")) return jsonResponse(200, evaluationView());
    return jsonResponse(404, { code: "NOT_FOUND", title: "NOT_FOUND", detail: "", status: 404 }, "application/problem+json");
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const executive = () => {
  const s = sessionFixture();
  const member = { ...s.organisations[0]!, roles: ["executive" as const] };
  return { ...s, organisations: [member], currentOrganisation: member };
};

describe("EvaluationPage", { timeout: 20_000 }, () => {
  it("shows every ROI with its interval, named for assistive technology", async () => {
    serve();
    renderPage(<EvaluationPage />, { route: "/evaluation" });
    expect(await screen.findByRole("heading", { level: 1, name: "Evaluation and ROI" })).toBeTruthy();
    const roi = await screen.findByRole("definition", { name: /^ROI, Personalised — Leaders à la carte \(Leadership 2026\): 127 % \(90 % interval: 109 % … 162 %\)$/ });
    expect(roi.textContent).toContain("127 %");
    expect(roi.textContent).toContain("90 % interval: 109 % … 162 %");
    const standard = screen.getByRole("definition", { name: /^ROI, Standard — Leaders standard/ });
    expect(standard.textContent).toContain("-42 %");
    expect(standard.textContent).toContain("90 % interval:");
    // the comparison group has no ROI of its own and says why
    expect(screen.getByText(/Comparison group Not enrolled: 6 people, not enrolled/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it("opens the explanation of one ROI: isolation method, steps, ROI computation and interval", async () => {
    serve();
    renderPage(<EvaluationPage />, { route: "/evaluation" });
    const button = await screen.findByRole("button", { name: "How was this computed? Personalised — Leaders à la carte (Leadership 2026)" });
    fireEvent.click(button);
    const dialog = await screen.findByRole("dialog", { name: /How it was computed: Personalised — Leaders à la carte/ });
    await waitFor(() => expect(within(dialog).getByText(/Days absent: comparison group \(difference in differences\)/)).toBeTruthy());
    expect(within(dialog).getByRole("heading", { name: "The ROI computation" })).toBeTruthy();
    expect(within(dialog).getAllByText(/Cost line 1/).length).toBeGreaterThan(0);
    expect(within(dialog).getByText(/resampled 500 times \(6 participants/)).toBeTruthy();
  });

  it("draws the thesis and the funnel with their figures as tables", async () => {
    serve();
    renderPage(<EvaluationPage />, { route: "/evaluation" });
    const thesis = await screen.findByRole("table", { name: "Personalised against standard: figures" });
    const roiRow = within(thesis).getByRole("rowheader", { name: "ROI %" }).closest("tr");
    expect(roiRow?.textContent).toMatch(/127 % \(109 % … 162 %\)/);
    const l3Row = within(thesis).getByRole("rowheader", { name: "L3 application effect" }).closest("tr");
    expect(l3Row?.textContent).toContain("not available");
    const funnel = screen.getByRole("table", { name: "Participants with data per level" });
    const l1 = within(funnel).getByRole("rowheader", { name: "L1 reaction" }).closest("tr");
    expect(l1?.textContent).toBe("L1 reaction50");
    expect(screen.getByRole("img", { name: /ROI and effect sizes, personalised against standard/ })).toBeTruthy();
  });

  it("shows an executive the cohorts too small to report, without figures or a way to create programmes", async () => {
    const dashboard = dashboardFixture();
    const programme = dashboard.programmes[0]!;
    programme.cohortsFigures = programme.cohortsFigures.filter((c) => c.cohortId !== STANDARD);
    programme.cohorts = programme.cohorts.map((c) => (c.id === STANDARD ? { ...c, members: 4 } : c));
    programme.tooSmall = [STANDARD];
    serve(dashboard);
    renderPage(<EvaluationPage />, { route: "/evaluation", session: executive() });
    expect(await screen.findByText(/Standard — Leaders standard: 4 participants, too few to report/)).toBeTruthy();
    expect(screen.queryByRole("definition", { name: /^ROI, Standard/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Create a programme" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Business measures" })).toBeNull();
  });

  it("says why a figure is missing instead of showing a number", async () => {
    const dashboard = dashboardFixture();
    const figures = dashboard.programmes[0]!.cohortsFigures.find((c) => c.cohortId === PERSONALISED)!;
    Object.assign(figures, { costsCents: 0, roiPct: null, bcr: null, roiInterval: null });
    serve(dashboard);
    renderPage(<EvaluationPage />, { route: "/evaluation" });
    const roi = await screen.findByRole("definition", { name: /^ROI, Personalised — Leaders à la carte \(Leadership 2026\): not available$/ });
    expect(roi.textContent).toContain("Undefined: no costs are recorded.");
  });

  it("lets HR create a programme and opens it", async () => {
    const fetchMock = serve();
    fetchMock.mockImplementationOnce(async () => jsonResponse(200, dashboardFixture()));
    renderPage(<EvaluationPage />, { route: "/evaluation" });
    fireEvent.click(await screen.findByRole("button", { name: "Create a programme" }));
    fetchMock.mockImplementation(async (url: string) =>
      url === "/api/programmes" ? jsonResponse(201, { id: "9a2b3c4d-0000-4000-8000-000000000009" }) : jsonResponse(200, evaluationView()),
    );
    fireEvent.change(screen.getByRole("textbox", { name: "Name" }), { target: { value: "Coaching pilot" } });
    fireEvent.click(screen.getByRole("button", { name: "Create the programme" }));
    await waitFor(() => expect(screen.getByTestId("elsewhere")).toBeTruthy());
    const post = fetchMock.mock.calls.find(([url]) => url === "/api/programmes") as unknown as [string, RequestInit];
    const body = JSON.parse(String(post[1].body)) as Record<string, unknown>;
    expect(body).toMatchObject({ name: "Coaching pilot", currency: "EUR", status: "planned", confidencePct: 90, intangibles: [] });
    expect(body.baselineFrom).toMatch(/^\d{4}-\d{2}$/);
  });
});

describe("focusProgramme", () => {
  it("prefers the newest completed programme with both a personalised and a standard cohort", () => {
    const base = dashboardFixture().programmes[0]!;
    const older = { ...base, id: "a", endsOn: "2025-06-30" };
    const newerWithoutStandard = { ...base, id: "b", endsOn: "2026-12-31", cohorts: base.cohorts.filter((c) => c.id !== STANDARD && c.id !== COMPARISON) };
    const running = { ...base, id: "c", status: "running" as const, endsOn: "2027-01-31" };
    expect(focusProgramme([older, newerWithoutStandard, running])).toBe("a");
    expect(focusProgramme([])).toBeNull();
  });
});
