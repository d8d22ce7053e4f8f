// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TAssessmentItems, TMyAnswers } from "../../../contracts/assessments";
import { applyLocale } from "../../i18n";
import { jsonResponse, renderPage } from "../../test-utils";
import { answerForKey, ChallengeScanPage, StrengthsPage } from "./questionnaire-page";

const LABELS = ["Very inaccurate", "Moderately inaccurate", "Neither accurate nor inaccurate", "Moderately accurate", "Very accurate"];
const ids = Array.from({ length: 12 }, (_, i) => `item-${i + 1}`);
const ipipItems: TAssessmentItems = {
  instrument: "ipip-neo-120",
  language: "en",
  items: ids.map((id, i) => ({ id, text: `Statement number ${i + 1}` })),
  answerLabels: LABELS,
  cannotJudgeLabel: null,
};

type TCall = { url: string; method: string; body: unknown };

/** A fake API: items, my answers, autosave and complete; records every call. */
function fakeApi(items: TAssessmentItems, mine: TMyAnswers) {
  const calls: TCall[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? "GET";
      calls.push({ url, method, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (url.includes("/items")) return jsonResponse(200, items);
      if (url.startsWith("/api/assessments/me/answers/")) return jsonResponse(200, mine);
      if (method === "PUT") return jsonResponse(200, { instrument: items.instrument, status: "in_progress", answered: 1, total: 12, nextItemId: null });
      if (url.endsWith("/complete")) {
        return jsonResponse(200, { instrument: items.instrument, status: "completed", answered: 12, total: 12, nextItemId: null, completedAt: "2026-03-02T09:00:00.000Z", scores: null });
      }
      return jsonResponse(404, { type: "x", title: "Not found", status: 404, code: "NOT_FOUND", detail: "" });
    }),
  );
  return calls;
}

const inProgress = (answers: { id: string; score: number | null }[], nextItemId: string | null): TMyAnswers => ({
  instrument: "ipip-neo-120",
  status: "in_progress",
  answered: answers.length,
  total: 12,
  nextItemId,
  answers,
});

const group = (text: string) => screen.getByRole("radiogroup", { name: text });
const checked = (text: string) => within(group(text)).getAllByRole<HTMLInputElement>("radio").find((r) => r.checked)?.value;

beforeEach(async () => {
  await applyLocale("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("answerForKey", () => {
  it("maps 1–5 to answers, 0 to can't judge only where the scale has it, and ignores other keys", () => {
    expect(["1", "3", "5"].map((k) => answerForKey(k, false))).toEqual([1, 3, 5]);
    expect(answerForKey("0", true)).toBeNull();
    expect(answerForKey("0", false)).toBeUndefined();
    expect(["6", "a", "Enter", " "].map((k) => answerForKey(k, true))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("the questionnaire", () => {
  it("resumes on the page of the first unanswered item with the saved answers and the progress", async () => {
    const saved = ids.slice(0, 10).map((id, i) => ({ id, score: (i % 5) + 1 }));
    fakeApi(ipipItems, inProgress(saved, "item-11"));
    renderPage(<StrengthsPage />, { route: "/me/strengths" });
    expect(await screen.findByRole("heading", { level: 2, name: "Page 2 of 2" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByText("10 of 12 answered")).toBeTruthy();
    expect(screen.getByText(/about 15 minutes/)).toBeTruthy();
    expect(screen.queryByRole("radiogroup", { name: "Statement number 1" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    expect(checked("Statement number 1")).toBe("1");
    expect(checked("Statement number 7")).toBe("2");
  });

  it("answers the focused item with a digit, moves to the next, autosaves in one batch and finishes", async () => {
    const calls = fakeApi(ipipItems, inProgress(ids.slice(0, 10).map((id) => ({ id, score: 3 })), "item-11"));
    renderPage(<StrengthsPage />, { route: "/me/strengths" });
    await screen.findByRole("radiogroup", { name: "Statement number 11" });

    const first = within(group("Statement number 11")).getAllByRole("radio")[0] as HTMLInputElement;
    first.focus();
    fireEvent.keyDown(first, { key: "4" });
    expect(checked("Statement number 11")).toBe("4");
    expect(group("Statement number 12").contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement as Element, { key: "2" });
    fireEvent.keyDown(document.activeElement as Element, { key: "x" });
    expect(checked("Statement number 12")).toBe("2");
    expect(screen.getByText("12 of 12 answered")).toBeTruthy();
    // after the last item the focus goes to the page's main button
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Finish" }));

    await waitFor(() => expect(calls.filter((c) => c.method === "PUT")).toHaveLength(1), { timeout: 2000 });
    const put = calls.find((c) => c.method === "PUT");
    expect(put?.url).toBe("/api/assessments/ipip-neo-120/answers");
    expect(put?.body).toEqual({ answers: [{ id: "item-11", score: 4 }, { id: "item-12", score: 2 }] });

    fireEvent.click(screen.getByRole("button", { name: "Finish" }));
    await waitFor(() => expect(screen.getByTestId("elsewhere")).toBeTruthy());
    expect(calls.some((c) => c.method === "POST" && c.url === "/api/assessments/ipip-neo-120/complete")).toBe(true);
  });

  it("does not complete while items are unanswered, and points to the first one", async () => {
    const calls = fakeApi(ipipItems, inProgress(ids.slice(1, 11).map((id) => ({ id, score: 3 })), "item-1"));
    renderPage(<StrengthsPage />, { route: "/me/strengths" });
    await screen.findByRole("radiogroup", { name: "Statement number 1" });
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(screen.getByRole("button", { name: "Finish" }));
    expect(screen.getByRole("alert").textContent).toContain("Statements still without an answer: 2");
    fireEvent.click(screen.getByRole("button", { name: "Go to the first unanswered statement" }));
    expect(screen.getByRole("heading", { level: 2, name: "Page 1 of 2" })).toBeTruthy();
    expect(calls.some((c) => c.url.endsWith("/complete"))).toBe(false);
  });

  it("offers \"can't judge\" in the challenge scan: the 0 key answers it as null", async () => {
    const scanItems: TAssessmentItems = {
      instrument: "challenge-scan",
      language: "en",
      items: [
        { id: "s-1", text: "I doubt myself." },
        { id: "s-2", text: "I delegate." },
      ],
      answerLabels: ["Never", "Rarely", "Sometimes", "Often", "Always"],
      cannotJudgeLabel: "Can't judge",
    };
    const calls = fakeApi(scanItems, { instrument: "challenge-scan", status: "not_started", answered: 0, total: 2, nextItemId: "s-1", answers: [] });
    renderPage(<ChallengeScanPage />, { route: "/me/challenge-scan" });
    await screen.findByRole("radiogroup", { name: "I doubt myself." });
    const first = within(group("I doubt myself.")).getAllByRole("radio")[0] as HTMLInputElement;
    first.focus();
    fireEvent.keyDown(first, { key: "0" });
    expect(within(group("I doubt myself.")).getByRole<HTMLInputElement>("radio", { name: "0 · Can't judge" }).checked).toBe(true);
    fireEvent.click(within(group("I delegate.")).getByRole("radio", { name: "4 · Often" }));
    await waitFor(() => expect(calls.some((c) => c.method === "PUT")).toBe(true), { timeout: 2000 });
    expect(calls.find((c) => c.method === "PUT")?.body).toEqual({ answers: [{ id: "s-1", score: null }, { id: "s-2", score: 4 }] });
  });
});
