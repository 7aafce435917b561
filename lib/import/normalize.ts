import { createHash } from "node:crypto";
import { toSimplified } from "./chinese-script";
import { foldWidth } from "@/lib/text/width";

/**
 * Full-width ASCII (！ to ～) to half-width, and the ideographic space to a space. 。、“”《》…… have no half-width
 * form in the seeds and are left alone.
 */
function toHalfWidth(text: string): string {
  return foldWidth(text).replace(/\u00a0/g, " ");
}

/**
 * The canonical form a content hash is taken of: the same report in another encoding, with CRLF, full-width
 * punctuation, other indentation or traditional characters normalises to the same string. Not offset-preserving.
 */
export function normalizeForHash(text: string): string {
  return toHalfWidth(toSimplified(text.replace(/^\ufeff/, "")))
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

/** sha256 hex of the normalised text. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeForHash(text), "utf8").digest("hex");
}
