// What a restore may trust in a backup file. A backup is user-supplied JSON: its slug becomes a URL (and, for anyone
// who writes files per report, a path), and its stored text is kept verbatim, so both are checked before anything
// is written. The text check asks only what any version of the extractor guarantees, so that backups written by an
// older extractor stay valid: plain text is the decoded bytes exactly; extracted HTML never invents a line.
import { parse } from "node-html-parser";

/** Slugs as the importer makes them: lower-case ASCII words joined by single hyphens (yuhang-2020-v2, china-2013). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 120;

export function slugProblem(slug: string): string | null {
  if (slug.length > MAX_SLUG) return `slug longer than ${MAX_SLUG} characters`;
  return SLUG.test(slug) ? null : `invalid slug ${JSON.stringify(slug.slice(0, 60))} (only a-z, 0-9 and single hyphens)`;
}

const DECODER_LABELS: Record<string, string> = {
  "utf-8": "utf-8", "utf-8-bom": "utf-8", "utf-16le": "utf-16le", "utf-16be": "utf-16be", gb18030: "gb18030", big5: "big5",
};

/** Documents whose text was extracted from their text layer: their bytes must be such a document. */
const DOCUMENT_SIGNATURES: Record<string, string> = { pdf: "%PDF-", docx: "PK\x03\x04" };

/** Markup that could make the stored text an extraction rather than the bytes themselves. */
const MARKUP = /<(!doctype|[a-z][a-z0-9]*)[\s/>]/i;

const squeeze = (s: string) => s.replace(/\s+/g, "");

/**
 * Why `text` could not have been stored for these bytes, or null. The bytes are decoded with the encoding the backup
 * names (a BOM dropped, as the importer does). Without markup the text must equal them; with markup every line of
 * the text must occur, whitespace aside, in the document's text (entities decoded).
 */
export function textFromBytesProblem(input: { bytes: Uint8Array; text: string; encoding: string }): string | null {
  const signature = DOCUMENT_SIGNATURES[input.encoding];
  if (signature !== undefined) {
    // Re-extracting a PDF or Word text layer is asynchronous and slow; the check here is that the bytes are one.
    const head = new TextDecoder("latin1").decode(input.bytes.subarray(0, signature.length));
    return head === signature ? null : `the original bytes are not a ${input.encoding === "pdf" ? "PDF" : "Word (.docx)"} file`;
  }
  const label = DECODER_LABELS[input.encoding];
  if (!label) return `unknown encoding ${JSON.stringify(input.encoding)}`;
  let decoded: string;
  try {
    decoded = new TextDecoder(label, { fatal: true }).decode(input.bytes);
  } catch {
    return `the original bytes are not valid ${input.encoding}`;
  }
  if (decoded === input.text) return null;
  if (!MARKUP.test(decoded)) return "the stored text differs from the original bytes (plain text is stored as decoded)";
  const visible = squeeze(parse(decoded, { comment: false }).text);
  const missing = input.text.split("\n").map(squeeze).find((line) => line !== "" && !visible.includes(line));
  return missing === undefined ? null : `the stored text has a line that is not in the original document: ${JSON.stringify(missing.slice(0, 40))}`;
}
