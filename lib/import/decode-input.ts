import { detectScript } from "./chinese-script";
import { countCjk } from "./cjk";
import { decodeBytes } from "./decode-bytes";
import { importError, MAX_INPUT_BYTES, MIN_CJK_CHARS } from "./errors";
import { extractHtml, isHtmlInput } from "./html-text";
import { htmlSource } from "./html-source";
import { sniffSignature } from "./sniff-bytes";
import type { DecodedInput, DecodeOptions, ImportError } from "./types";

/**
 * Uploaded bytes → the text to store, or a typed error to show. For HTML the text is the extracted article; the
 * caller keeps the original bytes. Plain text is returned verbatim apart from the BOM.
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
  const { text, warnings } = format === "html" ? extractHtml(decoded.text) : { text: decoded.text, warnings: [] };
  if (text.trim() === "") return importError("empty");
  if (countCjk(text, MIN_CJK_CHARS) < MIN_CJK_CHARS) return importError("no-chinese");

  const source = format === "html" ? htmlSource(decoded.text) : {};
  return { text, encoding: decoded.encoding, format, script: detectScript(text), warnings, ...(Object.keys(source).length ? { source } : {}) };
}
