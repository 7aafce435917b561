/** How the stored text was read from the bytes: a text encoding, or a document format whose text layer was extracted. */
export type InputEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | "pdf" | "docx";
export type InputFormat = "text" | "html" | "pdf" | "docx";
export type ChineseScript = "simplified" | "traditional";

export interface DecodedInput {
  /** The decoded text (for HTML: the extracted article text). BOM removed, and a text's HTML character references
   * (&#8220;, &nbsp;) decoded; nothing else changed. */
  text: string;
  encoding: InputEncoding;
  format: InputFormat;
  script: ChineseScript;
  /** Reasons to look at the stored text (an HTML extraction that kept much less than the page shows). */
  warnings: string[];
  /** Where the document says it came from (HTML meta tags, PDF metadata); absent fields are unknown. */
  source?: DocumentSource;
}

export type { ReportSource as DocumentSource } from "./report-source";
import type { ReportSource as DocumentSource } from "./report-source";

export type ImportErrorCode =
  | "empty"
  | "too-large"
  | "pdf"
  | "office"
  | "image"
  | "binary"
  | "undecodable"
  | "no-chinese"
  | "text-too-large"
  | "pdf-encrypted"
  | "pdf-corrupt"
  | "pdf-no-text"
  | "pdf-broken-font"
  | "docx-invalid"
  | "docx-corrupt"
  | "doc-legacy"
  | "wps-legacy";

export interface ImportError {
  code: ImportErrorCode;
  /** Chinese, then English: "文件为空 / The file is empty". */
  message: string;
}

export interface DecodeOptions {
  fileName?: string;
  contentType?: string;
}
