import { z } from "zod";
import { errorResponse } from "@/lib/http/error-response";
import { getRegionTracker } from "@/lib/data/tracker";
import { attachment } from "@/lib/compare/export-name";
import { toTrackerCsv, TRACKER_TABLES } from "@/lib/tracker/export";
import { trackerToXlsx } from "@/lib/tracker/export-xlsx";

const params = z.object({
  region: z.string().min(1).max(200),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
  table: z.enum(TRACKER_TABLES).default("targets"),
  /** One chart's line (gdp:growth): that chart's data only. */
  line: z.string().max(200).optional(),
});

/** The site's address as the reader's browser knows it (Host header), for absolute links in the workbook. */
function siteBase(request: Request): string {
  const own = new URL(request.url);
  const host = request.headers.get("host");
  return host && /^[\w.:\[\]-]+$/.test(host) ? `${own.protocol}//${host}` : own.origin;
}

/** GET /api/tracker?region=<slug>[&format=json|csv|xlsx&table=targets|years|periods&line=<key>]: the promise tracker and its charts' data. */
export async function GET(request: Request) {
  try {
    const parsed = params.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return Response.json({ ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, { status: 400 });
    const p = parsed.data;
    const found = await getRegionTracker({ regionSlug: p.region });
    if (!found) return Response.json({ ok: false, error: "region not found" }, { status: 404 });
    const { tracker } = found;
    if (p.format === "xlsx") {
      const name = `duizhao_tracker_${p.region}.xlsx`;
      const bytes = await trackerToXlsx(tracker, { slug: found.regionSlug, name: found.region }, siteBase(request));
      return new Response(new Uint8Array(bytes), {
        headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "content-disposition": attachment({ ascii: name.replace(/[^\x20-\x7e]/g, "_"), utf8: name }) },
      });
    }
    if (p.format === "csv") {
      const suffix = p.table !== "targets" ? p.table : p.line ? p.line.replace(/[^a-z0-9-]+/gi, "_") : "targets";
      const name = `duizhao_tracker_${p.region}_${suffix}.csv`;
      return new Response(`\uFEFF${toTrackerCsv(tracker, p.table, p.line)}`, {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachment({ ascii: name.replace(/[^\x20-\x7e]/g, "_"), utf8: name }) },
      });
    }
    const lines = p.line ? tracker.lines.filter((l) => l.key === p.line) : tracker.lines;
    return Response.json({ region: { slug: found.regionSlug, name: found.region }, ...tracker, lines });
  } catch (error) {
    return errorResponse(error);
  }
}
