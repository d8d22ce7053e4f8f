// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TMeasureImportReport } from "../../../contracts/evaluation";
import { renderPage } from "../../test-utils";
import { MeasureData } from "./measure-data";
import { programmeFixture } from "./test-fixtures";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** XMLHttpRequest as the upload helper uses it, answering each send with the next report. */
function fakeXhr(reports: TMeasureImportReport[]) {
  const sent: { url: string; dryRun: string | null; file: string | null }[] = [];
  class FakeXhr {
    status = 200;
    responseText = "";
    upload = { onprogress: null as unknown, onload: null as (() => void) | null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private url = "";
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    abort() {}
    send(form: FormData) {
      const file = form.get("file");
      sent.push({ url: this.url, dryRun: form.get("dryRun") as string | null, file: file instanceof File ? file.name : null });
      this.responseText = JSON.stringify(reports.shift());
      setTimeout(() => this.onload?.(), 0);
    }
  }
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
  return sent;
}

const base = { headers: ["employee_number", "measure", "period", "value"], rows: 3, rejected: 0, errors: [], committed: false };

describe("MeasureData", { timeout: 20_000 }, () => {
  it("checks the file first, lists row errors and writes nothing", async () => {
    const sent = fakeXhr([{ ...base, accepted: 1, rejected: 2, errors: [{ line: 3, field: "period", message: "2026-13 is not a month" }, { line: 4, field: "employeeNumber", message: "no person E99" }] }]);
    const onChanged = vi.fn();
    renderPage(<MeasureData programme={programmeFixture()} onChanged={onChanged} />, { route: "/x" });
    fireEvent.change(document.querySelector<HTMLInputElement>('input[type="file"]')!, { target: { files: [new File(["a,b"], "values.csv", { type: "text/csv" })] } });
    fireEvent.click(await screen.findByRole("button", { name: "Check the file" }));
    const table = await screen.findByRole("table", { name: "Problems found in the file" });
    expect(within(table).getAllByRole("row")[1]?.textContent).toBe("3period2026-13 is not a month");
    expect(screen.getByText(/Rows with problems: 2/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Import the rows/ })).toBeNull();
    expect(sent).toEqual([{ url: "/api/measures/values/import", dryRun: "true", file: "values.csv" }]);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("commits a correct file after the check", async () => {
    const sent = fakeXhr([{ ...base, accepted: 3 }, { ...base, accepted: 3, committed: true }]);
    const onChanged = vi.fn();
    renderPage(<MeasureData programme={programmeFixture()} onChanged={onChanged} />, { route: "/x" });
    fireEvent.change(document.querySelector<HTMLInputElement>('input[type="file"]')!, { target: { files: [new File(["a,b"], "values.xlsx")] } });
    fireEvent.click(await screen.findByRole("button", { name: "Check the file" }));
    fireEvent.click(await screen.findByRole("button", { name: "Import the rows (3)" }));
    expect(await screen.findByText("Imported: 3 rows.")).toBeTruthy();
    expect(sent.map((s) => s.dryRun)).toEqual(["true", "false"]);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });
});
