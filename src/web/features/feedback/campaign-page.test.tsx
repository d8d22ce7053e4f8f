// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TCampaign } from "../../../contracts/feedback";
import { jsonResponse, renderPage } from "../../test-utils";
import { FeedbackCampaignPage } from "./campaign-page";

const id = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const none = { editNominees: false, submit: false, approve: false, launch: false, remind: false, close: false, cancel: false };
const base: TCampaign = {
  id,
  subject: { personId: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", firstName: "Ann", lastName: "Smith" },
  status: "awaiting_approval",
  closesAt: "2026-04-01T15:00:00.000Z",
  createdAt: "2026-03-01T15:00:00.000Z",
  openedAt: null,
  closedAt: null,
  approvalComment: null,
  nominees: [
    { id: "2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", group: "peer", name: "Piet Peer", email: "piet@x.test", language: "nl", personId: null, external: true, problem: null },
    { id: "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", group: "direct_report", name: "Rik Report", email: "rik@x.test", language: "nl", personId: "4a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", external: false, problem: "not_a_direct_report" },
  ],
  completion: null,
  actions: { ...none, approve: true },
};

function server(campaign: TCampaign, after?: TCampaign) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => jsonResponse(200, init?.method === "POST" && after ? after : campaign));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("FeedbackCampaignPage", () => {
  it("lets the approver check the nominees and ask for changes only with a comment", async () => {
    const fetchMock = server(base, { ...base, status: "nominating", approvalComment: "Add Sales", actions: none });
    renderPage(<FeedbackCampaignPage />, { route: `/feedback/${id}`, path: "/feedback/:id" });
    expect(await screen.findByRole("heading", { level: 1, name: "360° feedback on Ann Smith" })).toBeTruthy();
    expect(screen.getByText("Piet Peer")).toBeTruthy();
    // the approver sees who is outside the directory and which rows the rules refuse
    expect(screen.getByRole("row", { name: /Piet Peer/ }).textContent).toContain("External");
    expect(screen.getByRole("row", { name: /Rik Report/ }).textContent).toContain("Does not report to the person");
    expect(screen.getByRole("row", { name: /Rik Report/ }).textContent).not.toContain("External");
    expect(screen.getByText(/Raters marked external are not in the organisation's directory/)).toBeTruthy();
    const ask = screen.getByRole("button", { name: "Ask for changes" }) as HTMLButtonElement;
    expect(ask.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Comment for the person/), { target: { value: "Add Sales" } });
    fireEvent.click(ask);
    await waitFor(() => expect(screen.getByText("The nominations were sent back with your comment.")).toBeTruthy());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toBe(`/api/feedback/campaigns/${id}/request-changes`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ comment: "Add Sales" });
  });

  it("shows only counts per group once the campaign is open", async () => {
    server({
      ...base,
      status: "open",
      openedAt: "2026-03-02T15:00:00.000Z",
      nominees: null,
      completion: [
        { group: "line_manager", invited: 1, answered: 1 },
        { group: "peer", invited: 4, answered: 2 },
        { group: "direct_report", invited: 0, answered: 0 },
        { group: "other", invited: 1, answered: 0 },
      ],
      actions: { ...none, remind: true },
    });
    renderPage(<FeedbackCampaignPage />, { route: `/feedback/${id}`, path: "/feedback/:id" });
    expect(await screen.findByRole("progressbar", { name: "Peer: 2 of 4" })).toBeTruthy();
    expect(screen.getAllByRole("progressbar")).toHaveLength(3);
    expect(screen.queryByText("Piet Peer")).toBeNull();
    expect(screen.getByRole("button", { name: "Send reminders" })).toBeTruthy();
  });
});
