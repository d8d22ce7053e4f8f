import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { clientAddress, compileTrustProxy } from "./observability";

describe("the client's address behind proxies (TRUST_PROXY)", () => {
  it("believes no X-Forwarded-For when no proxy is trusted", () => {
    for (const value of [undefined, "", "false", "0"]) expect(clientAddress("10.0.0.2", "203.0.113.9", compileTrustProxy(value))).toBe("10.0.0.2");
  });

  it("with a hop count, takes the address the outermost trusted proxy saw, not what the client wrote", () => {
    // the client wrote 1.2.3.4 itself; the one load balancer appended the address it saw
    expect(clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9", compileTrustProxy("1"))).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", compileTrustProxy("2"))).toBe("203.0.113.9");
  });

  it("with addresses and ranges, skips only the trusted proxies", () => {
    const trust = compileTrustProxy("10.0.0.0/8, loopback");
    expect(clientAddress("10.0.0.2", "198.51.100.7, 10.1.2.3", trust)).toBe("198.51.100.7");
    // a socket that is not a trusted proxy: its own address, whatever the header says
    expect(clientAddress("192.0.2.1", "198.51.100.7", trust)).toBe("192.0.2.1");
  });

  it("refuses a TRUST_PROXY it cannot read at start, naming it", () => {
    expect(() => loadConfig({ TRUST_PROXY: "not-an-address" })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe("2");
  });
});
