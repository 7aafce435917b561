import { describe, expect, it } from "vitest";
import { payloadBytesOf } from "./http";

describe("payloadBytesOf", () => {
  it("counts the bytes of the page payload scripts only, multi-byte characters as bytes", () => {
    const push = '<script>self.__next_f.push([1,"3:[\\"对照\\"]"])</script>';
    const html = `<html><body><p>对照表</p>${push}<script src="/x.js"></script>${push}</body></html>`;
    expect(payloadBytesOf(html)).toBe(2 * Buffer.byteLength(push));
    expect(Buffer.byteLength(push)).toBeGreaterThan(push.length);
  });

  it("is 0 for a page without payload (an API answer)", () => {
    expect(payloadBytesOf('{"ok":true}')).toBe(0);
  });
});
