// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyLocale } from "../../i18n";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { SignInPage } from "../auth/sign-in-page";

const halfway = sessionFixture({ organisations: [], currentOrganisation: null, stage: "totp", twoFactorRequired: true });
const wrongCode = { type: "about:blank", title: "Invalid", status: 400, code: "VALIDATION", field: "code", detail: "the code is not correct" };

beforeEach(async () => {
  await applyLocale("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the sign-in's two-factor step", () => {
  it("asks a half-signed-in user for the code with a one-time-code, numeric field", () => {
    renderPage(<SignInPage />, { route: "/sign-in", session: halfway });
    const field = screen.getByLabelText("Code", { exact: false });
    expect(field.getAttribute("autocomplete")).toBe("one-time-code");
    expect(field.getAttribute("inputmode")).toBe("numeric");
    expect(screen.queryByLabelText("Password", { exact: false })).toBeNull();
  });

  it("posts the code without its space and marks a wrong code on the field", async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(400, wrongCode, "application/problem+json"));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<SignInPage />, { route: "/sign-in", session: halfway });
    fireEvent.change(screen.getByLabelText("Code", { exact: false }), { target: { value: "123 456" } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByText("The code is incorrect or has already been used.")).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/api/auth/two-factor/verify");
    expect(JSON.parse(String(init?.body))).toEqual({ code: "123456" });
  });

  it("switches to a recovery code and posts it as one", async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, sessionFixture({ stage: "full" })));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<SignInPage />, { route: "/sign-in", session: halfway });
    fireEvent.click(screen.getByRole("button", { name: "Use a recovery code instead" }));
    fireEvent.change(screen.getByLabelText("Recovery code", { exact: false }), { target: { value: " abcd-efgh-jkmn-pqrs " } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ recoveryCode: "abcd-efgh-jkmn-pqrs" });
  });

  it("shows the password step to a visitor", () => {
    renderPage(<SignInPage />, { route: "/sign-in", session: null });
    expect(screen.getByLabelText("Password", { exact: false })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Verify" })).toBeNull();
  });
});
