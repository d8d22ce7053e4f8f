// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TInvitationResult } from "../../../contracts/invitations";
import { jsonResponse, renderPage } from "../../test-utils";
import { InvitePage } from "./invite-page";

const PERSON_ID = "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

function server(result: TInvitationResult) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(201, result));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function send(email: string) {
  fireEvent.change(screen.getByLabelText("Email", { exact: false }), { target: { value: email } });
  fireEvent.change(screen.getByLabelText("Full name", { exact: false }), { target: { value: "Geert Mentor" } });
  fireEvent.click(screen.getByRole("button", { name: "Send invitation" }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("InvitePage", { timeout: 20_000 }, () => {
  it("says the link was sent to a new account", async () => {
    const fetchMock = server({ ok: true, outcome: "invited", personId: null, invitationId: "7a0c6f1e-3b2d-4e5f-8a9b-1c2d3e4f5a6b" });
    renderPage(<InvitePage />, { route: "/invite" });
    send("geert@mentors.example");
    expect(await screen.findByText("Invitation sent to geert@mentors.example.")).toBeTruthy();
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toMatchObject({ email: "geert@mentors.example", roles: ["manager"] });
    expect(screen.queryByRole("link", { name: /open their record/ })).toBeNull();
  });

  it("says an existing account joined at once, and links to the person with that address", async () => {
    server({ ok: true, outcome: "notified", personId: PERSON_ID, invitationId: null });
    renderPage(<InvitePage />, { route: "/invite" });
    send("geert@mentors.example");
    expect(await screen.findByText(/geert@mentors.example already had an account/)).toBeTruthy();
    expect(screen.getByRole("link", { name: /open their record/ }).getAttribute("href")).toBe(`/people/${PERSON_ID}`);
  });
});
