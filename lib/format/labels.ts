import { DOCUMENT_TYPE_LABELS, documentTypeOfTitle } from "@/lib/text/related-document";
import { reportYear } from "@/lib/text/years";
import type { Part, ReportHeader, ReportKind, SentenceLabel } from "@/lib/domain";

// Chinese-first display labels, with English where it helps.

export const KIND_LABELS: Record<ReportKind, string> = { report: "全文报告", excerpt: "摘登", news: "新闻报道", document: "相关文件" };

/** A report's kind as a reader names it: a related document by its type (计划报告, 分工方案…), from its title. */
export function kindLabel(r: { kind: ReportKind; title: string }): string {
  const type = r.kind === "document" ? documentTypeOfTitle(r.title) : null;
  return type ? DOCUMENT_TYPE_LABELS[type] : KIND_LABELS[r.kind] ?? r.kind;
}

/** The kind in full on a report's page: 相关文件（进展通报）. */
export function kindInFull(r: { kind: ReportKind; title: string }): string {
  const label = kindLabel(r);
  return r.kind === "document" && label !== KIND_LABELS.document ? `${KIND_LABELS.document}（${label}）` : label;
}

export const SENTENCE_KIND_LABELS: Record<SentenceLabel, { zh: string; en: string; icon: string }> = {
  goal: { zh: "目标", en: "goal", icon: "◎" },
  achievement: { zh: "实绩", en: "achievement", icon: "✓" },
  other: { zh: "其他", en: "other", icon: "·" },
  problem: { zh: "问题", en: "problem", icon: "!" },
};

export const PART_LABELS: Record<Part, string> = { review: "回顾", plan: "计划", other: "其他" };

export const WARNING_LABELS: Record<string, string> = {
  truncated: "文本不完整",
  "repaired-artefact": "已修复字符替换",
  "masked-years": "年份被遮盖",
  "region-conflict": "标题地区有误",
  "boilerplate-removed": "已去除网页杂项",
  "corrections-stale": "人工改正不再适用",
  reading: "读取方式",
  "ocr-slips": "识别错字",
  "half-width-punctuation": "半角标点",
  "paragraph-sheet": "逐段表格",
  "translation-skipped": "已略去译文",
  "line-numbers": "已略去行号",
  "mail-quotes": "已略去邮件引用符",
  "review-comments": "已略去批注",
  subtitles: "字幕文件",
  slides: "幻灯片",
  "ocr-digits": "识别数字有误",
  illegible: "字迹难辨",
  "internal-error": "内部错误",
};

/** Warnings that only inform (nothing is wrong with the reading); shown quietly. */
export const INFO_WARNINGS = new Set(["boilerplate-removed", "reading", "half-width-punctuation", "paragraph-sheet", "line-numbers", "mail-quotes", "review-comments", "subtitles", "slides", "translation-skipped"]);

/** "2019 回顾 · 2020 计划", with inferred years marked (推断). */
export function formatYears(r: { reviewYear: number | null; planYear: number | null; inferred: string[] }): string {
  const mark = (field: string) => (r.inferred.includes(field) ? "（推断）" : "");
  const parts: string[] = [];
  if (r.reviewYear != null) parts.push(`${r.reviewYear}年回顾${mark("reviewYear")}`);
  if (r.planYear != null) parts.push(`${r.planYear}年计划${mark("planYear")}`);
  return parts.length ? parts.join(" · ") : "年份未知";
}

/** The year a report is known by, e.g. "2020" for the report that reviews 2019 and plans 2020. */
export function reportYearLabel(r: { reviewYear: number | null; planYear: number | null }): string {
  const year = reportYear(r);
  return year ? String(year) : "";
}

/** A short name for a report in headings and titles: "余杭区2020" or "余杭区2020 新闻". */
export function shortReportName(r: Omit<ReportHeader, "slug"> & { version?: number }): string {
  const base = r.region ? `${r.region}${reportYearLabel(r)}` : r.title.slice(0, 16);
  const kind = r.kind === "report" ? "" : ` ${kindLabel(r)}`;
  const version = r.version && r.version > 1 ? ` 第${r.version}版` : "";
  return `${base}${kind}${version}`;
}
