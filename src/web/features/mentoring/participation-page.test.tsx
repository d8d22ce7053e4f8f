// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TParticipation } from "../../../contracts/mentoring";
import { jsonResponse, renderPage } from "../../test-utils";
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
    const fetchMock = vi.fn(async (_url: string) => jsonResponse(200, participation));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<ParticipationPage />, { route: "/mentoring/participation" });
    expect(await screen.findByRole("heading", { level: 1, name: "Mentoring participation" })).toBeTruthy();
    expect(await screen.findByRole("table", { name: "Engagements" })).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/mentoring/participation");
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
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
