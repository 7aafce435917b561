export type {
  DocumentSource,
  ChineseScript,
  DecodedInput,
  DecodeOptions,
  ImportError,
  ImportErrorCode,
  InputEncoding,
  InputFormat,
} from "./types";
export { decodeInput } from "./decode-input";
export { importError, isImportError, MAX_INPUT_BYTES, MIN_CJK_CHARS } from "./errors";
export { extractHtml, extractHtmlText, isHtmlInput } from "./html-text";
export { detectScript, simplifiedView, toSimplified, traditionalRatio } from "./chinese-script";
export { contentHash, normalizeForHash } from "./normalize";
export { decodeDocument } from "./decode-document";
