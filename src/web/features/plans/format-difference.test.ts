import { describe, expect, it } from "vitest";
import { initI18n } from "../../i18n";
import { formatDifference, formatNumber } from "./plan-parts";

describe("formatDifference", () => {
  it("subtracts the values as shown, so 1,36 − 1,23 reads 0,13 (not 0,14 from the unrounded 1.364 − 1.226)", () => {
    initI18n("nl");
    expect(formatNumber(1.364)).toBe("1,36");
    expect(formatNumber(1.226)).toBe("1,23");
    expect(formatNumber(1.364 - 1.226)).toBe("0,14");
    expect(formatDifference(1.364, 1.226)).toBe("0,13");
    expect(formatDifference(1.226, 1.364)).toBe("-0,13");
  });
});
