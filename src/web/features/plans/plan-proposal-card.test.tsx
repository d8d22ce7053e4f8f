// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TPlanProposal } from "../../../contracts/plan-proposals";
import type { TPlanView } from "../../../contracts/plans";
import { jsonResponse, renderPage } from "../../test-utils";
import { MyPlanProposal, PlanProposalNotice } from "./plan-proposal-card";

const money = (cents: number) => ({ cents, currency: "EUR" });
const PLAN_ID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const PROPOSAL: TPlanProposal = {
  id: "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  runId: "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  status: "pending",
  basedOnVersion: 2,
  createdAt: "2026-03-01T10:00:00.000Z",
  decidedAt: null,
  modules: [
    { id: "stakeholder-conversations", title: "Stakeholder conversations", description: "", format: "workshop", hours: 12, cost: money(120_000), provider: "Mentora", languages: ["en"], archived: false },
    { id: "step-back-assignment", title: "Step-back assignment", description: "", format: "on_the_job", hours: 1, cost: money(0), provider: "", languages: ["en"], archived: false },
  ],
  cost: money(120_000),
  hours: 13,
};
const VIEW: TPlanView = {
  person: { id: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Koen Willems", department: "Sales", language: "en" },
  viewer: "owner",
  currency: "EUR",
  plan: null,
  budgets: { person: null, department: null, fits: true },
  limits: { currency: "EUR", person: null, department: null, limitHours: null },
  comparison: null,
  actions: { edit: true, submit: false, approve: false, requestChanges: false, comment: false },
};

function server(items: TPlanProposal[]) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.includes("/accept") || url.includes("/decline")) return jsonResponse(200, { planId: PLAN_ID, items: [{ ...PROPOSAL, status: url.includes("/accept") ? "accepted" : "declined" }] });
    if (url.startsWith("/api/me/plan/proposals") || url.startsWith(`/api/plans/${PLAN_ID}/proposals`)) return jsonResponse(200, { planId: PLAN_ID, items });
    if (url.startsWith("/api/me/plan") && (init?.method ?? "GET") === "GET") return jsonResponse(200, VIEW);
    return jsonResponse(404, { type: "x", title: "Not found", status: 404, code: "NOT_FOUND" });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("optimiser proposals on the plan pages", () => {
  it("shows the owner a pending proposal with its modules and totals; accepting posts the decision and reloads the plan", async () => {
    const fetchMock = server([PROPOSAL]);
    const onPlanChanged = vi.fn();
    renderPage(<MyPlanProposal onPlanChanged={onPlanChanged} />, { route: "/me/plan" });
    expect(await screen.findByRole("heading", { name: "A proposal from the budget optimiser" })).toBeTruthy();
    expect(screen.getByText("Stakeholder conversations")).toBeTruthy();
    expect(screen.getByText(/Total: €1,200.00, 13 hours/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Accept the proposal" }));
    await waitFor(() => expect(onPlanChanged).toHaveBeenCalledWith(VIEW));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(String(post?.[0])).toBe(`/api/me/plan/proposals/${PROPOSAL.id}/accept?lang=en`);
  });

  it("declines through its own endpoint", async () => {
    const fetchMock = server([PROPOSAL]);
    renderPage(<MyPlanProposal onPlanChanged={() => undefined} />, { route: "/me/plan" });
    fireEvent.click(await screen.findByRole("button", { name: "Decline the proposal" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => init?.method === "POST" && String(url).includes(`/${PROPOSAL.id}/decline`))).toBe(true));
  });

  it("shows nothing without a pending proposal", async () => {
    const fetchMock = server([{ ...PROPOSAL, status: "declined" }]);
    renderPage(<MyPlanProposal onPlanChanged={() => undefined} />, { route: "/me/plan" });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(screen.queryByRole("heading", { name: "A proposal from the budget optimiser" })).toBeNull();
  });

  it("shows the line manager the proposal read-only: no buttons, the owner decides", async () => {
    server([PROPOSAL]);
    renderPage(<PlanProposalNotice planId={PLAN_ID} ownerName="Koen Willems" />, { route: `/plans/${PLAN_ID}` });
    expect(await screen.findByText(/Koen Willems decides whether to accept it/)).toBeTruthy();
    expect(screen.getByText("Step-back assignment")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
