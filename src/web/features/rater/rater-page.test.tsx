// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TQuestionnaire } from "../../../contracts/feedback";
import { jsonResponse, renderPage } from "../../test-utils";
import { RaterPage } from "./rater-page";

const TOKEN = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";

const questionnaire: TQuestionnaire = {
  subject: { firstName: "Ann", lastName: "Smith" },
  group: "peer",
  closesAt: "2026-04-01T15:00:00.000Z",
  language: "en",
  groupMinimum: 3,
  statements: [
    { id: "s1", challengeId: "c1", text: "This manager listens before deciding." },
    { id: "s2", challengeId: "c1", text: "This manager sets clear goals." },
  ],
  scale: ["Never", "Rarely", "Sometimes", "Often", "Always"].map((label, i) => ({ value: i + 1, label })),
  cannotJudge: "Can't judge",
  answers: {},
  comments: [],
  submittedAt: null,
};

type TCall = { url: string; method: string; body: unknown };

function server(sessionAnswer: Response) {
  const calls: TCall[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? "GET";
      calls.push({ url, method, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (url === "/api/rater/session") return sessionAnswer.clone();
      if (url.startsWith("/api/rater/questionnaire")) return jsonResponse(200, questionnaire);
      if (url === "/api/rater/submit") return jsonResponse(200, { savedAt: "2026-03-20T10:00:00.000Z", submittedAt: "2026-03-20T10:00:00.000Z" });
      return jsonResponse(200, { savedAt: "2026-03-20T10:00:00.000Z", submittedAt: null });
    }),
  );
  return calls;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

describe("RaterPage", () => {
  it("posts the link's token once, drops it from the address, and submits the answers", async () => {
    window.history.replaceState(null, "", `/rate#token=${TOKEN}`);
    const calls = server(jsonResponse(200, { ok: true }));
    renderPage(<RaterPage />, { route: "/rate", session: null });
    expect(await screen.findByRole("heading", { level: 1, name: "Feedback on Ann Smith" })).toBeTruthy();
    expect(calls.filter((c) => c.url === "/api/rater/session")).toEqual([{ url: "/api/rater/session", method: "POST", body: { token: TOKEN } }]);
    expect(window.location.hash).toBe("");
    expect(window.location.href).not.toContain(TOKEN);
    expect(screen.getAllByRole("radiogroup")).toHaveLength(2);

    fireEvent.click(screen.getAllByRole("radio", { name: "Often" })[0] as HTMLElement);
    fireEvent.click(screen.getAllByRole("radio", { name: "Can't judge" })[1] as HTMLElement);
    fireEvent.click(screen.getByRole("button", { name: "Send my feedback" }));
    expect(await screen.findByText(/Thank you for your feedback\. You can change your answers until/)).toBeTruthy();
    const submit = calls.find((c) => c.url === "/api/rater/submit");
    expect(submit?.body).toEqual({ answers: [{ id: "s1", value: 4 }, { id: "s2", value: null }], comments: [] });
  });

  it("explains an unknown, replaced or closed link without showing a form", async () => {
    window.history.replaceState(null, "", `/rate#token=${TOKEN}`);
    server(jsonResponse(400, { type: "x", title: "Invalid", status: 400, code: "INVALID_TOKEN", detail: "unknown" }));
    renderPage(<RaterPage />, { route: "/rate", session: null });
    expect(await screen.findByRole("heading", { level: 1, name: "This link does not work" })).toBeTruthy();
    expect(screen.queryByRole("radiogroup")).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe(""));
  });
});
