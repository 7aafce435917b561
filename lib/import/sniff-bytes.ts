import type { ImportErrorCode, InputEncoding } from "./types";

const SIGNATURES: { code: ImportErrorCode; bytes: number[] }[] = [
  { code: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { code: "office", bytes: [0x50, 0x4b, 0x03, 0x04] }, // ZIP, so also .docx/.xlsx
  { code: "office", bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty ZIP
  { code: "office", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // OLE2: .doc/.xls
  { code: "image", bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { code: "image", bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { code: "image", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { code: "binary", bytes: [0x1f, 0x8b] }, // gzip
  { code: "binary", bytes: [0x52, 0x61, 0x72, 0x21] }, // Rar!
  { code: "binary", bytes: [0x37, 0x7a, 0xbc, 0xaf] }, // 7z
];

/** A known non-text file type, from its magic number. */
export function sniffSignature(bytes: Uint8Array): ImportErrorCode | null {
  for (const { code, bytes: sig } of SIGNATURES) {
    if (sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b)) return code;
  }
  return null;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);

/**
 * A document format the importer reads through its text layer (pdf, docx), or an old binary Word format it names in
 * its error (doc, wps: both OLE2 files); null for anything else. Excel and PowerPoint files keep the generic error.
 */
export function documentKind(bytes: Uint8Array, fileName?: string): "pdf" | "docx" | "doc" | "wps" | null {
  const name = fileName?.toLowerCase() ?? "";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return /\.(xlsx|xlsm|pptx|zip|odt|ods)$/.test(name) ? null : "docx";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (name.endsWith(".wps")) return "wps";
    return /\.(xls|ppt|msg)$/.test(name) ? null : "doc";
  }
  return null;
}

export function sniffBom(bytes: Uint8Array): { encoding: InputEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8-bom", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

const SAMPLE = 8192;

const CHINESE_TEXT = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u206f]/g;

/** Share of UTF-16 units that are Han, CJK punctuation, full-width forms or printable ASCII. */
export function utf16TextScore(text: string): number {
  const sample = text.slice(0, SAMPLE);
  if (!sample) return 0;
  const ascii = sample.match(/[\x20-\x7e\t\n\r]/g)?.length ?? 0;
  return (ascii + (sample.match(CHINESE_TEXT)?.length ?? 0)) / sample.length;
}

/** Share of non-ASCII characters that are Han or CJK punctuation: near 1 for the right legacy decoder. */
export function legacyTextScore(text: string): number {
  const nonAscii = text.match(/[^\x00-\x7f]/g)?.length ?? 0;
  return nonAscii === 0 ? 1 : (text.match(CHINESE_TEXT)?.length ?? 0) / nonAscii;
}

/** NUL bytes never occur in 8-bit text encodings. */
export function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/** C0 control bytes other than tab, line ends, form feed and escape, in more than 1 % of the bytes (at least two). */
export function hasControlBytes(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  return controls >= 2 && controls > bytes.length * 0.01;
}

/** Control characters other than tab, line ends and form feed (PDF extraction leaves \f), including C1 controls. */
export function looksBinary(text: string): boolean {
  if (text.includes("\0")) return true;
  const controls = text.match(/[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]/g)?.length ?? 0;
  return controls >= 2 && controls > text.length * 0.01;
}

/** Maps a declared charset label to the decoder we use. GB2312 and GBK are subsets of GB18030. */
export function charsetFromLabel(label: string | undefined | null): "gb18030" | "big5" | "utf-8" | "utf-16le" | "utf-16be" | null {
  const l = label?.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (!l) return null;
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|iso-ir-58|chinese)$/.test(l)) return "gb18030";
  if (/^(big5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp950)$/.test(l)) return "big5";
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return "utf-8";
  if (/^(utf-?16(le)?|unicode)$/.test(l)) return "utf-16le";
  if (/^utf-?16be$/.test(l)) return "utf-16be";
  return null;
}

/** The charset a Content-Type header or an HTML <meta> declares, read from the raw bytes as Latin-1. */
export function declaredCharset(bytes: Uint8Array, contentType?: string): string | null {
  const fromHeader = contentType?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return head.match(/<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i)?.[1] ?? null;
}
