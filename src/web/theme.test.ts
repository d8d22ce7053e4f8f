import { DEFAULT_THEME } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { contrastOnWhite, cssVariablesResolver, filledShade } from "./theme";

describe("filled colours under white text", () => {
  it("keep shade 8 where it already reaches 4.5:1 and darken the others until they do", () => {
    expect(filledShade(DEFAULT_THEME.colors.blue)).toBeNull();
    for (const name of ["green", "teal", "orange", "yellow", "lime", "cyan"] as const) {
      expect(contrastOnWhite(DEFAULT_THEME.colors[name][8])).toBeLessThan(4.5);
      const shade = filledShade(DEFAULT_THEME.colors[name]);
      expect(contrastOnWhite(shade ?? "#ffffff")).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("computes WCAG contrast: black 21:1, white 1:1", () => {
    expect(contrastOnWhite("#000000")).toBeCloseTo(21, 5);
    expect(contrastOnWhite("rgba(255, 255, 255, 1)")).toBeCloseTo(1, 5);
  });

  it("sets the filled variables in the light scheme", () => {
    const vars = cssVariablesResolver({ ...DEFAULT_THEME } as never).light as Record<string, string>;
    expect(contrastOnWhite(vars["--mantine-color-green-filled"] ?? "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(vars["--mantine-color-blue-filled"]).toBeUndefined();
  });
});
