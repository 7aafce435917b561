export type InputEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" | "big5";
export type InputFormat = "text" | "html";
export type ChineseScript = "simplified" | "traditional";

export interface DecodedInput {
  /** The decoded text (for HTML: the extracted article text). BOM removed, nothing else changed. */
  text: string;
  encoding: InputEncoding;
  format: InputFormat;
  script: ChineseScript;
  /** Reasons to look at the stored text (an HTML extraction that kept much less than the page shows). */
  warnings: string[];
}

export type ImportErrorCode =
  | "empty"
  | "too-large"
  | "pdf"
  | "office"
  | "image"
  | "binary"
  | "undecodable"
  | "no-chinese";

export interface ImportError {
  code: ImportErrorCode;
  /** Chinese, then English: "文件为空 / The file is empty". */
  message: string;
}

export interface DecodeOptions {
  fileName?: string;
  contentType?: string;
}
