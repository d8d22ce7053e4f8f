// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "../../test-utils";
import { measureInput, MeasuresPage } from "./measures-page";

const ABSENCE = "1a2b3c4d-0000-4000-8000-0000000000d1";
const measure = { id: ABSENCE, name: "Days absent", unit: "days", direction: "lower_is_better", unitValueCents: 30_000, unitValueSource: "Finance 2026", periodsPerYear: 12, archived: false, values: 240 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("measureInput", () => {
  it("turns the unit value into cents and names each invalid field", () => {
    expect(measureInput({ name: " Errors ", unit: "", direction: "lower_is_better", unitValue: "45,50", unitValueSource: "Quality dept", periodsPerYear: "12" }).input).toEqual({
      name: "Errors",
      unit: "",
      direction: "lower_is_better",
      unitValueCents: 4_550,
      unitValueSource: "Quality dept",
      periodsPerYear: 12,
    });
    expect(measureInput({ name: "", unit: "", direction: "higher_is_better", unitValue: "-1", unitValueSource: " ", periodsPerYear: "0" })).toEqual({
      input: null,
      errors: { name: true, unitValue: true, unitValueSource: true, periodsPerYear: true },
    });
  });
});

describe("MeasuresPage", { timeout: 20_000 }, () => {
  it("lists the measures and edits one", async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => jsonResponse(200, init?.method === "PUT" ? measure : { measures: [measure] }));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<MeasuresPage />, { route: "/evaluation/measures" });
    const table = await screen.findByRole("table", { name: "Business measures" });
    const row = within(table).getByRole("rowheader", { name: /Days absent/ }).closest("tr");
    expect(row?.textContent).toContain("Finance 2026");
    expect(row?.textContent).toContain("Lower is better");
    fireEvent.click(screen.getByRole("button", { name: "Edit Days absent" }));
    const value = screen.getByRole("textbox", { name: "Value of one unit" }) as HTMLInputElement;
    expect(value.value).toBe("300.00");
    fireEvent.change(value, { target: { value: "320" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, i]) => i?.method === "PUT")).toBe(true));
    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === "PUT") as [string, RequestInit];
    expect(url).toBe(`/api/measures/${ABSENCE}`);
    expect(JSON.parse(String(init.body))).toMatchObject({ unitValueCents: 32_000, unitValueSource: "Finance 2026", periodsPerYear: 12 });
  }, 20_000);
});
