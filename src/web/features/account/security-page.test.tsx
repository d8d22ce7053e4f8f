// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyLocale } from "../../i18n";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { SecurityPage } from "./security-page";

type TRoute = (url: string, init?: RequestInit) => Response;

/** A fetch that answers by "METHOD path". */
function serve(routes: Record<string, TRoute>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${(init?.method ?? "GET").toUpperCase()} ${url}`;
    const route = routes[key];
    if (!route) return jsonResponse(404, { status: 404, code: "NOT_FOUND", title: key }, "application/problem+json");
    return route(url, init);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const off = { enabled: false, required: false, recoveryCodesLeft: 0 };
const security = { requireTwoFactor: false, appliesToRoles: ["hr_admin", "mentor"], membersWithoutTwoFactor: 2 };
const codes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String(i).padStart(2, "0")}`);

beforeEach(async () => {
  await applyLocale("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("SecurityPage", () => {
  it("sets up two-factor: QR code and key, then a code turns it on and shows the recovery codes once", async () => {
    const fetchMock = serve({
      "GET /api/me/two-factor": () => jsonResponse(200, off),
      "GET /api/organisation/security": () => jsonResponse(200, security),
      "POST /api/me/two-factor/setup": () => jsonResponse(200, { secret: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", otpauthUri: "otpauth://totp/x", qrSvg: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>" }),
      "POST /api/me/two-factor/enable": () => jsonResponse(200, { recoveryCodes: codes }),
      "GET /api/auth/session": () => jsonResponse(200, sessionFixture({ stage: "full" })),
    });
    renderPage(<SecurityPage />, { route: "/me/security" });
    fireEvent.click(await screen.findByRole("button", { name: "Set up two-factor authentication" }));
    expect((await screen.findByAltText("QR code that adds Sterk to your authenticator app")).getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(screen.getByTestId("totp-secret").textContent).toBe("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567");
    fireEvent.change(screen.getByLabelText("Code from the app", { exact: false }), { target: { value: "654 321" } });
    fireEvent.click(screen.getByRole("button", { name: "Turn on" }));
    expect(await screen.findByText(codes[9] ?? "")).toBeTruthy();
    const enable = fetchMock.mock.calls.find(([url]) => url === "/api/me/two-factor/enable");
    expect(JSON.parse(String(enable?.[1]?.body))).toEqual({ code: "654321" });
  });

  it("names a wrong current password on its field", async () => {
    serve({
      "GET /api/me/two-factor": () => jsonResponse(200, off),
      "GET /api/organisation/security": () => jsonResponse(200, security),
      "POST /api/me/password": () => jsonResponse(400, { type: "about:blank", title: "Invalid", status: 400, code: "VALIDATION", detail: "wrong", field: "currentPassword" }, "application/problem+json"),
    });
    renderPage(<SecurityPage />, { route: "/me/security" });
    fireEvent.change(screen.getByLabelText("Current password", { exact: false }), { target: { value: "not it" } });
    fireEvent.change(screen.getByLabelText("New password", { exact: false }), { target: { value: "a much longer new password" } });
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText("The current password is incorrect.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("hides turning off when the organisation requires two-factor", async () => {
    serve({
      "GET /api/me/two-factor": () => jsonResponse(200, { enabled: true, required: true, recoveryCodesLeft: 1 }),
      "GET /api/organisation/security": () => jsonResponse(200, { ...security, requireTwoFactor: true }),
    });
    renderPage(<SecurityPage />, { route: "/me/security" });
    expect(await screen.findByText("1 recovery code left.")).toBeTruthy();
    expect(screen.getByText(/cannot be turned off/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Turn off" })).toBeNull();
  });

  it("during a required enrolment shows only the explanation and the setup", async () => {
    serve({ "GET /api/me/two-factor": () => jsonResponse(200, { ...off, required: true }) });
    renderPage(<SecurityPage />, { route: "/me/security", session: sessionFixture({ stage: "totp_enrol" }) });
    expect(await screen.findByText(/Brouwerij Demo requires two-factor authentication for your role/)).toBeTruthy();
    expect(screen.queryByLabelText("Current password", { exact: false })).toBeNull();
    expect(screen.queryByRole("switch")).toBeNull();
    await waitFor(() => expect(screen.getByRole("button", { name: "Set up two-factor authentication" })).toBeTruthy());
  });
});
