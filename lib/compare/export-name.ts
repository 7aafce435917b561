import type { KindChoice } from "./types";

export interface ExportView {
  left: string;
  right: string;
  l: KindChoice;
  r: KindChoice;
  only?: string;
  metric?: string;
  q?: string;
}

/**
 * A download's file name that says what it holds: both reports, both kinds and the filter, e.g.
 * duizhao_yuhang-2020-achievement_vs_yuhang-2020-goal_only-changed_indicators.csv. `ascii` is for the plain
 * filename parameter; `utf8` adds the topic (q) for filename*.
 */
export function exportFileName(view: ExportView, ext: "csv" | "md" | "xlsx" | "docx", table?: "rows" | "indicators"): { ascii: string; utf8: string } {
  const parts = [`duizhao_${view.left}-${view.l}_vs_${view.right}-${view.r}`];
  if (view.only) parts.push(`only-${view.only}`);
  if (view.metric) parts.push(`metric-${view.metric}`);
  const tail = `${table ? `_${table}` : ""}.${ext}`;
  const ascii = `${parts.join("_")}${view.q ? "_q" : ""}${tail}`.replace(/[^\w.-]/g, "-");
  const utf8 = `${parts.join("_")}${view.q ? `_q-${view.q.replace(/[\s/\\"'<>|:*?]+/g, "-")}` : ""}${tail}`;
  return { ascii, utf8 };
}

/** A Content-Disposition value with both the ASCII name and the UTF-8 one (RFC 6266). */
export function attachment(name: { ascii: string; utf8: string }): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`;
}
