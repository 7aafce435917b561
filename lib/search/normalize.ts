import { toSimplified } from "@/lib/import";
import { foldWidth } from "@/lib/text/width";

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
  for (const char of foldWidth(text)) {
    const lower = char.toLowerCase();
    folded += lower.length === char.length ? lower : char;
  }
  return folded;
}

/** Letters and digits of any script make up search words; everything else (punctuation, spaces) separates them. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
