// Rows of a plain-text indicator table (指标 | 单位 | 2019年完成 | 2020年目标). The column a figure sits in says
// whether it is a target or a result; the first cell names the metric and the unit column gives the unit.
import { extractIndicators } from "./extract-indicators";
import { lookupMetric } from "./lookup-metric";
import type { Classification, Indicator, Modality } from "./types";
import type { Part } from "@/lib/text/types";
import { isFigureCell } from "@/lib/text/tables";

export interface TableRowInput {
  text: string;
  part: Part;
  flags: string[];
  table?: { cells: string[]; header: string[] | null };
}

type ColumnRole = "metric" | "unit" | Modality | "other" | "difference" | "completion";

const UNIT_RE = /单位/;
const TASK_COLUMN_RE = /^(?:工作任务|重点任务|主要任务|任务名称|任务内容|重点工作)$/;
/** 推进皇岗口岸重建工程: a row named by a task (its verb first). */
const TASK_VERB_RE = /^(?:推进|推动|加快|实施|建设|完成|持续|深化|开展|新建|建成|打造|提升|优化|加强|落实|举办|引进|培育|创建|办好|启动|开工)/;
const QUANTIFIED_COLUMN_RE = /^(?:量化指标|量化目标|指标值|目标值)$/;
const METRIC_RE = /指标|项目|名称|内容/;
const ESTIMATE_RE = /预计/;
const TARGET_RE = /目标|预期|计划|任务/;
const ACTUAL_RE = /完成|实绩|实际|执行|实现|情况/;
const YEAR_RE = /((?:19|20)\d\d)年/;

/** What a column holds, from its header cell: 2020年目标 → target, 2019年完成 → actual, 单位 → unit. */
/** 增减, 差额, 比目标: a column of the differences between the result and the target. */
const DIFFERENCE_RE = /^(?:增减|增减幅度|差额|差值|比较|变化|比目标|与目标差距|超欠)/;
/** 完成率, 目标完成率, 完成进度: a column of how much of the target the result reached. */
const COMPLETION_RE = /^(?:目标)?完成(?:率|比例|进度)$/;

export function columnRole(name: string, planYear: number | null): ColumnRole {
  // 序号 | 工作任务 | 量化指标 | 牵头单位 (a task breakdown table): the task names the row, its 量化指标 holds the figures.
  if (TASK_COLUMN_RE.test(name)) return "metric";
  if (QUANTIFIED_COLUMN_RE.test(name)) return "other";
  if (UNIT_RE.test(name)) return "unit";
  if (DIFFERENCE_RE.test(name)) return "difference";
  if (COMPLETION_RE.test(name)) return "completion";
  if (METRIC_RE.test(name)) return "metric";
  if (ESTIMATE_RE.test(name)) return "estimate";
  if (TARGET_RE.test(name)) return "target";
  if (ACTUAL_RE.test(name)) return "actual";
  const year = YEAR_RE.exec(name);
  if (year && planYear !== null) return Number(year[1]) >= planYear ? "target" : "actual";
  return "other";
}

/** 指标 | 单位 | 2011年目标 | 完成 | 增长%: a growth column that names no modality of its own gives the growth of the column
 * before it (the result's, here), whatever part of the report the table sits in. */
function columnRoles(header: string[], planYear: number | null): ColumnRole[] {
  const roles = header.map((h) => columnRole(h, planYear));
  return roles.map((role, i) => {
    const before = roles[i - 1];
    const ownsNone = role === "other" && GROWTH_COLUMN_RE.test(header[i]);
    return ownsNone && (before === "target" || before === "actual" || before === "estimate") ? before : role;
  });
}

/** Where each cell sits in the row's text, found in order. */
function cellOffsets(text: string, cells: string[]): number[] {
  let cursor = 0;
  return cells.map((cell) => {
    const at = text.indexOf(cell, cursor);
    cursor = at === -1 ? cursor : at + cell.length;
    return at;
  });
}

/** 序号, 编号: the column of the rows' numbers. */
const INDEX_COLUMN_RE = /^(?:序号|编号|序)$/;
/** 2025年12月底前, 2025年6月, 2025年底: a deadline cell. */
const DEADLINE_CELL_RE = /^(?:19|20)\d\d年(?:\d{1,2}月)?(?:份)?(?:底|末|初|中旬|上旬|下旬)?(?:前|以前)?$/;

/** 增幅, 增速, 同比增长, 比上年增长: a column of the metric's growth. */
const GROWTH_COLUMN_RE = /增幅|增速|增长|同比|比上年/;

/** 固定资产投资增速, 地区生产总值增长: a row that names a rate of growth (group 1: what grows). */
const RATE_ROW_RE = /^(.{2,}?)(?:增长率|增速|增幅|增长)$/;

/** 地区生产总值增长（%）: a unit in brackets at the end of the metric cell. */
const BRACKET_UNIT_RE = /[(（]([^()（）]{1,6})[)）]$/;

interface RowReading {
  metric: string;
  unit: string;
  /** `difference`: a cell of a 增减 column, the result's distance from the target; `completion`: of a 完成率 column. */
  figures: { cell: string; at: number; column: string | null; modality: Modality; difference?: boolean; completion?: boolean; place?: string }[];
  /** Where the metric cell starts in the row's text (its own figures are read from it when no other cell has one). */
  metricAt: number;
}

function readRow(row: TableRowInput, planYear: number | null): RowReading | null {
  const { cells, header } = row.table ?? { cells: [], header: null };
  const roles = header ? columnRoles(header, planYear) : [];
  const offsets = cellOffsets(row.text, cells);
  // (A table outside the plan with no column naming a target, 表1　2011年主要工业产品产量 in a statistics bulletin, reports.)
  const fallback: Modality = row.part === "plan" ? "target" : "actual";
  let metricIndex = roles.indexOf("metric");
  if (metricIndex === -1) metricIndex = cells.findIndex((c) => !isFigureCell(c) && !/^[一二三四五六七八九十\d]{1,3}[、.．]?$/.test(c));
  if (metricIndex === -1) return null;
  let metric = cells[metricIndex];
  let unit = "";
  const bracket = BRACKET_UNIT_RE.exec(metric);
  if (bracket) {
    unit = bracket[1];
    metric = metric.slice(0, bracket.index);
  }
  const unitIndex = roles.indexOf("unit");
  if (unitIndex !== -1 && cells[unitIndex] && !isFigureCell(cells[unitIndex])) unit = cells[unitIndex];
  const figures: RowReading["figures"] = [];
  cells.forEach((cell, i) => {
    // (序号: a row's number in its sheet, no figure; 1⇥地区生产总值增长⇥… under no header, a row number before its name too.)
    if (i === metricIndex || i === unitIndex || offsets[i] === -1 || !/\d/.test(cell) || INDEX_COLUMN_RE.test(header?.[i] ?? "")) return;
    if (i < metricIndex && /^\d{1,3}[.．、]?$/.test(cell)) return;
    // (2025年12月底前: a task's deadline (完成时限) dates it and is no figure.)
    if (DEADLINE_CELL_RE.test(cell.trim())) return;
    const role = roles[i] ?? "other";
    if (role === "metric" || role === "unit") return;
    if (role === "difference") figures.push({ cell, at: offsets[i], column: header?.[i] ?? null, modality: "actual", difference: true });
    else if (role === "completion") figures.push({ cell, at: offsets[i], column: header?.[i] ?? null, modality: "actual", completion: true });
    else figures.push({ cell, at: offsets[i], column: header?.[i] ?? null, modality: role === "other" ? fallback : role });
  });
  // 备注: 预计数, 是否完成: 是（预计数）: a remark that the result is an estimate makes it one.
  if (cells.some((cell, i) => i !== metricIndex && !/\d/.test(cell) && /预计/.test(cell))) {
    for (const figure of figures) if (figure.modality === "actual" && !figure.difference) figure.modality = "estimate";
  }
  return { metric, unit, figures, metricAt: offsets[metricIndex] };
}

/** The row's figures as indicators, each with its column's modality and the cell's offsets in the row's text. */
export function tableRowIndicators(row: TableRowInput, planYear: number | null): Indicator[] {
  if (!row.flags.includes("table-row")) return [];
  const reading = readRow(row, planYear);
  if (!reading) return [];
  // 21⇥持续优化营商环境。企业开办时间保持在0.5个工作日以内⇥—: a task whose cell states its own quantity, no figure cell filled
  // (batch 94's 福田 task breakdown table): the task's words are read as a sentence of the row's part.
  if (reading.figures.length === 0 && /\d/.test(reading.metric) && reading.metricAt >= 0) {
    const goal = row.part !== "review";
    return extractIndicators(reading.metric, { kind: goal ? "goal" : "achievement", part: goal ? "plan" : "review", planYear: planYear ?? undefined }).map((i) => ({
      ...i,
      start: i.start + reading.metricAt,
      end: i.end + reading.metricAt,
    }));
  }
  const out: Indicator[] = [];
  for (const { figure, metric: ownMetric } of cellParts(reading)) {
    const reading_ = { ...reading, metric: ownMetric };
    if (figure.difference || figure.completion) {
      const derived = figure.difference ? differenceIndicator(figure, reading_) : completionIndicator(figure, reading_);
      if (derived) out.push(derived);
      continue;
    }
    // 6.5左右 under a % column reads 6.5%左右: the unit goes between the number and its qualifier.
    // 12.6%（预计）: a result marked an estimate in its cell is one.
    const estimated = /[（(]预计[)）]$/.test(figure.cell);
    const cell = figure.cell.replace(/[（(]预计[)）]$/, "").replace(/(?:[①-⑳¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d{1,2}\])$/, "");
    const [, number, qualifier] = /^(.*?)((?:左右|以上|以内|以下|上下)?)$/.exec(cell)!;
    const hasUnit = /[%‰]|[\u4e00-\u9fa5]$/.test(number);
    // A column of growth (增幅, 增速, 同比增长) reads its per cent as the metric's growth, a minus as a fall.
    // (12% under 2011年目标 in a row of 亿元: a per cent of an amount is its growth.)
    const growth =
      (GROWTH_COLUMN_RE.test(figure.column ?? "") && !/(?:增长|增速|增幅|下降|降低)$/.test(reading_.metric)) ||
      growthTarget(figure, reading_) ||
      (/[%％]$/.test(number) && AMOUNT_UNIT_RE.test(reading_.unit) && !RATE_ROW_RE.test(reading_.metric));
    // 固定资产投资增速 | % | -4.3: a minus in a row that names a rate of growth is a fall too.
    const rateRow = RATE_ROW_RE.exec(reading_.metric);
    const fall = (growth || rateRow !== null) && /^[-−－]/.test(number);
    const verb = growth || fall ? (fall ? "下降" : "增长") : "";
    const metric = fall && rateRow ? rateRow[1] : reading_.metric;
    // 全市2021年完成 beside 2021年完成: the column of another place's figures names the place before the metric, as prose does.
    const place = figure.place ?? columnPlace(figure, reading_);
    const phrase = `${place}${metric}${verb}${fall ? number.slice(1) : number}${hasUnit ? "" : columnUnit(figure, reading_, growth)}${qualifier}`;
    const goal = figure.modality === "target";
    const found = extractIndicators(phrase, { kind: goal ? "goal" : "achievement", part: goal ? "plan" : "review", planYear: planYear ?? undefined });
    const indicator = found.find((i) => i.start >= place.length + metric.length) ?? null;
    if (!indicator) continue;
    out.push({
      ...indicator,
      ...(isPastTarget(figure, reading_, planYear) ? { phase: "before" as const } : {}),
      label: indicator.label || `${place}${reading_.metric}`,
      ...(place ? { place } : {}),
      modality: estimated && figure.modality === "actual" ? "estimate" : figure.modality,
      text: row.text.slice(figure.at, figure.at + figure.cell.length),
      start: figure.at,
      end: figure.at + figure.cell.length,
    });
  }
  return out;
}

/** 城镇新增就业；城镇登记失业率 over 1.8万人以上；控制在3%以内: a cell of several figures, one for each name of the metric cell. */
const PART_SEPARATOR_RE = /[；;]/;

/** Each figure of the row with the metric it is for: a cell parted by ； beside a metric cell parted as many times gives
 * each part its own name (a task breakdown table's 量化指标, batch 94's 福田); any other cell is one figure of the metric. */
function cellParts(reading: RowReading): { figure: RowReading["figures"][number]; metric: string }[] {
  return reading.figures.flatMap((figure) => {
    const parts = figure.cell.split(PART_SEPARATOR_RE);
    // (实施重点项目，完成年度计划投资 over 220个；550亿元: the names parted by a comma when the figures are by ；.)
    const names = [PART_SEPARATOR_RE, /[，,]/].map((re) => reading.metric.split(re).map((n) => n.trim())).find((list) => list.length === parts.length);
    // 5.4（全市4.9）: the row's figure, and a wider place's in brackets after it (batch 91's 徐汇 table).
    const placed = PLACE_IN_BRACKETS_RE.exec(figure.cell);
    if (placed) {
      const inner = figure.cell.indexOf(placed[3], placed[1].length);
      return [
        { figure: unsigned({ ...figure, cell: placed[1] }), metric: reading.metric },
        { figure: { ...figure, cell: placed[3], at: figure.at + inner, place: placed[2] }, metric: reading.metric },
      ];
    }
    if (parts.length < 2 || !names) return [{ figure: unsigned(figure), metric: reading.metric }];
    let at = figure.at;
    return parts.flatMap((part, k) => {
      const lead = part.length - part.trimStart().length;
      const piece = unsigned({ ...figure, cell: part.trim(), at: at + lead });
      at += part.length + 1;
      return /\d/.test(piece.cell) ? [{ figure: piece, metric: names[k] }] : [];
    });
  });
}

/** 5.4（全市4.9）: the figure, then a wider place's (group 2) figure (group 3) in brackets. */
const PLACE_IN_BRACKETS_RE = /^([^（(]+?)\s*[（(](全市|全省|全国)\s*([-−]?[\d.]+[^）)]*)[)）]$/;

/** ≥96％, ≤16微克/立方米: a bound written as a sign, read as the figure (the sign is no word of the name). */
function unsigned(figure: RowReading["figures"][number]): RowReading["figures"][number] {
  const sign = /^[≥≤＞＜><]\s*/.exec(figure.cell)?.[0];
  return sign ? { ...figure, cell: figure.cell.slice(sign.length), at: figure.at + sign.length } : figure;
}

/**
 * 1.5 under 2020年目标 in a row that goes on to 2021年目标 (a plan's appendix, batch 69's 六安): last year's target, the year
 * the row's own target moves on from. Read as the figure before (phase "before"), so that it is never taken for a target of
 * the plan year.
 */
function isPastTarget(figure: RowReading["figures"][number], reading: RowReading, planYear: number | null): boolean {
  if (planYear === null || figure.modality !== "target") return false;
  const yearOf = (column: string | null) => Number(YEAR_RE.exec(column ?? "")?.[1]);
  return yearOf(figure.column) < planYear && reading.figures.some((f) => f.modality === "target" && yearOf(f.column) === planYear);
}

/** 全市2021年完成, 全省平均: a column headed by a wider place than the report's. */
const PLACE_COLUMN_RE = /^(全国|全省|全市)/;

/** The place a figure's column names (全市 in 全市2021年完成), "" for the report's own: only where the row also has a
 * column of the same kind that names no place, the region's own figure beside the wider place's. */
function columnPlace(figure: RowReading["figures"][number], reading: RowReading): string {
  const place = PLACE_COLUMN_RE.exec(figure.column ?? "")?.[1];
  if (!place) return "";
  const own = reading.figures.some((f) => f !== figure && f.modality === figure.modality && !PLACE_COLUMN_RE.test(f.column ?? ""));
  return own ? place : "";
}

/** 增长% or 增幅（%）: a growth column gives per cent whatever unit the row's amounts are in (亿元 | 105.0 | 6.9). */
function columnUnit(figure: RowReading["figures"][number], reading: RowReading, growth: boolean): string {
  if (/[%％]/.test(figure.column ?? "") || (growth && !/额|量/.test(figure.column ?? ""))) return "%";
  // 地区生产总值增长 | 7.5左右 | 4.6, 城镇调查失业率 | 5.5以内: a row named by a rate of growth or a rate, with no unit of its
  // own, gives per cents (a table under 单位：%, batch 77's 玉溪日报).
  if (!reading.unit && /(?:增长|增速|增幅|涨幅|率|比重|比率)$/.test(reading.metric) && /^[-−－]?[\d.]+/.test(figure.cell)) return "%";
  return reading.unit;
}

const AMOUNT_UNIT_RE = /^(?:万亿|亿|万|千)?(?:元|美元|吨|立方米|千瓦时|人次)$/;
/**
 * 社会消费品零售总额 | 亿元 | 105.0 | 6.9 | 7左右 under 上年完成 | 增长% | 今年目标: a bare target far below the row's own
 * amount, in a table that gives the amounts' growth, is the growth set for the year (a Word table whose note says the
 * target column holds growth rates except for a few amounts: batch 47's 克拉玛依).
 */
function growthTarget(figure: RowReading["figures"][number], reading: RowReading): boolean {
  if (figure.modality !== "target" || !AMOUNT_UNIT_RE.test(reading.unit)) return false;
  if (!reading.figures.some((f) => GROWTH_COLUMN_RE.test(f.column ?? ""))) return false;
  const value = Number(/^[\d.]+/.exec(figure.cell)?.[0]);
  const level = reading.figures.find((f) => f.modality !== "target" && !GROWTH_COLUMN_RE.test(f.column ?? "") && !f.difference && !f.completion);
  const levelValue = Number(/^[\d.]+/.exec(level?.cell ?? "")?.[0]);
  return Number.isFinite(value) && Number.isFinite(levelValue) && value <= 30 && value < levelValue * 0.3;
}

/** -0.8 under 增减 in a % row: the result is 0.8 个百分点 below the target, a change of its own name (…比目标增减). */
function differenceIndicator(figure: RowReading["figures"][number], reading: RowReading): Indicator | null {
  const value = Number(figure.cell.replace(/^[+＋]/, "").replace(/^[−－]/, "-"));
  if (!Number.isFinite(value)) return null;
  const label = `${reading.metric}比目标增减`;
  return {
    metric: lookupMetric(label).key, label, value, unit: reading.unit === "%" ? "个百分点" : reading.unit, scale: null, type: "growth",
    qualifiers: [], modality: "actual", text: figure.cell, start: figure.at, end: figure.at + figure.cell.length,
  };
}

/** 81.7% under 完成率 in a row of 地区生产总值增长（%）: how much of the target was reached, named so (…目标完成率: batch 37's
 * 天河, 8 labels of 8). */
function completionIndicator(figure: RowReading["figures"][number], reading: RowReading): Indicator | null {
  const value = Number(figure.cell.replace(/[%％]$/, ""));
  if (!Number.isFinite(value)) return null;
  const label = `${reading.metric}目标完成率`;
  return {
    metric: lookupMetric(label).key, label, value, unit: "%", scale: null, type: "rate",
    qualifiers: [], modality: "actual", text: figure.cell, start: figure.at, end: figure.at + figure.cell.length,
  };
}

/** The header of a target or result column whose cell in this row is words, not a figure (完成市下达任务), or null. */
function wordedColumn(row: TableRowInput, planYear: number | null, role: "target" | "actual"): string | null {
  const { cells, header } = row.table ?? { cells: [], header: null };
  if (!header) return null;
  const at = header.findIndex((h, i) => columnRole(h, planYear) === role && cells[i] && !/\d/.test(cells[i]) && /[\u4e00-\u9fa5]{2}/.test(cells[i]));
  return at === -1 ? null : header[at];
}

/** A row with a target column is a goal; with result columns only, an achievement; the header row is neither. */
export function classifyTableRow(row: TableRowInput, planYear: number | null): Classification | null {
  if (row.flags.includes("table-header")) return { kind: "other", subtype: null, reason: "表格表头", confidence: 0.9 };
  if (!row.flags.includes("table-row")) return null;
  const reading = readRow(row, planYear);
  const target = reading?.figures.find((f) => f.modality === "target");
  const result = reading?.figures.find((f) => f.modality !== "target" && !f.difference);
  // 指标 | 2022年目标 | 2022年完成: a row that sets a past year's result against that year's target reports the result,
  // and so does a row of 年度目标 | 完成 in the review (表1　2022年主要指标完成情况).
  const worded = wordedColumn(row, planYear, "target");
  const targetColumn = target?.column ?? worded;
  const targetYear = targetColumn ? YEAR_RE.exec(targetColumn) : null;
  // (上年目标 | 完成 | 今年目标: the year before's target, named without its year.)
  const pastYear = (targetYear !== null && planYear !== null && Number(targetYear[1]) < planYear) || (targetColumn !== undefined && targetColumn !== null && /^(?:上年|去年|上一年)/.test(targetColumn));
  const pastTarget = pastYear || (!targetYear && row.part === "review");
  // 指标名称 | 2021年目标 | 2021年预计完成 | 2022年目标: a row that goes on from last year's estimate to the plan year's
  // target is the plan's row, a table drawn up before the year's results were in (batch 69's 六安). (2023年目标 | 完成情况 |
  // 2024年目标 reports the year's result, as batch 21's 昆山 reader reads it.)
  const planTarget = planYear === null || result?.modality !== "estimate" ? undefined : reading?.figures.find((f) => f.modality === "target" && f.at > result.at && Number(YEAR_RE.exec(f.column ?? "")?.[1]) === planYear);
  if (planTarget && result) return { kind: "goal", subtype: null, reason: `表格行：「${planTarget.column}」列为目标（另列「${result.column ?? "实绩"}」）`, confidence: 0.75 };
  // 2019年目标 | 2019年完成 | 2020年目标 under the plan's heading, after its 主要预期目标: the plan's table, its rows the plan's
  // (batch 97's 通州); after an appendix's title (附表：…, after the closing) the year's report (batch 91's 徐汇).
  const inPlanPart = row.part === "plan" && !row.flags.includes("table-appendix") && result !== undefined && planYear !== null;
  const nextTarget = inPlanPart ? reading?.figures.find((f) => f.modality === "target" && f.at > result.at && Number(YEAR_RE.exec(f.column ?? "")?.[1]) === planYear) : undefined;
  if (nextTarget && result) return { kind: "goal", subtype: null, reason: `表格行：「${nextTarget.column}」列为目标（另列「${result.column ?? "实绩"}」）`, confidence: 0.75 };
  // (与经济增长基本同步 in the plan year's column: the row is the plan's all the same; a — there sets nothing.)
  const header = row.table?.header ?? [];
  const wordedPlanColumn = inPlanPart ? header.find((h, i) => columnRole(h, planYear) === "target" && Number(YEAR_RE.exec(h)?.[1]) === planYear && /[\u4e00-\u9fa5]{2}/.test(row.table?.cells[i] ?? "")) : undefined;
  if (wordedPlanColumn) return { kind: "goal", subtype: null, reason: `表格行：「${wordedPlanColumn}」列为目标(文字)`, confidence: 0.7 };
  if ((target || worded) && result && pastTarget) {
    return { kind: "achievement", subtype: null, reason: `表格行：「${result.column ?? "回顾部分"}」列为实绩（对照「${targetColumn}」）`, confidence: 0.75 };
  }
  // 单位GDP能耗降低率 | 2.5 | 完成省下达任务 under 2024年目标 | 2024年完成: a past year's row whose result is said in words.
  // (年度目标 | 完成情况 in the review: 3%左右 | 控制在目标以内, batch 48's 海淀.)
  const wordedResult = target && (pastYear || row.part === "review") ? wordedColumn(row, planYear, "actual") : null;
  if (wordedResult) {
    return { kind: "achievement", subtype: null, reason: `表格行：「${wordedResult}」列为实绩(文字)（对照「${targetColumn}」）`, confidence: 0.7 };
  }
  if (target) return { kind: "goal", subtype: null, reason: `表格行：「${target.column ?? "计划部分"}」列为目标`, confidence: 0.8 };
  // 单位地区生产总值能耗下降（%）| 3.1 | 完成市下达任务: a target said in words is still the row's target.
  if (worded) return { kind: "goal", subtype: null, reason: `表格行：「${worded}」列为目标(文字)`, confidence: 0.7 };
  if (result) return { kind: "achievement", subtype: null, reason: `表格行：「${result.column ?? "回顾部分"}」列为实绩`, confidence: 0.8 };
  // (持续优化营商环境。企业开办时间保持在0.5个工作日以内 | — : the task states its own quantity, read from its cell.)
  if (reading && reading.figures.length === 0 && /\d/.test(reading.metric) && row.part !== "other") {
    return { kind: row.part === "plan" ? "goal" : "achievement", subtype: null, reason: "表格行：任务栏自带数量", confidence: 0.6 };
  }
  // 25⇥推进皇岗口岸重建工程⇥—⇥区…: a task breakdown table's row without a figure is still a task of the plan.
  if (row.part === "plan" && (row.table?.header?.some((h) => TASK_COLUMN_RE.test(h)) || (reading !== null && TASK_VERB_RE.test(reading.metric)))) {
    return { kind: "goal", subtype: null, reason: "表格行：重点工作任务", confidence: 0.6 };
  }
  return { kind: "other", subtype: null, reason: "表格行(无数值)", confidence: 0.6 };
}
