import ExcelJS from "exceljs";
import type { Tracker } from "./link-tracker";
import { trackerTable, type TrackerTable } from "./export";

/** Chinese header per column key of the CSV tables (export.ts); row 2 of each sheet holds the keys themselves. */
const ZH: Record<string, string> = {
  year: "年份", line: "指标线", metric: "指标键", label: "指标", target: "目标", target_value: "目标数值", target_upper: "目标上限",
  unit: "单位", band: "目标区间", band_low: "区间下限", band_high: "区间上限", band_unit: "区间单位", result: "实绩", result_value: "实绩数值",
  status: "状态码", status_zh: "状态", reason: "理由", why: "为何列入", target_sentence: "目标句", result_sentence: "实绩句",
  target_url: "目标句链接", result_url: "实绩句链接", compare_url: "对照链接",
  state: "情形", note: "说明", targets: "目标数", kept: "兑现", met: "完成", exceeded: "超额完成", missed: "未完成", dropped: "未报告",
  target_report: "目标报告", result_report: "实绩报告",
  period: "五年规划", start: "起始年", end: "结束年", period_reading: "目标类型", line_name: "指标线名称",
};

/** Columns written as numbers (empty cells stay empty), so a spreadsheet can sum and chart them. */
const NUMERIC = new Set(["year", "start", "end", "target_value", "target_upper", "band_low", "band_high", "result_value", "targets", "kept", "met", "exceeded", "missed", "dropped"]);

const SHEETS: [TrackerTable, string][] = [["targets", "目标与实绩 Targets"], ["years", "年度合计 Years"], ["periods", "五年规划 Periods"]];

/**
 * The tracker as an Excel workbook: 概况 Summary, then the three CSV tables (one row per headline target, one per
 * year, one per five-year target) with the same columns and values, numbers as numbers and links absolute when the site's base is known.
 */
export async function trackerToXlsx(tracker: Tracker, region: { slug: string; name: string }, base: string | null = null): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Duizhao 对照";
  const summary = book.addWorksheet("概况 Summary");
  summary.columns = [{ width: 16 }, { width: 14 }, { width: 60 }];
  summary.addRow(["key", "项目", "内容"]).font = { bold: true };
  summary.addRow(["region", "地区", `${region.name}（${region.slug}）`]);
  summary.addRow(["years", "报告年份", tracker.availableYears.join("、")]);
  summary.addRow(["message", "说明", tracker.message ?? ""]);
  for (const key of ["targets", "kept", "met", "exceeded", "missed", "dropped"] as const) summary.addRow([`totals.${key}`, ZH[key], tracker.totals[key]]);

  for (const [table, name] of SHEETS) {
    const sheet = book.addWorksheet(name);
    const [head, ...rows] = trackerTable(tracker, table);
    sheet.addRow(head.map((k) => ZH[k] ?? k)).font = { bold: true };
    sheet.addRow(head).font = { italic: true, color: { argb: "FF555555" } };
    for (const row of rows) {
      sheet.addRow(row.map((cell, i) => {
        if (NUMERIC.has(head[i])) return cell === "" ? null : Number(cell);
        if (head[i].endsWith("_url") && cell && base) return { text: new URL(cell, base).href, hyperlink: new URL(cell, base).href };
        return cell === "" ? null : cell;
      }));
    }
    sheet.views = [{ state: "frozen", ySplit: 2 }];
    sheet.columns.forEach((c, i) => (c.width = /sentence/.test(head[i]) ? 50 : /url/.test(head[i]) ? 30 : 12));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
