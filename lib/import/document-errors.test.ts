// Bad documents: each gets its own clear error, never an empty or garbled report.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode-document";
import { encryptedPdf, minimalPdf, privateUsePdf } from "@/tests/support/documents/minimal-pdf";
import { textToDocx } from "@/tests/support/documents/build-documents";
import { MAX_INPUT_BYTES } from "./errors";

async function codeOf(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const result = await decodeDocument(bytes, { fileName });
  return "code" in result ? result.code : null;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ole2File = () => new Uint8Array([...OLE2, ...new Array(504).fill(0)]);

describe("PDF errors", () => {
  it("an encrypted PDF (a user password) is named as encrypted", async () => {
    const result = await decodeDocument(encryptedPdf(), { fileName: "locked.pdf" });
    expect(result).toMatchObject({ code: "pdf-encrypted", message: expect.stringContaining("encrypted") });
  });

  it("a damaged PDF is named as damaged", async () => {
    const cut = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
    expect(await codeOf(cut, "cut.pdf")).toBe("pdf-corrupt");
  });

  it("text that comes out as private-use glyphs names the broken font encoding", async () => {
    const result = await decodeDocument(privateUsePdf(), { fileName: "glyphs.pdf" });
    expect(result).toMatchObject({ code: "pdf-broken-font", message: expect.stringContaining("private-use") });
  });

  it("a PDF whose text is Latin only has no Chinese", async () => {
    expect(await codeOf(minimalPdf({ content: "BT /F1 12 Tf 40 800 Td (Annual report of the government) Tj ET" }), "en.pdf")).toBe("no-chinese");
  });
});

describe("Word errors", () => {
  it("a zip that holds no Word document is not a .docx", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "政府工作报告".repeat(10));
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const result = await decodeDocument(bytes, { fileName: "report.docx" });
    expect(result).toMatchObject({ code: "docx-invalid", message: expect.stringContaining(".docx") });
  });

  it("a truncated .docx is damaged or not a .docx, never an empty report", async () => {
    const docx = await textToDocx("各位代表：现在，我代表市人民政府向大会报告工作，请予审议。".repeat(3));
    expect(["docx-invalid", "docx-corrupt"]).toContain(await codeOf(docx.subarray(0, docx.length >> 1), "half.docx"));
  });

  it("old .doc and .wps files name their format and the way out", async () => {
    expect(await decodeDocument(ole2File(), { fileName: "2019年报告.doc" })).toMatchObject({ code: "doc-legacy", message: expect.stringContaining("旧版Word(.doc)格式不支持，请另存为.docx") });
    expect(await decodeDocument(ole2File(), { fileName: "报告.wps" })).toMatchObject({ code: "wps-legacy", message: expect.stringContaining(".wps") });
    expect(await codeOf(ole2File(), "table.xls")).toBe("office");
  });

  it("the text limit applies to the extracted text", async () => {
    // Under 5 MB as a compressed .docx, over 5 MB as text: the same line repeated compresses well.
    const line = "全区实现地区生产总值566.6亿元，其中服务业增加值459亿元，分别增长11.2%和13%。";
    const docx = await textToDocx(Array.from({ length: Math.ceil((MAX_INPUT_BYTES * 1.1) / Buffer.byteLength(line)) }, () => line).join("\n"));
    expect(docx.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(await codeOf(docx, "huge.docx")).toBe("text-too-large");
  });
});
