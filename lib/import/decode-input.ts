import { detectScript } from "./chinese-script";
import { decodeCharacterReferences } from "./character-references";
import { stripTagResidue } from "./tag-residue";
import { countCjk } from "./cjk";
import { decodeBytes } from "./decode-bytes";
import { importError, MAX_INPUT_BYTES, MIN_CJK_CHARS } from "./errors";
import { extractHtml, isHtmlInput } from "./html-text";
import { htmlSource } from "./html-source";
import { stripInvisibleCharacters } from "./invisible-characters";
import { sniffSignature } from "./sniff-bytes";
import { readTwoColumns } from "./two-columns";
import type { DecodedInput, DecodeOptions, ImportError } from "./types";

/**
 * Uploaded bytes → the text to store, or a typed error to show. For HTML the text is the extracted article; the
 * caller keeps the original bytes. Plain text is returned verbatim apart from the BOM, invisible characters (zero-width
 * spaces, soft hyphens) and, in a page saved as text, its HTML character references (&#8220; → “); a two-column layout
 * is read column by column.
 */
export function decodeInput(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedInput | ImportError {
  if (bytes.length === 0) return importError("empty");
  if (bytes.length > MAX_INPUT_BYTES) return importError("too-large");
  const signature = sniffSignature(bytes);
  if (signature) return importError(signature);

  const decoded = decodeBytes(bytes, opts.contentType);
  if ("code" in decoded) return decoded;
  if (decoded.text.trim() === "") return importError("empty");

  const format = isHtmlInput(decoded.text, opts) ? "html" : "text";
  const read = format === "html" ? extractHtml(decoded.text) : textWithReferencesDecoded(decoded.text);
  const { text, removed } = stripInvisibleCharacters(read.text);
  const warnings = removed > 0 ? [...read.warnings, `文本中有 ${removed} 处不可见字符（如零宽空格、软连字符），已略去 / ${removed} invisible characters (zero-width spaces, soft hyphens…) were left out; the stored original keeps them`] : read.warnings;
  if (text.trim() === "") return importError("empty");
  if (countCjk(text, MIN_CJK_CHARS) < MIN_CJK_CHARS) return importError("no-chinese");

  const source = format === "html" ? htmlSource(decoded.text) : {};
  return { text, encoding: decoded.encoding, format, script: detectScript(text), warnings, ...(Object.keys(source).length ? { source } : {}) };
}

/** A page saved as text with its character references left in (&#8220;, &nbsp;): read as the page showed it, and said. */
function textWithReferencesDecoded(raw: string): { text: string; warnings: string[] } {
  // (Tags first: a reference decoded to < must not be read as one.)
  const { text: untagged, stripped } = stripTagResidue(raw);
  const { text, decoded } = decodeCharacterReferences(untagged);
  const warnings = [
    ...(stripped ? [`文本中有 ${stripped} 处网页标签残留（如 <br>、<b>），已按网页显示的分行和文字读取 / ${stripped} leftover HTML tags (<br>, <b>…) were read as the page showed them; the stored original keeps them`] : []),
    ...(decoded ? [`文本中有 ${decoded} 处网页字符实体（如 &nbsp;、&#8220;），已按网页显示的字符读取 / ${decoded} HTML character references (&nbsp;, &#8220;…) were read as the characters they stand for; the stored original keeps them`] : []),
  ];
  // A page printed in two columns (pdftotext -layout): read down the left column, then down the right.
  const columns = readTwoColumns(text);
  if (columns === null) return { text, warnings };
  return { text: columns, warnings: [...warnings, "文本为两栏排版（如 pdftotext -layout 转出的公报），已按先左栏、后右栏的顺序读取 / A two-column layout (pdftotext -layout) was read down the left column, then down the right; the stored original keeps its layout"] };
}
