// Test-time builders of PDF and Word files from plain text (the seeds, the national corpus): no binary fixture is
// committed. PDFs are printed by Debian's Chromium, .docx files written with the `docx` package.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An HTML page with one <p> per non-empty line of the text (a blank line is a paragraph break already). */
export function textToHtml(text: string, options: { pageFooter?: string; pageHeader?: string } = {}): string {
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => `<p>${escapeHtml(line)}</p>`);
  // A page-number footer in the page margin, as printed reports have it (— 3 —), through CSS page margin boxes.
  const footer = options.pageFooter ? `@page { @bottom-center { content: ${options.pageFooter}; font-size: 10pt } }` : "";
  const header = options.pageHeader ? `@page { @top-center { content: ${options.pageHeader}; font-size: 10pt } }` : "";
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${header}${footer} body { font: 12pt "Noto Serif CJK SC", serif } p { margin: 0 0 6pt }</style></head><body>${paragraphs.join("")}</body></html>`;
}

/** Print an HTML page to PDF with headless Chromium, and return the PDF's bytes. */
export function printHtmlToPdf(html: string): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-pdf-"));
  try {
    const page = path.join(dir, "page.html");
    const pdf = path.join(dir, "page.pdf");
    writeFileSync(page, html);
    execFileSync(
      CHROMIUM,
      ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking", "--no-first-run", `--user-data-dir=${dir}/profile`, `--print-to-pdf=${pdf}`, `file://${page}`],
      { stdio: "ignore", timeout: 60_000 },
    );
    return new Uint8Array(readFileSync(pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const textToPdf = (text: string, options?: { pageFooter?: string; pageHeader?: string }) => printHtmlToPdf(textToHtml(text, options));

/** A page with nothing but a drawing: the PDF has no text layer, as a scan has none. */
export const imageOnlyPdf = () =>
  printHtmlToPdf(
    `<!doctype html><html><body><svg width="600" height="800" xmlns="http://www.w3.org/2000/svg"><rect x="40" y="40" width="500" height="30" fill="#333"/><rect x="40" y="100" width="420" height="20" fill="#666"/></svg></body></html>`,
  );

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;

/**
 * A .docx of the text: a line that opens with a numbered heading becomes a Word heading, every other non-empty line a
 * paragraph; `table` (rows of cells) is inserted after the paragraph at `tableAfter` (default: the end).
 */
export async function textToDocx(text: string, options: { table?: string[][]; tableAfter?: number } = {}): Promise<Uint8Array> {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const blocks: (Paragraph | Table)[] = lines.map((line) =>
    HEADING.test(line.trim()) && line.length < 60
      ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(line)] })
      : new Paragraph({ children: [new TextRun(line)] }),
  );
  if (options.table) {
    const table = new Table({
      rows: options.table.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
    });
    blocks.splice(options.tableAfter ?? blocks.length, 0, table);
  }
  const document = new Document({ sections: [{ children: blocks }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
