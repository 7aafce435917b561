import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerStamp } from "./peer-stamp";
import { PEER_HEADER } from "./client-address";

describe("peer stamp", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    installPeerStamp();
    installPeerStamp(); // idempotent
    server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const seen = async (extra: Record<string, string>) =>
    (await (await fetch(`http://127.0.0.1:${port}/`, { headers: extra })).json()) as Record<string, string>;

  it("stamps the socket address on every request", async () => {
    expect((await seen({}))[PEER_HEADER]).toMatch(/127\.0\.0\.1$/);
  });

  it("overwrites a value the client sent under the same name", async () => {
    const h = await seen({ [PEER_HEADER]: "198.51.100.1", "x-forwarded-for": "198.51.100.1" });
    expect(h[PEER_HEADER]).toMatch(/127\.0\.0\.1$/);
    expect(h["x-forwarded-for"]).toBe("198.51.100.1");
  });
});
