// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TIssue } from "../../../contracts/newsletter";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { IssueProgress } from "./issue-progress";

const operator = sessionFixture({ user: { ...sessionFixture().user, isOperator: true } });
const issue: TIssue = {
  id: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
  status: "sent",
  createdAt: "2026-11-27T10:00:00.000Z",
  updatedAt: "2026-11-27T10:00:00.000Z",
  sendStartedAt: "2026-11-27T10:05:00.000Z",
  sendFinishedAt: "2026-11-27T10:06:00.000Z",
  versions: { nl: { subject: "Eerst de sterktes", body: "x" } },
  progress: { total: 3, pending: 0, sending: 0, sent: 2, unknown: 1, failed: 0, skipped: 0 },
};
const deliveries = {
  items: [
    { id: "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", email: "an@example.be", language: "nl", status: "sent", attempts: 1, sentAt: "2026-11-27T10:05:10.000Z", lastError: null },
    { id: "3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a", email: "jan@example.be", language: "nl", status: "unknown", attempts: 1, sentAt: null, lastError: "connection closed" },
    { id: "4e5f6a7b-8c9d-4e0f-9a2b-3c4d5e6f7a8b", email: null, language: "nl", status: "sent", attempts: 1, sentAt: "2026-11-27T10:05:20.000Z", lastError: null },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("IssueProgress", () => {
  it("shows the counts, every recipient, and lets the operator resend one of unknown fate", async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) =>
      init?.method === "POST" ? jsonResponse(200, { ...issue, status: "sending", progress: { ...issue.progress, unknown: 0, pending: 1 } }) : jsonResponse(200, deliveries),
    );
    vi.stubGlobal("fetch", fetchMock);
    const onChange = vi.fn();
    renderPage(<IssueProgress issue={issue} onChange={onChange} />, { session: operator });
    expect(screen.getByRole("status").textContent).toBe("3 of 3 recipients handled");
    const table = await screen.findByRole("table");
    await within(table).findByText("jan@example.be");
    expect(within(table).getByText("(erased subscriber)")).toBeTruthy();
    expect(within(table).getAllByRole("button", { name: "Send again" })).toHaveLength(1);
    fireEvent.click(within(table).getByRole("button", { name: "Send again" }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toBe(`/api/newsletter/issues/${issue.id}/deliveries/3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a/resolve`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ resolution: "resend" });
  });
});
