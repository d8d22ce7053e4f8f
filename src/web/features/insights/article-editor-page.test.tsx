// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TArticle } from "../../../contracts/insights";
import { jsonResponse, renderPage, sessionFixture } from "../../test-utils";
import { ArticleEditorPage } from "./article-editor-page";

const operator = sessionFixture({ user: { ...sessionFixture().user, isOperator: true } });
const created: TArticle = {
  id: "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  slug: "strengths-first",
  author: "Gerrit Sarens",
  status: "draft",
  publishedAt: null,
  createdAt: "2026-11-27T10:00:00.000Z",
  updatedAt: "2026-11-27T10:00:00.000Z",
  isPublic: false,
  versions: { en: { title: "Strengths first", summary: "", body: "" } },
  urls: { en: "http://localhost:3000/insights/en/strengths-first" },
};

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

// Mantine's autosizing textarea listens to document.fonts, which jsdom lacks.
beforeAll(() => {
  if (!("fonts" in document)) Object.defineProperty(document, "fonts", { value: { addEventListener: () => {}, removeEventListener: () => {} }, configurable: true });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("ArticleEditorPage", () => {
  it("previews the Markdown as the site renders it, with typed HTML shown as text", () => {
    vi.stubGlobal("fetch", vi.fn());
    renderPage(<ArticleEditorPage />, { route: "/articles/new", path: "/articles/:id", session: operator });
    fill("Text", "Talent × effort = **great performance**\n\n<img src=x onerror=alert(1)>");
    const preview = screen.getByRole("region", { name: "Preview" });
    expect(preview.querySelector("strong")?.textContent).toBe("great performance");
    expect(preview.querySelector("img")).toBeNull();
    expect(preview.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("checks the slug with the server's schema before sending anything", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<ArticleEditorPage />, { route: "/articles/new", path: "/articles/:id", session: operator });
    fill("Address (slug)", "Not A Slug!");
    fill("Author", "Gerrit Sarens");
    fill("Title", "Strengths first");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Please check the marked fields.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("makes the slug from the title and posts the article", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(201, created));
    vi.stubGlobal("fetch", fetchMock);
    renderPage(<ArticleEditorPage />, { route: "/articles/new", path: "/articles/:id", session: operator });
    fill("Title", "Strengths first: à la carte");
    fireEvent.click(screen.getByRole("button", { name: "Make it from the title" }));
    expect((screen.getByLabelText("Address (slug)", { exact: false }) as HTMLInputElement).value).toBe("strengths-first-a-la-carte");
    fill("Author", "Gerrit Sarens");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/insights/articles");
    expect(JSON.parse(String(init.body))).toEqual({
      slug: "strengths-first-a-la-carte",
      author: "Gerrit Sarens",
      status: "draft",
      publishedAt: null,
      versions: { en: { title: "Strengths first: à la carte", summary: "", body: "" } },
    });
  });
});
