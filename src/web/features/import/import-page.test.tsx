// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TImportReport } from "../../../contracts/people";
import { renderPage } from "../../test-utils";
import { ImportPage } from "./import-page";

/** A stand-in for XMLHttpRequest that the test drives: upload progress, then the answer. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  url = "";
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = "";
  upload: { onprogress?: (e: ProgressEvent) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {}
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  uploaded() {
    this.upload.onload?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const preview: TImportReport = {
  headers: ["Voornaam", "Achternaam", "E-mail", "Personeelsnummer", "Leidinggevende", "Notes"],
  mapping: {
    Voornaam: "firstName",
    Achternaam: "lastName",
    "E-mail": "email",
    Personeelsnummer: "employeeNumber",
    Leidinggevende: "managerRef",
    Notes: null,
  },
  missingFields: [],
  rows: 4,
  created: 2,
  updated: 0,
  unchanged: 0,
  rejected: 2,
  errors: [
    { row: 5, field: "managerRef", code: "UNKNOWN_MANAGER", message: "manager E999 not found" },
    { row: 3, field: "email", code: "INVALID_EMAIL", message: "not an email" },
    { row: 5, field: "email", code: "SOMETHING_NEW", message: "A brand new server check failed" },
  ],
  warnings: [],
  committed: false,
};

function chooseFile() {
  const file = new File(["Voornaam;Achternaam\n"], "people.csv", { type: "text/csv" });
  fireEvent.change(screen.getByLabelText("File"), { target: { files: [file] } });
  fireEvent.click(screen.getByRole("button", { name: "Check file" }));
  const xhr = FakeXhr.sent.at(-1);
  if (!xhr) throw new Error("no upload started");
  return xhr;
}

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("ImportPage", () => {
  it("shows upload progress, then an unmeasured bar while the server checks the file", () => {
    renderPage(<ImportPage />, { route: "/import" });
    const xhr = chooseFile();
    expect(xhr.url).toBe("/api/people/import/preview");
    expect(xhr.headers["X-CSRF-Token"]).toBe("csrf-test-token");
    expect((xhr.body?.get("file") as File).name).toBe("people.csv");

    act(() => xhr.progress(25, 100));
    expect(screen.getByRole("progressbar", { name: "Upload progress" }).getAttribute("aria-valuenow")).toBe("25");

    act(() => xhr.uploaded());
    const checking = screen.getByRole("progressbar", { name: "Checking the file…" });
    expect(checking.hasAttribute("aria-valuenow")).toBe(false);
  });

  it("renders the preview's counts and its problems by row and field, translated by code", async () => {
    renderPage(<ImportPage />, { route: "/import" });
    const xhr = chooseFile();
    await act(async () => xhr.respond(200, preview));

    const counts = screen.getByText("To be added").closest("div") as HTMLElement;
    expect(within(counts).getByText("2")).toBeTruthy();

    const table = screen.getByRole("table", { name: "Problems (3)" });
    const rows = within(table).getAllByRole("row").slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      "3EmailThis is not a valid email address.",
      "5Manager (employee number or email)The manager was not found in the file or the directory.",
      "5EmailA brand new server check failed",
    ]);
  });

  it("re-checks with the mapping the user chose, then commits it", async () => {
    renderPage(<ImportPage />, { route: "/import" });
    await act(async () => chooseFile().respond(200, preview));

    const notes = screen.getByRole("combobox", { name: "Field for column “Notes”" });
    expect((notes as HTMLSelectElement).value).toBe("");
    fireEvent.change(notes, { target: { value: "department" } });
    fireEvent.click(screen.getByRole("button", { name: "Check again" }));

    const recheck = FakeXhr.sent.at(-1);
    expect(recheck?.url).toBe("/api/people/import/preview");
    expect(JSON.parse(String(recheck?.body?.get("mapping")))).toMatchObject({ Notes: "department", Voornaam: "firstName" });
    await act(async () => recheck?.respond(200, { ...preview, mapping: { ...preview.mapping, Notes: "department" } }));

    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const commit = FakeXhr.sent.at(-1);
    expect(commit?.url).toBe("/api/people/import");
    await act(async () => commit?.respond(200, { ...preview, committed: true, errors: preview.errors.slice(0, 1) }));

    expect(screen.getByText("Import complete")).toBeTruthy();
    expect(screen.getByText("Added")).toBeTruthy();
    expect(screen.getByRole("table", { name: "Rejected rows (1)" })).toBeTruthy();
  });

  it("shows a translated problem when the server cannot read the file", async () => {
    renderPage(<ImportPage />, { route: "/import" });
    const problem = { type: "about:blank", title: "x", status: 400, code: "UNREADABLE_FILE", detail: "bad zip" };
    await act(async () => chooseFile().respond(400, problem));
    expect(screen.getByRole("alert").textContent).toContain("The file could not be read.");
  });

  it("asks for a file before uploading anything", () => {
    renderPage(<ImportPage />, { route: "/import" });
    fireEvent.click(screen.getByRole("button", { name: "Check file" }));
    expect(screen.getByRole("alert").textContent).toBe("Choose a file first.");
    expect(FakeXhr.sent).toHaveLength(0);
  });
});
