import { describe, expect, it } from "vitest";
import { BAD_AUTHORIZATION, isLoopback, readCredentials, TOKEN_REQUIRED, WRONG_TOKEN, writeDecision } from "./write-access";
import { clientKey, isLocalRequest, PEER_HEADER, requestOrigin, trustedProxies } from "./client-address";

const headers = (h: Record<string, string>) => new Headers(h);
const origin = (h: Record<string, string>) => requestOrigin(headers(h));
const decide = (h: Record<string, string>, token?: string, provided?: string) =>
  writeDecision({ configuredToken: token, credentials: readCredentials(headers({ ...h, ...(provided ? { "x-duizhao-token": provided } : {}) })), origin: origin(h) });
const withToken = (h: Record<string, string>, formToken?: string) =>
  writeDecision({ configuredToken: "s3cret", credentials: readCredentials(headers(h), formToken), origin: origin({ [PEER_HEADER]: "127.0.0.1" }) });

describe("write access", () => {
  it("recognises loopback addresses only", () => {
    for (const a of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.1.2.3"]) expect(isLoopback(a)).toBe(true);
    for (const a of ["10.0.0.1", "192.168.1.2", "::ffff:10.0.0.1", "", null, "127.0.0.1.evil.com"]) expect(isLoopback(a)).toBe(false);
  });

  it("without a token, allows a local socket and refuses a remote one", () => {
    // What Next passes on for a direct local request: x-forwarded-for filled in from the socket.
    expect(decide({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1" })).toBeNull();
    expect(decide({ [PEER_HEADER]: "::1" })).toBeNull();
    expect(decide({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" })).toMatch(/localhost/);
  });

  it("without a token, refuses a remote client that forges x-forwarded-for / x-real-ip / Forwarded", () => {
    expect(decide({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "127.0.0.1" })).toMatch(/localhost/);
    expect(decide({ [PEER_HEADER]: "203.0.113.9", "x-real-ip": "127.0.0.1" })).toMatch(/localhost/);
    expect(decide({ [PEER_HEADER]: "203.0.113.9", forwarded: "for=127.0.0.1" })).toMatch(/localhost/);
  });

  it("without a token, refuses a remote client relayed by a proxy on this machine", () => {
    expect(decide({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.9" })).toMatch(/localhost/);
    expect(decide({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1, 203.0.113.9" })).toMatch(/localhost/);
    expect(decide({ [PEER_HEADER]: "127.0.0.1", forwarded: 'for="[2001:db8::1]:4711";proto=https' })).toMatch(/localhost/);
  });

  it("fails closed when the socket stamp is missing, whatever the headers claim", () => {
    expect(decide({ "x-forwarded-for": "127.0.0.1" })).toMatch(/localhost/);
    expect(decide({})).toMatch(/localhost/);
  });

  it("with a token, requires it even from localhost", () => {
    const local = { [PEER_HEADER]: "127.0.0.1" };
    expect(decide(local, "s3cret")).toMatch(/token/);
    expect(decide(local, "s3cret", "wrong!")).toMatch(/token/);
    expect(decide(local, "s3cret", "s3cret!")).toMatch(/token/);
    expect(decide({ [PEER_HEADER]: "203.0.113.9" }, "s3cret", "s3cret")).toBeNull();
  });

  it("keys clients by the TCP peer, whatever forwarding headers they send", () => {
    expect(clientKey(origin({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" }))).toBe("203.0.113.9");
    const local = new Set([1, 2, 3].map((n) => clientKey(origin({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": `127.0.0.${n}` }))));
    expect([...local]).toEqual(["127.0.0.1"]);
    expect(clientKey(origin({ [PEER_HEADER]: "::ffff:10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientKey(origin({}))).toBe("unknown");
    expect(isLocalRequest(origin({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1" }))).toBe(true);
  });

  it("reads X-Forwarded-For only from a trusted proxy, from the right, past further trusted proxies", () => {
    const trusted = trustedProxies("127.0.0.1, 10.0.0.2");
    expect(clientKey(origin({ [PEER_HEADER]: "::ffff:127.0.0.1", "x-forwarded-for": "1.2.3.4, 198.51.100.7" }), trusted)).toBe("198.51.100.7");
    expect(clientKey(origin({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" }), trusted)).toBe("198.51.100.7");
    expect(clientKey(origin({ [PEER_HEADER]: "127.0.0.1" }), trusted)).toBe("127.0.0.1");
    // An untrusted peer's header is ignored, even if it names a trusted proxy.
    expect(clientKey(origin({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "10.0.0.2, 5.6.7.8" }), trusted)).toBe("203.0.113.9");
  });

  it("reads the token exactly: an empty header offers nothing, a wrong one is never ignored", () => {
    expect(withToken({ "x-duizhao-token": "", authorization: "Bearer s3cret" })).toBeNull();
    expect(withToken({ authorization: "bearer   s3cret" })).toBeNull();
    expect(withToken({}, "s3cret")).toBeNull();
    expect(withToken({ "x-duizhao-token": "wrong", authorization: "Bearer s3cret" })).toBe(WRONG_TOKEN);
    expect(withToken({ "x-duizhao-token": "s3cret" }, "wrong")).toBe(WRONG_TOKEN);
    expect(withToken({ "x-duizhao-token": "" })).toBe(TOKEN_REQUIRED);
    expect(withToken({}, "")).toBe(TOKEN_REQUIRED);
  });

  it("accepts Authorization only as Bearer <token>", () => {
    for (const value of ["s3cret", "Basic s3cret", "Bearer", "Bearers3cret", "Bearer s3cret extra", "Token s3cret"]) {
      expect(withToken({ authorization: value }), value).toBe(BAD_AUTHORIZATION);
    }
    // Without a configured token the header is not read at all: the localhost rule decides.
    expect(writeDecision({ configuredToken: undefined, credentials: readCredentials(headers({ authorization: "s3cret" })), origin: origin({ [PEER_HEADER]: "::1" }) })).toBeNull();
  });
});
