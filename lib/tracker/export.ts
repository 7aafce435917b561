import { csvCell } from "@/lib/compare/export";
import type { Tracker, TrackerCell } from "./link-tracker";

export const TRACKER_TABLES = ["targets", "years", "periods"] as const;
export type TrackerTable = (typeof TRACKER_TABLES)[number];

const STATUS_ZH: Record<string, string> = { met: "完成", exceeded: "超额完成", missed: "未完成", dropped: "未报告" };

const num = (n: number | null | undefined) => (n == null ? "" : String(n));

/** The columns of one judged target, shared by the yearly and the five-year tables (same names, same order). */
const CELL_HEAD = [
  "line", "metric", "label", "target", "target_value", "target_upper", "unit", "band", "band_low", "band_high", "band_unit",
  "result", "result_value", "status", "status_zh", "reason", "why", "target_sentence", "result_sentence", "target_url", "result_url", "compare_url",
] as const;

function cellColumns(c: TrackerCell, line: { key: string; metric: string; label: string }): string[] {
  return [
    line.key, line.metric, line.label, c.target.display, num(c.target.value), num(c.target.upper), c.target.unit, c.band.kind, num(c.band.low), num(c.band.high), c.band.unit,
    c.result?.display ?? "", num(c.result?.value), c.status, STATUS_ZH[c.status], c.reason, c.why, c.target.sentence ?? "", c.result?.sentence ?? "",
    c.target.href, c.result?.href ?? "", c.compareHref,
  ];
}

/**
 * One record per headline target (optionally of one line: a chart's data), one per year with its totals, or one per
 * five-year target (a plan with none, or none yet, gets one row with its state and note and empty target columns).
 */
export function trackerTable(tracker: Tracker, table: TrackerTable, lineKey?: string): string[][] {
  if (table === "years") {
    const head = ["year", "state", "note", "targets", "kept", "met", "exceeded", "missed", "dropped", "target_report", "result_report"];
    return [head, ...tracker.years.map((y) => [
      String(y.year), y.state, y.note, ...[y.totals.targets, y.totals.kept, y.totals.met, y.totals.exceeded, y.totals.missed, y.totals.dropped].map(String),
      y.targetSlug ?? "", y.resultSlug ?? "",
    ])];
  }
  if (table === "periods") {
    const head = ["period", "start", "end", "state", "note", "target_report", "result_report", "period_reading", "line_name", ...CELL_HEAD];
    const rows = tracker.periods.flatMap((p) => {
      const lead = [p.name, String(p.start), String(p.end), p.state, p.note, p.targetSlug ?? "", p.resultSlug ?? ""];
      if (!p.cells.length) return [[...lead, "", "", ...CELL_HEAD.map(() => "")]];
      return p.cells
        .filter((c) => !lineKey || c.lineKey === lineKey)
        .map((c) => [...lead, c.period, c.lineName, ...cellColumns(c, { key: c.lineKey, metric: c.metric, label: c.label })]);
    });
    return [head, ...rows];
  }
  const head = ["year", ...CELL_HEAD];
  const lines = lineKey ? tracker.lines.filter((l) => l.key === lineKey) : tracker.lines;
  const cells = lines.flatMap((l) => l.cells.map((c) => ({ l, c }))).sort((a, b) => a.c.year - b.c.year || a.l.key.localeCompare(b.l.key));
  return [head, ...cells.map(({ l, c }) => [String(c.year), ...cellColumns(c, l)])];
}

export function toTrackerCsv(tracker: Tracker, table: TrackerTable, lineKey?: string): string {
  return trackerTable(tracker, table, lineKey).map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}
