// One stored text in, everything the reader needs out: sections, sentences with their kind, indicators.
import { PROPOSAL_REASON } from "./cues";
import { detectMetadata, processText } from "@/lib/text";
import { readOcrSlips } from "@/lib/text/ocr-slips";
import { readHalfWidthPunctuation } from "@/lib/text/half-width-punctuation";
import type { ProcessedText, ReportMetadata, TextSentence } from "@/lib/text/types";
import { classifySentences } from "./classify-sentences";
import { extractIndicators } from "./extract-indicators";
import { classifyTableRow, tableRowIndicators } from "./table-rows";
import { markPlaces } from "./figure-place";
import { townshipOf } from "@/lib/text/townships";
import { markNotedEstimates } from "./noted-estimates";
import { headingYears } from "@/lib/text/chinese-numerals";
import { isRevisionNote, REVISION_NOTE } from "./revision-note";
import { UNIT_GLOSS_RE, nameBackReferences, nameCardFigures, nameConvertedFigures, nameFundsByItem, nameItemFigures, nameListFigures } from "./borrowed-names";
import type { AnalyzedReport, AnalyzedSentence, Classification, Indicator } from "./types";

export function analyzeReport(stored: string, opts: { fileName?: string } = {}): AnalyzedReport {
  // 末完成, 己建成 (an OCR copy's look-alike characters) are read as the page printed them, offsets unchanged.
  const ocr = readOcrSlips(typeof stored === "string" ? stored : "");
  // 增长10.5%. 省委, 省政府: a text punctuated with half-width marks throughout, read with Chinese ones, offsets unchanged.
  const { text, marks } = readHalfWidthPunctuation(ocr.text);
  const slips = ocr.slips;
  const processed: ProcessedText = processText(text);
  if (marks > 0) processed.warnings.push({ code: "half-width-punctuation", message: `全文使用半角（英文）标点，已按中文标点读取 ${marks} 处（如句末的“.”读作“。”），原文保留不变 / The text is punctuated with half-width marks throughout; ${marks} were read as Chinese punctuation. The stored text is unchanged.`, count: marks });
  if (slips > 0) processed.warnings.push({ code: "ocr-slips", message: `已按原样读取 ${slips} 处识别（OCR）或转写错字（如“末完成”读作“未完成”、“己建成”读作“已建成”、“增涨”读作“增长”），原文保留不变 / Read ${slips} OCR look-alike or transcription slip(s) as the page or the speaker meant them; the stored text is unchanged.`, count: slips });
  const detected: ReportMetadata = detectMetadata(text, { fileName: opts.fileName, processed });
  // One list of warnings for the report: text warnings (truncated, repaired…) and metadata warnings (masked years…).
  const metadata: ReportMetadata = { ...detected, warnings: [...processed.warnings, ...detected.warnings] };
  // (A township's report names its 镇 in its title; its figures' places are read against it, not its district.)
  const place = { regionCode: metadata.regionCode, township: townshipOf(metadata.title) };
  const classifications = classifySentences(processed.sentences, processed.sections, metadata);
  // (A sheet's note column holds the analyst's words, 目标未完成, 新提法：…: never the report's goal or result.)
  processed.sentences.forEach((s, i) => {
    if (s.flags.includes("sheet-note")) classifications[i] = { kind: "other", subtype: null, reason: SHEET_NOTE_REASON, confidence: 0.9 };
  });
  const revisionNote = isRevisionNote(text);
  const multiYear = multiYearSections(processed);
  const sentences: AnalyzedSentence[] = processed.sentences.map((sentence, i) => {
    const { table } = sentence;
    if (table) {
      // A table row: its columns say target or result (see table-rows.ts).
      const row = { ...sentence, table };
      const indicators = markPlaces(sentence.text, tableRowIndicators(row, metadata.planYear), place);
      return analyzed(sentence, classifyTableRow(row, metadata.planYear) ?? classifications[i], indicators);
    }
    // (A figure's modality is read from the sentence's own kind: a draft's 增长6.5%左右 quoted in a revision note is a
    // proposed target, as the report's is.)
    const classification = classifications[i];
    const ctx = {
      kind: classification.kind,
      part: sentence.part,
      planYear: metadata.planYear,
      multiYear: sentence.sectionIndex !== null && multiYear.has(sentence.sectionIndex),
      proposal: classification.reason.startsWith(PROPOSAL_REASON),
    };
    const found = extractIndicators(sentence.text, ctx);
    // 一般公共预算收入（亿元）⏎718.6: a bare number under a name line that gives the unit in brackets is in that unit.
    const unit = found.length === 0 ? unitOfNameAbove(sentence, processed.sentences[i - 1]) : null;
    if (unit) found.push(...extractIndicators(sentence.text + unit, ctx).map((x) => ({ ...x, text: sentence.text, end: Math.min(x.end, sentence.text.length) })));
    // Headings and run-in leads are titles (——八个15分钟服务圈。): their digits are names, not indicators, unless they
    // give a known metric its figure (a news subhead 广州：GDP增长5%以上, a headline 城镇新增就业目标1200万人以上).
    // A run-in lead that states a change (高速铁路运营里程翻一番。) keeps it: a change is never a name.
    // (The region's own name comes off first: 萧山今年GDP预期增长6%左右 is the GDP's figure.)
    const placed = markPlaces(sentence.text, found, place);
    // (A contents line's page number, 一、2018年工作回顾………1, is no figure.)
    if (sentence.flags.includes("contents")) return analyzed(sentence, classification, []);
    const shown = revisionNote ? REVISION_NOTE : classification;
    const kept =
      sentence.role === "body" || gluedToBody(sentence)
        ? placed
        : placed.filter((indicator) => !indicator.metric.startsWith("x-") || (sentence.role === "lead" && (indicator.type === "growth" || indicator.type === "multiple")));
    return analyzed(sentence, shown, kept);
  });
  return { metadata, sections: processed.sections, sentences: markNotedEstimates(nameBackReferences(nameConvertedFigures(nameFundsByItem(nameCardFigures(nameItemFigures(nameListFigures(sentences))))))), warnings: processed.warnings };
}

const SHEET_NOTE_REASON = "表格备注(整理者所加,不属报告原文)";

/** （二）扩大有效投资坚持项目为王，…实施市重点项目220个…。: a heading that lost its line break (a page copied as one
 * line) carries its paragraph's first sentence, whose figures are the body's. */
function gluedToBody(sentence: TextSentence): boolean {
  return sentence.role === "heading" && sentence.text.length > 24 && /[，,；;]/.test(sentence.text) && /[。！!？?]$/.test(sentence.text);
}

/** The unit a list's name line gives its figure line in brackets (外贸进出口总额（亿元）over 3712.5), or null. */
function unitOfNameAbove(sentence: TextSentence, above: TextSentence | undefined): string | null {
  if (!above?.flags.includes("list-name") || !sentence.flags.includes("list-item") || !BARE_NUMBER_RE.test(sentence.text)) return null;
  return UNIT_GLOSS_RE.exec(above.text)?.[1] ?? null;
}
const BARE_NUMBER_RE = /^[0-9０-９][0-9０-９.．,，]*$/;

/** A sentence with its kind and figures, built field by field (a rest-and-spread copy of 2,000 sentences took 8 ms). */
function analyzed(s: TextSentence, c: Classification, indicators: Indicator[]): AnalyzedSentence {
  return {
    index: s.index, text: s.text, start: s.start, end: s.end, paragraph: s.paragraph, sectionIndex: s.sectionIndex, part: s.part, role: s.role, flags: s.flags,
    kind: c.kind, subtype: c.subtype, reason: c.reason, confidence: c.confidence, indicators,
  };
}

/** 过去五年, “十一五”时期…的回顾, 五年来: review sections (with their subsections) whose figures span several years. */
const MULTI_YEAR_HEADING = /过去的?[二三四五六七八九十两]年|[二三四五六七八九十两]年来|本届政府|(?:十[一二三四五六]?|[一二三四五六七八九])五.{0,3}(?:时期|期间|计划)/;

// (2025年和“十四五”时期工作回顾: the year named first, then the period, as 2025年工作 is.)
// (2016年和过去五年工作回顾, 2021年和本届政府工作回顾: the years said in words, batch 99's 乌海.)
const SINGLE_YEAR_HEADING = /(?:\d{4}|20[xX×]{2}|[一二三四五六七八九〇○零]{4})年(?:(?:政府|国内)?工作|(?:和|及|与|、)(?:[“"]?(?:十[一二三四五六]?|[一二三四五六七八九])五|过去的?[二三四五六七八九十两]年|本届政府))/;

function multiYearSections(processed: ProcessedText): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (const section of processed.sections) {
    // 20xx年政府工作和本届政府期间…: a heading that also names the year reviews both; its figures stay the year's.
    // (二ＯＯＯ年和“九五”时期: a year typed with letter O's, read as 2000年.)
    // (一、2015 年和“十二五”时期工作回顾: a blog copy's blank between a figure and a character, batch 102's 思明.)
    if (section.level === 1) inside = section.part === "review" && MULTI_YEAR_HEADING.test(section.heading) && !SINGLE_YEAR_HEADING.test(headingYears(section.heading));
    if (inside && section.part === "review") out.add(section.index);
  }
  return out;
}
