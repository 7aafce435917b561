import { describe, expect, it } from "vitest";
import { isLoopback, writeDecision } from "./write-access";

describe("write access", () => {
  it("recognises loopback addresses only", () => {
    for (const a of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.1.2.3"]) expect(isLoopback(a)).toBe(true);
    for (const a of ["10.0.0.1", "192.168.1.2", "::ffff:10.0.0.1", "", null, "127.0.0.1.evil.com"]) expect(isLoopback(a)).toBe(false);
  });
  it("without a token, allows localhost and refuses others", () => {
    expect(writeDecision({ configuredToken: undefined, providedToken: null, clientAddress: "127.0.0.1" })).toBeNull();
    expect(writeDecision({ configuredToken: undefined, providedToken: null, clientAddress: "203.0.113.9" })).toMatch(/localhost/);
  });
  it("with a token, requires it even from localhost", () => {
    expect(writeDecision({ configuredToken: "s3cret", providedToken: null, clientAddress: "127.0.0.1" })).toMatch(/token/);
    expect(writeDecision({ configuredToken: "s3cret", providedToken: "wrong!", clientAddress: "127.0.0.1" })).toMatch(/token/);
    expect(writeDecision({ configuredToken: "s3cret", providedToken: "s3cret", clientAddress: "203.0.113.9" })).toBeNull();
  });
});
