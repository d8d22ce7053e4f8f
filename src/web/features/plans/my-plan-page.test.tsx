// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TMenu, TModuleSummary, TPlanView } from "../../../contracts/plans";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { MyPlanPage } from "./my-plan-page";
import { PlanReviewPage } from "./plan-review-page";

const money = (cents: number) => ({ cents, currency: "EUR" });
const budget = (b: number, spent: number) => ({ budget: money(b), spent: money(spent), left: money(Math.max(0, b - spent)), overBy: money(Math.max(0, spent - b)), withinBudget: spent <= b });
const module = (id: string, title: string, cents: number, format: TModuleSummary["format"] = "workshop"): TModuleSummary => ({
  id,
  title,
  description: `${title} in short`,
  format,
  hours: 8,
  cost: money(cents),
  provider: "Mentora",
  languages: ["en"],
  archived: false,
});
const PERSON = { id: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "An Peeters", department: "Sales", language: "en" as const };
const PLAN_ID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

function menu(overrides: Partial<TMenu> = {}): TMenu {
  return {
    person: PERSON,
    language: "en",
    status: "ok",
    hasStrengths: true,
    menu: [
      {
        rank: 1,
        module: module("priorities-workshop", "Priorities in practice", 90_000),
        score: 0.9,
        needFit: 0.6,
        talentMultiplier: 1.5,
        effortFactor: 1,
        situationMatch: false,
        reason: { kind: "builds-on-talent", challengeId: "setting-priorities", talentId: "careful-decision-maker" },
        reasonText: "builds on your talent “Careful decision-maker” to tackle the challenge “find it hard to set priorities”",
      },
      {
        rank: 2,
        module: module("feedback-book", "Feedback that lands", 3_500, "book"),
        score: 0.4,
        needFit: 0.4,
        talentMultiplier: 1,
        effortFactor: 1,
        situationMatch: false,
        reason: { kind: "addresses-challenge", challengeId: "constructive-feedback" },
        reasonText: "tackles the challenge “find it hard to give feedback”, which your scan shows applies to you",
      },
    ],
    leftOut: { language: 3, format: 0, budget: 0, hours: 0, noSeats: 0, noNeed: 10, diversity: 1 },
    currency: "EUR",
    budgets: { person: budget(300_000, 0), department: null, fits: true },
    challenges: [
      { id: "setting-priorities", name: "Find it hard to set priorities", measured: true },
      { id: "constructive-feedback", name: "Find it hard to give feedback", measured: true },
    ],
    ...overrides,
  };
}

const noActions = { edit: false, submit: false, approve: false, requestChanges: false, comment: false };
const EMPTY_VIEW: TPlanView = { person: PERSON, viewer: "owner", currency: "EUR", plan: null, budgets: { person: budget(300_000, 0), department: null, fits: true }, limits: { currency: "EUR", person: { budgetCents: 300_000, committedCents: 0 }, department: null, limitHours: 60 }, comparison: null, actions: { ...noActions, edit: true } };

function planView(status: "draft" | "submitted" | "approved", viewer: TPlanView["viewer"] = "owner"): TPlanView {
  const version = {
    version: 1,
    moduleIds: ["priorities-workshop", "feedback-book"],
    modules: [module("priorities-workshop", "Priorities in practice", 90_000), module("feedback-book", "Feedback that lands", 3_500, "book")],
    goals: [{ challengeId: "setting-priorities", challengeName: "Find it hard to set priorities", description: "Three priorities every Monday", businessMeasure: null }],
    cost: money(93_500),
    hours: 16,
    source: "person",
    createdAt: "2026-03-01T10:00:00.000Z",
  };
  const events = status === "draft" ? [] : [{ id: "e1", version: 1, action: "submit", actorRole: "owner", actorName: "An Peeters", comment: null, createdAt: "2026-03-01T10:05:00.000Z" }];
  const owner = viewer === "owner";
  return {
    ...EMPTY_VIEW,
    viewer,
    plan: { id: PLAN_ID, status, currentVersion: 1, updatedAt: "2026-03-01T10:05:00.000Z", current: version, versions: [version], events },
    budgets: { person: budget(300_000, 93_500), department: null, fits: true },
    actions: owner
      ? { ...noActions, edit: true, submit: status === "draft", comment: true }
      : { ...noActions, approve: status === "submitted", requestChanges: status !== "draft", comment: true },
  };
}

function server(routes: Record<string, (init?: RequestInit) => unknown>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${url.split("?")[0]}`;
    const handler = routes[key];
    if (!handler) return jsonResponse(404, { type: "x", title: "Not found", status: 404, code: "NOT_FOUND", detail: key });
    return jsonResponse(200, handler(init));
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const personSession = () => {
  const base = sessionFixture();
  const organisation = { ...base.organisations[0]!, roles: ["manager" as const], personId: PERSON.id };
  return sessionFixture({ organisations: [organisation], currentOrganisation: organisation });
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("MyPlanPage", () => {
  it("shows the ranked menu with reasons, and submits two picked modules and a goal", async () => {
    const fetchMock = server({
      "GET /api/me/plan/menu": () => menu(),
      "GET /api/me/plan": () => EMPTY_VIEW,
      "PUT /api/me/plan": () => planView("draft"),
      "POST /api/me/plan/submit": () => planView("submitted"),
    });
    renderPage(<MyPlanPage />, { route: "/me/plan", session: personSession() });
    expect(await screen.findByRole("heading", { level: 1, name: "My development plan" })).toBeTruthy();
    expect(screen.getByText(/Why: builds on your talent “Careful decision-maker”/)).toBeTruthy();
    // the talent badge only on the module that builds on a strong talent
    expect(screen.getAllByText("Builds on your talent")).toHaveLength(1);
    const submit = screen.getByRole("button", { name: "Submit for approval" }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    fireEvent.click(screen.getByRole("checkbox", { name: "Priorities in practice" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Feedback that lands" }));
    fireEvent.change(screen.getByLabelText(/^Challenge/), { target: { value: "setting-priorities" } });
    fireEvent.change(screen.getByLabelText(/^Goal/), { target: { value: "Three priorities every Monday" } });
    fireEvent.change(screen.getByLabelText("Business measure (optional)"), { target: { value: "On-time delivery" } });
    expect(screen.getByText(/Modules chosen: 2/)).toBeTruthy();
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);

    await waitFor(() => expect(screen.getByText("Your plan was submitted for approval.")).toBeTruthy());
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === "PUT");
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({
      moduleIds: ["priorities-workshop", "feedback-book"],
      goals: [{ challengeId: "setting-priorities", description: "Three priorities every Monday", businessMeasure: "On-time delivery" }],
    });
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === "POST").map(([url]) => url.split("?")[0]);
    expect(posts).toEqual(["/api/me/plan/submit"]);
    expect(screen.getAllByText("Awaiting approval").length).toBeGreaterThan(0);
    expect(screen.getByText(/Submitted by An Peeters/)).toBeTruthy();
  }, 30_000);

  it("explains an empty menu without a challenge scan and links to the assessments", async () => {
    server({
      "GET /api/me/plan/menu": () => menu({ status: "no-profile", menu: [], challenges: [] }),
      "GET /api/me/plan": () => EMPTY_VIEW,
    });
    renderPage(<MyPlanPage />, { route: "/me/plan", session: personSession() });
    expect(await screen.findByText("Your menu needs your challenge scan")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to my assessments" }).getAttribute("href")).toBe("/me/assessments");
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
  });

  it("tells a user without a person record that there is no plan", async () => {
    server({});
    renderPage(<MyPlanPage />, { route: "/me/plan" });
    expect(await screen.findByText(/not linked to a person/)).toBeTruthy();
  });
});

describe("PlanReviewPage", () => {
  it("lets the line manager approve, and ask for changes only with a comment", async () => {
    const fetchMock = server({
      [`GET /api/plans/${PLAN_ID}`]: () => planView("submitted", "line_manager"),
      [`POST /api/plans/${PLAN_ID}/approve`]: () => planView("approved", "line_manager"),
    });
    renderPage(<PlanReviewPage />, { route: `/plans/${PLAN_ID}`, path: "/plans/:planId" });
    expect(await screen.findByRole("heading", { level: 1, name: "An Peeters asks you to approve their development plan" })).toBeTruthy();
    expect(screen.getByText("Priorities in practice")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Request changes" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(screen.getByText(/^The plan is approved\./)).toBeTruthy());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toMatch(new RegExp(`^/api/plans/${PLAN_ID}/approve`));
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
  });
});
