import { describe, expect, it } from "vitest";
import { allowedHosts, isAllowedHost, originDecision, type WriteSurface } from "./same-origin";

const DEFAULTS = allowedHosts(undefined);
const decide = (h: Record<string, string>, surface: WriteSurface = "api", hosts = DEFAULTS) => originDecision(new Headers(h), { allowedHosts: hosts, surface });

describe("allowed hosts", () => {
  it("answers to localhost, 127.0.0.1 and [::1] on any port, and to the names DUIZHAO_ALLOWED_HOSTS adds", () => {
    for (const host of ["localhost", "localhost:3000", "127.0.0.1:3300", "[::1]:80", "LOCALHOST:3000"]) expect(isAllowedHost(host, DEFAULTS), host).toBe(true);
    for (const host of ["evil.example:3100", "127.0.0.2:3000", "localhost.evil.example", "10.0.0.5:3000", "", "localhost:x", "user@localhost"]) {
      expect(isAllowedHost(host, DEFAULTS), host).toBe(false);
    }
    const configured = allowedHosts(" reports.example.org , intranet:8443,");
    expect(isAllowedHost("reports.example.org", configured)).toBe(true);
    expect(isAllowedHost("reports.example.org:3000", configured)).toBe(true);
    expect(isAllowedHost("intranet:8443", configured)).toBe(true);
    expect(isAllowedHost("intranet:3000", configured)).toBe(false);
    expect(isAllowedHost(null, configured)).toBe(false);
  });
});

describe("origin and host policy for writes", () => {
  const host = "127.0.0.1:3300";

  it("accepts a same-origin browser request", () => {
    expect(decide({ host, origin: `http://${host}`, "sec-fetch-site": "same-origin" })).toBeNull();
    expect(decide({ host, origin: `http://${host}`, "sec-fetch-site": "same-origin" }, "action")).toBeNull();
    expect(decide({ host: "localhost", origin: "http://localhost:80" })).toBeNull();
  });

  it("refuses a cross-site or same-site (another port) form, whatever its Origin says", () => {
    expect(decide({ host, origin: "http://evil.example", "sec-fetch-site": "cross-site" })).toMatch(/cross-site/);
    expect(decide({ host, origin: "http://127.0.0.1:3301", "sec-fetch-site": "same-site" })).toMatch(/same-site/);
    expect(decide({ host, origin: "http://evil.example", "sec-fetch-site": "same-origin" })).toMatch(/does not match/);
    expect(decide({ host, origin: "http://evil.example" })).toMatch(/does not match/);
    expect(decide({ host, origin: "null" })).toMatch(/does not match/);
    expect(decide({ host, origin: "https://127.0.0.1:3300.evil.example" })).toMatch(/does not match/);
  });

  it("refuses DNS rebinding: a foreign Host even with a matching Origin", () => {
    const rebound = "evil.example:3100";
    expect(decide({ host: rebound, origin: `http://${rebound}`, "sec-fetch-site": "same-origin" })).toMatch(/host "evil\.example:3100" is not allowed/);
    expect(decide({ host: rebound, origin: `http://${rebound}` }, "action")).toMatch(/not allowed/);
    expect(decide({ host: rebound })).toMatch(/not allowed/);
    expect(decide({ host: rebound, origin: `http://${rebound}` }, "api", allowedHosts("evil.example"))).toBeNull();
  });

  it("refuses a browser write without Origin, and any server action without Origin", () => {
    expect(decide({ host, "sec-fetch-site": "same-origin" })).toMatch(/Origin/);
    expect(decide({ host, "sec-fetch-site": "none" })).toMatch(/Origin/);
    expect(decide({ host }, "action")).toMatch(/Origin/);
  });

  it("lets a non-browser client (no Sec-Fetch-Site, no Origin: curl, Node's fetch) use the API under an allowed Host", () => {
    expect(decide({ host })).toBeNull();
    expect(decide({ host, "sec-fetch-mode": "cors" })).toBeNull(); // what Node's fetch sends on its own
  });
});
