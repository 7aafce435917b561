import { csvCell } from "@/lib/compare/export";
import type { Tracker } from "./build-tracker";

export const TRACKER_TABLES = ["targets", "years"] as const;
export type TrackerTable = (typeof TRACKER_TABLES)[number];

const STATUS_ZH: Record<string, string> = { met: "完成", exceeded: "超额完成", missed: "未完成", dropped: "未报告" };

/** One record per headline target (optionally of one line: a chart's data), or one per year with its totals. */
export function trackerTable(tracker: Tracker, table: TrackerTable, lineKey?: string): string[][] {
  if (table === "years") {
    const head = ["year", "state", "note", "targets", "kept", "met", "exceeded", "missed", "dropped", "target_report", "result_report"];
    return [head, ...tracker.years.map((y) => [
      String(y.year), y.state, y.note, ...[y.totals.targets, y.totals.kept, y.totals.met, y.totals.exceeded, y.totals.missed, y.totals.dropped].map(String),
      y.targetSlug ?? "", y.resultSlug ?? "",
    ])];
  }
  const head = [
    "year", "line", "metric", "label", "target", "target_value", "target_upper", "unit", "band", "band_low", "band_high", "band_unit",
    "result", "result_value", "status", "status_zh", "reason", "why", "target_sentence", "result_sentence", "target_url", "result_url", "compare_url",
  ];
  const lines = lineKey ? tracker.lines.filter((l) => l.key === lineKey) : tracker.lines;
  const cells = lines.flatMap((l) => l.cells.map((c) => ({ l, c }))).sort((a, b) => a.c.year - b.c.year || a.l.key.localeCompare(b.l.key));
  const num = (n: number | null | undefined) => (n == null ? "" : String(n));
  return [head, ...cells.map(({ l, c }) => [
    String(c.year), l.key, l.metric, l.label, c.target.display, num(c.target.value), num(c.target.upper), c.target.unit, c.band.kind, num(c.band.low), num(c.band.high), c.band.unit,
    c.result?.display ?? "", num(c.result?.value), c.status, STATUS_ZH[c.status], c.reason, c.why, c.target.sentence ?? "", c.result?.sentence ?? "",
    c.target.href, c.result?.href ?? "", c.compareHref,
  ])];
}

export function toTrackerCsv(tracker: Tracker, table: TrackerTable, lineKey?: string): string {
  return trackerTable(tracker, table, lineKey).map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}
