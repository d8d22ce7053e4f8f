// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TOptimiserRun } from "../../../contracts/optimiser";
import { jsonResponse, renderPage } from "../../test-utils";
import { OptimiserPage } from "./optimiser-page";

const ann = "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const bob = "2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const nora = "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const runId = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

const run: TOptimiserRun = {
  id: runId,
  createdAt: "2026-03-01T10:00:00.000Z",
  appliedAt: null,
  currency: "EUR",
  budgetCents: 2_500_050,
  spentCents: 2_400_000,
  method: "mip",
  objective: 12.5,
  lpBound: 12.75,
  gapPct: 1.961,
  greedyObjective: 11,
  greedySpentCents: 2_000_000,
  ratioToGreedy: 1.1364,
  solveMs: 842,
  participants: 3,
  allocations: [
    {
      personId: ann,
      personName: "Ann Peeters",
      employeeNumber: "E1",
      moduleIds: ["feedback-skills-workshop"],
      modules: [{ id: "feedback-skills-workshop", title: "Feedback skills workshop", costCents: 1_200_000, hours: 14 }],
      costCents: 1_200_000,
      hours: 14,
      impact: 6,
    },
    {
      personId: bob,
      personName: "Bob Janssens",
      employeeNumber: "E2",
      moduleIds: ["time-and-focus-elearning"],
      modules: [{ id: "time-and-focus-elearning", title: "Time and focus e-learning", costCents: 1_200_000, hours: 6 }],
      costCents: 1_200_000,
      hours: 6,
      impact: 6.5,
    },
  ],
  leftOut: [{ personId: nora, personName: "Nora Noscan", employeeNumber: "E3", reasons: ["no-profile"] }],
  modulesWithoutSeats: [],
  notes: [],
  message: null,
  messageCode: null,
  cheapestCents: null,
};

const impact = {
  runId,
  confirm: "c".repeat(64),
  counts: { direct: 1, proposal: 1, unchanged: 0 },
  items: [
    { personId: ann, personName: "Ann Peeters", employeeNumber: "E1", kind: "direct", planStatus: null, oldModules: [], newModules: [{ id: "feedback-skills-workshop", title: "Feedback skills workshop" }], replacesProposal: false },
    {
      personId: bob,
      personName: "Bob Janssens",
      employeeNumber: "E2",
      kind: "proposal",
      planStatus: "approved",
      oldModules: [{ id: "old-book", title: "An old book" }],
      newModules: [{ id: "time-and-focus-elearning", title: "Time and focus e-learning" }],
      replacesProposal: false,
    },
  ],
};

function server() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith("/api/optimiser/runs") && init?.method === "POST" && url.includes("/apply")) return jsonResponse(200, { applied: 1, direct: 0, proposed: 1, unchanged: 0 });
    if (url.includes("/impact")) return jsonResponse(200, impact);
    if (url.startsWith("/api/optimiser/runs") && init?.method === "POST") return jsonResponse(200, run);
    return jsonResponse(200, { items: [] });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

// full Mantine pages in jsdom: generous when the machine is busy
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("OptimiserPage", () => {
  it("refuses an amount that is not whole cents without calling the server", async () => {
    const fetchMock = server();
    renderPage(<OptimiserPage />, { route: "/planning/optimiser" });
    fireEvent.change(await screen.findByLabelText(/Total budget \(EUR\)/), { target: { value: "12.345" } });
    fireEvent.click(screen.getByRole("button", { name: "Run optimiser" }));
    expect(await screen.findByText("Enter an amount in EUR of 0 or more, with at most two decimals.")).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "POST")).toBe(false);
  });

  it("runs for a budget in euros, shows gap and greedy side by side, and applies to the selected people after HR confirms the impact", async () => {
    const fetchMock = server();
    renderPage(<OptimiserPage />, { route: "/planning/optimiser" });
    fireEvent.change(await screen.findByLabelText(/Total budget \(EUR\)/), { target: { value: "25000,50" } });
    fireEvent.click(screen.getByRole("button", { name: "Run optimiser" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Result" })).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(String(post?.[0])).toMatch(/^\/api\/optimiser\/runs\?lang=en$/);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ budgetCents: 2_500_050 });

    const figures = screen.getByLabelText("Figures of the run");
    const terms = within(figures).getAllByRole("term");
    const value = (label: string) => terms.find((term) => term.textContent?.startsWith(label))?.nextElementSibling?.textContent;
    expect(value("Distance from that highest impact")).toBe("1.961 %");
    expect(value("Impact with the simple rule (most impact per euro first)")).toBe("11.00");
    expect(value("Highest impact any allocation could reach")).toBe("12.75");
    expect(value("Total predicted impact")).toBe("12.50");
    expect(value("Gain over the simple rule")).toBe("1.1364");
    // HR's words on the page; the technical term only in the tooltip (and for screen readers)
    const visible = terms.map((term) => {
      const copy = term.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll("[class*=VisuallyHidden], .mantine-VisuallyHidden-root")) hidden.remove();
      return copy.textContent ?? "";
    });
    expect(visible.join(" ")).not.toMatch(/LP|greedy|gap|ratio/i);
    expect(terms.map((term) => term.textContent).join(" ")).toContain("Technical term: LP bound");
    expect(value("Spent of the budget")).toBe("€24,000.00 of €25,000.50");
    expect(value("Solve time")).toBe("842 ms");

    expect(screen.getByText("Feedback skills workshop")).toBeTruthy();
    expect(screen.getByText("No completed challenge scan yet")).toBeTruthy();
    const applySelected = screen.getByRole("button", { name: "Review the impact for the selected people" }) as HTMLButtonElement;
    expect(applySelected.disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Select Bob Janssens" }));
    fireEvent.click(applySelected);

    // the confirm step: nothing is written until HR confirms; Bob's approved plan gets a proposal, not a change
    const review = within(await screen.findByRole("table", { name: "Who is affected" }));
    const bobRow = review.getByRole("row", { name: /Bob Janssens/ });
    expect(within(bobRow).getByText("Proposal to the owner")).toBeTruthy();
    expect(within(bobRow).getByText("Approved")).toBeTruthy();
    expect(within(bobRow).getByText("An old book")).toBeTruthy();
    expect(review.queryByText("Ann Peeters")).toBeNull();
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith("/apply"))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Confirm and apply to 1 person" }));
    await waitFor(() => expect(screen.getByText(/Applied to 1 person: 0 plan changed directly, 1 proposal sent/)).toBeTruthy());
    const apply = fetchMock.mock.calls.find(([url]) => String(url).endsWith("/apply"));
    expect(apply?.[0]).toBe(`/api/optimiser/runs/${runId}/apply`);
    expect(JSON.parse(String(apply?.[1]?.body))).toEqual({ personIds: [bob], confirm: "c".repeat(64) });
  });

  it("shows the list again, without applying, when a plan changed since HR read it (409 naming confirm)", async () => {
    let impactReads = 0;
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.includes("/apply")) return jsonResponse(409, { type: "x", title: "Conflict", status: 409, code: "CONFLICT", field: "confirm", detail: "changed" });
      if (url.includes("/impact")) {
        impactReads += 1;
        return jsonResponse(200, { ...impact, confirm: impactReads === 1 ? "a".repeat(64) : "b".repeat(64) });
      }
      if (init?.method === "POST") return jsonResponse(200, run);
      return jsonResponse(200, { items: [] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<OptimiserPage />, { route: "/planning/optimiser" });
    fireEvent.change(await screen.findByLabelText(/Total budget \(EUR\)/), { target: { value: "25000" } });
    fireEvent.click(screen.getByRole("button", { name: "Run optimiser" }));
    fireEvent.click(await screen.findByRole("button", { name: "Review the impact for everyone" }));
    fireEvent.click(await screen.findByRole("button", { name: "Confirm and apply to 2 people" }));
    expect(await screen.findByText(/Something changed since you read this list/)).toBeTruthy();
    expect(impactReads).toBe(2);
    fireEvent.click(screen.getByRole("button", { name: "Confirm and apply to 2 people" }));
    await waitFor(() => expect(fetchMock.mock.calls.filter(([url]) => String(url).includes("/apply"))).toHaveLength(2));
    const last = fetchMock.mock.calls.filter(([url]) => String(url).includes("/apply")).at(-1);
    expect(JSON.parse(String(last?.[1]?.body))).toEqual({ confirm: "b".repeat(64) });
  });

  it("shows the message and the people left out when nothing is affordable", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init?: RequestInit) =>
        init?.method === "POST"
          ? jsonResponse(200, { ...run, method: "none", allocations: [], spentCents: 0, objective: 0, message: "Nothing is affordable (English)", messageCode: "nothing-affordable", cheapestCents: 3_500 })
          : jsonResponse(200, { items: [] }),
      ),
    );
    renderPage(<OptimiserPage />, { route: "/planning/optimiser" });
    fireEvent.change(await screen.findByLabelText(/Total budget \(EUR\)/), { target: { value: "1" } });
    fireEvent.click(screen.getByRole("button", { name: "Run optimiser" }));
    expect(await screen.findByText("Nothing is affordable: the cheapest module on anyone's menu costs €35.00, more than the budget. Raise the budget or add cheaper modules.")).toBeTruthy();
    expect(screen.getByText("Nobody gets modules with this budget.")).toBeTruthy();
    expect(screen.getByText("Nora Noscan")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Review the impact for everyone" })).toBeNull();
  });
});
