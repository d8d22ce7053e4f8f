// @vitest-environment jsdom
// HR enrols a mentee in a module outside the approved plan only with a reason (issue 13); the refusal is worded.
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TCatalogueModule } from "../../../contracts/catalogue";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { jsonResponse, renderPage } from "../../test-utils";
import { EngagementPage } from "./engagement-page";

const id = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const personId = "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const engagement: TEngagementDetail = {
  id,
  status: "active",
  person: { id: personId, firstName: "An", lastName: "Peeters" },
  mentor: { userId: "2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Mia Mentor" },
  sponsorPersonId: null,
  startDate: "2026-03-02",
  plannedEndDate: "2026-09-30",
  timeZone: "Europe/Brussels",
  goals: [],
  statusChangedAt: "2026-03-02T10:00:00.000Z",
  myRoles: ["hr"],
  actions: [],
  sessions: [],
  actionItems: [],
  checkIns: [],
  enrolments: [],
};
const text = (s: string) => ({ nl: s, fr: s, en: s });
const track: TCatalogueModule = {
  id: "successor-mentoring-track",
  title: text("Successor track"),
  description: text("A track"),
  display: { title: "Successor track", description: "A track" },
  format: "mentoring_track",
  hours: 24,
  costCents: 420_000,
  currency: "EUR",
  seatsPerPeriod: null,
  languages: ["en"],
  provider: "Mentora",
  challenges: [],
  buildsOn: [],
  situations: [],
  starter: true,
  archived: false,
};
const refusal = { code: "not_in_approved_plan", currency: "EUR", budgetCents: null, spentCents: 0, overByCents: 0, hours: 24, limitHours: 60, overByHours: 0, department: null, moduleId: track.id };
const problem = { type: "x", title: "Conflict", status: 409, code: "CONFLICT", detail: "refused", field: "moduleId", refusals: [refusal] };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("enrolling outside the approved plan", () => {
  it("words the refusal, then lets HR approve it with a reason", async () => {
    const posts: unknown[] = [];
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.startsWith("/api/catalogue")) return jsonResponse(200, { items: [track] });
      if (init?.method === "POST" && url === "/api/mentoring/enrolments") {
        const body = JSON.parse(String(init.body));
        posts.push(body);
        if (!body.override) return jsonResponse(409, problem, "application/problem+json");
        return jsonResponse(201, { id: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", personId, moduleId: track.id, status: "planned", plannedFor: null, statusChangedAt: "2026-03-05T10:00:00.000Z" });
      }
      return jsonResponse(200, engagement);
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    const select = await screen.findByRole("combobox", { name: /^Module from the catalogue/ });
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith("/api/catalogue"))).toBe(true));
    fireEvent.change(select, { target: { value: "Succ" } });
    fireEvent.click(await screen.findByRole("option", { name: "Successor track", hidden: true }));
    expect(screen.queryByLabelText(/^Reason for approving/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Enrol" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This module is not in the approved development plan. HR can approve it explicitly, with a reason.");
    fireEvent.change(screen.getByLabelText(/^Reason for approving/), { target: { value: "Succession agreed with the board" } });
    fireEvent.click(screen.getByRole("button", { name: "Approve and enrol" }));
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[1]).toEqual({ personId, moduleId: track.id, override: { reason: "Succession agreed with the board" } });
  }, 30_000);
});
