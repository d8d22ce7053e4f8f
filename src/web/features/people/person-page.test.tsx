// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TPersonAccount } from "../../../contracts/invitations";
import type { TPerson } from "../../../contracts/people";
import { jsonResponse, renderPage } from "../../test-utils";
import { PersonPage } from "./person-page";

const ID = "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const USER_ID = "0f1e2d3c-4b5a-4968-8776-655443322110";
const NO_ACCOUNT: TPersonAccount = { state: "none", userId: null, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: [] };
const ACTIVE: TPersonAccount = { ...NO_ACCOUNT, state: "active", userId: USER_ID, roles: ["manager"] };

function person(account: TPersonAccount, active = true): TPerson {
  return {
    id: ID,
    employeeNumber: "E042",
    firstName: "Lotte",
    lastName: "Peeters",
    email: "lotte@demo.example",
    jobTitle: "Brewer",
    department: "Brewing",
    managerId: null,
    managerName: null,
    startDate: null,
    roleStartDate: null,
    language: "nl",
    active,
    account,
  };
}

/** A server whose person starts as `initial`; writes answer with `after`. */
function server(initial: TPerson, after: TPerson) {
  let current = initial;
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    if (url === "/api/organisation/members?unlinked=true") {
      return jsonResponse(200, { items: [{ userId: USER_ID, email: "lotte.p@gmail.example", displayName: "Lotte P.", roles: ["mentor"], personId: null }] });
    }
    if (method !== "GET") current = after;
    if (url.startsWith(`/api/people/${ID}`)) return jsonResponse(200, url.endsWith("/account") ? current.account : current);
    return jsonResponse(200, { total: 0, items: [] });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const writes = (fetchMock: ReturnType<typeof server>) =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method && init.method !== "GET")
    .map(([url, init]) => ({ method: init?.method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("PersonPage account panel", { timeout: 20_000 }, () => {
  it("asks before deactivating, says that sessions end, and only then deactivates", async () => {
    const fetchMock = server(person(ACTIVE), person({ ...ACTIVE, state: "deactivated" }, false));
    renderPage(<PersonPage />, { route: `/people/${ID}`, path: "/people/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Deactivate" }));
    const dialog = await screen.findByRole("dialog", { name: "Deactivate Lotte Peeters?" });
    expect(dialog.textContent).toContain("Their sessions and API tokens end immediately");
    expect(writes(fetchMock)).toEqual([]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Deactivate and sign out" }));
    expect(await screen.findByText("The person has been deactivated.")).toBeTruthy();
    expect(writes(fetchMock)).toEqual([{ method: "PATCH", url: `/api/people/${ID}`, body: { active: false } }]);
  });

  it("cancelling the confirmation changes nothing", async () => {
    const fetchMock = server(person(ACTIVE), person(ACTIVE, false));
    renderPage(<PersonPage />, { route: `/people/${ID}`, path: "/people/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Deactivate" }));
    const dialog = await screen.findByRole("dialog");
    // the dialog's close button and its Cancel button both say "Cancel": the visible one
    const cancel = within(dialog).getAllByRole("button", { name: "Cancel" }).find((b) => b.textContent === "Cancel");
    fireEvent.click(cancel as HTMLElement);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(writes(fetchMock)).toEqual([]);
  });

  it("links an existing member's account by hand", async () => {
    const fetchMock = server(person(NO_ACCOUNT), person(ACTIVE));
    renderPage(<PersonPage />, { route: `/people/${ID}`, path: "/people/:id" });
    const panel = await screen.findByRole("region", { name: "Account" });
    expect(within(panel).getByText("No account")).toBeTruthy();
    const picker = await within(panel).findByRole("combobox", { name: "Link an existing account" });
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === "/api/organisation/members?unlinked=true")).toBe(true));
    fireEvent.change(picker, { target: { value: "Lotte" } });
    fireEvent.click(await screen.findByRole("option", { name: "Lotte P. (lotte.p@gmail.example)", hidden: true }));
    fireEvent.click(within(panel).getByRole("button", { name: "Link" }));
    expect(await screen.findByText("The account has been linked to this person.")).toBeTruthy();
    expect(writes(fetchMock)).toEqual([{ method: "PUT", url: `/api/people/${ID}/account`, body: { userId: USER_ID } }]);
    expect(within(screen.getByRole("region", { name: "Account" })).getByText("Active")).toBeTruthy();
  });

  it("unlinks an active account", async () => {
    const fetchMock = server(person(ACTIVE), person(NO_ACCOUNT));
    renderPage(<PersonPage />, { route: `/people/${ID}`, path: "/people/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Unlink account" }));
    expect(await screen.findByText("The account has been unlinked from this person.")).toBeTruthy();
    expect(writes(fetchMock)).toEqual([{ method: "DELETE", url: `/api/people/${ID}/account`, body: undefined }]);
  });
});
