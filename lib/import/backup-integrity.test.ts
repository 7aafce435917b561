import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugProblem, textFromBytesProblem } from "./backup-integrity";
import { decodeInput } from "./decode-input";
import { ACCEPTED, FIXTURE_DIR } from "@/tests/fixtures/import/manifest";

const imported = (file: string, contentType?: string) => {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURE_DIR, file)));
  const decoded = decodeInput(bytes, { fileName: file, contentType });
  if ("code" in decoded) throw new Error(decoded.message);
  return { bytes, text: decoded.text, encoding: decoded.encoding };
};

describe("backup slugs", () => {
  it("accepts the slugs the importer makes", () => {
    for (const slug of ["yuhang-2020", "yuhang-2020-news", "xihu-2012-v2", "china-2013", "nanchang-xihu-2019-2", "report"]) expect(slugProblem(slug), slug).toBeNull();
  });
  it("refuses paths, markup, upper case, spaces and empty parts", () => {
    for (const slug of ["../../etc/passwd", "<script>alert(1)</script>", "a/b", "Yuhang", "a b", "-a", "a--b", "a-", "", "报告", "a".repeat(121), "a%2f"]) {
      expect(slugProblem(slug), slug).toMatch(/slug/);
    }
  });
});

describe("stored text against the original bytes", () => {
  it("accepts what the importer stores, for every encoding and for HTML", () => {
    for (const fixture of ACCEPTED) expect(textFromBytesProblem(imported(fixture.file, fixture.contentType)), fixture.file).toBeNull();
  });

  it("refuses plain text that is not exactly the decoded bytes", () => {
    const r = imported("000-gb18030.txt");
    expect(textFromBytesProblem({ ...r, text: r.text.replace("726.47亿元", "999.99亿元") })).toMatch(/differs from the original bytes/);
    expect(textFromBytesProblem({ ...r, text: r.text.slice(0, 1000) })).toMatch(/differs/);
    expect(textFromBytesProblem({ ...r, encoding: "utf-8" })).toMatch(/not valid utf-8/);
    expect(textFromBytesProblem({ ...r, encoding: "latin9" })).toMatch(/unknown encoding/);
  });

  it("refuses an HTML extraction with a line the document does not have, and accepts one with fewer lines", () => {
    const r = imported("001-news-page.html");
    const lines = r.text.split("\n");
    expect(textFromBytesProblem({ ...r, text: lines.slice(2).join("\n") })).toBeNull();
    const forged = [...lines.slice(0, 3), "全区生产总值增长99%，远超预期。", ...lines.slice(3)].join("\n");
    expect(textFromBytesProblem({ ...r, text: forged })).toMatch(/not in the original document: "全区生产总值增长99%/);
  });
});

describe("stored text of a PDF or Word document", () => {
  const pdfBytes = new TextEncoder().encode("%PDF-1.7\n%…");
  const docxBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
  it("accepts it when the original bytes are such a document", () => {
    expect(textFromBytesProblem({ bytes: pdfBytes, text: "政府工作报告", encoding: "pdf" })).toBeNull();
    expect(textFromBytesProblem({ bytes: docxBytes, text: "政府工作报告", encoding: "docx" })).toBeNull();
  });
  it("refuses it when they are not", () => {
    expect(textFromBytesProblem({ bytes: docxBytes, text: "政府工作报告", encoding: "pdf" })).toMatch(/not a PDF file/);
    expect(textFromBytesProblem({ bytes: pdfBytes, text: "政府工作报告", encoding: "docx" })).toMatch(/not a Word \(\.docx\) file/);
  });
});
