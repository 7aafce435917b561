import type { AnalyzedReport, Indicator } from "@/lib/analysis/types";
import type { Role, SentenceKind } from "@/lib/domain";
import { BULLET_RE, FIGURE_ONLY_LINE_RE, FIGURE_THEN_NAME_LINE_RE, KEY_FIGURE_LINE_RE } from "@/lib/text/heading-patterns";
import { headingChains, type HeadingSection } from "./heading-period";
import { spanContexts } from "./span-context";
import type { CompareSentence, CompareSideInput, KindChoice } from "./types";

/** What a side needs of a sentence: an analysed one (a file) or a stored one (lib/data) alike. */
interface SideSource {
  index: number;
  text: string;
  role: Role;
  kind: SentenceKind;
  indicators: Indicator[];
  sectionIndex?: number | null;
  /** Paragraph number: a span set by a paragraph's opening (五年来，…) reaches its later sentences. */
  paragraph?: number;
  /** "headline" marks a news headline's figure, "table-row" a table's row (lib/text/process-text.ts). */
  flags?: readonly string[];
  /** review, plan or other (lib/text/types.ts). */
  part?: string;
}

/** goal / achievement keep sentences of that kind; all keeps every sentence but headings. Each carries the headings it stands under. */
export function sideSentences(report: { sentences: readonly SideSource[]; sections?: readonly HeadingSection[] }, kinds: KindChoice): CompareSentence[] {
  const chains = headingChains(report.sections ?? []);
  const spans = spanContexts(report.sentences, chains);
  // In a text with parts, a sentence in neither (an encyclopedia entry's summary, a footnote) restates what the parts say.
  const hasParts = report.sentences.some((s) => s.part === "review" || s.part === "plan");
  return report.sentences.flatMap((s) => {
    const planTable = resultsInPlanTable(s, kinds);
    const problems = resultsInProblems(s, kinds);
    if (s.role === "heading" || !(kinds === "all" || s.kind === kinds || planTable || problems)) return [];
    const headings = s.sectionIndex != null ? chains.get(s.sectionIndex) : undefined;
    const span = spans.get(s.index);
    const headline = s.flags?.includes("headline") ? { headline: true as const } : {};
    // A 数说 list's line (15268.8亿元——全市地区生产总值), a results box's (▲地区生产总值：8675.3亿元，增长5.3%) or an
    // 一图读懂 card's figure line (8275.6亿元 under 🔹GDP总量) sums the review up as a table's row does.
    const line = s.text.trim();
    const summary = FIGURE_THEN_NAME_LINE_RE.test(line) || KEY_FIGURE_LINE_RE.test(line.replace(BULLET_RE, "").trim()) || (!!s.flags?.includes("list-item") && FIGURE_ONLY_LINE_RE.test(line));
    const tableRow = s.flags?.includes("table-row") || summary ? { tableRow: true as const } : {};
    const unplaced = (hasParts && s.part === "other") || problems ? { unplaced: true as const } : {};
    const indicators = planTable ? s.indicators.filter((i) => i.modality !== "target") : s.indicators;
    return [{ id: `s-${s.index}`, index: s.index, text: s.text, kind: s.kind, indicators, ...(headings?.length ? { headings } : {}), ...(span ? { span } : {}), ...headline, ...tableRow, ...unplaced }];
  });
}

/** 化学需氧量排放量减少 | 2.8 | 2.5 under 2018年完成 | 2019年预期目标: a plan table's row is a goal, and its column of last
 * year's results answers last year's targets (batch 62's 武清, a 附表 of main indicators after the report). */
function resultsInPlanTable(s: SideSource, kinds: KindChoice): boolean {
  return kinds === "achievement" && s.kind === "goal" && !!s.flags?.includes("table-row") && s.indicators.some((i) => i.modality === "actual" || i.modality === "estimate");
}

/** 居民消费价格上涨6.8%，超出年初预期 told among the review's problems (batch 65's 汶川): a result all the same, offered to the
 * results side after the review's own (a task's figures and a problem's words without one are not). */
function resultsInProblems(s: SideSource, kinds: KindChoice): boolean {
  return kinds === "achievement" && s.kind === "other" && s.part === "review" && s.indicators.some((i) => i.modality === "actual");
}

export function sideInput(analyzed: AnalyzedReport, kinds: KindChoice): CompareSideInput {
  return { kinds, sentences: sideSentences(analyzed, kinds), planYear: analyzed.metadata.planYear };
}
