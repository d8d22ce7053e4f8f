// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { roiVerdict } from "../../../domain/evaluation/roi-verdict";
import { renderPage } from "../../test-utils";
import { evaluationView } from "./test-fixtures";
import { VerdictPanel } from "./verdict-panel";

describe("VerdictPanel", () => {
  it("puts the verdict in plain words from the evaluation's own figures, and names each level without data", async () => {
    const view = evaluationView();
    const verdict = roiVerdict(view);
    renderPage(<VerdictPanel view={view} />);
    const text = (await screen.findByTestId("roi-verdict")).textContent ?? "";
    expect(verdict.headline).not.toBeNull();
    const back = new Intl.NumberFormat("en-GB", { style: "currency", currency: view.evaluation.currency, minimumFractionDigits: 2 }).format(verdict.headline?.returned ?? 0);
    expect(text).toMatch(new RegExp(`^For every .1 spent, ${back.replace(/[.$]/g, "\\$&")} came back within a year`));
    expect(screen.getByRole("region", { name: "The verdict" })).toBeTruthy();
    for (const level of verdict.missingLevels) expect(screen.getByText(new RegExp(`level ${level.slice(1)}\\)`))).toBeTruthy();
  });
});
