import { z } from "zod";
import { getOutlineDiff } from "@/lib/data/outlines";
import { errorResponse } from "@/lib/http/error-response";
import { outlineRowCells } from "@/lib/compare/outline-cells";

const slug = z.string().trim().min(1).max(120).regex(/^[\w-]+$/, "a report slug");
const schema = z.object({ left: slug, right: slug });

/**
 * GET /api/compare/outline?left=&right=: the 目录对照 rows of two reports as cells, for the compare page's folded
 * outline, which loads when it is opened (decision 011d). Not a public contract.
 */
export async function GET(request: Request) {
  try {
    const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return Response.json({ ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, { status: 400 });
    const { left, right } = parsed.data;
    const rows = await getOutlineDiff({ left, right });
    if (!rows) return Response.json({ ok: false, error: "report not found" }, { status: 404 });
    return Response.json({ ok: true, rows: outlineRowCells(rows, left, right) });
  } catch (error) {
    return errorResponse(error);
  }
}
