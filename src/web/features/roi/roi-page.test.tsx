// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "../../test-utils";
import { RoiPage } from "./roi-page";
import { formatMoneyUnits, formatNumberOrNull, parseWorksheetText } from "./roi-format";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("roi-format", () => {
  it("reads JSON (with a byte-order mark) and refuses anything else", () => {
    expect(parseWorksheetText('\uFEFF{"currency":"EUR"}')).toEqual({ ok: true, value: { currency: "EUR" } });
    expect(parseWorksheetText("currency: EUR")).toEqual({ ok: false });
  });
  it("never formats an undefined figure", () => {
    expect(formatNumberOrNull(null, "en", 1)).toBeNull();
    expect(formatNumberOrNull(Number.NaN, "en", 1)).toBeNull();
    expect(formatMoneyUnits(Number.POSITIVE_INFINITY, "EUR", "en")).toBeNull();
    expect(formatMoneyUnits(1234.5, "USD", "en")).toBe("US$1,234.50");
    expect(formatMoneyUnits(1234.5, "points", "en")).toBe("1,234.5 points");
  });
});

const result = {
  locale: "en",
  outputs: [
    { id: "case-1", total_costs: 80_000, total_benefits: 240_000, net_benefits: 160_000, roi_pct: 200, bcr: 3, payback_months: 4, warnings: [] },
    { id: null, total_costs: null, total_benefits: 1000, net_benefits: null, roi_pct: null, bcr: null, payback_months: null, warnings: ["no costs given"] },
  ],
  explanations: [
    { id: "case-1", currency: "EUR", steps: ["Cost line 1: €80,000 counted in full."], warnings: [], principles: ["Principle 10: fully load all costs"] },
    { id: null, currency: null, steps: [], warnings: ["Costs are unknown: no ROI is shown."], principles: [] },
  ],
};

describe("RoiPage", { timeout: 20_000 }, () => {
  it("uploads a worksheets file, shows the results with their explanation and offers them as JSON", async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, result));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<RoiPage />, { route: "/roi" });
    const worksheets = [{ currency: "EUR", cost_items: [{ name: "all", amount: 80_000 }], total_benefits_given: 240_000 }, { total_benefits_given: 1000 }];
    const file = new File([JSON.stringify(worksheets)], "cases.json", { type: "application/json" });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    fireEvent.change(input!, { target: { files: [file] } });
    fireEvent.click(await screen.findByRole("button", { name: "Compute" }));
    const table = await screen.findByRole("table", { name: "ROI per worksheet" });
    const first = within(table).getByRole("rowheader", { name: "case-1" }).closest("tr");
    expect(first?.textContent).toContain("200 %");
    expect(first?.textContent).toContain("4 months");
    const second = within(table).getByRole("rowheader", { name: "Worksheet 2" }).closest("tr");
    expect(second?.textContent).toContain("— (undefined)");
    expect(second?.textContent).not.toMatch(/NaN|Infinity/);
    expect(screen.getByText("Cost line 1: €80,000 counted in full.")).toBeTruthy();
    expect(screen.getByText("Principle 10: fully load all costs")).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("/api/roi/compute?locale=en");
    expect(JSON.parse(String(init.body))).toEqual(worksheets);
    expect(screen.getByRole("button", { name: "Download the results (JSON)" })).toBeTruthy();
  });

  it("says which field is wrong when the server refuses the file", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(400, { type: "about:blank", code: "VALIDATION", title: "Invalid", detail: "benefit_items[0].unit_value must be a number", field: "benefit_items[0].unit_value", status: 400 }, "application/problem+json")));
    renderPage(<RoiPage />, { route: "/roi" });
    const file = new File(['{"benefit_items":[{"unit_value":"x"}]}'], "bad.json", { type: "application/json" });
    fireEvent.change(document.querySelector<HTMLInputElement>('input[type="file"]')!, { target: { files: [file] } });
    fireEvent.click(await screen.findByRole("button", { name: "Compute" }));
    await waitFor(() => expect(screen.getByText("Field: benefit_items[0].unit_value")).toBeTruthy());
  });

  it("refuses a file that is not JSON without calling the server", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<RoiPage />, { route: "/roi" });
    fireEvent.change(document.querySelector<HTMLInputElement>('input[type="file"]')!, { target: { files: [new File(["not json"], "x.json")] } });
    fireEvent.click(await screen.findByRole("button", { name: "Compute" }));
    expect(await screen.findByText("The file is not valid JSON.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
