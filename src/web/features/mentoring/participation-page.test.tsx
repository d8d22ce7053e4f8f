// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TNudgePolicySettings, TParticipation } from "../../../contracts/mentoring";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { ParticipationPage } from "./participation-page";

const participation: TParticipation = {
  engagements: { proposed: 2, active: 7, paused: 1, completed: 4, cancelled: 0 },
  mentors: 3,
  mentees: 12,
  sessions: { proposed: 5, scheduled: 6, held: 18, cancelled: 2 },
  sessionHeldRate: 0.9,
  actionItems: { open: 9, done: 21, overdue: 4 },
  checkInRate: 0.571,
  enrolments: { planned: 8, in_progress: 5, done: 11, dropped: 1 },
  reactions: { count: 14, satisfaction: 4.25, relevance: 3.5, intentToApply: null },
};

const defaults = { timeZone: "Europe/Brussels", sessionReminderHours: 24, overdueActionCadenceDays: 7, staleCheckInDays: 14, quietHours: { start: "20:00", end: "08:00" } };
const policySettings: TNudgePolicySettings = { policy: defaults, defaults, custom: false };
const byUrl = (url: string) => (url === "/api/mentoring/policy" ? jsonResponse(200, policySettings) : jsonResponse(200, participation));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function valueOf(tableName: string, row: string): string {
  const table = screen.getByRole("table", { name: tableName });
  const header = within(table).getByRole("rowheader", { name: row });
  return header.closest("tr")?.querySelector("td")?.textContent ?? "";
}

describe("ParticipationPage", () => {
  it("shows the counts and rates, and no names", async () => {
    const fetchMock = vi.fn(async (url: string) => byUrl(url));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<ParticipationPage />, { route: "/mentoring/participation" });
    expect(await screen.findByRole("heading", { level: 1, name: "Mentoring participation" })).toBeTruthy();
    expect(await screen.findByRole("table", { name: "Engagements" })).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain("/api/mentoring/participation");
    expect(valueOf("Engagements", "Active")).toBe("7");
    expect(valueOf("Engagements", "Mentees")).toBe("12");
    expect(valueOf("Sessions", "Held")).toBe("18");
    expect(valueOf("Sessions", "Sessions held (of scheduled)")).toBe("90 %");
    expect(valueOf("Action items and check-ins", "Overdue action items")).toBe("4");
    expect(valueOf("Action items and check-ins", "Active engagements with a check-in in the last 14 days")).toBe("57 %");
    expect(valueOf("Modules", "In progress")).toBe("5");
    expect(valueOf("Reaction surveys", "Satisfaction")).toBe("4.3 / 5");
    expect(valueOf("Reaction surveys", "Intent to apply it")).toBe("—");
  });

  it("shows the server's refusal to someone without access", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(403, { code: "FORBIDDEN", title: "FORBIDDEN", detail: "no", status: 403 }, "application/problem+json")));
    renderPage(<ParticipationPage />, { route: "/mentoring/participation" });
    expect((await screen.findAllByRole("alert")).length).toBeGreaterThan(0);
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("lets HR change the reminder policy's cadence and quiet hours, and shows a field the server refuses", async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === "PUT") {
        const body = JSON.parse(String(init.body));
        if (body.staleCheckInDays === 0) return jsonResponse(400, { type: "about:blank", code: "VALIDATION", title: "VALIDATION", detail: "x", status: 400, field: "staleCheckInDays" }, "application/problem+json");
        return jsonResponse(200, { policy: body, defaults, custom: true });
      }
      return byUrl(url);
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<ParticipationPage />, { route: "/mentoring/participation" });
    expect(await screen.findByRole("heading", { level: 2, name: "Reminder emails" })).toBeTruthy();
    expect(await screen.findByText(/The default policy is in force/)).toBeTruthy();
    expect((screen.getByLabelText(/^Quiet from/) as HTMLInputElement).value).toBe("20:00");
    fireEvent.change(screen.getByLabelText(/^Overdue action item: remind every/), { target: { value: "3" } });
    fireEvent.change(screen.getByLabelText(/^Quiet from/), { target: { value: "21:30" } });
    fireEvent.change(screen.getByLabelText(/^Quiet until/), { target: { value: "07:00" } });
    fireEvent.change(screen.getByLabelText(/^Check-in reminder after/), { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the policy" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(true));
    await waitFor(() => expect(screen.getByLabelText(/^Check-in reminder after/).getAttribute("aria-invalid")).toBe("true"));
    fireEvent.change(screen.getByLabelText(/^Check-in reminder after/), { target: { value: "21" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the policy" }));
    expect(await screen.findByText("The reminder policy was saved.")).toBeTruthy();
    const puts = fetchMock.mock.calls.filter(([, init]) => init?.method === "PUT");
    expect(puts.at(-1)?.[0]).toBe("/api/mentoring/policy");
    expect(JSON.parse(String(puts.at(-1)?.[1]?.body))).toEqual({ ...defaults, overdueActionCadenceDays: 3, staleCheckInDays: 21, quietHours: { start: "21:30", end: "07:00" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /^Quiet hours/ }));
    expect(screen.queryByLabelText(/^Quiet from/)).toBeNull();
  }, 30_000);

  it("shows an executive the counts but not the reminder policy", async () => {
    const fetchMock = vi.fn(async (url: string) => byUrl(url));
    vi.stubGlobal("fetch", fetchMock);
    const organisation = { id: "5f1c9a0e-2b7d-4c1e-9f3a-0d6b8e2c4a11", slug: "demo", name: "Brouwerij Demo", roles: ["executive" as const] };
    renderPage(<ParticipationPage />, { route: "/mentoring/participation", session: sessionFixture({ organisations: [organisation], currentOrganisation: organisation }) });
    expect(await screen.findByRole("table", { name: "Engagements" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Reminder emails" })).toBeNull();
    expect(fetchMock.mock.calls.map(([url]) => url)).not.toContain("/api/mentoring/policy");
  });
});
