import ExcelJS from "exceljs";
import { CHANGE_LABELS, INDICATOR_STATUS_LABELS, ROW_STATUS_LABELS } from "@/lib/format/compare-labels";
import type { CompareJson } from "./compare-json";
import { displayValue } from "./format";

/** The summary counts in sheet order, each with its Chinese label; keys are the compare JSON's `summary` keys. */
export const SUMMARY_LABELS: [keyof CompareJson["summary"], string][] = [
  ["matched", "已配对"],
  ["same", "相同"],
  ["changed", "有变化"],
  ["leftOnly", "仅左侧"],
  ["rightOnly", "仅右侧"],
  ["met", "完成"],
  ["exceeded", "超额完成"],
  ["missed", "未完成"],
  ["dropped", "未报告"],
  ["weakened", "承诺减弱"],
  ["strengthened", "承诺加强"],
];

/** Column keys of the indicator sheet (row 1 holds the Chinese headers, row 2 these keys). */
export const INDICATOR_COLUMNS = [
  ["id", "编号"],
  ["metric", "指标键"],
  ["label", "指标"],
  ["status", "状态"],
  ["status_code", "状态码"],
  ["left_text", "左侧（原文）"],
  ["left_value", "左侧数值"],
  ["left_upper", "左侧上限"],
  ["left_unit", "左侧单位"],
  ["left_qualifiers", "左侧限定词"],
  ["right_text", "右侧（原文）"],
  ["right_value", "右侧数值"],
  ["right_upper", "右侧上限"],
  ["right_unit", "右侧单位"],
  ["right_qualifiers", "右侧限定词"],
  ["delta", "差值"],
  ["delta_unit", "差值单位"],
  ["reason", "理由"],
  ["left_link", "左侧句子链接"],
  ["right_link", "右侧句子链接"],
  ["corrected", "人工改正"],
] as const;

export const ROW_COLUMNS = [
  ["id", "编号"],
  ["status", "状态"],
  ["status_code", "状态码"],
  ["similarity", "相似度"],
  ["left_id", "左侧句号"],
  ["left", "左侧句子"],
  ["right_id", "右侧句号"],
  ["right", "右侧句子"],
  ["changes", "变化"],
  ["left_link", "左侧链接"],
  ["right_link", "右侧链接"],
  ["left_tone", "左侧力度"],
  ["right_tone", "右侧力度"],
  ["tone_changes", "力度变化"],
  ["corrected", "人工改正"],
] as const;

type ToneCueJson = { word: string; level: number; verb: string };
/** A sentence's effort cues as 全面→实施 (4); 推动 (2) when the cue is the verb itself. */
export const toneCell = (cues: ToneCueJson[] | undefined) =>
  cues?.length ? cues.map((c) => `${c.word}${c.verb === c.word ? "" : `→${c.verb}`} (${c.level})`).join("; ") : null;
const TONE_DIRECTION = { stronger: "加强", weaker: "减弱", reworded: "措辞" } as const;

type Side = CompareJson["indicators"][number]["left"];
type Ref = CompareJson["left"];

/** The reader's address of a sentence, absolute when the view's base is known: /reports/<slug>#s-3. */
export function sentenceLink(ref: Ref, sentenceId: string | undefined, base: string | null): string | null {
  if (!sentenceId || !ref.report.slug) return null;
  const path = `/reports/${encodeURIComponent(ref.report.slug)}#${sentenceId}`;
  return base ? new URL(path, base).href : path;
}

function sideCells(side: Side) {
  if (!side) return [null, null, null, null, null];
  return [displayValue(side), side.value, side.upper ?? null, side.unit, side.qualifiers.join(" ") || null];
}

function linkCell(url: string | null) {
  return url && /^https?:/.test(url) ? { text: url, hyperlink: url } : url;
}

const reportLine = (ref: Ref) => `${ref.report.title}（${ref.kinds === "goal" ? "目标" : ref.kinds === "achievement" ? "实绩" : "全文"}）`;

/**
 * The comparison as an Excel workbook built from the compare JSON (the API's and the CLI's): 摘要 Summary, 指标对照
 * Indicators (values as numbers, qualifiers, delta with its unit, status, reason, links) and 对照行 Rows (aligned
 * sentences). Each table sheet has Chinese headers in row 1 and the stable column keys in row 2.
 */
export async function toXlsx(json: CompareJson, viewUrl: string | null = json.url): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Duizhao 对照";
  const base = viewUrl && /^https?:/.test(viewUrl) ? viewUrl : null;

  const summary = book.addWorksheet("摘要 Summary");
  summary.columns = [{ width: 16 }, { width: 14 }, { width: 80 }];
  summary.addRow(["key", "项目", "内容"]).font = { bold: true };
  summary.addRow(["left", "左侧报告", reportLine(json.left)]);
  summary.addRow(["right", "右侧报告", reportLine(json.right)]);
  summary.addRow(["url", "视图链接", linkCell(viewUrl)]);
  for (const [key, label] of SUMMARY_LABELS) summary.addRow([key, label, json.summary[key]]);
  if (json.tone) {
    // Effort tone: its own rows, never added into the commitment counts above.
    summary.addRow(["tone.stronger", "力度加强", json.tone.stronger]);
    summary.addRow(["tone.weaker", "力度减弱", json.tone.weaker]);
    summary.addRow(["tone.reworded", "力度措辞变化", json.tone.reworded]);
  }

  const indicators = book.addWorksheet("指标对照 Indicators");
  addHeader(indicators, INDICATOR_COLUMNS);
  for (const p of json.indicators) {
    indicators.addRow([
      p.id,
      p.metric,
      p.label,
      INDICATOR_STATUS_LABELS[p.status]?.zh ?? p.status,
      p.status,
      ...sideCells(p.left),
      ...sideCells(p.right),
      p.delta,
      p.delta === null ? null : p.unit,
      p.reason,
      linkCell(sentenceLink(json.left, p.left?.sentenceId, base)),
      linkCell(sentenceLink(json.right, p.right?.sentenceId, base)),
      correctedCell(p.corrected, p.left?.corrected, p.right?.corrected),
    ]);
  }
  indicators.views = [{ state: "frozen", ySplit: 2, xSplit: 3 }];
  indicators.columns.forEach((c, i) => (c.width = [0, 2, 5, 10, 17].includes(i) ? 22 : 12));

  const rows = book.addWorksheet("对照行 Rows");
  addHeader(rows, ROW_COLUMNS);
  for (const r of json.rows) {
    rows.addRow([
      r.id,
      ROW_STATUS_LABELS[r.status] ?? r.status,
      r.status,
      r.similarity,
      r.left?.id ?? null,
      r.left?.text ?? null,
      r.right?.id ?? null,
      r.right?.text ?? null,
      r.changes.map((c) => `${CHANGE_LABELS[c.type]?.zh ?? c.type}: ${c.left ?? "∅"} → ${c.right ?? "∅"}`).join("; ") || null,
      linkCell(sentenceLink(json.left, r.left?.id, base)),
      linkCell(sentenceLink(json.right, r.right?.id, base)),
      toneCell(r.tone?.left),
      toneCell(r.tone?.right),
      r.tone?.changes.map((c) => `${TONE_DIRECTION[c.direction]}: ${c.left ?? "∅"}${c.verb} → ${c.right ?? "∅"}${c.verb}`).join("; ") || null,
      correctedCell(undefined, r.left?.corrected, r.right?.corrected),
    ]);
  }
  rows.views = [{ state: "frozen", ySplit: 2 }];
  rows.columns.forEach((c, i) => (c.width = i === 5 || i === 7 ? 60 : 12));
  for (const col of [6, 8]) rows.getColumn(col).alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A table sheet's two header rows: Chinese names in row 1, the fixed column keys in row 2. */
/** What was corrected by hand (lib/corrections): "paired" / "unpaired", "left", "right"; empty when nothing. */
function correctedCell(pairing: string | undefined, left: boolean | undefined, right: boolean | undefined): string | null {
  return [pairing, left && "left", right && "right"].filter(Boolean).join(" ") || null;
}

function addHeader(sheet: ExcelJS.Worksheet, columns: readonly (readonly [string, string])[]) {
  sheet.addRow(columns.map(([, zh]) => zh)).font = { bold: true };
  sheet.addRow(columns.map(([key]) => key)).font = { italic: true, color: { argb: "FF777777" } };
}
