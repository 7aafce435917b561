// Any uploaded file → the text to store: PDF and Word documents through their text layer, everything else through
// decodeInput (text and HTML). Asynchronous because the document readers are.
import { detectScript } from "./chinese-script";
import { countCjk } from "./cjk";
import { decodeInput } from "./decode-input";
import { extractDocxText } from "./docx-text";
import { importError, MAX_INPUT_BYTES, MIN_CJK_CHARS } from "./errors";
import { isPrivateUseDominant, unifySharedGlyphs } from "./extracted-glyphs";
import { extractPdfText, type PdfInfo } from "./pdf-text";
import { documentKind } from "./sniff-bytes";
import type { DecodedInput, DecodeOptions, DocumentSource, ImportError } from "./types";

export async function decodeDocument(bytes: Uint8Array, opts: DecodeOptions = {}): Promise<DecodedInput | ImportError> {
  if (bytes.length === 0) return importError("empty");
  if (bytes.length > MAX_INPUT_BYTES) return importError("too-large");
  const kind = documentKind(bytes, opts.fileName);
  if (kind === "pdf") {
    const pdf = await extractPdfText(bytes);
    if ("code" in pdf) return pdf;
    if (pdf.text.replace(/\s+/g, "") === "") return importError("pdf-no-text");
    if (isPrivateUseDominant(pdf.text)) return importError("pdf-broken-font");
    const text = detectScript(pdf.text) === "simplified" ? unifySharedGlyphs(pdf.text) : pdf.text;
    return checkedText(text, "pdf", [], pdfSource(pdf.info));
  }
  if (kind === "docx") {
    const docx = await extractDocxText(bytes);
    if ("code" in docx) return docx;
    return checkedText(docx.text, "docx", docx.warnings);
  }
  if (kind === "doc" || kind === "wps") return importError(kind === "doc" ? "doc-legacy" : "wps-legacy");
  return decodeInput(bytes, opts);
}

function checkedText(text: string, format: "pdf" | "docx", warnings: string[], source?: DocumentSource): DecodedInput | ImportError {
  if (text.trim() === "") return importError("empty");
  if (Buffer.byteLength(text, "utf8") > MAX_INPUT_BYTES) return importError("text-too-large");
  if (countCjk(text, MIN_CJK_CHARS) < MIN_CJK_CHARS) return importError("no-chinese");
  return { text, encoding: format, format, script: detectScript(text), warnings, ...(source ? { source } : {}) };
}

/** A PDF's Author is usually the publishing office; its CreationDate is the nearest thing to a publication date. */
function pdfSource(info: PdfInfo): DocumentSource | undefined {
  const source: DocumentSource = {};
  if (info.author) source.publisher = info.author;
  if (info.created) source.published = info.created;
  return Object.keys(source).length ? source : undefined;
}
