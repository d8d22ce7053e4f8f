// @vitest-environment jsdom
// The plan page's live budget and hours meter, and budget refusals in the reader's language (issue 13).
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TCommitmentLimitsView } from "../../../contracts/commitment";
import type { TMenu, TModuleSummary, TPlanView } from "../../../contracts/plans";
import { i18n } from "../../i18n";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { MyPlanPage } from "./my-plan-page";

const money = (cents: number) => ({ cents, currency: "EUR" });
const PERSON = { id: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "An Peeters", department: "Sales", language: "en" as const };
const LIMITS: TCommitmentLimitsView = { currency: "EUR", person: { budgetCents: 300_000, committedCents: 0 }, department: { name: "Sales", budgetCents: 2_000_000, committedCents: 900_000 }, limitHours: 60 };

const module = (id: string, title: string, cents: number, hours: number): TModuleSummary => ({
  id,
  title,
  description: `${title} in short`,
  format: "workshop",
  hours,
  cost: money(cents),
  provider: "Mentora",
  languages: ["en"],
  archived: false,
});
const suggestion = (rank: number, m: TModuleSummary): TMenu["menu"][number] => ({
  rank,
  module: m,
  score: 1 / rank,
  needFit: 0.5,
  talentMultiplier: 1,
  effortFactor: 1,
  situationMatch: false,
  reason: { kind: "addresses-challenge", challengeId: "setting-priorities" },
  reasonText: "tackles the challenge “find it hard to set priorities”",
});
const MENU: TMenu = {
  person: PERSON,
  language: "en",
  status: "ok",
  hasStrengths: true,
  menu: [suggestion(1, module("track", "Successor track", 200_000, 24)), suggestion(2, module("assignment", "Change project", 150_000, 40))],
  leftOut: { language: 0, format: 0, budget: 0, hours: 0, noSeats: 0, noNeed: 0, diversity: 0 },
  currency: "EUR",
  budgets: { person: { budget: money(300_000), spent: money(0), left: money(300_000), overBy: money(0), withinBudget: true }, department: null, fits: true },
  challenges: [{ id: "setting-priorities", name: "Find it hard to set priorities", measured: true }],
};
const VIEW: TPlanView = {
  person: PERSON,
  viewer: "owner",
  currency: "EUR",
  plan: null,
  budgets: MENU.budgets,
  limits: LIMITS,
  comparison: null,
  actions: { edit: true, submit: false, approve: false, requestChanges: false, comment: false },
};

function server(routes: Record<string, () => Response>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const handler = routes[`${init?.method ?? "GET"} ${url.split("?")[0]}`];
    return handler ? handler() : jsonResponse(404, { type: "x", title: "Not found", status: 404, code: "NOT_FOUND", detail: url });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const session = () => {
  const base = sessionFixture();
  const organisation = { ...base.organisations[0]!, roles: ["manager" as const], personId: PERSON.id };
  return sessionFixture({ organisations: [organisation], currentOrganisation: organisation });
};

async function fillGoal() {
  fireEvent.change(screen.getByLabelText(/^Challenge/), { target: { value: "setting-priorities" } });
  fireEvent.change(screen.getByLabelText(/^Goal/), { target: { value: "Three priorities every Monday" } });
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
  vi.unstubAllGlobals();
});

describe("the plan page's budget and hours meter", () => {
  it("updates as modules are ticked and explains why submitting is not possible over a limit", async () => {
    server({ "GET /api/me/plan/menu": () => jsonResponse(200, MENU), "GET /api/me/plan": () => jsonResponse(200, VIEW) });
    renderPage(<MyPlanPage />, { route: "/me/plan", session: session() });
    const meter = await screen.findByRole("region", { name: "Budget and hours" });
    expect(within(meter).getByText("€0.00 of €3,000.00 used · €3,000.00 left")).toBeTruthy();
    expect(within(meter).getByText("€9,000.00 of €20,000.00 used (colleagues €9,000.00, this plan €0.00) · €11,000.00 left")).toBeTruthy();
    expect(within(meter).getByText("0 of 60 hours · 60 left")).toBeTruthy();
    await fillGoal();
    const submit = screen.getByRole("button", { name: "Submit for approval" }) as HTMLButtonElement;

    fireEvent.click(screen.getByRole("checkbox", { name: "Successor track" }));
    expect(within(meter).getByText("€2,000.00 of €3,000.00 used · €1,000.00 left")).toBeTruthy();
    expect(within(meter).getByText("24 of 60 hours · 36 left")).toBeTruthy();
    expect(submit.disabled).toBe(false);
    expect(submit.getAttribute("aria-describedby")).toBeNull();

    fireEvent.click(screen.getByRole("checkbox", { name: "Change project" }));
    expect(within(meter).getByText("€3,500.00 of €3,000.00 used · €0.00 left")).toBeTruthy();
    expect(within(meter).getByText("Over by €500.00")).toBeTruthy();
    expect(within(meter).getByText("Over the limit by 4 hours")).toBeTruthy();
    expect(submit.disabled).toBe(true);
    const why = document.getElementById(submit.getAttribute("aria-describedby") ?? "") as HTMLElement;
    expect(within(why).getByText("64 hours go over the limit of 60 hours per person by 4.")).toBeTruthy();
    expect(within(why).getByText("This goes over the personal budget of €3,000.00 by €500.00 (€3,500.00 in total).")).toBeTruthy();
    for (const m of screen.getAllByRole("meter")) expect(m.getAttribute("aria-labelledby")).toBeTruthy();

    fireEvent.click(screen.getByRole("checkbox", { name: "Successor track" }));
    expect(submit.disabled).toBe(false);
  }, 30_000);

  it("shows the server's budget refusal in the reader's language and money format, never the generic conflict text", async () => {
    const refusal = { code: "over_department_budget", currency: "EUR", budgetCents: 1_000_000, spentCents: 1_072_000, overByCents: 72_000, hours: 24, limitHours: 60, overByHours: 0, department: "Verkoop", moduleId: null };
    const saved: TPlanView = { ...VIEW, plan: null };
    server({
      "GET /api/me/plan/menu": () => jsonResponse(200, MENU),
      "GET /api/me/plan": () => jsonResponse(200, saved),
      "PUT /api/me/plan": () => jsonResponse(200, saved),
      "POST /api/me/plan/submit": () =>
        jsonResponse(
          409,
          { type: "https://sterk.app/problems/conflict", title: "Conflict", status: 409, code: "CONFLICT", detail: "refused: it goes over the department budget", field: "moduleIds", refusals: [refusal] },
          "application/problem+json",
        ),
    });
    renderPage(<MyPlanPage />, { route: "/me/plan", session: session() });
    await act(async () => {
      await i18n.changeLanguage("nl");
    });
    await screen.findByRole("region", { name: "Budget en uren" });
    fireEvent.click(screen.getByRole("checkbox", { name: "Successor track" }));
    fireEvent.change(screen.getByLabelText(/^Uitdaging/), { target: { value: "setting-priorities" } });
    fireEvent.change(screen.getByLabelText(/^Doel/), { target: { value: "Drie prioriteiten elke maandag" } });
    fireEvent.click(screen.getByRole("button", { name: "Indienen ter goedkeuring" }));
    const alert = await screen.findByRole("alert");
    // Intl separates the euro sign with a no-break space
    expect(alert.textContent?.replace(/\u00a0/g, " ")).toContain("Dit gaat € 720,00 over het budget van de afdeling Verkoop (€ 10.000,00; € 10.720,00 in totaal, collega's inbegrepen).");
    expect(alert.textContent).not.toMatch(/conflict|strijd|in gebruik/i);
  }, 30_000);
});
