// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TPersonAccount } from "../../../contracts/invitations";
import type { TPerson } from "../../../contracts/people";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { PeoplePage } from "./people-page";

const NO_ACCOUNT: TPersonAccount = { state: "none", userId: null, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: [] };
const INVITATION_ID = "7a0c6f1e-3b2d-4e5f-8a9b-1c2d3e4f5a6b";

function person(n: number, firstName: string, account: TPersonAccount = NO_ACCOUNT): TPerson {
  return {
    id: `3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5${n}`,
    employeeNumber: `E00${n}`,
    firstName,
    lastName: "Peeters",
    email: `${firstName.toLowerCase()}@demo.example`,
    jobTitle: "Brewer",
    department: "Brewing",
    managerId: null,
    managerName: null,
    startDate: null,
    roleStartDate: null,
    language: "fr",
    active: true,
    account,
  };
}

const invited: TPersonAccount = {
  ...NO_ACCOUNT,
  state: "invited",
  invitationId: INVITATION_ID,
  lastSentAt: "2026-12-01T10:00:00Z",
  expiresAt: "2026-12-15T10:00:00Z",
  sendCount: 1,
  roles: ["manager"],
};
const PEOPLE = [person(1, "Lotte"), person(2, "Wout"), person(3, "Nele", invited)];

/** A server listing PEOPLE and answering the invitation calls; returns the fetch mock. */
function server() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === "POST" && url === "/api/invitations/people") {
      return jsonResponse(200, { invited: 1, notified: 0, skipped: [{ personId: PEOPLE[1]?.id, reason: "no_email" }] });
    }
    if (init?.method === "POST" && url.endsWith("/revoke")) return jsonResponse(200, { ...invited, state: "none", invitationId: null });
    if (init?.method === "POST" && url.endsWith("/resend")) return jsonResponse(200, { ...invited, sendCount: 2 });
    return jsonResponse(200, { total: PEOPLE.length, items: PEOPLE });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const posts = (fetchMock: ReturnType<typeof server>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === "POST").map(([url, init]) => ({ url, body: JSON.parse(String(init?.body)) }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// the dialog tests render Mantine modals, slow under jsdom on a busy machine
describe("PeoplePage for HR", { timeout: 20_000 }, () => {
  it("shows each person's account state", async () => {
    server();
    renderPage(<PeoplePage />, { route: "/people" });
    const table = await screen.findByRole("table");
    expect(within(table).getAllByText("No account")).toHaveLength(2);
    expect(within(table).getByText("Invited")).toBeTruthy();
  });

  it("invites the selected people with the chosen roles and tells what happened", async () => {
    const fetchMock = server();
    renderPage(<PeoplePage />, { route: "/people" });
    fireEvent.click(await screen.findByRole("checkbox", { name: "Select Lotte Peeters" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Select Wout Peeters" }));
    fireEvent.click(screen.getByRole("button", { name: "Invite 2 selected people" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite 2 people" });
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Mentor" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Send invitations" }));
    expect(await within(dialog).findByText("1 invited, 1 without email")).toBeTruthy();
    expect(posts(fetchMock)).toEqual([
      { url: "/api/invitations/people", body: { personIds: [PEOPLE[0]?.id, PEOPLE[1]?.id], roles: ["manager", "mentor"] } },
    ]);
  });

  it("sends nothing without a role", async () => {
    const fetchMock = server();
    renderPage(<PeoplePage />, { route: "/people" });
    fireEvent.click(await screen.findByRole("button", { name: "Invite everyone not yet invited" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Manager" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Send invitations" }));
    expect(await within(dialog).findByText("Choose at least one role.")).toBeTruthy();
    expect(posts(fetchMock)).toEqual([]);
  });

  it("invites everyone not yet invited who manages someone in a department", async () => {
    const fetchMock = server();
    renderPage(<PeoplePage />, { route: "/people" });
    fireEvent.click(await screen.findByRole("button", { name: "Invite everyone not yet invited" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite everyone not yet invited" });
    fireEvent.change(within(dialog).getByLabelText("Only this department (optional)"), { target: { value: " Brewing " } });
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Only people who manage someone" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Send invitations" }));
    await within(dialog).findByRole("status");
    expect(posts(fetchMock)[0]?.body).toEqual({
      filter: { accountState: "none", department: "Brewing", managersOnly: true },
      roles: ["manager"],
    });
  });

  it("revokes a pending invitation from its row", async () => {
    const fetchMock = server();
    renderPage(<PeoplePage />, { route: "/people" });
    fireEvent.click(await screen.findByRole("button", { name: "Revoke the invitation of Nele Peeters" }));
    expect(await screen.findByText(/The invitation of Nele Peeters has been revoked/)).toBeTruthy();
    expect(posts(fetchMock).map((p) => p.url)).toEqual([`/api/invitations/${INVITATION_ID}/revoke`]);
  });

  it("resends an invitation sent long enough ago from its row", async () => {
    const fetchMock = server();
    renderPage(<PeoplePage />, { route: "/people" });
    fireEvent.click(await screen.findByRole("button", { name: "Resend the invitation to Nele Peeters" }));
    expect(await screen.findByText("A new invitation link has been sent to Nele Peeters.")).toBeTruthy();
    expect(posts(fetchMock).map((p) => p.url)).toEqual([`/api/invitations/${INVITATION_ID}/resend`]);
  });

  it("offers no resend within ten minutes of the last one, and says from when", async () => {
    const justSent = { ...invited, lastSentAt: new Date(Date.now() - 60_000).toISOString() };
    PEOPLE[2] = person(3, "Nele", justSent);
    try {
      server();
      renderPage(<PeoplePage />, { route: "/people" });
      expect(await screen.findByText(/^Can be resent from \d{1,2}:\d{2}/)).toBeTruthy();
      expect(screen.queryByRole("button", { name: "Resend the invitation to Nele Peeters" })).toBeNull();
      expect(screen.getByRole("button", { name: "Revoke the invitation of Nele Peeters" })).toBeTruthy();
    } finally {
      PEOPLE[2] = person(3, "Nele", invited);
    }
  });

  it("filters by account state through the address and the query", async () => {
    const fetchMock = server();
    renderPage(<PeoplePage />, { route: "/people?account=none", path: "/people" });
    await screen.findByRole("table");
    await waitFor(() => expect(String(fetchMock.mock.calls.at(-1)?.[0])).toContain("accountState=none"));
  });

  it("shows no account column, selection or invitations to other readers", async () => {
    server();
    const session = sessionFixture();
    const organisation = { ...session.organisations[0]!, roles: ["manager" as const] };
    renderPage(<PeoplePage />, { route: "/people", session: { ...session, organisations: [organisation], currentOrganisation: organisation } });
    await screen.findByRole("table");
    expect(screen.queryByText("No account")).toBeNull();
    expect(screen.queryByRole("checkbox", { name: /Select/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Invite everyone not yet invited" })).toBeNull();
  });

  it("tells a manager and a mentor whom the directory shows them, and HR nothing of the kind", async () => {
    server();
    const session = sessionFixture();
    const manager = { ...session.organisations[0]!, roles: ["manager" as const], personId: PEOPLE[0]?.id };
    renderPage(<PeoplePage />, { route: "/people", session: { ...session, organisations: [manager], currentOrganisation: manager } });
    expect(await screen.findByText(/^You see your reporting line: yourself, everyone who reports to you/)).toBeTruthy();
    cleanup();
    const mentor = { ...session.organisations[0]!, roles: ["mentor" as const] };
    renderPage(<PeoplePage />, { route: "/people", session: { ...session, organisations: [mentor], currentOrganisation: mentor } });
    expect(await screen.findByText("You see the people you mentor now.")).toBeTruthy();
    cleanup();
    renderPage(<PeoplePage />, { route: "/people" });
    await screen.findByRole("table");
    expect(screen.queryByText(/^You see/)).toBeNull();
  });
});
