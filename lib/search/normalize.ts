import { toSimplified } from "@/lib/import";

/**
 * The form both the index and the query are compared in: full-width ASCII folded to half-width, the ideographic
 * space to a space, letters lower-cased, traditional characters simplified. Every step maps one UTF-16 unit to one,
 * so an offset into the normalised text is the same offset into the original (highlights need that).
 */
export function normalizeForSearch(text: string): string {
  return toSimplified(foldWidthAndCase(text));
}

/** Full-width ASCII → half-width, ideographic space → space, lower case; one UTF-16 unit for one. */
export function foldWidthAndCase(text: string): string {
  let folded = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    let out = char;
    if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out = " ";
    const lower = out.toLowerCase();
    folded += lower.length === out.length ? lower : out;
  }
  return folded;
}

/** Letters and digits of any script make up search words; everything else (punctuation, spaces) separates them. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
