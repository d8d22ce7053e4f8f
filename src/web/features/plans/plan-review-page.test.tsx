// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TModuleSummary, TPlanOwnerInsight, TPlanView } from "../../../contracts/plans";
import { jsonResponse, renderPage } from "../../test-utils";
import { PlanReviewPage } from "./plan-review-page";

const money = (cents: number) => ({ cents, currency: "EUR" });
const module = (id: string, title: string): TModuleSummary => ({ id, title, description: "", format: "workshop", hours: 8, cost: money(45_000), provider: "Mentora", languages: ["en"], archived: false });
const PLAN_ID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const SHARED: TPlanOwnerInsight = {
  firstName: "An",
  reportShared: true,
  talents: [{ id: "careful-decision-maker", name: "Careful decision-maker", description: "Weighs options before deciding" }],
  reasons: [{ moduleId: "priorities-workshop", reasonText: "builds on An's talent “Careful decision-maker” to tackle the challenge “find it hard to set priorities”" }],
};

function view(status: "submitted" | "approved", owner: TPlanOwnerInsight): TPlanView {
  const version = {
    version: 2,
    moduleIds: ["priorities-workshop", "own-choice-book"],
    modules: [module("priorities-workshop", "Priorities in practice"), module("own-choice-book", "A book she picked")],
    goals: [{ challengeId: "setting-priorities", challengeName: "Find it hard to set priorities", description: "Three priorities every Monday", businessMeasure: "On-time delivery" }],
    cost: money(90_000),
    hours: 16,
    source: "person",
    createdAt: "2026-03-01T10:00:00.000Z",
  };
  return {
    person: { id: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "An Peeters", department: "Sales", language: "en" },
    viewer: "line_manager",
    currency: "EUR",
    plan: { id: PLAN_ID, status, currentVersion: 2, updatedAt: "2026-03-01T10:05:00.000Z", current: version, versions: [version], events: [] },
    budgets: { person: null, department: null, fits: true },
    limits: { currency: "EUR", person: null, department: null, limitHours: 60 },
    comparison: null,
    actions: { edit: false, submit: false, approve: status === "submitted", requestChanges: true, comment: true },
    owner,
  } as TPlanView;
}

function server(routes: Record<string, (init?: RequestInit) => unknown>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const handler = routes[`${init?.method ?? "GET"} ${url.split("?")[0]}`];
    if (!handler) return jsonResponse(404, { type: "x", title: "Not found", status: 404, code: "NOT_FOUND", detail: url });
    return jsonResponse(200, handler(init));
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("PlanReviewPage speaks to the approver", () => {
  it("asks the approver to decide and shows the owner's reasons, talents and goals when she shares her report", async () => {
    const fetchMock = server({
      [`GET /api/plans/${PLAN_ID}`]: () => view("submitted", SHARED),
      [`POST /api/plans/${PLAN_ID}/request-changes`]: () => view("approved", SHARED),
    });
    renderPage(<PlanReviewPage />, { route: `/plans/${PLAN_ID}`, path: "/plans/:planId" });
    expect(await screen.findByRole("heading", { level: 1, name: "An Peeters asks you to approve their development plan" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Modules An chose (version 2)" })).toBeTruthy();
    expect(screen.getByText("Why: builds on An's talent “Careful decision-maker” to tackle the challenge “find it hard to set priorities”")).toBeTruthy();
    expect(screen.getByText(/meets none of the challenges measured in An's scan/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "An's goals" })).toBeTruthy();
    expect(screen.getByText(/Three priorities every Monday/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "An's strongest talents" })).toBeTruthy();
    expect(screen.getByText("Careful decision-maker")).toBeTruthy();
    // nothing on the page speaks as if the reader owned the plan
    expect(screen.queryByText(/Your goals/)).toBeNull();
    expect(screen.getByRole("button", { name: "Approve" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Comment/), { target: { value: "Add a peer circle" } });
    fireEvent.click(screen.getByRole("button", { name: "Request changes" }));
    await waitFor(() => expect(screen.getByText("The plan was sent back with your comment. An is told by email.")).toBeTruthy());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ comment: "Add a peer circle" });
  });

  it("says the report is not shared instead of showing talents or reasons", async () => {
    server({ [`GET /api/plans/${PLAN_ID}`]: () => view("submitted", { firstName: "An", reportShared: false, talents: null, reasons: [] }) });
    renderPage(<PlanReviewPage />, { route: `/plans/${PLAN_ID}`, path: "/plans/:planId" });
    expect(await screen.findByText(/An does not share the individual report with you/)).toBeTruthy();
    expect(screen.queryByText(/^Why:/)).toBeNull();
    expect(screen.queryByText(/meets none of the challenges/)).toBeNull();
    expect(screen.getByText(/Three priorities every Monday/)).toBeTruthy();
  });
});
