import { getComparison } from "@/lib/data/comparisons";
import { errorResponse } from "@/lib/data/db-errors";
import { parseCompareApiParams } from "@/lib/url/compare-api-params";
import { compareHref } from "@/lib/url/compare-params";
import { toCompareJson } from "@/lib/compare/compare-json";
import { viewOf } from "@/lib/compare/view-filter";
import { toCsv, toMarkdown } from "@/lib/compare/export";
import { reportRef } from "@/lib/data/report-ref";

/** GET /api/compare?left=&right=[&l=&r=&only=&q=&metric=][&format=json|csv|md&table=rows|indicators]. Slugs only, never files. */
export async function GET(request: Request) {
  try {
    return await handle(request);
  } catch (error) {
    return errorResponse(error);
  }
}

async function handle(request: Request): Promise<Response> {
  const parsed = parseCompareApiParams(new URL(request.url).searchParams);
  if (!parsed.success) {
    return Response.json({ ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, { status: 400 });
  }
  const p = parsed.data;
  const comparison = await getComparison({ left: p.left, right: p.right, l: p.l, r: p.r });
  if (!comparison) return Response.json({ ok: false, error: "report not found" }, { status: 404 });
  const shown = viewOf(comparison.result, p);
  const name = `duizhao-${p.left}-vs-${p.right}`;
  if (p.format === "csv") {
    return new Response(`\uFEFF${toCsv(shown, p.table)}`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}-${p.table}.csv"` },
    });
  }
  if (p.format === "md") {
    return new Response(toMarkdown(shown), {
      headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${name}.md"` },
    });
  }
  return Response.json(
    toCompareJson({
      left: { report: reportRef(comparison.left), kinds: p.l },
      right: { report: reportRef(comparison.right), kinds: p.r },
      url: compareHref(p.left, p.right, p),
      result: comparison.result,
    }),
  );
}
