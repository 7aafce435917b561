// Readings of kinds of copy that change how lines become units: a broadcast's subtitles, a slide deck's outline, a
// printed document's footnotes, a serial post's editors' lead. processText asks each whether its copy is one.
import { endsSentence } from "./chars";
import { MICROBLOG_REPLY_TIME_RE, SLIDE_MARK_RE, TIME_CODE_LINE_RE, type ClassifiedLine } from "./boilerplate";
import type { Paragraph } from "./paragraphs";

/** 编者按：, 【编者按】: the editors' lead before a post's text. */
export const EDITORS_NOTE_RE = /^(?:【编者按】|编者按[：:])/;

/** Where the lines start that are microblog replies: the text line right above a reply's time line. */
export function microblogReplyStarts(lines: readonly ClassifiedLine[]): Set<number> {
  const starts = new Set<number>();
  lines.forEach((line, k) => {
    if (k === 0 || line.kind !== "boilerplate" || !MICROBLOG_REPLY_TIME_RE.test(line.text.trim())) return;
    const above = lines[k - 1];
    if (above.kind !== "blank" && above.kind !== "boilerplate") starts.add(above.start);
  });
  return starts;
}

/** A circled mark after a character of a body line (…增长8.1%①；, “七个一批”②): a footnote's mark in the body. */
const FOOTNOTE_MARK_IN_LINE_RE = /(?<=\S)[①-⑳]/g;
/** A paragraph opening on a circled mark. */
const FOOTNOTE_START_RE = /^[①-⑳]/;
/** How far after its mark, in characters, a page's footnote stands (a page of a printed document and a little more). */
const FOOTNOTE_REACH = 1500;

/** Where the paragraphs start that are footnotes: opening on a circled mark that stands inside a body line before them. */
export function footnoteStarts(stored: string, paragraphs: Paragraph[]): Set<number> {
  const starts = new Set<number>();
  if (!/[①-⑳]/.test(stored)) return starts;
  const marked = new Map<string, number[]>();
  for (const m of stored.matchAll(FOOTNOTE_MARK_IN_LINE_RE)) marked.set(m[0], [...(marked.get(m[0]) ?? []), m.index]);
  for (const p of paragraphs) {
    if (p.table) continue;
    const mark = FOOTNOTE_START_RE.exec(stored.slice(p.start, p.start + 1))?.[0];
    if (mark && (marked.get(mark) ?? []).some((at) => at < p.start && p.start - at <= FOOTNOTE_REACH)) starts.add(p.start);
  }
  return starts;
}

/** Where each slide's title line starts, in a deck saved as an outline (three slide markers or more), or null. */
export function slideTitleStarts(lines: ClassifiedLine[]): Set<number> | null {
  const marks = lines.filter((l) => SLIDE_MARK_RE.test(l.text.trim()));
  if (marks.length < 3) return null;
  const starts = new Set<number>();
  for (const mark of marks) {
    const title = lines.slice(mark.index + 1).find((l) => l.kind !== "blank");
    if (title && !SLIDE_MARK_RE.test(title.text.trim())) starts.add(title.start);
  }
  return starts;
}

/** The year of the report a deck's first slide names (2021年…政府工作报告解读), or null. */
export function deckYear(lines: ClassifiedLine[]): number | null {
  const first = lines.find((l) => l.kind !== "blank" && !SLIDE_MARK_RE.test(l.text.trim()));
  const year = first && /((?:19|20)\d\d)年[^，,。]{0,20}工作报告/.exec(first.text);
  return year ? Number(year[1]) : null;
}

/** Time codes on lines of their own, at least three and one line in twenty: a subtitle file saved as text. */
export function isSubtitleCopy(lines: ClassifiedLine[]): boolean {
  const filled = lines.filter((l) => l.kind !== "blank");
  const codes = filled.filter((l) => TIME_CODE_LINE_RE.test(l.text.trim())).length;
  return codes >= 3 && codes * 20 >= filled.length;
}

/** A subtitle line that stops before its object or its figure (泸州港集装箱吞吐量达到⏎41.2万标箱 增长18.3%). */
const SUBTITLE_GOES_ON_RE = /(?:达到|实现|突破|完成|增长|下降|提高|降低|控制在|稳定在|保持在|为|至|到|和|及|与|的|是|在|超过|、|，|,)$/;
/** …the line after it opening on the figure or the change (1347.8亿元, 增长10.9%), or on 分别, which never opens a sentence
 * (城镇和农村居民人均可支配收入⏎分别增长8.5%和9.5%左右). */
const SUBTITLE_FIGURE_NEXT_RE = /^(?:[\d０-９]|分别|(?:同比|比上年)?(?:增长|下降|提高)[\d０-９百]|百分之)/;

/** Subtitle lines broken between a name and its figure are one unit, so that the figure keeps its name. */
export function joinSubtitleLines(stored: string, paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const last = out.at(-1);
    const before = last && stored.slice(last.start, last.end).trim();
    const text = stored.slice(p.start, p.end).trim();
    const joins = last && !last.table && !p.table && !SUBTITLE_PART_RE.test(text) && !SUBTITLE_PART_RE.test(before!) &&
      !endsSentence(before!) && (SUBTITLE_GOES_ON_RE.test(before!) || SUBTITLE_FIGURE_NEXT_RE.test(text));
    if (joins) out[out.length - 1] = { ...last, end: p.end, joined: true };
    else out.push(p);
    // 城镇居民人均可支配收入26680元⏎农村居民人均可支配收入11542元⏎分别增长8.6%和10.1%: a 分别 line's values belong to as
    // many named figures, the lines before it that each end on one.
    const values = joins && text.startsWith("分别") && ENDS_ON_FIGURE_RE.test(before!) ? (text.match(FIGURE_RUN_RE) ?? []).length : 0;
    // (The unit now ends on the 分别 line: the figures before it are its figures less the line's own values.)
    while (values > 1 && out.length >= 2 && figuresIn(stored, out.at(-1)!) - values < values) {
      const previous = out.at(-2)!;
      const line = stored.slice(previous.start, previous.end).trim();
      if (previous.table || SUBTITLE_PART_RE.test(line) || endsSentence(line) || !ENDS_ON_FIGURE_RE.test(line)) break;
      out.splice(-2, 2, { ...previous, end: out.at(-1)!.end, joined: true });
    }
  }
  return out;
}

/** A figure written in digits: 26680, 8.6 (what a 分别 line's values and the named figures before it are counted by). */
const FIGURE_RUN_RE = /[\d０-９]+(?:[.．][\d０-９]+)?/g;
/** A subtitle line that ends on a figure and its unit (农村居民人均可支配收入11542元). */
const ENDS_ON_FIGURE_RE = /[\d０-９][\d０-９.．]*\s*[%％\u4e00-\u9fa5]{0,3}$/;
const figuresIn = (stored: string, p: Paragraph) => (stored.slice(p.start, p.end).match(FIGURE_RUN_RE) ?? []).length;

/** 一 2015年工作回顾, 二、2016年工作安排: a part's number, then its name, on a subtitle line. */
export const SUBTITLE_PART_RE = /^[一二三四五六七八九十]{1,2}[、\s\u3000][^，,。；;]{2,24}$/;
