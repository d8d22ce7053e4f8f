// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyLocale } from "../../i18n";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { SignInPage } from "./sign-in-page";

const unauthenticated = {
  type: "about:blank",
  title: "Unauthenticated",
  status: 401,
  code: "UNAUTHENTICATED",
  detail: "Invalid email or password",
};

function fillAndSubmit(emailLabel: string, passwordLabel: string, button: string) {
  fireEvent.change(screen.getByLabelText(emailLabel, { exact: false }), { target: { value: "hr@demo.example" } });
  fireEvent.change(screen.getByLabelText(passwordLabel, { exact: false }), { target: { value: "wrong password" } });
  fireEvent.click(screen.getByRole("button", { name: button }));
}

beforeEach(async () => {
  await applyLocale("en");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("SignInPage", () => {
  it("shows a translated error when the server answers 401", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(401, unauthenticated, "application/problem+json")));
    renderPage(<SignInPage />, { route: "/sign-in", session: null });
    fillAndSubmit("Email", "Password", "Sign in");
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", "The email address or password is incorrect.");
  });

  it("shows the same error in French when the interface is French", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(401, unauthenticated, "application/problem+json")));
    renderPage(<SignInPage />, { route: "/sign-in", session: null });
    await applyLocale("fr");
    fillAndSubmit("Adresse e-mail", "Mot de passe", "Se connecter");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("L’adresse e-mail ou le mot de passe est incorrect.");
  });

  it("translates a rate limit by its code", async () => {
    const limited = { ...unauthenticated, status: 429, code: "RATE_LIMITED", detail: "Too many requests" };
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(429, limited, "application/problem+json")));
    renderPage(<SignInPage />, { route: "/sign-in", session: null });
    fillAndSubmit("Email", "Password", "Sign in");
    expect((await screen.findByRole("alert")).textContent).toMatch(/Too many attempts/);
  });

  it("asks for both fields without calling the server", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<SignInPage />, { route: "/sign-in", session: null });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findAllByText("This field is required.")).toHaveLength(2);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("posts the credentials and adopts the session and its saved language", async () => {
    const session = sessionFixture({ user: { ...sessionFixture().user, locale: "nl" } });
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, session));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<SignInPage />, { route: "/sign-in", session: null });
    fillAndSubmit("Email", "Password", "Sign in");
    await waitFor(() => expect(document.documentElement.lang).toBe("nl"));
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/api/auth/sign-in");
    expect(JSON.parse(String(init?.body))).toEqual({ email: "hr@demo.example", password: "wrong password" });
  });
});
