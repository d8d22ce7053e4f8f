// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TEngagementView } from "../../../contracts/mentoring";
import { jsonResponse, renderPage } from "../../test-utils";
import { EngagementRequests } from "./engagement-requests";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const REQUEST: TEngagementView = {
  id: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  status: "proposed",
  person: { id: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", firstName: "Marc", lastName: "Mentee" },
  mentor: { userId: "2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Mia Mentor" },
  sponsorPersonId: null,
  startDate: "2026-03-02",
  plannedEndDate: "2026-09-30",
  timeZone: "Europe/Brussels",
  goals: [{ challengeId: "setting-priorities", objective: null, progress: null, lastCheckInAt: null }],
  statusChangedAt: "2026-03-01T10:00:00.000Z",
  myRoles: ["mentee"],
  actions: ["cancel"],
  consent: { mentee: "pending", hr: "not_required", awaiting: true, answerAs: "mentee" },
};

describe("EngagementRequests", () => {
  it("lets the person accept a mentor's request and says what happens", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { ...REQUEST, status: "active", consent: { mentee: "accepted", hr: "not_required", awaiting: false, answerAs: null } }));
    vi.stubGlobal("fetch", fetchMock);
    const onAnswered = vi.fn();
    renderPage(<EngagementRequests items={[REQUEST]} onAnswered={onAnswered} />, { route: "/mentoring" });
    expect(screen.getByRole("heading", { level: 2, name: "A mentoring request awaits your answer" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Mia Mentor would like to be your mentor" })).toBeTruthy();
    expect(screen.getByText(/the mentor sees only your name/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(screen.getByText("Accepted: the engagement has started.")).toBeTruthy());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/mentoring/engagements/${REQUEST.id}/consent`);
    expect(JSON.parse(String(init.body))).toEqual({ decision: "accept" });
    expect(onAnswered).toHaveBeenCalled();
  });

  it("shows nothing without a request to answer, and HR's wording when HR approves", () => {
    renderPage(<EngagementRequests items={[{ ...REQUEST, consent: { mentee: "pending", hr: "not_required", awaiting: true, answerAs: null } }]} onAnswered={() => undefined} />, { route: "/mentoring" });
    expect(screen.queryByRole("button", { name: "Accept" })).toBeNull();
    cleanup();
    renderPage(<EngagementRequests items={[{ ...REQUEST, myRoles: ["hr"], consent: { mentee: "accepted", hr: "pending", awaiting: true, answerAs: "hr" } }]} onAnswered={() => undefined} />, { route: "/mentoring" });
    expect(screen.getByRole("heading", { level: 3, name: "Mia Mentor would like to mentor Marc Mentee" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Approve" })).toBeTruthy();
  });
});
