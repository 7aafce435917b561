// Word (.docx) bytes → lines: each paragraph, heading and list item its own line; each table row one line with its
// cells apart by a TAB (the plain-text table form lib/text/tables.ts reads as indicators).
import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import type { ImportError } from "./types";
import { importError } from "./errors";
import { normalizeExtractedGlyphs } from "./extracted-glyphs";

export interface DocxText {
  text: string;
  /** Messages mammoth gave about content it could not read (unknown styles are not among them). */
  warnings: string[];
}

export async function extractDocxText(bytes: Uint8Array): Promise<DocxText | ImportError> {
  const mammoth = (await import("mammoth")).default;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })), externalFileAccess: false },
    );
  } catch (error) {
    // A zip without word/document.xml (an .xlsx, a .zip of files) or a broken archive.
    return importError(/main document part|central directory|zip/i.test(String((error as Error)?.message)) ? "docx-invalid" : "docx-corrupt");
  }
  const lines: string[] = [];
  for (const node of parse(result.value).childNodes) collectLines(node, lines);
  const warnings = result.messages.filter((m) => m.type === "error").map((m) => m.message);
  return { text: normalizeExtractedGlyphs(lines.join("\n")), warnings };
}

const LINE = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

function collectLines(node: Node, lines: string[]): void {
  if (!(node instanceof HTMLElement)) {
    if (node.nodeType === NodeType.TEXT_NODE && node.text.trim()) lines.push(node.text.trim());
    return;
  }
  const tag = node.rawTagName?.toLowerCase() ?? "";
  if (tag === "table") {
    for (const row of node.querySelectorAll("tr")) {
      const cells = row.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && /^t[dh]$/i.test(c.rawTagName));
      lines.push(cells.map((c) => cellText(c)).join("\t"));
    }
    return;
  }
  if (tag === "li" && node.querySelector("ul,ol")) {
    // A list item holding a nested list: its own text first, then the nested items.
    lines.push(inlineText(node.childNodes.filter((c) => !(c instanceof HTMLElement && /^(ul|ol)$/i.test(c.rawTagName)))));
    for (const child of node.childNodes) if (child instanceof HTMLElement && /^(ul|ol)$/i.test(child.rawTagName)) collectLines(child, lines);
    return;
  }
  if (LINE.has(tag)) {
    lines.push(inlineText(node.childNodes));
    return;
  }
  for (const child of node.childNodes) collectLines(child, lines);
}

function inlineText(nodes: Node[]): string {
  return nodes.map((n) => (n instanceof HTMLElement && n.rawTagName?.toLowerCase() === "br" ? "\n" : n.text)).join("").replace(/&nbsp;/g, " ").trim();
}

/** A cell's paragraphs joined by a space: a row stays one line. */
function cellText(cell: HTMLElement): string {
  const paragraphs = cell.querySelectorAll("p");
  const text = paragraphs.length ? paragraphs.map((p) => p.text).join(" ") : cell.text;
  return text.replace(/\s+/g, " ").trim();
}
