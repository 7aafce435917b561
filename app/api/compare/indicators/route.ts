import { createHash } from "node:crypto";
import { getComparison } from "@/lib/data/comparisons";
import { errorResponse } from "@/lib/http/error-response";
import { parseCompareApiParams } from "@/lib/url/compare-api-params";
import { parsePageParams } from "@/lib/url/page-params";
import { viewOf } from "@/lib/compare/view-filter";
import { pageSlice } from "@/lib/compare/paging";
import { pairCells } from "@/lib/compare/pair-cells";
import { PAIRS_PER_PAGE } from "@/lib/compare/page-sizes";

/**
 * GET /api/compare/indicators?left=&right=[&l=&r=&only=&q=&metric=&ipage=]: one page of the view's 对照表 as tuples
 * (lib/compare/pair-cells.ts), for the compare page's folded table, which loads when it is opened (decision 011d).
 * Not a public contract: the JSON of GET /api/compare is.
 */
export async function GET(request: Request) {
  try {
    const query = new URL(request.url).searchParams;
    const parsed = parseCompareApiParams(query);
    if (!parsed.success) return Response.json({ ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, { status: 400 });
    const p = parsed.data;
    const comparison = await getComparison({ left: p.left, right: p.right, l: p.l, r: p.r });
    if (!comparison) return Response.json({ ok: false, error: "report not found" }, { status: 404 });
    const sorted = [...query].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join("&");
    const etag = `"${createHash("sha1").update(comparison.etag).update(`indicators?${sorted}`).digest("base64url").slice(0, 27)}"`;
    const headers = { etag, "cache-control": "no-cache" };
    if (request.headers.get("if-none-match")?.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
    const pairs = viewOf(comparison.result, p).indicators;
    const table = pageSlice(pairs.length, parsePageParams(query).ipage, PAIRS_PER_PAGE);
    return Response.json({ ok: true, page: table.page, pageCount: table.pageCount, total: pairs.length, pairs: pairs.slice(table.start, table.end).map(pairCells) }, { headers });
  } catch (error) {
    return errorResponse(error);
  }
}
