// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TPerson } from "../../../contracts/people";
import { jsonResponse, renderPage } from "../../test-utils";
import { NewPersonPage } from "./new-person-page";
import { changedFields } from "./person-form-values";

const person: TPerson = {
  id: "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  employeeNumber: "E042",
  firstName: "Lotte",
  lastName: "Peeters",
  email: "lotte@demo.example",
  jobTitle: "Brewer",
  department: "Brewing",
  managerId: null,
  managerName: null,
  startDate: "2022-01-03",
  roleStartDate: null,
  language: "nl",
  active: true,
  account: { state: "none", userId: null, invitationId: null, lastSentAt: null, expiresAt: null, sendCount: 0, roles: [] },
};

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

function fillRequired(email: string) {
  fill("First name", "Lotte");
  fill("Last name", "Peeters");
  fill("Email", email);
  fill("Employee number", "E042");
}

/** fetch that lists nobody (the manager picker) and answers POST /api/people with `answer`. */
function serverAnswering(answer: Response) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) =>
    init?.method === "POST" && url === "/api/people" ? answer : jsonResponse(200, { total: 0, items: [] }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("NewPersonPage", () => {
  it("checks the fields with the shared schema before sending anything", async () => {
    const fetchMock = serverAnswering(jsonResponse(201, person));
    renderPage(<NewPersonPage />, { route: "/people/new" });
    fillRequired("not-an-email");
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));
    expect(await screen.findByText("Enter a valid email address.")).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === "POST")).toBe(false);
  });

  it("marks the field the server names, translated by the problem's code", async () => {
    const conflict = { type: "about:blank", title: "Conflict", status: 409, code: "CONFLICT", detail: "email taken", field: "email" };
    serverAnswering(jsonResponse(409, conflict, "application/problem+json"));
    renderPage(<NewPersonPage />, { route: "/people/new" });
    fillRequired("lotte@demo.example");
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));

    expect(await screen.findByText("This value is already in use.")).toBeTruthy();
    expect(screen.getByLabelText("Email", { exact: false }).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("First name", { exact: false }).getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.getByRole("alert").textContent).toMatch(/conflicts with existing information/);
  });

  it("posts the person with empty dates as null and opens the new person", async () => {
    const fetchMock = serverAnswering(jsonResponse(201, person));
    renderPage(<NewPersonPage />, { route: "/people/new" });
    fillRequired("lotte@demo.example");
    fireEvent.change(screen.getByLabelText("Start date"), { target: { value: "2022-01-03" } });
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));

    await waitFor(() => expect(screen.getByTestId("elsewhere")).toBeTruthy());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === "POST");
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({
      firstName: "Lotte",
      email: "lotte@demo.example",
      startDate: "2022-01-03",
      roleStartDate: null,
      managerId: null,
    });
  });
});

describe("changedFields", () => {
  it("sends only what differs from the stored person", () => {
    const { id: _id, managerName: _m, active: _a, ...input } = person;
    expect(changedFields(person, input)).toEqual({});
    expect(changedFields(person, { ...input, jobTitle: "Head brewer", roleStartDate: "2024-05-01" })).toEqual({
      jobTitle: "Head brewer",
      roleStartDate: "2024-05-01",
    });
  });
});
