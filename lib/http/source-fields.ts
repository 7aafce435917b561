import { reportSourceSchema, type ReportSource } from "@/lib/import/report-source";

const FIELDS = { source_url: "url", publisher: "publisher", published: "published", retrieved: "retrieved" } as const;
const NAMES: Record<keyof ReportSource, string> = { url: "来源网址 source_url (http/https)", publisher: "发布机构 publisher", published: "发布日期 published (YYYY-MM-DD)", retrieved: "访问日期 retrieved (YYYY-MM-DD)" };

/**
 * The source fields of an import form or query (source_url, publisher, published, retrieved): empty ones are
 * ignored, an invalid one is an error that names it.
 */
export function parseSourceFields(get: (name: string) => unknown): { source?: ReportSource } | { error: string } {
  const source: ReportSource = {};
  for (const [field, key] of Object.entries(FIELDS) as [keyof typeof FIELDS, keyof ReportSource][]) {
    const raw = get(field);
    if (typeof raw !== "string" || raw.trim() === "") continue;
    const parsed = reportSourceSchema.shape[key].safeParse(raw);
    if (!parsed.success || !parsed.data) return { error: `无效的${NAMES[key]} / invalid ${field}: ${JSON.stringify(raw.slice(0, 60))}` };
    source[key] = parsed.data;
  }
  return Object.keys(source).length ? { source } : {};
}
