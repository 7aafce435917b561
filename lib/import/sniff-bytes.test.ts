import { describe, expect, it } from "vitest";
import { charsetFromLabel, declaredCharset, looksBinary, sniffBom, sniffSignature } from "./sniff-bytes";

const latin = (text: string) => new TextEncoder().encode(text);

describe("declaredCharset", () => {
  it("reads the Content-Type header first, then <meta charset> or http-equiv in the page", () => {
    expect(declaredCharset(latin("<meta charset=gbk>"), "text/html; charset=\"Big5\"")).toBe("Big5");
    expect(declaredCharset(latin('<html><head><meta charset="GB2312" />'))).toBe("GB2312");
    expect(declaredCharset(latin('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=big5">'))).toBe("big5");
    expect(declaredCharset(latin("<p>charset=gbk</p>"))).toBeNull();
  });
});

describe("charsetFromLabel", () => {
  it("maps GB2312 and GBK to their superset GB18030 and knows Big5 and UTF labels", () => {
    expect(["gb2312", "GBK", "gb18030", "x-gbk", "cp936"].map(charsetFromLabel)).toEqual(Array(5).fill("gb18030"));
    expect(["big5", "Big5-HKSCS"].map(charsetFromLabel)).toEqual(["big5", "big5"]);
    expect(["UTF-8", "utf8", "shift_jis", "", undefined].map(charsetFromLabel)).toEqual(["utf-8", "utf-8", null, null, null]);
  });
});

describe("byte sniffing", () => {
  it("knows BOMs and non-text signatures", () => {
    expect(sniffBom(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: "utf-8-bom", length: 3 });
    expect(sniffBom(Uint8Array.from([0xfe, 0xff]))).toEqual({ encoding: "utf-16be", length: 2 });
    expect(sniffBom(latin("各位"))).toBeNull();
    expect(sniffSignature(latin("%PDF-1.7"))).toBe("pdf");
    expect(sniffSignature(latin("PK\x03\x04"))).toBe("office");
    expect(sniffSignature(latin("GIF89a"))).toBe("image");
    expect(sniffSignature(latin("%PD"))).toBeNull();
  });

  it("counts control characters, but allows tabs, line ends and form feeds", () => {
    expect(looksBinary("各位代表\t1\r\n\f")).toBe(false);
    expect(looksBinary("各位代表\x1b")).toBe(false);
    expect(looksBinary("a\x01\x02b")).toBe(true);
    expect(looksBinary("各位代表\0")).toBe(true);
  });
});
