import type { ImportInput, ImportOutcome } from "@/lib/data/report-imports";
import { importError, MAX_INPUT_BYTES } from "@/lib/import";
import type { ReportSource } from "@/lib/import/report-source";
import { parseSourceFields } from "./source-fields";
import { parseYearField } from "./year-field";

/** One file of an upload, not read yet: a file over the size limit fails without being read. */
export interface UploadFile {
  fileName: string;
  contentType?: string;
  size: number;
  read: () => Promise<Uint8Array>;
}

/** What an import upload carries: its files (the pasted text is one of them) and the fields that apply to each. */
export interface Upload {
  files: UploadFile[];
  year?: number;
  source?: ReportSource;
}

export type UploadResult = Upload | { error: string; status: 400 | 413 };

const encoder = new TextEncoder();

function textFile(text: string, fileName: string): UploadFile {
  const bytes = encoder.encode(text);
  return { fileName, size: bytes.length, read: async () => bytes };
}

/**
 * The import form, as the /import page's action and a multipart POST /api/import send it: `files` (a browser's
 * empty file input, a nameless empty file, is no file), a pasted `text` named by `name` (pasted.txt when blank), and
 * the optional `year` and source fields.
 */
export function formUpload(form: FormData): UploadResult {
  const fields = uploadFields((name) => form.get(name));
  if ("error" in fields) return fields;
  const files: UploadFile[] = form
    .getAll("files")
    .filter((e): e is File => e instanceof File && !(e.size === 0 && e.name === ""))
    .map((file) => ({ fileName: file.name, contentType: file.type, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) }));
  const text = form.get("text");
  if (typeof text === "string" && text.trim()) files.push(textFile(text, String(form.get("name") ?? "").trim() || "pasted.txt"));
  return { files, ...fields };
}

/** A raw POST /api/import body: one file named by ?name= (upload.txt), with `year` and the source fields as query parameters. */
export function rawUpload(body: Uint8Array, contentType: string, params: URLSearchParams): UploadResult {
  if (body.length > MAX_INPUT_BYTES) return { error: "文件过大 / file too large", status: 413 };
  const fields = uploadFields((name) => params.get(name));
  if ("error" in fields) return fields;
  const file: UploadFile = { fileName: params.get("name") ?? "upload.txt", contentType, size: body.length, read: async () => body };
  return { files: [file], ...fields };
}

function uploadFields(get: (name: string) => FormDataEntryValue | null): { year?: number; source?: ReportSource } | { error: string; status: 400 } {
  const year = parseYearField(get("year"));
  if ("error" in year) return { error: year.error, status: 400 };
  const source = parseSourceFields(get);
  if ("error" in source) return { error: source.error, status: 400 };
  return { ...year, ...source };
}

/** What the import rate limit counts: every file and byte of the upload, not the request. */
export function uploadSize(upload: Upload): { files: number; bytes: number } {
  return { files: upload.files.length, bytes: upload.files.reduce((n, f) => n + f.size, 0) };
}

/** Imports the files one after the other, in order; `before` runs before each (the route yields to other requests). */
export async function importUpload(
  upload: Upload,
  importOne: (input: ImportInput) => Promise<ImportOutcome>,
  before?: () => Promise<void>,
): Promise<ImportOutcome[]> {
  const { files, ...fields } = upload;
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    await before?.();
    if (file.size > MAX_INPUT_BYTES) {
      outcomes.push({ status: "failed", fileName: file.fileName, ...importError("too-large") });
      continue;
    }
    const type = file.contentType === undefined ? {} : { contentType: file.contentType };
    outcomes.push(await importOne({ bytes: await file.read(), fileName: file.fileName, ...type, ...fields }));
  }
  return outcomes;
}
