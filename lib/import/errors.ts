import type { ImportError, ImportErrorCode } from "./types";

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const MIN_CJK_CHARS = 20;

const MESSAGES: Record<ImportErrorCode, string> = {
  empty: "文件为空 / The file is empty",
  "too-large": "文件过大,上限为 5 MB / The file is too large: the limit is 5 MB",
  pdf: "PDF 文件须通过导入读取 / PDF files are read by the importer only (npx duizhao import, /import)",
  office:
    "Excel、PowerPoint 或 ZIP 文件不支持，Word 请用 .docx，或另存为纯文本(.txt) / Excel, PowerPoint and ZIP files are not supported: use .docx for Word, or save as plain text (.txt)",
  image: "图片无法导入,请提供文字版报告 / Images cannot be imported: provide the report as text",
  binary: "文件不是文本(含有二进制内容) / The file is not text: it contains binary data",
  undecodable:
    "无法识别文件编码,请另存为 UTF-8 后重试 / The file's encoding is not recognised: save it as UTF-8 and try again",
  "text-too-large": "提取出的文字超过 5 MB 上限 / The extracted text is larger than the 5 MB limit",
  "pdf-encrypted": "此PDF已加密（需要密码），无法读取 / This PDF is encrypted (password protected) and cannot be read",
  "pdf-corrupt": "PDF 文件已损坏，无法读取 / The PDF file is damaged and cannot be read",
  "pdf-no-text": "此PDF没有文字层（扫描件），不支持OCR / This PDF has no text layer (a scan); OCR is not supported",
  "pdf-broken-font":
    "此PDF的字体编码损坏，提取出的多为私用区字符而非汉字，请另找文字版 / This PDF's font encoding is broken: its text comes out as private-use glyphs, not Chinese characters",
  "docx-invalid": "不是Word(.docx)文件：压缩包内没有Word正文 / Not a Word (.docx) file: the archive holds no Word document",
  "docx-corrupt": "Word(.docx)文件已损坏，无法读取 / The Word (.docx) file is damaged and cannot be read",
  "doc-legacy": "旧版Word(.doc)格式不支持，请另存为.docx / The old Word format (.doc) is not supported: save it as .docx",
  "wps-legacy": "WPS(.wps)格式不支持，请另存为.docx / The WPS format (.wps) is not supported: save it as .docx",
  "no-chinese": `文件中没有中文内容(少于 ${MIN_CJK_CHARS} 个汉字) / The file contains no Chinese text (fewer than ${MIN_CJK_CHARS} Chinese characters)`,
};

export function importError(code: ImportErrorCode): ImportError {
  return { code, message: MESSAGES[code] };
}

export function isImportError(value: unknown): value is ImportError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value && !("text" in value);
}
