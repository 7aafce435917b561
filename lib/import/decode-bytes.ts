import { importError } from "./errors";
import {
  charsetFromLabel,
  declaredCharset,
  hasControlBytes,
  hasNulByte,
  legacyTextScore,
  looksBinary,
  sniffBom,
  utf16TextScore,
} from "./sniff-bytes";
import type { ImportError, InputEncoding } from "./types";

export interface DecodedBytes {
  text: string;
  encoding: InputEncoding;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    // ignoreBOM keeps a BOM in the output; the caller strips a detected BOM itself.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The UTF-16 byte order whose units look most like Chinese text, if it looks enough like it. */
function bestUtf16(bytes: Uint8Array, minScore: number): DecodedBytes | null {
  if (bytes.length % 2 !== 0) return null;
  let best: DecodedBytes | null = null;
  let bestScore = minScore;
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    const text = tryDecode(bytes, encoding);
    const score = text === null ? 0 : utf16TextScore(text);
    if (text !== null && score >= bestScore) [best, bestScore] = [{ text, encoding }, score];
  }
  return best;
}

function decoded(text: string, encoding: InputEncoding): DecodedBytes | ImportError {
  return looksBinary(text) ? importError("binary") : { text, encoding };
}

/**
 * Order matters: a BOM is proof, zero bytes mean UTF-16, and valid UTF-8 is almost never anything else. Then a
 * declared charset, BOM-less UTF-16 without any ASCII (by how text-like its units are), and GB18030 or Big5.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): DecodedBytes | ImportError {
  const bom = sniffBom(bytes);
  if (bom) {
    const label = bom.encoding === "utf-8-bom" ? "utf-8" : bom.encoding;
    const text = tryDecode(bytes.subarray(bom.length), label);
    return text === null ? importError("undecodable") : decoded(text, bom.encoding);
  }

  // 8-bit text encodings never contain a zero byte; in UTF-16 every ASCII character brings one.
  if (hasNulByte(bytes)) {
    const utf16 = bestUtf16(bytes, 0.8);
    return utf16 ? decoded(utf16.text, utf16.encoding) : importError("binary");
  }

  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return decoded(utf8, "utf-8");

  const declared = charsetFromLabel(declaredCharset(bytes, contentType));
  if (declared === "gb18030" || declared === "big5") {
    const text = tryDecode(bytes, declared);
    if (text !== null) return decoded(text, declared);
  }

  const utf16 = bestUtf16(bytes, 0.95);
  if (utf16) return decoded(utf16.text, utf16.encoding);

  // Big5 bytes are mostly valid GB18030 too (and the reverse), but only the right decoder yields Chinese text.
  const gb = tryDecode(bytes, "gb18030");
  const big5 = tryDecode(bytes, "big5");
  if (gb !== null && (big5 === null || legacyTextScore(gb) >= legacyTextScore(big5) - 0.05)) return decoded(gb, "gb18030");
  // Node's Big5 decoder accepts bytes the standard rejects (0xFF), and GBK read as Big5 scores about 0.87.
  if (big5 !== null && legacyTextScore(big5) >= 0.95) return decoded(big5, "big5");
  // Only C0 control bytes mark binary data here: bytes 0x80–0x9f are ordinary in UTF-8 and GBK (a file mixing the
  // two lands here), and read as Latin-1 they would look like C1 controls.
  return hasControlBytes(bytes) ? importError("binary") : importError("undecodable");
}
