// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TMyAssessments } from "../../../contracts/assessments";
import { applyLocale } from "../../i18n";
import { jsonResponse, renderPage } from "../../test-utils";
import { AssessmentsPage } from "./assessments-page";

const mine: TMyAssessments = {
  assessments: [
    { instrument: "ipip-neo-120", status: "in_progress", answered: 30, total: 120, nextItemId: "x", completedAt: null, scores: null },
    {
      instrument: "challenge-scan",
      status: "completed",
      answered: 58,
      total: 58,
      nextItemId: null,
      completedAt: "2026-03-02T09:00:00.000Z",
      scores: { challenges: [{ challengeId: "lack-self-confidence", situation: "new-in-role", score: 2.5 }] },
    },
  ],
};

beforeEach(async () => {
  await applyLocale("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("AssessmentsPage", () => {
  it("shows each instrument's state with the way forward, and retakes a completed one", async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) =>
      init?.method === "POST"
        ? jsonResponse(200, { instrument: "challenge-scan", status: "in_progress", answered: 0, total: 58, nextItemId: "a" })
        : url === "/api/assessments/me"
          ? jsonResponse(200, mine)
          : jsonResponse(404, {}),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<AssessmentsPage />, { route: "/me/assessments" });
    const strengths = await screen.findByRole("region", { name: "Strengths questionnaire" });
    expect(within(strengths).getByText("In progress")).toBeTruthy();
    expect(within(strengths).getByText("30 of 120 answered")).toBeTruthy();
    expect(within(strengths).getByRole("link", { name: "Resume" }).getAttribute("href")).toBe("/me/strengths");
    const scan = screen.getByRole("region", { name: "Manager challenge scan" });
    expect(within(scan).getByText("Completed")).toBeTruthy();
    expect(screen.getByRole("link", { name: "See my report" }).getAttribute("href")).toBe("/me/report");

    fireEvent.click(within(scan).getByRole("button", { name: "Take it again" }));
    await waitFor(() => expect(screen.getByTestId("elsewhere")).toBeTruthy());
    expect(fetchMock.mock.calls.some(([url, init]) => url === "/api/assessments/challenge-scan/retake" && init?.method === "POST")).toBe(true);
  });
});
