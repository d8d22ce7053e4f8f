// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TOrgChartNode } from "../../../contracts/people";
import { jsonResponse, renderPage } from "../../test-utils";
import { OrgChartPage } from "./org-chart-page";
import { managerIdsToDepth } from "./org-tree";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const node = (n: number, name: string, children: TOrgChartNode[] = []): TOrgChartNode => ({
  id: id(n),
  name,
  jobTitle: `Title ${n}`,
  department: "Brewing",
  children,
});

// three levels below the CEO, so the fourth level starts collapsed
const chart = {
  roots: [
    node(1, "Chris Ceo", [
      node(2, "Dana Director", [node(4, "Maya Manager", [node(6, "Ella Engineer")]), node(5, "Omar Operator")]),
      node(3, "Femke Finance"),
    ]),
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("OrgChartPage", () => {
  it("renders the reporting lines as nested lists, top levels open", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(200, chart)));
    renderPage(<OrgChartPage />, { route: "/org-chart" });

    const ceo = (await screen.findByRole("link", { name: "Chris Ceo" })).closest("li") as HTMLElement;
    const directorItem = within(ceo).getByRole("link", { name: "Dana Director" }).closest("li") as HTMLElement;
    // Dana's item sits in a list inside the CEO's item, Maya's inside Dana's
    expect(directorItem.parentElement?.closest("li")).toBe(ceo);
    const manager = within(directorItem).getByRole("link", { name: "Maya Manager" }).closest("li");
    expect(manager?.parentElement?.closest("li")).toBe(directorItem);
    expect(screen.getByText("Title 2 · Brewing")).toBeTruthy();
    // the third level of managers starts closed
    expect(screen.queryByRole("link", { name: "Ella Engineer" })).toBeNull();
    expect(screen.getByRole("button", { name: "Direct reports of Maya Manager (1)" }).getAttribute("aria-expanded")).toBe(
      "false",
    );
  });

  it("collapses and expands a branch with its disclosure button", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(200, chart)));
    renderPage(<OrgChartPage />, { route: "/org-chart" });
    const toggle = await screen.findByRole("button", { name: "Direct reports of Dana Director (2)" });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");

    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("link", { name: "Omar Operator" })).toBeNull();

    fireEvent.click(toggle);
    expect(screen.getByRole("link", { name: "Omar Operator" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Expand all" }));
    expect(screen.getByRole("link", { name: "Ella Engineer" })).toBeTruthy();
  });

  it("says so when the directory is empty", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => jsonResponse(200, { roots: [] })));
    renderPage(<OrgChartPage />, { route: "/org-chart" });
    expect(await screen.findByText("There is nobody in the directory yet.")).toBeTruthy();
  });
});

describe("managerIdsToDepth", () => {
  it("opens only managers above the given depth, never people without reports", () => {
    expect([...managerIdsToDepth(chart.roots, 2)].sort()).toEqual([id(1), id(2)]);
    expect([...managerIdsToDepth(chart.roots, Infinity)].sort()).toEqual([id(1), id(2), id(4)]);
    expect(managerIdsToDepth(chart.roots, 0).size).toBe(0);
  });
});
