import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeInput, isImportError, MAX_INPUT_BYTES } from "@/lib/import";
import { encodeLegacy } from "@/tests/fixtures/import/legacy-encoder";

const REPORT = "各位代表:\n现在,我代表区人民政府,向大会作政府工作报告,请予审议,并请区政协委员提出意见。\n";
const PURE_HAN = "现在我代表区人民政府向大会作政府工作报告请予审议并请区政协委员和其他列席人员提出意见";
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function codeOf(bytes: Uint8Array, opts?: Parameters<typeof decodeInput>[1]): string | null {
  const result = decodeInput(bytes, opts);
  return isImportError(result) ? result.code : null;
}

function decodeOk(bytes: Uint8Array, opts?: Parameters<typeof decodeInput>[1]) {
  const result = decodeInput(bytes, opts);
  if (isImportError(result)) throw new Error(result.message);
  return result;
}

describe("decodeInput: encodings", () => {
  it("reads plain UTF-8 verbatim", () => {
    expect(decodeOk(utf8(REPORT))).toEqual({ text: REPORT, encoding: "utf-8", format: "text", script: "simplified", warnings: [] });
  });

  it("finds BOM-less UTF-16 without any ASCII by how text-like its units are", () => {
    expect(decodeOk(utf16(PURE_HAN, true))).toMatchObject({ text: PURE_HAN, encoding: "utf-16le" });
    expect(decodeOk(utf16(PURE_HAN, false))).toMatchObject({ text: PURE_HAN, encoding: "utf-16be" });
  });

  it("finds BOM-less UTF-16BE by its zero bytes, even with 一 (U+4E00) putting zeros at the other parity", () => {
    const text = `一一一一${REPORT}一、二、三、`;
    expect(decodeOk(utf16(text, false))).toMatchObject({ text, encoding: "utf-16be" });
  });

  it("tells GBK from Big5 by which decoder yields Chinese text, and honours a declared charset", () => {
    expect(decodeOk(encodeLegacy(REPORT, "gb18030"))).toMatchObject({ text: REPORT, encoding: "gb18030" });
    const traditional = "各位代表:現在,我代表區人民政府,向大會作政府工作報告,請予審議,並請區政協委員提出意見。";
    const big5 = encodeLegacy(traditional, "big5");
    const expected = { text: traditional, encoding: "big5", script: "traditional" };
    expect(decodeOk(big5)).toMatchObject(expected);
    expect(decodeOk(big5, { contentType: "text/plain; charset=Big5" })).toMatchObject(expected);
  });

  it("reads a <meta> charset from GBK HTML", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${PURE_HAN}</p></body></html>`;
    expect(decodeOk(encodeLegacy(html, "gb18030"))).toMatchObject({ encoding: "gb18030", format: "html", text: PURE_HAN });
  });
});

describe("decodeInput: rejections", () => {
  it.each([
    ["empty", new Uint8Array(0)],
    ["empty", Uint8Array.from([0xef, 0xbb, 0xbf])],
    ["empty", Uint8Array.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])],
    ["empty", utf8("<html><body><nav>首页</nav><script>alert(1)</script></body></html>")],
    ["pdf", utf8("%PDF-1.4\n")],
    ["image", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ["office", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ["binary", utf8(`${REPORT}\0`)],
    ["binary", utf8(`${REPORT}\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f`)],
    ["no-chinese", utf8("Report 2020: GDP grew 8%. 报告")],
    ["no-chinese", utf8("<html><body><p>English only, no Chinese here.</p></body></html>")],
  ])("%s: %j", (code, bytes) => {
    expect(codeOf(bytes)).toBe(code);
  });

  it("calls a file that mixes UTF-8 and GBK undecodable, not binary", () => {
    const seed = readFileSync("seeds/000_6f0d3471dae921c8.txt", "utf8");
    const half = Math.floor(seed.length / 2);
    const mixed = new Uint8Array(Buffer.concat([Buffer.from(utf8(seed.slice(0, half))), Buffer.from(encodeLegacy(seed.slice(half), "gb18030"))]));
    expect(decodeInput(mixed)).toEqual({ code: "undecodable", message: expect.stringMatching(/encoding is not recognised/) });
    // Random bytes are still binary.
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251 + 1);
    expect(codeOf(noise)).toBe("binary");
  });

  it("rejects more than MAX_INPUT_BYTES before looking at the content", () => {
    expect(MAX_INPUT_BYTES).toBe(5 * 1024 * 1024);
    expect(codeOf(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41))).toBe("too-large");
    expect(codeOf(utf8(REPORT.repeat(Math.floor(MAX_INPUT_BYTES / utf8(REPORT).length))))).toBeNull();
  });

  it("allows the form feeds that PDF extraction leaves", () => {
    expect(codeOf(utf8(`${REPORT}\f${REPORT}`))).toBeNull();
  });
});

describe("decodeInput: invisible characters a page scatters", () => {
  it("leaves out zero-width spaces, joiners and soft hyphens, and says so (1​056.3亿元 is 1056.3亿元)", () => {
    const page = "各位代表：\n全市实现地区生产总值1\u200b056.3亿元，增长12.1\u200b%；规模工\u00ad业增加值增长15.2%，地方\u200d财政收入增长21.5%。\n";
    const result = decodeOk(utf8(page));
    expect(result.text).toBe("各位代表：\n全市实现地区生产总值1056.3亿元，增长12.1%；规模工业增加值增长15.2%，地方财政收入增长21.5%。\n");
    expect(result.warnings.join("\n")).toContain("4 处不可见字符");
  });
});
