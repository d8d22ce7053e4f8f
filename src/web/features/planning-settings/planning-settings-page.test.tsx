// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TPlanningSettings } from "../../../contracts/catalogue";
import { jsonResponse, renderPage } from "../../test-utils";
import { PlanningSettingsPage, settingsInputFrom } from "./planning-settings-page";

const settings: TPlanningSettings = {
  currency: "EUR",
  defaultPersonBudgetCents: 150_000,
  maxHoursPerPerson: null,
  standardModuleIds: [],
  departmentBudgets: [{ department: "Sales", budgetCents: 2_000_000 }],
  personBudgets: [],
  departments: ["Brewing", "Sales"],
};

function server() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === "PUT") {
      const body = JSON.parse(String(init.body));
      if (url.startsWith("/api/planning/budgets/departments/")) {
        return jsonResponse(200, { ...settings, departmentBudgets: [...settings.departmentBudgets, { department: "Brewing", budgetCents: body.budgetCents }] });
      }
      return jsonResponse(200, { ...settings, ...body });
    }
    if (url === "/api/planning/settings") return jsonResponse(200, settings);
    if (url.startsWith("/api/catalogue")) return jsonResponse(200, { items: [] });
    return jsonResponse(200, { total: 0, items: [] });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const puts = (fetchMock: ReturnType<typeof server>) => fetchMock.mock.calls.filter(([, init]) => init?.method === "PUT");

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("PlanningSettingsPage", { timeout: 20_000 }, () => {
  it("saves the default budget typed in euros as exact cents and an empty hour limit as none", async () => {
    const fetchMock = server();
    renderPage(<PlanningSettingsPage />, { route: "/planning/settings" });
    const budget = await screen.findByLabelText("Default budget per person (EUR)");
    expect((budget as HTMLInputElement).value).toBe("1500.00");
    fireEvent.change(budget, { target: { value: "1.999,99" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
    const [url, init] = puts(fetchMock)[0] ?? [];
    expect(url).toBe("/api/planning/settings");
    expect(JSON.parse(String(init?.body))).toEqual({ currency: "EUR", defaultPersonBudgetCents: 199_999, maxHoursPerPerson: null, standardModuleIds: [] });
    expect(await screen.findByText("The settings have been saved.")).toBeTruthy();
  });

  it("sets a department's budget in cents", async () => {
    const fetchMock = server();
    renderPage(<PlanningSettingsPage />, { route: "/planning/settings" });
    fireEvent.change(await screen.findByLabelText("Budget for Brewing (EUR)"), { target: { value: "2500,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the budget for Brewing" }));
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
    const [url, init] = puts(fetchMock)[0] ?? [];
    expect(url).toBe("/api/planning/budgets/departments/Brewing");
    expect(JSON.parse(String(init?.body))).toEqual({ budgetCents: 250_050 });
  });
});

describe("settingsInputFrom", () => {
  it("names malformed fields and sends nothing", () => {
    expect(settingsInputFrom({ currency: "euro", defaultBudget: "-3", maxHours: "0", standardModuleIds: [] })).toEqual({
      input: null,
      errors: { currency: "invalid", defaultPersonBudgetCents: "invalid", maxHoursPerPerson: "invalid" },
    });
  });
});
