// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TPerson } from "../../../contracts/people";
import { jsonResponse, renderPage } from "../../test-utils";
import { PersonDataPanel } from "./person-data-panel";

const ID = "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const PERSON: TPerson = {
  id: ID,
  employeeNumber: "E042",
  firstName: "Lotte",
  lastName: "Peeters",
  email: "lotte@demo.example",
  jobTitle: "",
  department: "",
  managerId: null,
  managerName: null,
  startDate: null,
  roleStartDate: null,
  language: "nl",
  active: true,
  account: { state: "none", userId: null, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: [] },
};

function server(answer: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => answer());
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("PersonDataPanel", { timeout: 20_000 }, () => {
  it("links the JSON and PDF exports of the person", async () => {
    server(() => jsonResponse(200, {}));
    renderPage(<PersonDataPanel person={PERSON} />, { route: `/people/${ID}`, path: "/people/:id" });
    expect((await screen.findByRole("link", { name: "Export data (JSON)" })).getAttribute("href")).toBe(`/api/people/${ID}/data-export?format=json`);
    expect(screen.getByRole("link", { name: "Export data (PDF)" }).getAttribute("href")).toBe(`/api/people/${ID}/data-export?format=pdf&language=en`);
  });

  it("erases only after the typed confirmation, sends it, and shows the server's refusal", async () => {
    const fetchMock = server(() => jsonResponse(400, { type: "about:blank", title: "Bad Request", status: 400, code: "VALIDATION", detail: "type the person's employee number or full name to confirm the erasure", field: "confirmation" }, "application/problem+json"));
    renderPage(<PersonDataPanel person={PERSON} />, { route: `/people/${ID}`, path: "/people/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Erase person" }));
    const dialog = await screen.findByRole("dialog", { name: "Erase Lotte Peeters?" });
    expect(dialog.textContent).toContain("This cannot be undone");
    const confirm = within(dialog).getByRole("button", { name: "Erase permanently" });
    expect(confirm.hasAttribute("disabled")).toBe(true);
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Type the employee number \(E042\)/ }), { target: { value: "E041" } });
    fireEvent.click(confirm);
    expect(await within(dialog).findByRole("alert")).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url, init]) => [url, (init as RequestInit | undefined)?.method, (init as RequestInit | undefined)?.body])).toEqual([
      [`/api/people/${ID}/erase`, "POST", JSON.stringify({ confirmation: "E041" })],
    ]);
  });

  it("goes back to the directory after the erasure", async () => {
    server(() => jsonResponse(200, { reference: "0f1e2d3c-4b5a-4968-8776-655443322110", erasedAt: "2026-12-07T22:00:00.000Z", alreadyErased: false }));
    renderPage(<PersonDataPanel person={PERSON} />, { route: `/people/${ID}`, path: "/people/:id" });
    fireEvent.click(await screen.findByRole("button", { name: "Erase person" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByRole("textbox"), { target: { value: "Lotte Peeters" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Erase permanently" }));
    await waitFor(() => expect(screen.getByTestId("elsewhere")).toBeTruthy());
  });
});
