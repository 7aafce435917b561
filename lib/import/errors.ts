import type { ImportError, ImportErrorCode } from "./types";

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const MIN_CJK_CHARS = 20;

const MESSAGES: Record<ImportErrorCode, string> = {
  empty: "文件为空 / The file is empty",
  "too-large": "文件过大,上限为 5 MB / The file is too large: the limit is 5 MB",
  pdf: "PDF 文件请先转换为文本(复制全文或另存为 .txt) / PDF files are not supported: convert to text first (copy the text or save as .txt)",
  office:
    "Word、Excel 或 ZIP 文件请先另存为纯文本(.txt) / Word, Excel and ZIP files are not supported: save as plain text (.txt) first",
  image: "图片无法导入,请提供文字版报告 / Images cannot be imported: provide the report as text",
  binary: "文件不是文本(含有二进制内容) / The file is not text: it contains binary data",
  undecodable:
    "无法识别文件编码,请另存为 UTF-8 后重试 / The file's encoding is not recognised: save it as UTF-8 and try again",
  "no-chinese": `文件中没有中文内容(少于 ${MIN_CJK_CHARS} 个汉字) / The file contains no Chinese text (fewer than ${MIN_CJK_CHARS} Chinese characters)`,
};

export function importError(code: ImportErrorCode): ImportError {
  return { code, message: MESSAGES[code] };
}

export function isImportError(value: unknown): value is ImportError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value && !("text" in value);
}
