// Where a report came from: its URL, publisher, publication date and the date it was retrieved. Read from an HTML
// page's <link>/<meta> tags or a PDF's metadata, given on the import form or the CLI, corrected by hand; stored with
// the report's corrections so that it survives re-analysis and backups.
import { z } from "zod";

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const reportSourceSchema = z
  .object({
    url: z.string().trim().max(500).url().refine((u) => /^https?:\/\//i.test(u), "an http(s) URL"),
    publisher: z.string().trim().min(1).max(100),
    published: isoDate,
    retrieved: isoDate,
  })
  .partial();

export type ReportSource = z.infer<typeof reportSourceSchema>;

/** Keep the fields that are valid and drop the rest: detected metadata must never fail an import. */
export function validSourceFields(raw: Record<string, unknown>): ReportSource {
  const source: ReportSource = {};
  for (const key of ["url", "publisher", "published", "retrieved"] as const) {
    const parsed = reportSourceSchema.shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data) source[key] = parsed.data;
  }
  return source;
}

/** A date as the web writes it (2021-01-18T09:30:00+08:00, 2021/1/18, 2021年1月18日) → 2021-01-18. */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = value && /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
}

/**
 * The citation line the reader shows and the exports carry: publisher, title, publication date, URL, retrieval date,
 * each only when known. `政府工作报告` titles are quoted with 《》.
 */
export function citationLine(report: { title: string }, source: ReportSource): string {
  const parts = [source.publisher ? `${source.publisher}：` : "", `《${report.title.replace(/^《|》$/g, "")}》`];
  if (source.published) parts.push(`，${source.published}发布`);
  if (source.url) parts.push(`，${source.url}`);
  if (source.retrieved) parts.push(`（访问日期：${source.retrieved}）`);
  return parts.join("") + "。";
}
