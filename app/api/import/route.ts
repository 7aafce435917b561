import { importReport, type ImportOutcome } from "@/lib/data/report-imports";
import { errorResponse } from "@/lib/data/db-errors";
import { checkImportRate, checkWriteAccess } from "@/lib/data/write-access";
import { MAX_INPUT_BYTES } from "@/lib/import";
import { parseYearField } from "@/lib/import/year-field";
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
  const limited = await checkImportRate();
  if (limited) return Response.json({ ok: false, error: limited.message }, { status: 429, headers: { "retry-after": String(limited.retryAfterSeconds) } });
  let body: Uint8Array;
  try {
    // Counted while reading: a chunked body has no content-length to check up front.
    body = await readBodyLimited(request, MAX_REQUEST_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return Response.json({ ok: false, error: `请求过大 / request larger than ${MAX_REQUEST_BYTES / 1048576} MB` }, { status: 413 });
  }

  const outcomes: ImportOutcome[] = [];
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData().catch(() => null);
    if (!form) return Response.json({ ok: false, error: "无法解析表单 / malformed multipart body" }, { status: 400 });
    const year = parseYearField(form.get("year"));
    if ("error" in year) return Response.json({ ok: false, error: year.error }, { status: 400 });
    for (const entry of form.getAll("files")) {
      if (entry instanceof File) outcomes.push(await importReport({ bytes: new Uint8Array(await entry.arrayBuffer()), fileName: entry.name, contentType: entry.type, ...year }));
    }
    const text = form.get("text");
    if (typeof text === "string" && text.trim()) outcomes.push(await importReport({ bytes: new TextEncoder().encode(text), fileName: String(form.get("name") ?? "pasted.txt"), ...year }));
  } else {
    const bytes = body;
    if (bytes.length > MAX_INPUT_BYTES) return Response.json({ ok: false, error: "文件过大 / file too large" }, { status: 413 });
    const params = new URL(request.url).searchParams;
    const year = parseYearField(params.get("year"));
    if ("error" in year) return Response.json({ ok: false, error: year.error }, { status: 400 });
    outcomes.push(await importReport({ bytes, fileName: params.get("name") ?? "upload.txt", contentType: type, ...year }));
  }
  if (outcomes.length === 0) return Response.json({ ok: false, error: "没有文件 / no file in the request" }, { status: 400 });
  const ok = outcomes.every((o) => o.status !== "failed");
  return Response.json({ ok, outcomes }, { status: ok ? 200 : 422 });
}
