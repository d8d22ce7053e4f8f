// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TMatching, TMatchScore, TMentorProfile, TMyMentorMatch } from "../../../contracts/mentors";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { MentorsPage } from "./mentors-page";
import { MyMentorPage } from "./my-mentor-page";

const ann = "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const geert = "2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const claire = "3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

const mentor = (userId: string, name: string, over: Partial<TMentorProfile> = {}): TMentorProfile => ({
  userId,
  name,
  email: `${name.toLowerCase()}@x.test`,
  personId: null,
  hasProfile: true,
  expertise: [{ challengeId: "setting-priorities", level: 3, name: "find it hard to set priorities" }],
  languages: ["nl", "en"],
  industries: [],
  capacity: 4,
  available: true,
  bio: "Former plant director",
  activeMentees: 1,
  updatedAt: null,
  ...over,
});

const score = (mentorUserId: string, mentorName: string, total: number): TMatchScore => ({
  mentorUserId,
  mentorName,
  mentorEmail: `${mentorName.toLowerCase()}@x.test`,
  total,
  parts: [
    { kind: "expertise", points: total - 23.75, max: 60, challenges: [{ id: "setting-priorities", name: "find it hard to set priorities" }] },
    { kind: "language", points: 20, max: 20, language: "nl" },
    { kind: "industry", points: 0, max: 15, industry: null },
    { kind: "capacity", points: 3.75, max: 5, free: 3, capacity: 4 },
  ],
  ineligible: [],
});

const matching: TMatching = {
  matches: [
    {
      person: {
        id: ann,
        name: "Ann Peeters",
        employeeNumber: "E1",
        department: "Sales",
        topChallenges: [{ id: "setting-priorities", name: "find it hard to set priorities", score: 4.5 }],
        challengesShared: true,
      },
      assigned: score(geert, "Geert", 83.75),
      topThree: [score(geert, "Geert", 83.75), score(claire, "Claire", 43.75)],
      unmatchedReason: null,
      excluded: { "own-line-manager": 1 },
    },
  ],
  totalScore: 83.75,
  matched: 1,
  mentors: 2,
  excludeSameDepartment: false,
  message: null,
  messageCode: null,
};

// full Mantine pages in jsdom: generous when the machine is busy
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("MentorsPage", () => {
  it("shows mentors with their load, the proposal with explained scores, and lets HR assign another mentor", async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === "POST") return jsonResponse(200, { personId: ann, mentorUserId: claire, mentorName: "Claire", mentorEmail: "claire@x.test", since: "2026-03-01T10:00:00.000Z" });
      if (url.startsWith("/api/mentors/matching")) return jsonResponse(200, matching);
      return jsonResponse(200, { items: [mentor(geert, "Geert"), mentor(claire, "Claire", { activeMentees: 4, hasProfile: false })] });
    });
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<MentorsPage />, { route: "/mentors" });
    expect(await screen.findByRole("heading", { level: 1, name: "Mentors and matching" })).toBeTruthy();
    expect(await screen.findByText("4 of 4")).toBeTruthy();
    expect(screen.getByText("no profile yet")).toBeTruthy();
    expect(await screen.findByText("1 of 1 people matched; total score 83.8")).toBeTruthy();
    expect(screen.getByText("Geert · 83.8 / 100", { selector: "p" })).toBeTruthy();
    expect(screen.getByText("Expertise 60 / 60")).toBeTruthy();
    expect(screen.getByText(/Knows: find it hard to set priorities/)).toBeTruthy();

    fireEvent.click(screen.getByRole("switch", { name: "Never match within the same department" }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).includes("excludeSameDepartment=true"))).toBe(true));

    fireEvent.change(await screen.findByLabelText("Mentor for Ann Peeters"), { target: { value: claire } });
    fireEvent.click(screen.getByRole("button", { name: "Assign" }));
    expect(await screen.findByText("Claire now mentors Ann Peeters.")).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toBe("/api/mentors/assignments");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ personId: ann, mentorUserId: claire });
  });

  it("says so when a person does not share their challenges with HR, and still shows the score", async () => {
    const hidden = (m: TMatchScore): TMatchScore => ({ ...m, parts: m.parts.map((p) => (p.kind === "expertise" ? { ...p, challenges: [] } : p)) });
    const [entry] = matching.matches;
    const privateMatching: TMatching = {
      ...matching,
      matches: [{ ...(entry as TMatching["matches"][number]), person: { ...(entry as TMatching["matches"][number]).person, topChallenges: [], challengesShared: false }, assigned: hidden(score(geert, "Geert", 83.75)), topThree: [hidden(score(geert, "Geert", 83.75))] }],
    };
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => jsonResponse(200, url.startsWith("/api/mentors/matching") ? privateMatching : { items: [mentor(geert, "Geert")] })),
    );
    renderPage(<MentorsPage />, { route: "/mentors" });
    expect(await screen.findByText("Top challenges: not shared with HR (the score still takes them into account)")).toBeTruthy();
    expect(screen.getByText("Geert · 83.8 / 100", { selector: "p" })).toBeTruthy();
    expect(screen.getByText(/the challenges are not shared/)).toBeTruthy();
    expect(screen.queryByText(/Knows:/)).toBeNull();
    expect(screen.queryByText(/no overlap with the top challenges/)).toBeNull();
  });
});

describe("MyMentorPage", () => {
  it("shows the top three with explained scores and lets the person choose one", async () => {
    const mine: TMyMentorMatch = {
      personId: ann,
      hasScan: true,
      topChallenges: [{ id: "setting-priorities", name: "find it hard to set priorities", score: 4.5 }],
      topThree: [
        { ...score(geert, "Geert", 83.75), languages: ["nl", "en"], industries: [], expertise: [{ challengeId: "setting-priorities", level: 3, name: "find it hard to set priorities" }], bio: "Former plant director" },
        { ...score(claire, "Claire", 43.75), languages: ["fr", "nl"], industries: [], expertise: [], bio: "" },
      ],
      current: null,
    };
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === "POST"
        ? jsonResponse(200, { personId: ann, mentorUserId: geert, mentorName: "Geert", mentorEmail: "geert@x.test", since: "2026-03-01T10:00:00.000Z" })
        : jsonResponse(200, mine),
    );
    vi.stubGlobal("fetch", fetchMock);
    const session = sessionFixture();
    const organisation = { ...(session.currentOrganisation as NonNullable<typeof session.currentOrganisation>), roles: ["manager" as const], personId: ann };
    renderPage(<MyMentorPage />, { route: "/me/mentor", session: { ...session, organisations: [organisation], currentOrganisation: organisation } });
    expect(await screen.findByRole("heading", { level: 3, name: "Geert" })).toBeTruthy();
    expect(screen.getByText("You have no mentor yet.")).toBeTruthy();
    expect(screen.getByText("83.8 / 100")).toBeTruthy();
    expect(screen.getByText("Languages: Français, Nederlands")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Choose Geert" }));
    expect(await screen.findByText("Geert is now your mentor.")).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(post?.[0]).toBe("/api/me/mentor-match");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ mentorUserId: geert });
  });
});
