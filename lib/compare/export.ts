import { displayIndicator } from "./format";
import type { Change, CompareResult, IndicatorPair, IndicatorSide, Row } from "./types";

const STATUS_LABEL: Record<string, string> = {
  same: "相同",
  changed: "变化",
  "left-only": "仅左侧",
  "right-only": "仅右侧",
  met: "完成",
  missed: "未完成",
  exceeded: "超额完成",
  dropped: "未报告",
};

const CHANGE_LABEL: Record<Change["type"], string> = {
  number: "数字",
  qualifier: "限定词",
  weakened: "减弱",
  strengthened: "加强",
};

export type ExportTable = "rows" | "indicators";

const changeText = (c: Change) => `${CHANGE_LABEL[c.type]}: ${c.left ?? "∅"} → ${c.right ?? "∅"}`;
const sideText = (s: IndicatorSide | null) => (s ? displayIndicator(s) : "");

const ROW_HEADER = ["id", "status", "similarity", "left_id", "left", "right_id", "right", "changes"];

function rowRecord(r: Row): string[] {
  return [
    r.id,
    STATUS_LABEL[r.status],
    r.similarity === null ? "" : String(r.similarity),
    r.left?.id ?? "",
    r.left?.text ?? "",
    r.right?.id ?? "",
    r.right?.text ?? "",
    r.changes.map(changeText).join("; "),
  ];
}

const INDICATOR_HEADER = ["id", "metric", "label", "status", "left", "right", "delta", "unit", "reason"];

function indicatorRecord(p: IndicatorPair): string[] {
  return [
    p.id,
    p.metric,
    p.label,
    STATUS_LABEL[p.status],
    sideText(p.left),
    sideText(p.right),
    p.delta === null ? "" : String(p.delta),
    p.unit,
    p.reason,
  ];
}

function table(result: CompareResult, which: ExportTable): string[][] {
  return which === "rows"
    ? [ROW_HEADER, ...result.rows.map(rowRecord)]
    : [INDICATOR_HEADER, ...result.indicators.map(indicatorRecord)];
}

/** Spreadsheets run cells that start with = + - @ (or tab / CR) as formulas; plain numbers are left alone. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV (CRLF) of the rows or of the indicator table. */
export function toCsv(result: CompareResult, which: ExportTable = "rows"): string {
  return table(result, which).map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function markdownCell(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/\|/g, "\\|")
    .replace(/\r\n?|\n/g, "<br>");
}

function markdownTable(cells: string[][]): string {
  const [head, ...body] = cells;
  const line = (c: string[]) => `| ${c.map(markdownCell).join(" | ")} |`;
  return [line(head), `|${head.map(() => " --- ").join("|")}|`, ...body.map(line)].join("\n");
}

/** Both tables by default, each under its own heading. */
export function toMarkdown(result: CompareResult, which?: ExportTable): string {
  const parts: string[] = [];
  if (which !== "indicators") parts.push(`## 句子对照\n\n${markdownTable(table(result, "rows"))}`);
  if (which !== "rows") parts.push(`## 指标对照\n\n${markdownTable(table(result, "indicators"))}`);
  return parts.join("\n\n") + "\n";
}
