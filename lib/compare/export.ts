import type { ComparisonKind } from "./comparison-kind";
import { displayIndicator } from "./format";
import type { Change, CompareResult, CompareSummary, DiffOp, IndicatorPair, IndicatorSide, IndicatorStatus, Row } from "./types";

const STATUS_LABEL: Record<IndicatorStatus, string> = {
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

/** Markdown emphasis characters in report text would turn into marks of their own. */
const escapeMarks = (text: string) => text.replace(/([*~_`\\])/g, "\\$1");

/** One side of a changed row with its marks: the left strikes what it lost (~~old~~), the right bolds what it gained. */
export function markedSide(diff: DiffOp[], side: "left" | "right"): string {
  return diff
    .map((d) => {
      if (d.op === "equal") return escapeMarks(d.text);
      if (side === "left" && d.op === "delete") return `~~${escapeMarks(d.text)}~~`;
      if (side === "right" && d.op === "insert") return `**${escapeMarks(d.text)}**`;
      return "";
    })
    .join("");
}

function markdownRows(rows: Row[]): string[][] {
  return [
    ROW_HEADER,
    ...rows.map((r) => {
      const cells = rowRecord(r);
      if (r.status !== "changed") return cells.map((c, i) => (i === 4 || i === 6 ? escapeMarks(c) : c));
      cells[4] = markedSide(r.diff, "left");
      cells[6] = markedSide(r.diff, "right");
      return cells;
    }),
  ];
}

/** The indicator table as the CSV has it, with hand corrections said: 723.2亿元（改正）, 【人工配对】 before the reason. */
function markdownIndicators(pairs: IndicatorPair[]): string[][] {
  return [
    INDICATOR_HEADER,
    ...pairs.map((p) => {
      const cells = indicatorRecord(p);
      if (p.left?.corrected) cells[4] += "（改正）";
      if (p.right?.corrected) cells[5] += "（改正）";
      if (p.corrected) cells[8] = `【${p.corrected === "paired" ? "人工配对" : "人工拆开"}】${cells[8]}`;
      return cells;
    }),
  ];
}

export interface MarkdownHeader {
  left: string;
  right: string;
  kind: ComparisonKind;
  /** The view's URL, absolute. */
  url: string;
  /** The view's filters in words (只看有变化, 主题“就业”…), if any. */
  filter?: string;
  summary: CompareSummary;
  /** Each report's citation line (lib/import/report-source.ts), when known. */
  citations?: { left: string; right: string };
}

const SUMMARY_WORDS: [keyof CompareSummary, string][] = [
  ["matched", "已配对"], ["changed", "有变化"], ["leftOnly", "仅左侧"], ["rightOnly", "仅右侧"],
  ["met", "完成"], ["exceeded", "超额"], ["missed", "未完成"], ["dropped", "未报告"],
  ["weakened", "承诺减弱"], ["strengthened", "承诺加强"],
];

/** The counts the comparison kind allows, in words: 已配对 3 · 有变化 3 · 完成 4 … */
export function summaryLine(summary: CompareSummary, kind: ComparisonKind): string {
  return SUMMARY_WORDS.filter(([key]) => {
    if (key === "met" || key === "exceeded" || key === "missed" || key === "dropped") return kind.verdicts.includes(key);
    if (key === "weakened" || key === "strengthened") return kind.commitment;
    return true;
  })
    .map(([key, word]) => `${word} ${summary[key]}`)
    .join(" · ");
}

function headerBlock(h: MarkdownHeader): string {
  const line = markdownCell;
  return [
    `# 对照：${line(h.left)} vs ${line(h.right)}`,
    "",
    `- 左 Left：${line(h.left)}`,
    `- 右 Right：${line(h.right)}`,
    `- 对照类型 Kind：${line(h.kind.label)}（${line(h.kind.note)}）`,
    ...(h.filter ? [`- 筛选 Filter：${line(h.filter)}`] : []),
    ...(h.citations ? [`- 左侧引用 Left source：${line(h.citations.left)}`, `- 右侧引用 Right source：${line(h.citations.right)}`] : []),
    `- 链接 URL：<${h.url}>`,
    `- 摘要 Summary：${summaryLine(h.summary, h.kind)}`,
    "- 标记：~~删除~~ 为左侧独有，**新增** 为右侧独有 · ~~deleted~~ left only, **inserted** right only",
  ].join("\n");
}

/**
 * Both tables by default, each under its own heading; with a header, the document stands alone: both reports, the
 * comparison kind, the view's URL and the summary. Changed rows mark what each side lost or gained.
 */
export function toMarkdown(result: CompareResult, which?: ExportTable, header?: MarkdownHeader): string {
  const parts: string[] = header ? [headerBlock(header)] : [];
  if (which !== "indicators") parts.push(`## 句子对照\n\n${markdownTable(markdownRows(result.rows))}`);
  if (which !== "rows") parts.push(`## 指标对照\n\n${markdownTable(markdownIndicators(result.indicators))}`);
  return parts.join("\n\n") + "\n";
}
