import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readBodyLimited } from "./body-limit";

function chunked(parts: number, size: number): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= parts) controller.close();
      else controller.enqueue(new Uint8Array(size));
    },
  });
  return new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("body limit", () => {
  it("reads a body within the limit", async () => {
    expect((await readBodyLimited(chunked(3, 100), 300)).length).toBe(300);
  });
  it("stops a chunked body without content-length as soon as it passes the limit", async () => {
    await expect(readBodyLimited(chunked(1_000_000, 1024), 10_000)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
  it("refuses a declared content-length over the limit before reading", async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled = true;
        controller.enqueue(new Uint8Array(5));
        controller.close();
      },
    }, { highWaterMark: 0 });
    const request = new Request("http://x/", { method: "POST", body, headers: { "content-length": "20" }, duplex: "half" } as RequestInit);
    await expect(readBodyLimited(request, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled).toBe(false);
  });
});
