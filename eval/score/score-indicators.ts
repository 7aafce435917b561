// Indicators: a labelled quantity is right when the tool has an indicator on the same number with the same
// metric, value (base units), upper bound, unit, scale, type, commitment qualifiers and modality. Precision is
// over every indicator the tool gives in the labelled sentences (a year read as a quantity counts against it).
import type { AnalyzedSentence, Indicator } from "@/lib/analysis/types";
import { lookupMetric, normalizeLabel } from "@/lib/analysis/lookup-metric";
import type { AnalyzedFile } from "./analyze-file";
import { baseValue, sameNumber, type IndicatorLabel, type IndicatorRowLabel } from "./labels";
import { findNumber, locateSnippet } from "./locate";
import { Tally } from "./tally";

/** The qualifiers that change what a number promises; descriptive words (达到, 保持在) are not compared. */
export const COMPARED_QUALIFIERS = new Set([
  "确保", "力争", "争取", "努力", "以上", "以下", "以内", "之内", "左右", "上下", "约", "近", "超过", "突破", "不低于", "不少于",
  "不超过", "低于", "高于", "控制在", "年均",
]);

export interface IndicatorScore {
  all: Tally;
  /** How often each field was the one that was wrong. */
  fieldErrors: Record<string, number>;
}

/**
 * The tool's name for a figure: its label, and, for another place's figure, the place with it (a reader writes
 * 长春市整车产量 where the tool gives 整车产量 with the place 长春市; the place is a field of its own, not lost).
 */
function toolNames(indicator: Pick<Indicator, "label" | "place">): string[] {
  const names = [indicator.label];
  const place = indicator.place;
  if (place && !place.startsWith("全") && !indicator.label.startsWith(place)) {
    names.push(place + indicator.label);
    const short = place.replace(/(?<=.{2})(?:市|州|区|县|省)$/, "");
    if (short !== place && !indicator.label.startsWith(short)) names.push(short + indicator.label);
  }
  return names.map(normalizeLabel);
}

export function metricMatches(indicator: Pick<Indicator, "metric" | "label" | "place">, label: IndicatorLabel): boolean {
  const names = [label.metric, ...(label.alts ?? [])];
  const tool = toolNames(indicator);
  return names.some((name) => {
    const match = lookupMetric(name);
    if (match.known && match.key === indicator.metric) return true;
    return tool.includes(normalizeLabel(name)) || (!match.known && match.key === indicator.metric);
  });
}

/** 三分之二 labelled as the fraction 0.6667 (no unit) and read by the tool as 66.67 %: one number in two notations. */
function asPercent(indicator: Indicator, label: IndicatorLabel): IndicatorLabel {
  const fraction = label.unit === "" && indicator.unit === "%" && label.scale == null && Math.abs(label.value) <= 1 && (label.upper == null || Math.abs(label.upper) <= 1);
  if (!fraction) return label;
  // 0.6667 is 三分之二 to four places: within a hundredth of a point the two agree.
  const percent = (v: number, tool: number | null | undefined) => (tool != null && Math.abs(v * 100 - tool) < 0.01 ? tool : v * 100);
  return { ...label, unit: "%", value: percent(label.value, indicator.value), upper: label.upper == null ? label.upper : percent(label.upper, indicator.upper) };
}

/** 35个工作日 labelled with the unit 工作日 (or the other way): the measure word 个 names no other unit. */
export const sameUnit = (a: string, b: string) => a === b || a.replace(/^个(?=.{2})/, "") === b.replace(/^个(?=.{2})/, "");

export function fieldMismatches(indicator: Indicator, given: IndicatorLabel): string[] {
  const wrong: string[] = [];
  const label = asPercent(indicator, given);
  if (!metricMatches(indicator, label)) wrong.push("metric");
  if (!sameNumber(indicator.value, baseValue(label.value, label.scale))) wrong.push("value");
  const upper = label.upper == null ? null : baseValue(label.upper, label.scale);
  if ((indicator.upper ?? null) === null ? upper !== null : upper === null || !sameNumber(indicator.upper!, upper)) wrong.push("upper");
  if (!sameUnit(indicator.unit, label.unit)) wrong.push("unit");
  if ((indicator.scale ?? null) !== (label.scale ?? null)) wrong.push("scale");
  if (indicator.type !== label.type) wrong.push("type");
  const q = (list: string[]) => [...new Set(list.filter((w) => COMPARED_QUALIFIERS.has(w)))].sort().join("、");
  if (q(indicator.qualifiers) !== q(label.qualifiers)) wrong.push("qualifiers");
  if (indicator.modality !== label.modality) wrong.push("modality");
  return wrong;
}

const describe = (i: Indicator) =>
  `${i.label}[${i.metric}]=${i.value}${i.upper != null ? `–${i.upper}` : ""} ${i.unit}${i.scale ? `(${i.scale})` : ""} ${i.type} ${i.modality} ${i.qualifiers.join("、")}`;
const describeLabel = (l: IndicatorLabel) =>
  `${l.metric}=${baseValue(l.value, l.scale)}${l.upper != null ? `–${baseValue(l.upper, l.scale)}` : ""} ${l.unit}${l.scale ? `(${l.scale})` : ""} ${l.type} ${l.modality} ${l.qualifiers.join("、")}`;

export function scoreIndicators(report: string, file: AnalyzedFile, rows: IndicatorRowLabel[]): IndicatorScore {
  const score: IndicatorScore = { all: new Tally(), fieldErrors: {} };
  // A sentence that several rows touch (a flattened table's row, a PDF page break inside a paragraph) is counted
  // once, and a figure labelled by any of those rows is no unlabelled extra of the others.
  const used = new Set<Indicator>();
  const touched = new Map<AnalyzedSentence, string>();
  const touch = (sentence: AnalyzedSentence, snippet: string) => {
    if (!touched.has(sentence)) touched.set(sentence, snippet);
  };
  for (const row of rows) {
    const located = locateSnippet(file.locateText ?? file.text, file.analyzed.sentences, row.snippet, file.unitStarts);
    const candidates = located?.following ?? [];
    if (located) touch(located.sentence, row.snippet);
    for (const item of row.items) {
      score.all.labelled++;
      let found: Indicator | null = null;
      for (const sentence of candidates) {
        const at = findNumber(sentence.text, item.number, item.occurrence ?? 1);
        if (!at) continue;
        found = sentence.indicators.find((i) => !used.has(i) && i.start < at.end && at.start < i.end) ?? null;
        touch(sentence, row.snippet);
        break;
      }
      const where = `${row.snippet} «${item.number}»`;
      if (!found) {
        score.all.misses.push({ report, snippet: where, expected: describeLabel(item), got: located ? "no indicator" : "sentence not found" });
        score.fieldErrors.found = (score.fieldErrors.found ?? 0) + 1;
        continue;
      }
      used.add(found);
      const wrong = fieldMismatches(found, item);
      if (!wrong.length) {
        score.all.right++;
        score.all.assertedRight++;
      } else {
        for (const f of wrong) score.fieldErrors[f] = (score.fieldErrors[f] ?? 0) + 1;
        score.all.misses.push({ report, snippet: where, expected: describeLabel(item), got: `${describe(found)} (wrong: ${wrong.join(", ")})` });
      }
    }
  }
  // Every indicator the tool gives on the labelled sentences counts as an assertion, once.
  for (const [sentence, snippet] of touched) {
    score.all.asserted += sentence.indicators.length;
    for (const extra of sentence.indicators.filter((i) => !used.has(i))) {
      score.all.misses.push({ report, snippet: `${snippet} «${extra.text}»`, expected: "(not a labelled quantity)", got: describe(extra) });
    }
  }
  return score;
}
