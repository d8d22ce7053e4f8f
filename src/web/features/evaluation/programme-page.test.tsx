// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { ProgrammePage } from "./programme-page";
import { evaluationView, PERSONALISED, PROGRAMME_ID, programmeFixture, STANDARD } from "./test-fixtures";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function serve(view = evaluationView()) {
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
    if (url === `/api/programmes/${PROGRAMME_ID}`) return jsonResponse(200, programmeFixture());
    if (url.startsWith(`/api/programmes/${PROGRAMME_ID}/evaluation`)) return jsonResponse(200, view);
    if (url.startsWith("/api/measures")) return jsonResponse(200, { measures: [] });
    return jsonResponse(200, programmeFixture());
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const route = `/evaluation/programmes/${PROGRAMME_ID}`;
const executive = () => {
  const s = sessionFixture();
  const member = { ...s.organisations[0]!, roles: ["executive" as const] };
  return { ...s, organisations: [member], currentOrganisation: member };
};

describe("ProgrammePage", { timeout: 20_000 }, () => {
  it("shows each cohort's results: levels, L4 per measure with its method, costs, ROI with interval, intangibles", async () => {
    const fetchMock = serve();
    renderPage(<ProgrammePage />, { route, path: "/evaluation/programmes/:id" });
    expect(await screen.findByRole("heading", { level: 1, name: "Leadership 2026" })).toBeTruthy();
    const roi = await screen.findByRole("definition", { name: /^ROI, Personalised — Leaders à la carte \(Leadership 2026\): 127 % \(90 % interval: 109 % … 162 %\)$/ });
    expect(roi).toBeTruthy();
    const l4 = screen.getByRole("table", { name: "Business results (L4) of Leaders à la carte" });
    const absence = within(l4).getByRole("rowheader", { name: "Days absent" }).closest("tr");
    expect(absence?.textContent).toContain("comparison group (difference in differences)");
    const levels = screen.getByRole("table", { name: "Levels 1 to 3 of Leaders à la carte" });
    expect(within(levels).getByRole("rowheader", { name: "L1 reaction surveys" }).closest("tr")?.textContent).toContain("83 %");
    expect(within(levels).getByRole("rowheader", { name: "L3 application (360 feedback or goals)" }).closest("tr")?.textContent).toContain("No data yet.");
    const costs = screen.getByRole("table", { name: "Costs of Leaders à la carte by category" });
    expect(within(costs).getByRole("rowheader", { name: /Programme design/ }).textContent).toContain("share of a shared cost");
    expect(screen.getByText("Stronger team climate")).toBeTruthy();
    expect(screen.getByText("(not monetised)")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Executive summary (PDF)" }).getAttribute("href")).toBe(`/api/programmes/${PROGRAMME_ID}/summary.pdf?locale=en`);
    expect(fetchMock.mock.calls.some(([url]) => url === `/api/programmes/${PROGRAMME_ID}/evaluation?locale=en`)).toBe(true);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it("recomputes on request", async () => {
    const fetchMock = serve();
    renderPage(<ProgrammePage />, { route, path: "/evaluation/programmes/:id" });
    await screen.findByText(/^Computed on/);
    fireEvent.click(screen.getByRole("button", { name: "Compute again" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === `/api/programmes/${PROGRAMME_ID}/evaluation?locale=en&fresh=1`)).toBe(true));
  });

  it("shows an executive the results only, a small cohort as too small and without figures", async () => {
    const view = evaluationView();
    view.evaluation.cohorts = view.evaluation.cohorts.map((c) =>
      c.cohortId === STANDARD ? { cohortId: c.cohortId, kind: c.kind, participants: 4, tooSmall: true, l1: null, l2: null, l3: null, l4: null, costs: null, benefitsCents: null, roi: null, interval: null, steps: [] } : c,
    );
    view.evaluation.personalisedVsStandard = null;
    view.tooSmall = [STANDARD];
    serve(view);
    renderPage(<ProgrammePage />, { route, path: "/evaluation/programmes/:id", session: executive() });
    expect(await screen.findByText(/Standard — Leaders standard: 4 participants, too few to report/)).toBeTruthy();
    expect(screen.getByRole("definition", { name: /^ROI, Personalised/ })).toBeTruthy();
    expect(screen.queryByRole("definition", { name: /^ROI, Standard/ })).toBeNull();
    expect(screen.queryByRole("tab", { name: "Setup" })).toBeNull();
  });

  it("lets HR change the programme's fields in the setup tab", async () => {
    const fetchMock = serve();
    renderPage(<ProgrammePage />, { route, path: "/evaluation/programmes/:id" });
    fireEvent.click(await screen.findByRole("tab", { name: "Setup" }));
    const name = await screen.findByRole("textbox", { name: "Name" });
    fireEvent.change(name, { target: { value: "Leadership 2026 (revised)" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Intangible benefits" }), { target: { value: "Stronger team climate\n\n Fewer conflicts " } });
    fireEvent.click(within(screen.getByRole("region", { name: "Programme" })).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(true));
    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === "PUT") as [string, RequestInit];
    expect(url).toBe(`/api/programmes/${PROGRAMME_ID}`);
    expect(JSON.parse(String(init.body))).toMatchObject({ name: "Leadership 2026 (revised)", intangibles: ["Stronger team climate", "Fewer conflicts"], baselineFrom: "2025-10" });
    expect((init.headers as Record<string, string>)["X-CSRF-Token"]).toBe("csrf-test-token");
  }, 20_000);

  it("opens the explanation of a cohort without another request", async () => {
    const fetchMock = serve();
    renderPage(<ProgrammePage />, { route, path: "/evaluation/programmes/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "How was this computed? Personalised — Leaders à la carte (Leadership 2026)" }));
    const calls = fetchMock.mock.calls.length;
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getAllByText(/Programme design/).length).toBeGreaterThan(0);
    expect(fetchMock.mock.calls.length).toBe(calls);
    expect(PERSONALISED).toBeTruthy();
  });
});
