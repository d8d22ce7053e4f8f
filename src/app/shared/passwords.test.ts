import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery stapler")).toBe(false);
  });

  it("refuses every password when there is no stored hash, after a real check of the same cost", async () => {
    expect(await verifyPassword(null, "sterk-dummy-password-for-timing")).toBe(false);
    expect(await verifyPassword(undefined, "anything")).toBe(false);
    // the timing stand-in has exactly the parameters of a real hash
    const real = await hashPassword("x");
    expect(DUMMY_HASH.split("$").slice(1, 4)).toEqual(real.split("$").slice(1, 4));
  });
});
