// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TEngagementDetail } from "../../../contracts/mentoring";
import { MANAGER_CHALLENGES } from "../../../domain/assessment/manager-challenges";
import { jsonResponse, renderPage } from "../../test-utils";
import { EngagementPage } from "./engagement-page";

const id = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const sessionId = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const challenge = MANAGER_CHALLENGES[0]?.id as string;
const engagement: TEngagementDetail = {
  id,
  status: "active",
  person: { id: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", firstName: "Marc", lastName: "Mentee" },
  mentor: { userId: "2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Mia Mentor" },
  sponsorPersonId: null,
  startDate: "2026-03-02",
  plannedEndDate: "2026-09-30",
  timeZone: "Europe/Brussels",
  goals: [{ challengeId: challenge, objective: "Team output +10%", progress: 40, lastCheckInAt: "2026-03-03T10:00:00.000Z" }],
  statusChangedAt: "2026-03-02T10:00:00.000Z",
  myRoles: ["mentee"],
  actions: ["pause", "cancel"],
  sessions: [
    {
      id: sessionId,
      engagementId: id,
      status: "proposed",
      proposedBy: "mentor",
      slots: [{ start: "2026-04-02T12:00:00.000Z", end: "2026-04-02T13:00:00.000Z" }],
      start: null,
      end: null,
      timeZone: "Europe/Brussels",
      location: null,
      sequence: 0,
      agenda: [],
      cancelledReason: null,
    },
  ],
  actionItems: [],
  checkIns: [],
  enrolments: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("EngagementPage", () => {
  it("lets the mentee accept the mentor's proposed slot and shows goal progress", async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).endsWith("/notes")) return jsonResponse(200, { items: [] });
      if (init?.method === "POST") return jsonResponse(200, { ...engagement.sessions[0], status: "scheduled" });
      return jsonResponse(200, engagement);
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    expect(await screen.findByRole("heading", { level: 1, name: "Mentoring engagement: Marc Mentee" })).toBeTruthy();
    expect(screen.getByText(/Team output \+10%/).textContent).toContain("40 %");
    fireEvent.click(screen.getByRole("button", { name: /^Accept / }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "POST")).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toBe(`/api/mentoring/sessions/${sessionId}/accept`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ slotIndex: 0 });
    expect(screen.getByRole("heading", { level: 2, name: "Notes" })).toBeTruthy();
  }, 30_000);

  it("shows HR the goals but no sessions, notes or check-in forms", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(200, { ...engagement, myRoles: ["hr"], sessions: [] })));
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    expect(await screen.findByRole("heading", { level: 2, name: "Goals and progress" })).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 2, name: "Notes" })).toBeNull();
    expect(screen.queryByRole("heading", { level: 2, name: "Sessions" })).toBeNull();
  });
});
