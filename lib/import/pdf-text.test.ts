import { describe, expect, it } from "vitest";
import { minimalPdf } from "@/tests/support/documents/minimal-pdf";
import { extractPdfText, pageLines, pdfDate } from "./pdf-text";

const item = (str: string, y: number, hasEOL = false) => ({ str, hasEOL, transform: [12, 0, 0, 12, 40, y] });

describe("pageLines", () => {
  it("breaks where pdf.js marks the end of a line or the baseline moves, and nowhere else", () => {
    expect(pageLines([item("政府", 700), item("工作报告", 700, true), item("各位代表:", 680), item("现在", 660), item("报告", 660)])).toBe("政府工作报告\n各位代表:\n现在报告");
  });
});

describe("pdfDate", () => {
  it("reads a PDF date", () => {
    expect(pdfDate("D:20210105093000+08'00'")).toBe("2021-01-05");
    expect(pdfDate("D:2021")).toBe("2021-01-01");
    expect(pdfDate("yesterday")).toBeNull();
  });
});

describe("extractPdfText", () => {
  it("reads text shown with a predefined Chinese CMap and a font that is not embedded (SimSun, UniGB-UCS2-H)", async () => {
    const sentence = "政府工作报告，各位代表：现在我代表市人民政府向大会报告工作";
    const hex = Buffer.from(sentence, "utf16le").swap16().toString("hex");
    const simSunPdf = (info: string[] = []) =>
      minimalPdf({
        content: `BT /F1 12 Tf 40 800 Td <${hex}> Tj ET`,
        font: "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        extraObjects: [
          "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>",
          "<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 93 >>",
          ...info,
        ],
        trailerExtra: info.length ? " /Info 8 0 R" : "",
      });
    const pdf = simSunPdf();
    const withInfo = simSunPdf(["<< /Author (Hangzhou Municipal Government) /CreationDate (D:20210108093000+08'00') >>"]);
    expect(await extractPdfText(pdf)).toMatchObject({ text: sentence, pages: 1 });
    expect(await extractPdfText(withInfo)).toMatchObject({ info: { author: "Hangzhou Municipal Government", created: "2021-01-08" } });
  });
});
