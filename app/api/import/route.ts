import { importReport, yieldToEventLoop, type ImportInput, type ImportOutcome } from "@/lib/data/report-imports";
import { errorResponse } from "@/lib/http/error-response";
import { checkImportRate, checkWriteAccess } from "@/lib/http/request-access";
import { MAX_INPUT_BYTES } from "@/lib/import";
import { parseYearField } from "@/lib/import/year-field";
import { parseSourceFields } from "@/lib/import/source-fields";
import { BodyTooLargeError, readBodyLimited } from "@/lib/security/body-limit";

const MAX_REQUEST_BYTES = 4 * MAX_INPUT_BYTES;

/**
 * POST /api/import — multipart form data with one or more `files` (and/or a `text` field), or a raw
 * body with ?name=file.txt. Answers { ok, outcomes: [{ status, slug?, title?, code?, message? }] }.
 */
export async function POST(request: Request) {
  try {
    return await handle(request);
  } catch (error) {
    return errorResponse(error);
  }
}

async function handle(request: Request): Promise<Response> {
  const denied = await checkWriteAccess({ surface: "api" });
  if (denied) return Response.json({ ok: false, error: denied }, { status: 403 });
  let body: Uint8Array;
  try {
    // Counted while reading: a chunked body has no content-length to check up front.
    body = await readBodyLimited(request, MAX_REQUEST_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return Response.json({ ok: false, error: `请求过大 / request larger than ${MAX_REQUEST_BYTES / 1048576} MB` }, { status: 413 });
  }
  const files = await filesOf(request, body);
  if ("error" in files) return Response.json({ ok: false, error: files.error }, { status: files.status });
  if (files.inputs.length === 0) return Response.json({ ok: false, error: "没有文件 / no file in the request" }, { status: 400 });

  // The rate limit counts every file and byte of the request, not the request.
  const limited = await checkImportRate({ files: files.inputs.length, bytes: files.inputs.reduce((n, f) => n + f.bytes.length, 0) });
  if (limited) {
    const headers: Record<string, string> = limited.exceedsCapacity ? {} : { "retry-after": String(limited.retryAfterSeconds) };
    return Response.json({ ok: false, error: limited.message }, { status: limited.exceedsCapacity ? 413 : 429, headers });
  }
  const outcomes: ImportOutcome[] = [];
  for (const input of files.inputs) {
    await yieldToEventLoop(); // other requests get a turn between the files of one request
    outcomes.push(await importReport(input));
  }
  const ok = outcomes.every((o) => o.status !== "failed");
  return Response.json({ ok, outcomes }, { status: ok ? 200 : 422 });
}

/** The files of a multipart form (`files`, `text`), or the raw body as one file named by ?name=. */
async function filesOf(request: Request, body: Uint8Array): Promise<{ inputs: ImportInput[] } | { error: string; status: number }> {
  const type = request.headers.get("content-type") ?? "";
  const inputs: ImportInput[] = [];
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData().catch(() => null);
    if (!form) return { error: "无法解析表单 / malformed multipart body", status: 400 };
    const year = parseYearField(form.get("year"));
    if ("error" in year) return { error: year.error, status: 400 };
    const source = parseSourceFields((name) => form.get(name));
    if ("error" in source) return { error: source.error, status: 400 };
    for (const entry of form.getAll("files")) {
      if (entry instanceof File) inputs.push({ bytes: new Uint8Array(await entry.arrayBuffer()), fileName: entry.name, contentType: entry.type, ...year, ...source });
    }
    const text = form.get("text");
    if (typeof text === "string" && text.trim()) inputs.push({ bytes: new TextEncoder().encode(text), fileName: String(form.get("name") ?? "pasted.txt"), ...year, ...source });
    return { inputs };
  }
  if (body.length > MAX_INPUT_BYTES) return { error: "文件过大 / file too large", status: 413 };
  const params = new URL(request.url).searchParams;
  const year = parseYearField(params.get("year"));
  if ("error" in year) return { error: year.error, status: 400 };
  const source = parseSourceFields((name) => params.get(name));
  if ("error" in source) return { error: source.error, status: 400 };
  inputs.push({ bytes: body, fileName: params.get("name") ?? "upload.txt", contentType: type, ...year, ...source });
  return { inputs };
}
