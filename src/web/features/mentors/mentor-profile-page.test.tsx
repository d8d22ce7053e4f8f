// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TMentorProfile } from "../../../contracts/mentors";
import { MANAGER_CHALLENGES } from "../../../domain/assessment/manager-challenges";
import { jsonResponse, renderPage } from "../../test-utils";
import { MentorProfilePage } from "./mentor-profile-page";

const profile: TMentorProfile = {
  userId: "2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  name: "Geert",
  email: "geert@x.test",
  personId: null,
  hasProfile: false,
  expertise: [],
  languages: ["nl"],
  industries: [],
  capacity: 3,
  available: true,
  bio: "",
  activeMentees: 0,
  updatedAt: null,
};

// full Mantine pages in jsdom: generous when the machine is busy
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("MentorProfilePage", () => {
  it("saves expertise per challenge, languages and capacity, and refuses a profile without a language", async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      jsonResponse(200, init?.method === "PUT" ? { ...profile, ...JSON.parse(String(init.body)), hasProfile: true, expertise: [] } : profile),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<MentorProfilePage />, { route: "/me/mentor-profile" });
    const first = MANAGER_CHALLENGES[0];
    fireEvent.change(await screen.findByLabelText(`Level for ${first?.wording.en}`), { target: { value: "3" } });
    fireEvent.change(screen.getByLabelText("Most mentees at a time"), { target: { value: "5" } });
    fireEvent.change(screen.getByLabelText("Industries"), { target: { value: "retail, food" } });

    fireEvent.click(screen.getByLabelText("Nederlands"));
    fireEvent.click(screen.getByText("Save profile").closest("button") as HTMLButtonElement);
    expect(await screen.findByText("Choose at least one language.")).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(false);

    fireEvent.click(screen.getByLabelText("English"));
    fireEvent.click(screen.getByText("Save profile").closest("button") as HTMLButtonElement);
    expect(await screen.findByText("Your profile is saved.")).toBeTruthy();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === "PUT");
    expect(put?.[0]).toBe("/api/me/mentor-profile?lang=en");
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({
      expertise: [{ challengeId: first?.id, level: 3 }],
      languages: ["en"],
      industries: ["retail", "food"],
      capacity: 5,
      available: true,
      bio: "",
    });
  });
});
