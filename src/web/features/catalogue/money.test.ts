import { describe, expect, it } from "vitest";
import { centsToAmountText, formatMoney, parseAmountToCents } from "./money";

describe("parseAmountToCents", () => {
  it.each([
    ["450", 45_000],
    ["0.1", 10],
    ["0.29", 29],
    ["1234,56", 123_456],
    ["1.234,56", 123_456],
    ["1,234.56", 123_456],
    ["1 234,5", 123_450],
    ["19.99", 1_999],
    ["1.005", 100_500],
    ["  7 ", 700],
  ])("reads %j as %i cents without float errors", (text, cents) => {
    expect(parseAmountToCents(text)).toBe(cents);
  });

  it.each(["", "-5", "12.345,678", "1.234.56", "1,234,56", "abc", "1e3", "12,3,4", "1.2.3"])("refuses %j", (text) => {
    expect(parseAmountToCents(text)).toBeNull();
  });

  it("reads 1.234 as one thousand two hundred thirty-four (a thousands group, not three decimals)", () => {
    expect(parseAmountToCents("1.234")).toBe(123_400);
  });
});

describe("centsToAmountText and formatMoney", () => {
  it("round-trips cents through the input text", () => {
    for (const cents of [0, 1, 10, 99, 100, 123_456, 295_000, 100_000_000_000]) expect(parseAmountToCents(centsToAmountText(cents))).toBe(cents);
  });

  it("formats in the reader's locale", () => {
    expect(formatMoney(295_000, "EUR", "en")).toBe("€2,950.00");
    expect(formatMoney(295_000, "EUR", "nl").replace(/\s/g, " ")).toBe("€ 2.950,00");
  });
});
