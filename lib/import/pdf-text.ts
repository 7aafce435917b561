// PDF bytes → the text layer, page by page, with the line breaks the PDF gives. Everything after that (page numbers,
// running titles, lines broken at the page edge, tables one cell a line) is the text pipeline's job (lib/text).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ImportError } from "./types";
import { importError } from "./errors";
import { normalizeExtractedGlyphs } from "./extracted-glyphs";

export interface PdfInfo {
  title: string | null;
  author: string | null;
  producer: string | null;
  creator: string | null;
  /** ISO date (YYYY-MM-DD) of the PDF's CreationDate, when it has one. */
  created: string | null;
}

export interface PdfText {
  text: string;
  pages: number;
  info: PdfInfo;
}

/** The parts of a pdf.js text item that decide the lines. */
interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
}

/** Extract the text layer of a PDF. Encrypted, corrupt, image-only PDFs and broken font encodings give an error. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText | ImportError> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy, the caller stores the original.
  const task = getDocument({
    data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false,
    ...pdfjsDataFolders(),
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return importError((error as Error)?.name === "PasswordException" ? "pdf-encrypted" : "pdf-corrupt");
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.flatMap((item) => ("str" in item ? [item] : []))));
      page.cleanup();
    }
    const metadata = await doc.getMetadata().catch(() => null);
    return { text: normalizeExtractedGlyphs(pages.join("\n")), pages: doc.numPages, info: pdfInfo(metadata?.info) };
  } catch {
    return importError("pdf-corrupt");
  } finally {
    await task.destroy();
  }
}

/**
 * pdf.js's own data files, read from disk (never fetched): the predefined CJK CMaps that fonts which are not
 * embedded use (UniGB-UCS2-H and the like, common in Chinese government PDFs: without them their text comes out
 * empty), and the standard fonts. The package is server-external (next.config.js), so it sits in node_modules.
 */
function pdfjsDataFolders(): { cMapUrl?: string; cMapPacked?: boolean; standardFontDataUrl?: string } {
  let root: string;
  try {
    root = path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve("pdfjs-dist/package.json"));
  } catch {
    return {};
  }
  if (!existsSync(path.join(root, "cmaps"))) return {};
  return { cMapUrl: path.join(root, "cmaps") + path.sep, cMapPacked: true, standardFontDataUrl: path.join(root, "standard_fonts") + path.sep };
}

/** One page's text items → lines: a break where pdf.js marks the end of a line or the baseline moves. */
export function pageLines(items: TextItem[]): string {
  let text = "";
  let baseline: number | null = null;
  for (const item of items) {
    const y = item.transform[5];
    if (baseline !== null && item.str !== "" && Math.abs(y - baseline) > 1 && !text.endsWith("\n")) text += "\n";
    text += item.str;
    if (item.str !== "") baseline = y;
    if (item.hasEOL && !text.endsWith("\n")) text += "\n";
  }
  return text.replace(/[ \t]+\n/g, "\n").replace(/\n+$/, "");
}

function pdfInfo(raw: unknown): PdfInfo {
  const info = (raw ?? {}) as Record<string, unknown>;
  const field = (key: string) => (typeof info[key] === "string" && (info[key] as string).trim() ? (info[key] as string).trim() : null);
  return { title: field("Title"), author: field("Author"), producer: field("Producer"), creator: field("Creator"), created: pdfDate(field("CreationDate")) };
}

/** `D:20210105093000+08'00'` → `2021-01-05`. */
export function pdfDate(value: string | null): string | null {
  const m = value && /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value);
  if (!m) return null;
  return [m[1], m[2] ?? "01", m[3] ?? "01"].join("-");
}
