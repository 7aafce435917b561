import { citationLine } from "@/lib/import/report-source";
import { requestComparison } from "@/lib/data/compare-jobs";
import { errorResponse } from "@/lib/http/error-response";
import { parseCompareApiParams } from "@/lib/url/compare-api-params";
import { compareHref } from "@/lib/url/compare-params";
import { reportRef, toCompareJson } from "@/lib/compare/compare-json";
import { viewOf } from "@/lib/compare/view-filter";
import { toCsv, toMarkdown } from "@/lib/compare/export";
import { toXlsx } from "@/lib/compare/export-xlsx";
import { toDocx } from "@/lib/compare/export-docx";
import { attachment, exportFileName } from "@/lib/compare/export-name";
import { shortReportName } from "@/lib/format/labels";
import { KIND_CHOICE_LABELS, describeFilter } from "@/lib/format/compare-labels";
import { createHash } from "node:crypto";

/**
 * A stored comparison is immutable for its key (content hashes, versions, kinds, metadata): its ETag is that key's
 * hash with the query (filters, format), so a client that has it gets 304 without a body.
 */
function notModified(request: Request, etag: string): Response | null {
  const match = request.headers.get("if-none-match");
  if (!match || !match.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return null;
  return new Response(null, { status: 304, headers: { etag, "cache-control": "no-cache" } });
}

/** GET /api/compare?left=&right=[&l=&r=&only=&q=&metric=][&format=json|csv|md|xlsx|docx&table=rows|indicators]. Slugs only, never files. */
export async function GET(request: Request) {
  try {
    return await handle(request);
  } catch (error) {
    return errorResponse(error);
  }
}

const OFFICE_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** The page's address as the reader's browser knows it (Host header), not the server's own localhost. */
function viewUrl(request: Request, path: string): string {
  const own = new URL(request.url);
  const host = request.headers.get("host");
  return new URL(path, host && /^[\w.:\[\]-]+$/.test(host) ? `${own.protocol}//${host}` : own.origin).href;
}

async function handle(request: Request): Promise<Response> {
  const parsed = parseCompareApiParams(new URL(request.url).searchParams);
  if (!parsed.success) {
    return Response.json({ ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, { status: 400 });
  }
  const p = parsed.data;
  const requested = await requestComparison({ left: p.left, right: p.right, l: p.l, r: p.r });
  if (!requested) return Response.json({ ok: false, error: "report not found" }, { status: 404 });
  // A large pair nobody stored yet is computed off this thread: 202 until it is stored (README, JSON contracts).
  if (requested.status === "computing") {
    const since = new Date(requested.since).toISOString();
    return Response.json(
      { ok: false, status: "computing", error: "正在计算对照 / the comparison is being computed", since, retryAfter: requested.retryAfter },
      { status: 202, headers: { "retry-after": String(requested.retryAfter), "cache-control": "no-store" } },
    );
  }
  if (requested.status === "failed") {
    return Response.json({ ok: false, status: "failed", code: requested.code, error: requested.message }, { status: 422, headers: { "cache-control": "no-store" } });
  }
  const { comparison } = requested;
  const query = [...new URL(request.url).searchParams].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join("&");
  const etag = `"${createHash("sha1").update(comparison.etag).update(query).digest("base64url").slice(0, 27)}"`;
  const cacheHeaders = { etag, "cache-control": "no-cache" };
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const shown = viewOf(comparison.result, p);
  if (p.format === "csv") {
    return new Response(`\uFEFF${toCsv(shown, p.table)}`, {
      headers: { ...cacheHeaders, "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(exportFileName(p, "csv", p.table)) },
    });
  }
  if (p.format === "xlsx" || p.format === "docx") {
    // Built from the same JSON as format=json, narrowed to the view's filter like the CSV and Markdown exports.
    const json = toCompareJson({
      left: { report: reportRef(comparison.left), kinds: p.l },
      right: { report: reportRef(comparison.right), kinds: p.r },
      url: compareHref(p.left, p.right, p),
      result: shown,
    });
    const url = viewUrl(request, json.url!);
    const bytes = p.format === "xlsx" ? await toXlsx(json, url) : await toDocx(json, url);
    return new Response(new Uint8Array(bytes), {
      headers: { "content-type": OFFICE_TYPES[p.format], "content-disposition": attachment(exportFileName(p, p.format)) },
    });
  }
  if (p.format === "md") {
    const side = (report: typeof comparison.left, kinds: typeof p.l) => `${shortReportName(report)} ${KIND_CHOICE_LABELS[kinds]}（${report.title}）`;
    const header = {
      left: side(comparison.left, p.l),
      right: side(comparison.right, p.r),
      kind: comparison.kind,
      url: viewUrl(request, compareHref(p.left, p.right, p)),
      filter: describeFilter(p),
      summary: comparison.result.summary,
      citations: { left: citationLine(comparison.left, comparison.left.origin), right: citationLine(comparison.right, comparison.right.origin) },
    };
    return new Response(toMarkdown(shown, undefined, header), {
      headers: { ...cacheHeaders, "content-type": "text/markdown; charset=utf-8", "content-disposition": attachment(exportFileName(p, "md")) },
    });
  }
  return Response.json(
    toCompareJson({
      left: { report: reportRef(comparison.left), kinds: p.l },
      right: { report: reportRef(comparison.right), kinds: p.r },
      url: compareHref(p.left, p.right, p),
      result: comparison.result,
    }),
    { headers: cacheHeaders },
  );
}
