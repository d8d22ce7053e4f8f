// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TCaseload } from "../../../contracts/mentoring";
import { jsonResponse, renderPage } from "../../test-utils";
import { CaseloadPage } from "./caseload-page";

const caseload: TCaseload = {
  items: [
    {
      engagementId: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      person: { id: "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", firstName: "Marc", lastName: "Mentee" },
      status: "active",
      nextSessionStart: null,
      pendingProposals: 1,
      openActionItems: 3,
      overdueActionItems: 2,
      lastCheckInAt: null,
      meanProgress: 42.4,
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("CaseloadPage", () => {
  it("lists the mentor's engagements and keeps mentee feedback hidden below the minimum", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => (url === "/api/mentoring/feedback" ? jsonResponse(200, { shown: false, minimum: 3 }) : jsonResponse(200, caseload))),
    );
    renderPage(<CaseloadPage />, { route: "/mentoring/caseload" });
    const link = await screen.findByRole("link", { name: "Marc Mentee" });
    expect(link.getAttribute("href")).toBe(`/mentoring/${caseload.items[0]?.engagementId}`);
    const row = link.closest("tr") as HTMLElement;
    expect(within(row).getByText("42 %")).toBeTruthy();
    expect(within(row).getByText("2")).toBeTruthy();
    expect(await screen.findByText("Shown once at least 3 mentees have given closure feedback.")).toBeTruthy();
  });
});
