import { importReport, yieldToEventLoop } from "@/lib/data/report-imports";
import { errorResponse } from "@/lib/http/error-response";
import { formUpload, importUpload, rawUpload, uploadSize, type UploadResult } from "@/lib/http/import-upload";
import { checkImportRate, checkWriteAccess } from "@/lib/http/request-access";
import { MAX_INPUT_BYTES } from "@/lib/import";
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
  const upload = await uploadOf(request, body);
  if ("error" in upload) return Response.json({ ok: false, error: upload.error }, { status: upload.status });
  if (upload.files.length === 0) return Response.json({ ok: false, error: "没有文件 / no file in the request" }, { status: 400 });

  const limited = await checkImportRate(uploadSize(upload));
  if (limited) {
    const headers: Record<string, string> = limited.exceedsCapacity ? {} : { "retry-after": String(limited.retryAfterSeconds) };
    return Response.json({ ok: false, error: limited.message }, { status: limited.exceedsCapacity ? 413 : 429, headers });
  }
  // Other requests get a turn between the files of one request.
  const outcomes = await importUpload(upload, importReport, yieldToEventLoop);
  const ok = outcomes.every((o) => o.status !== "failed");
  return Response.json({ ok, outcomes }, { status: ok ? 200 : 422 });
}

/** A multipart form (`files`, `text`, fields), or the raw body as one file named by ?name=. */
async function uploadOf(request: Request, body: Uint8Array): Promise<UploadResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return rawUpload(body, type, new URL(request.url).searchParams);
  const form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData().catch(() => null);
  if (!form) return { error: "无法解析表单 / malformed multipart body", status: 400 };
  return formUpload(form);
}
