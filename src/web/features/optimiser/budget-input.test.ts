import { describe, expect, it } from "vitest";
import { parseAmountToCents } from "./budget-input";

describe("parseAmountToCents", () => {
  it.each<[string, number | null]>([
    ["25000", 2_500_000],
    ["25000.5", 2_500_050],
    ["25000,05", 2_500_005],
    [" 25 000,50 ", 2_500_050],
    ["0", 0],
    ["0.1", 10],
    ["1.005", null],
    ["-5", null],
    ["1e3", null],
    ["", null],
    ["12.", null],
    ["abc", null],
    ["12345678901", null],
  ])("%j -> %j", (text, cents) => {
    expect(parseAmountToCents(text)).toBe(cents);
  });

  it("does not suffer from binary floating point", () => {
    expect(parseAmountToCents("0.29")).toBe(29);
    expect(parseAmountToCents("1234567.89")).toBe(123_456_789);
  });
});
