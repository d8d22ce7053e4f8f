// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TCatalogueModule, TCatalogueOptions } from "../../../contracts/catalogue";
import { jsonResponse, renderPage } from "../../test-utils";
import { CataloguePage } from "./catalogue-page";
import { emptyModuleValues, moduleInputFrom, moduleValuesFrom } from "./module-form-values";

const workshop: TCatalogueModule = {
  id: "feedback-workshop",
  title: { nl: "Feedbackwerkplaats", fr: "Atelier feedback", en: "Feedback workshop" },
  description: { nl: "Oefenen.", fr: "S'exercer.", en: "Practice." },
  display: { title: "Feedback workshop", description: "Practice." },
  format: "workshop",
  hours: 7.5,
  costCents: 125_050,
  currency: "EUR",
  seatsPerPeriod: 12,
  languages: ["nl", "fr"],
  provider: "Acme Academy",
  challenges: [{ challengeId: "lack-self-confidence", weight: 0.8, name: "lack self-confidence" }],
  buildsOn: [{ talentId: "imaginative-visionary", name: "Imaginative visionary" }],
  situations: ["new-in-role"],
  starter: true,
  archived: false,
};
const book: TCatalogueModule = {
  ...workshop,
  id: "own-book",
  title: { nl: "Boek", fr: "Livre", en: "A book on priorities" },
  display: { title: "A book on priorities", description: "" },
  format: "book",
  costCents: 2_500,
  seatsPerPeriod: null,
  starter: false,
};
const options: TCatalogueOptions = {
  formats: ["mentoring_track", "workshop", "elearning", "book", "peer_circle", "on_the_job", "job_shadowing"],
  challenges: [
    { id: "lack-self-confidence", name: "lack self-confidence", situation: "new-in-role" },
    { id: "setting-priorities", name: "find it hard to set priorities", situation: "can-do-more" },
  ],
  talents: [{ id: "imaginative-visionary", name: "Imaginative visionary" }],
  situations: [{ id: "new-in-role", name: "New in the role" }],
  currency: "EUR",
};

/** fetch answering the list and the options, and `write` for a POST or PUT to a module. */
function server(write: Response = jsonResponse(200, workshop)) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === "PUT" || (init?.method === "POST" && url.startsWith("/api/catalogue?"))) return write.clone();
    if (url.startsWith("/api/catalogue/options")) return jsonResponse(200, options);
    if (url.startsWith("/api/catalogue?")) return jsonResponse(200, { items: [workshop, book] });
    return jsonResponse(404, { type: "x", title: "x", status: 404, code: "NOT_FOUND", detail: "" });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const writes = (fetchMock: ReturnType<typeof server>) => fetchMock.mock.calls.filter(([, init]) => init?.method === "PUT" || init?.method === "POST");

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// the module form is large: Mantine under jsdom needs a few seconds to render and fill it
describe("CataloguePage", { timeout: 20_000 }, () => {
  it("lists the modules with cost in the reader's currency format, unlimited seats and the starter badge; search filters", async () => {
    server();
    renderPage(<CataloguePage />, { route: "/catalogue" });
    const row = (await screen.findByText("Feedback workshop")).closest("tr") as HTMLElement;
    expect(within(row).getByText("€1,250.50")).toBeTruthy();
    expect(within(row).getByText("Starter")).toBeTruthy();
    expect(within(row).getByText("7.5")).toBeTruthy();
    const bookRow = screen.getByText("A book on priorities").closest("tr") as HTMLElement;
    expect(within(bookRow).getByText("Unlimited")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Search by title, id or provider"), { target: { value: "priorities" } });
    expect(screen.queryByText("Feedback workshop")).toBeNull();
    expect(screen.getByText("A book on priorities")).toBeTruthy();
  });

  it("edits a module and sends the amount as whole cents, empty seats as unlimited", async () => {
    const fetchMock = server();
    renderPage(<CataloguePage />, { route: "/catalogue" });
    fireEvent.click(await screen.findByRole("button", { name: "Edit Feedback workshop" }));
    const cost = await screen.findByLabelText("Cost per participant (EUR)", { exact: false });
    expect((cost as HTMLInputElement).value).toBe("1250.50");
    fireEvent.change(cost, { target: { value: "1.234,56" } });
    fireEvent.change(screen.getByLabelText("Seats per period", { exact: false }), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Weight 1", { exact: false }), { target: { value: "0.6" } });
    fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(writes(fetchMock)).toHaveLength(1));
    const [url, init] = writes(fetchMock)[0] ?? [];
    expect(url).toBe("/api/catalogue/feedback-workshop?lang=en");
    expect(init?.method).toBe("PUT");
    expect(JSON.parse(String(init?.body))).toMatchObject({
      id: "feedback-workshop",
      cost: { cents: 123_456, currency: "EUR" },
      seatsPerPeriod: null,
      hours: 7.5,
      challenges: [{ challengeId: "lack-self-confidence", weight: 0.6 }],
      buildsOn: ["imaginative-visionary"],
      languages: ["nl", "fr"],
    });
  });

  it("checks the new module before sending and marks the missing fields", async () => {
    const fetchMock = server();
    renderPage(<CataloguePage />, { route: "/catalogue" });
    await screen.findByText("Feedback workshop");
    fireEvent.click(screen.getByRole("button", { name: "New module" }));
    fireEvent.change(await screen.findByLabelText("Cost per participant (EUR)", { exact: false }), { target: { value: "12.345,678" } });
    fireEvent.click(screen.getByRole("button", { name: "Add module" }));
    await waitFor(() => expect(screen.getByLabelText("Cost per participant (EUR)", { exact: false }).getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByLabelText("Title (English)", { exact: false }).getAttribute("aria-invalid")).toBe("true");
    expect(writes(fetchMock)).toHaveLength(0);
  });

  it("marks the field the server names, such as a challenge's weight", async () => {
    const problem = { type: "x", title: "Invalid input", status: 400, code: "VALIDATION", detail: "challenges[0].weight must be from 0 to 1", field: "challenges[0].weight" };
    server(jsonResponse(400, problem, "application/problem+json"));
    renderPage(<CataloguePage />, { route: "/catalogue" });
    fireEvent.click(await screen.findByRole("button", { name: "Edit Feedback workshop" }));
    fireEvent.click(await screen.findByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(screen.getByLabelText("Weight 1", { exact: false }).getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("challenges[0].weight must be from 0 to 1")).toBeTruthy();
    expect(screen.getByLabelText("Hours of effort per participant", { exact: false }).getAttribute("aria-invalid")).not.toBe("true");
  });
});

describe("module form values", () => {
  it("round-trips a module through the form without change", () => {
    const { input } = moduleInputFrom(moduleValuesFrom(workshop), "EUR");
    expect(input).toEqual({
      id: workshop.id,
      title: workshop.title,
      description: workshop.description,
      format: "workshop",
      hours: 7.5,
      cost: { cents: 125_050, currency: "EUR" },
      seatsPerPeriod: 12,
      languages: ["nl", "fr"],
      provider: "Acme Academy",
      challenges: [{ challengeId: "lack-self-confidence", weight: 0.8 }],
      buildsOn: ["imaginative-visionary"],
      situations: ["new-in-role"],
    });
  });

  it("names every missing or malformed field of an empty form", () => {
    const values = { ...emptyModuleValues(), id: "Bad Id", hours: "-1", seats: "2.5", challenges: [{ challengeId: "", weight: "1.5" }] };
    const { input, errors } = moduleInputFrom(values, "EUR");
    expect(input).toBeNull();
    expect(errors).toMatchObject({
      id: "invalid",
      "title.nl": "required",
      format: "required",
      hours: "invalid",
      "cost.cents": "required",
      seatsPerPeriod: "invalid",
      provider: "required",
      "challenges[0].challengeId": "required",
      "challenges[0].weight": "invalid",
    });
  });
});
