import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import type { TSessionResponse } from "../contracts/auth";
import { AppProviders } from "./app-providers";
import { initI18n } from "./i18n";

/** A signed-in HR admin of one organisation; override what a test needs. */
export function sessionFixture(overrides: Partial<TSessionResponse> = {}): TSessionResponse {
  const organisation = {
    id: "5f1c9a0e-2b7d-4c1e-9f3a-0d6b8e2c4a11",
    slug: "demo",
    name: "Brouwerij Demo",
    roles: ["hr_admin" as const],
  };
  return {
    user: {
      id: "0b7e4c2a-9d1f-4e3b-8a6c-5f2d1e0c9b88",
      email: "hr@demo.example",
      displayName: "Hanne Rosseel",
      locale: null,
      isOperator: false,
    },
    organisations: [organisation],
    currentOrganisation: organisation,
    csrfToken: "csrf-test-token",
    ...overrides,
  };
}

/**
 * Renders `ui` at `route` inside the app's providers and a memory router. `path` is the route
 * pattern the element is mounted on; other paths render their name, so a redirect is visible.
 */
export function renderPage(
  ui: ReactElement,
  { route = "/", path = route, session = sessionFixture() }: { route?: string; path?: string; session?: TSessionResponse | null } = {},
) {
  initI18n("en");
  return render(
    <AppProviders session={session}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<p data-testid="elsewhere">elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

/** A JSON response as `fetch` would give it. */
export function jsonResponse(status: number, body: unknown, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": contentType } });
}
