// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "../../test-utils";
import { estimatesInput, MyEstimatesPage, parsePct } from "./my-estimates-page";

const PROGRAMME = "1a2b3c4d-0000-4000-8000-000000000001";
const ABSENCE = "1a2b3c4d-0000-4000-8000-0000000000d1";
const ERRORS = "1a2b3c4d-0000-4000-8000-0000000000d2";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("parsePct", () => {
  it.each([
    ["60", 60],
    ["0", 0],
    ["100", 100],
    ["62,5", 62.5],
    ["101", null],
    ["-5", null],
    ["", null],
    ["abc", null],
  ])("%j -> %s", (text, value) => {
    expect(parsePct(text)).toBe(value);
  });
});

describe("estimatesInput", () => {
  const empty = { amount: "", contribution: "", confidence: "", comment: "" };
  it("sends filled rows in cents, skips blank ones, and reports the wrong fields per measure", () => {
    const ok = estimatesInput([ABSENCE, ERRORS], { [ABSENCE]: { amount: "12 000,50", contribution: "60", confidence: "80", comment: " fewer absences " }, [ERRORS]: empty });
    expect(ok).toEqual({ estimates: [{ measureId: ABSENCE, annualValueCents: 1_200_050, contributionPct: 60, confidencePct: 80, comment: "fewer absences" }], errors: {} });
    const bad = estimatesInput([ABSENCE], { [ABSENCE]: { amount: "-3", contribution: "150", confidence: "80", comment: "" } });
    expect(bad).toEqual({ estimates: [], errors: { [ABSENCE]: ["amount", "contribution"] } });
  });
});

describe("MyEstimatesPage", { timeout: 20_000 }, () => {
  it("explains each figure and sends the participant's estimates", async () => {
    const mine = {
      programmes: [
        {
          programmeId: PROGRAMME,
          name: "Leadership 2026",
          currency: "EUR",
          measures: [
            { id: ABSENCE, name: "Days absent", unit: "days" },
            { id: ERRORS, name: "Errors", unit: "" },
          ],
          answers: [{ measureId: ERRORS, annualValueCents: 50_000, contributionPct: 40, confidencePct: 50 }],
        },
      ],
    };
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => jsonResponse(200, init?.method === "PUT" ? mine : mine));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<MyEstimatesPage />, { route: "/me/estimates" });
    expect(await screen.findByRole("heading", { level: 1, name: "Programme follow-up" })).toBeTruthy();
    expect(screen.getByText(/Contribution: the share of that improvement due to the programme/)).toBeTruthy();
    expect(await screen.findByRole("group", { name: "Days absent (days)" })).toBeTruthy();
    const amounts = screen.getAllByRole("textbox", { name: "Yearly improvement (EUR)" });
    expect((amounts[1] as HTMLInputElement).value).toBe("500.00");
    fireEvent.change(amounts[0]!, { target: { value: "9000" } });
    fireEvent.change(screen.getAllByRole("textbox", { name: "Contribution of the programme (%)" })[0]!, { target: { value: "50" } });
    fireEvent.change(screen.getAllByRole("textbox", { name: "Your confidence (%)" })[0]!, { target: { value: "70" } });
    fireEvent.click(screen.getByRole("button", { name: "Send my estimates" }));
    expect(await screen.findByText("Your estimates were saved. Thank you.")).toBeTruthy();
    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === "PUT") as [string, RequestInit];
    expect(url).toBe(`/api/me/estimates/${PROGRAMME}`);
    expect(JSON.parse(String(init.body))).toEqual({
      estimates: [
        { measureId: ABSENCE, annualValueCents: 900_000, contributionPct: 50, confidencePct: 70 },
        { measureId: ERRORS, annualValueCents: 50_000, contributionPct: 40, confidencePct: 50 },
      ],
    });
  }, 20_000);

  it("refuses a percentage over 100 without sending", async () => {
    const mine = { programmes: [{ programmeId: PROGRAMME, name: "P", currency: "EUR", measures: [{ id: ABSENCE, name: "Days absent", unit: "" }], answers: [] }] };
    const fetchMock = vi.fn(async () => jsonResponse(200, mine));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<MyEstimatesPage />, { route: "/me/estimates" });
    fireEvent.change(await screen.findByRole("textbox", { name: "Yearly improvement (EUR)" }), { target: { value: "100" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Contribution of the programme (%)" }), { target: { value: "120" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Your confidence (%)" }), { target: { value: "50" } });
    fireEvent.click(screen.getByRole("button", { name: "Send my estimates" }));
    await waitFor(() => expect(screen.getByText("Enter a percentage from 0 to 100.")).toBeTruthy());
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
