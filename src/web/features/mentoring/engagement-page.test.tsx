// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TEngagementDetail, TNoteView, TSessionView } from "../../../contracts/mentoring";
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

  it("reschedules a scheduled session to the new local times in the engagement's time zone", async () => {
    const scheduled: TSessionView = { ...(engagement.sessions[0] as TSessionView), status: "scheduled", start: "2030-04-02T12:00:00.000Z", end: "2030-04-02T13:00:00.000Z" };
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith("/notes")) return jsonResponse(200, { items: [] });
      if (url.startsWith("/api/catalogue")) return jsonResponse(200, { items: [] });
      if (init?.method === "POST") return jsonResponse(200, { ...scheduled, sequence: 1 });
      return jsonResponse(200, { ...engagement, myRoles: ["mentor"], sessions: [scheduled] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Reschedule" }));
    // prefilled with the current time as a local time in Brussels (CEST, UTC+2)
    const start = screen.getByLabelText(/^New start/) as HTMLInputElement;
    expect(start.value).toBe("2030-04-02T14:00");
    fireEvent.change(start, { target: { value: "2030-04-03T09:30" } });
    fireEvent.change(screen.getByLabelText(/^New end/), { target: { value: "2030-04-03T10:30" } });
    fireEvent.click(screen.getByRole("button", { name: "Move the session" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "POST")).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toBe(`/api/mentoring/sessions/${sessionId}/reschedule`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ slot: { start: "2030-04-03T09:30", end: "2030-04-03T10:30" } });
  }, 30_000);

  it("lets the author make a private note shared, and offers no edit on the other party's note", async () => {
    const mine: TNoteView = { id: "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", engagementId: id, visibility: "private", body: "My own thoughts", mine: true, createdAt: "2026-03-03T10:00:00.000Z", updatedAt: "2026-03-03T10:00:00.000Z" };
    const theirs: TNoteView = { ...mine, id: "4a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", visibility: "shared", body: "From the mentor", mine: false };
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === "PUT") return jsonResponse(200, { ...mine, visibility: "shared" });
      if (url.endsWith("/notes")) return jsonResponse(200, { items: [mine, theirs] });
      if (url.startsWith("/api/catalogue")) return jsonResponse(200, { items: [] });
      return jsonResponse(200, engagement);
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    await screen.findByText("From the mentor");
    expect(screen.getAllByRole("button", { name: "Edit the note" })).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Edit the note" }));
    const choice = screen.getByRole("radiogroup", { name: "Who sees this note" });
    expect((within(choice).getByRole("radio", { name: "Private" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(choice).getByRole("radio", { name: "Shared" }));
    fireEvent.click(screen.getByRole("button", { name: "Save the changes" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === "PUT");
    expect(put?.[0]).toBe(`/api/mentoring/notes/${mine.id}`);
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ body: "My own thoughts", visibility: "shared" });
  }, 30_000);

  it("lets the mentee answer the reaction survey of a held session", async () => {
    const held: TSessionView = { ...(engagement.sessions[0] as TSessionView), status: "held", start: "2026-03-10T12:00:00.000Z", end: "2026-03-10T13:00:00.000Z" };
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === "POST") return jsonResponse(201, { ok: true });
      if (url.endsWith("/notes")) return jsonResponse(200, { items: [] });
      if (url.startsWith("/api/catalogue")) return jsonResponse(200, { items: [] });
      return jsonResponse(200, { ...engagement, sessions: [held] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Rate this session" }));
    const send = screen.getByRole("button", { name: "Send my answers" });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(screen.getByRole("radiogroup", { name: /^Satisfaction/ })).getByRole("radio", { name: "5" }));
    fireEvent.click(within(screen.getByRole("radiogroup", { name: /^Relevance to your work/ })).getByRole("radio", { name: "4" }));
    fireEvent.click(within(screen.getByRole("radiogroup", { name: /^Intent to apply it/ })).getByRole("radio", { name: "3" }));
    fireEvent.change(screen.getByLabelText("Comment (optional)"), { target: { value: "Very useful" } });
    fireEvent.click(send);
    expect(await screen.findByText("Thank you: your answers were recorded.")).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toBe("/api/mentoring/reactions");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ subject: "session", subjectId: sessionId, satisfaction: 5, relevance: 4, intentToApply: 3, comment: "Very useful" });
  }, 30_000);

  it("does not offer the mentor the reaction survey of a held session", async () => {
    const held: TSessionView = { ...(engagement.sessions[0] as TSessionView), status: "held", start: "2026-03-10T12:00:00.000Z", end: "2026-03-10T13:00:00.000Z" };
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => (url.endsWith("/notes") || url.startsWith("/api/catalogue") ? jsonResponse(200, { items: [] }) : jsonResponse(200, { ...engagement, myRoles: ["mentor"], sessions: [held] }))),
    );
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    expect(await screen.findByRole("heading", { level: 2, name: "Sessions" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Rate this session" })).toBeNull();
  }, 30_000);

  it("lets the sponsor edit the goals' company objective and hides the editor once completed", async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === "PUT") return jsonResponse(200, engagement);
      return jsonResponse(200, { ...engagement, myRoles: ["sponsor"], sessions: [] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Edit the goals" }));
    fireEvent.change(screen.getByLabelText("Goal 1: company objective"), { target: { value: "Absenteeism -2 points" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the goals" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === "PUT");
    expect(put?.[0]).toBe(`/api/mentoring/engagements/${id}/goals`);
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ goals: [{ challengeId: challenge, objective: "Absenteeism -2 points" }] });
    cleanup();

    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(200, { ...engagement, status: "completed", myRoles: ["sponsor"], sessions: [] })));
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    expect(await screen.findByRole("heading", { level: 2, name: "Goals and progress" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Edit the goals" })).toBeNull();
    expect(screen.queryByRole("heading", { level: 2, name: "Closure feedback" })).toBeNull();
  }, 30_000);

  it("lets the mentor offer up to five slots, remove one, and marks the slot the server refuses", async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith("/notes")) return jsonResponse(200, { items: [] });
      if (url.startsWith("/api/catalogue")) return jsonResponse(200, { items: [] });
      if (init?.method === "POST") {
        const body = JSON.parse(String(init.body));
        if (body.slots.length === 3) return jsonResponse(400, { type: "about:blank", code: "VALIDATION", title: "VALIDATION", detail: "x", status: 400, field: "slots[1].start" }, "application/problem+json");
        return jsonResponse(201, { ...engagement.sessions[0], slots: [] });
      }
      return jsonResponse(200, { ...engagement, myRoles: ["mentor"], sessions: [] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    const add = await screen.findByRole("button", { name: "Add another time" });
    expect(screen.queryByRole("button", { name: /^Remove option/ })).toBeNull();
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole("button", { name: "Add another time" }));
    expect(screen.getAllByLabelText(/^Option \d: start/)).toHaveLength(5);
    expect(screen.queryByRole("button", { name: "Add another time" })).toBeNull();
    expect(add.isConnected).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Remove option 5" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove option 4" }));
    const fill = (n: number, start: string, end: string) => {
      fireEvent.change(screen.getByLabelText(new RegExp(`^Option ${n}: start`)), { target: { value: start } });
      fireEvent.change(screen.getByLabelText(new RegExp(`^Option ${n}: end`)), { target: { value: end } });
    };
    fill(1, "2030-04-02T10:00", "2030-04-02T11:00");
    fill(2, "2030-04-03T10:00", "2030-04-03T11:00");
    fill(3, "2030-04-04T14:00", "2030-04-04T15:00");
    fireEvent.click(screen.getByRole("button", { name: "Propose" }));
    await waitFor(() => expect(screen.getByLabelText(/^Option 2: start/).getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByLabelText(/^Option 1: start/).getAttribute("aria-invalid")).not.toBe("true");
    // the refused slot is taken out: the remaining ones keep their values, in order
    fireEvent.click(screen.getByRole("button", { name: "Remove option 2" }));
    expect((screen.getByLabelText(/^Option 2: start/) as HTMLInputElement).value).toBe("2030-04-04T14:00");
    fireEvent.click(screen.getByRole("button", { name: "Propose" }));
    await waitFor(() => expect(fetchMock.mock.calls.filter(([, init]) => init?.method === "POST")).toHaveLength(2));
    const post = fetchMock.mock.calls.filter(([, init]) => init?.method === "POST").at(-1);
    expect(post?.[0]).toBe(`/api/mentoring/engagements/${id}/sessions`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      slots: [
        { start: "2030-04-02T10:00", end: "2030-04-02T11:00" },
        { start: "2030-04-04T14:00", end: "2030-04-04T15:00" },
      ],
    });
    await waitFor(() => expect(screen.getAllByLabelText(/^Option \d: start/)).toHaveLength(1));
    expect((screen.getByLabelText(/^Option 1: start/) as HTMLInputElement).value).toBe("");
  }, 30_000);

  it("shows HR the mentee's module enrolments with their status, but no sessions or notes", async () => {
    const enrolment = { id: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", personId: engagement.person.id, moduleId: "workshop-delegation", status: "in_progress" as const, plannedFor: "2026-04-01", statusChangedAt: "2026-03-05T10:00:00.000Z" };
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) =>
        url.startsWith("/api/catalogue")
          ? jsonResponse(200, { items: [] })
          : jsonResponse(200, { ...engagement, myRoles: ["hr"], sessions: [], enrolments: [enrolment] }),
      ),
    );
    renderPage(<EngagementPage />, { route: `/mentoring/${id}`, path: "/mentoring/:id" });
    const section = (await screen.findByRole("heading", { level: 2, name: "Modules" })).closest("section") as HTMLElement;
    expect(within(section).getByText("workshop-delegation")).toBeTruthy();
    expect(within(section).getByText("In progress")).toBeTruthy();
    expect(within(section).queryByText("No module enrolments yet.")).toBeNull();
    expect(screen.queryByRole("heading", { level: 2, name: "Sessions" })).toBeNull();
    expect(screen.queryByRole("heading", { level: 2, name: "Notes" })).toBeNull();
  }, 30_000);
});
