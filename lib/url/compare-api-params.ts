import { z } from "zod";
import { compareParamsSchema } from "./compare-params";
import { firstValues } from "./search-params";

const slug = z.string().trim().min(1).max(120).regex(/^[\w-]+$/, "a report slug");

/** GET /api/compare: both slugs, the compare view's params, and the output format. */
export const compareApiSchema = compareParamsSchema.extend({
  left: slug,
  right: slug,
  format: z.enum(["json", "csv", "md", "xlsx", "docx"]).default("json"),
  table: z.enum(["rows", "indicators"]).default("rows"),
});

export function parseCompareApiParams(query: URLSearchParams) {
  return compareApiSchema.safeParse(firstValues(query));
}
