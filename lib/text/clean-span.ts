import { CITATION_MARKS_RE, isAsciiAlnum, isWhitespace } from "./chars";
import { JUMP_MARK } from "./heading-patterns";
import { MD_LINK_PATTERN } from "./lines";

/**
 * The only normalisation applied to a sentence's raw span (stored.slice(start, end)) to get its `text`:
 *  1. Every whitespace run that contains a line break is deleted (a PDF line break, the blank line after it and the
 *     indentation of the next line). Whitespace runs without a line break (`超过 60%`) are kept as they are.
 *     Leading and trailing whitespace is trimmed (spans never carry any, so this is a no-op for real sentences).
 *  2. The censored-letter artefact is repaired: a scraper replaced the letter A with 习近平
 *     (习近平习近平习近平级 = AAA级, vivo全球习近平I总部 = AI总部). See repairArtefacts for when 习近平 is genuine.
 *  3. Page numbers and running titles inside a sentence broken across pages are dropped (only the lines the text
 *     processing marked as page furniture, passed in), and so are a paper's jump lines at a line's end or start
 *     (…增加值（下转第二版）⏎（上接第一版）增长8.1%), and a draft's comment anchors (300[张伟6]个 → 300个).
 *     A table row (flag table-row or table-header) flattened to one cell a line keeps its cells apart: each line
 *     break with the blanks around it becomes a tab.
 *  4. Pinyin glosses that web copies put after rare characters are dropped: 濉(suī)溪 → 濉溪, 亳（bó）州 → 亳州.
 *     Only a bracket of tone-marked (or tone-numbered) latin syllables right after a Han character counts, so
 *     (GDP) and (PM2.5) stay.
 *  5. A Markdown note's emphasis is dropped (**8135.6亿元** → 8135.6亿元), and its links keep their words
 *     ([来源](https://…) → 来源). The line markup (`## `, `> `, `- `) never reaches a span: lines.ts starts the line
 *     after it.
 * Nothing else changes: punctuation width, quotes and numbers stay exactly as stored.
 */
export function cleanSpan(
  raw: string, pageFurniture?: ReadonlySet<string>, tableRow = false, overlaps?: ReadonlySet<string>,
): { text: string; repairs: number } {
  const kept = dropCommentAnchors(dropJumpLines(dropPageFurniture(raw, pageFurniture, overlaps)));
  const joined = tableRow ? kept.replace(/\s*\n\s*/g, "\t") : removeLineBreaks(kept);
  const { text, repairs } = repairArtefacts(dropMarkdownInline(dropPinyinGlosses(joined)));
  // (…创历史新高o: the full stop OCR read as o, where segment.ts ended the sentence on it.)
  return { text: text.replace(/(?<=[\u4e00-\u9fa5])o$/, "。"), repairs };
}

/** 49⏎— 1 —⏎2014年政府工作报告⏎746万吨: a paragraph broken across pages loses the page's number and running title; a
 * screenshot's overlap (`overlaps`) is dropped where it repeats a line, or the end of a line, before it in the span. */
export function dropPageFurniture(raw: string, pageFurniture?: ReadonlySet<string>, overlaps?: ReadonlySet<string>): string {
  if ((!pageFurniture?.size && !overlaps?.size) || !raw.includes("\n")) return raw;
  const lines = raw.split("\n");
  if (lines.length < 3) return raw;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (i < lines.length - 1 && pageFurniture?.has(line)) lines[i] = "";
    else if (overlaps?.has(line) && lines.slice(0, i).some((before) => before.trim() !== "" && before.trim().endsWith(line))) lines[i] = "";
  }
  return lines.join("\n");
}

/** （下转第二版） before a line break, （上接第一版） after one or at the span's start. */
const JUMP_LINES_RE = new RegExp(`${JUMP_MARK}(?=\\s*\\n)|(?<=\\n\\s*|^\\s*)${JUMP_MARK}`, "g");

/** …工业增加值（下转第二版）⏎（上接第一版）增长8.1%: a paper's jump lines are no words of the sentence they cut. */
export function dropJumpLines(raw: string): string {
  return raw.includes("转第") || raw.includes("接第") ? raw.replace(JUMP_LINES_RE, "") : raw;
}

/** A reviewer's comment anchor left in a draft's text (增长7.6%[李红1]；, 新建5G基站300[张伟6]个以上, a reply 李红3R2). */
const COMMENT_ANCHOR_RE = /(?<!批注\s*)[\[［][\u4e00-\u9fa5]{1,4}\d{1,3}(?:R\d{1,2})?[\]］]/g;

/** 新种山核桃1.3[?]万亩: a transcriber's mark after a character read unsure (batch 60's 淳安, the archives' copies). */
const UNSURE_MARK_RE = /[\[［][?？][\]］]/g;

/** 新建5G基站300[张伟6]个以上 → 新建5G基站300个以上: a comment's anchor is no word of the sentence (the comment is read apart,
 * its own head, 批注 [张伟6]:, kept); nor is an encyclopedia's citation mark (增长7.6%[2]，…) or a transcriber's [?]. */
export function dropCommentAnchors(raw: string): string {
  return raw.includes("[") || raw.includes("［") ? raw.replace(COMMENT_ANCHOR_RE, "").replace(CITATION_MARKS_RE, "").replace(UNSURE_MARK_RE, "") : raw;
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const SYLLABLE = `[a-zü${TONED}]{1,6}[1-5]?`;
const GLOSS_RE = new RegExp(`(?<=\\p{Script=Han})[(（]${SYLLABLE}(?:[ '’]${SYLLABLE}){0,3}[)）]`, "gu");
const HAS_TONE_RE = new RegExp(`[${TONED}]|[a-zü][1-5]`);

/** 濉(suī)溪 → 濉溪. A gloss needs a tone mark or number: (suī), (sui1); never (ok) or (GDP). */
export function dropPinyinGlosses(text: string): string {
  if (!text.includes("(") && !text.includes("（")) return text;
  return text.replace(GLOSS_RE, (gloss) => (HAS_TONE_RE.test(gloss) ? "" : gloss));
}

const MD_LINK_RE = new RegExp(MD_LINK_PATTERN, "g");

/** **8135.6亿元** → 8135.6亿元, [来源](https://…) → 来源: a Markdown note's inline markup. */
export function dropMarkdownInline(text: string): string {
  if (!text.includes("**") && !text.includes("](")) return text;
  return text.replace(/\*\*/g, "").replace(MD_LINK_RE, "$1");
}

/** `pageFurniture`: the lines the text processing found to be page numbers and running titles (ProcessedText). */
export function cleanSpanText(raw: string, pageFurniture?: ReadonlySet<string>, tableRow = false, overlaps?: ReadonlySet<string>): string {
  return cleanSpan(raw, pageFurniture, tableRow, overlaps).text;
}

export function removeLineBreaks(raw: string): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    if (!isWhitespace(raw[i])) {
      let j = i;
      while (j < raw.length && !isWhitespace(raw[j])) j++;
      out += raw.slice(i, j);
      i = j;
      continue;
    }
    let j = i;
    let hasBreak = false;
    while (j < raw.length && isWhitespace(raw[j])) {
      if (raw[j] === "\n" || raw[j] === "\r") hasBreak = true;
      j++;
    }
    const edge = i === 0 || j === raw.length;
    if (!hasBreak && !edge) out += raw.slice(i, j);
    i = j;
  }
  return out;
}

const NAME = "习近平";
/** Characters that follow a letter grade but never the genuine name: A级, A股, A轮, A类, A档. */
const GRADE_FOLLOWERS = new Set(["级", "股", "轮", "类", "档"]);

/**
 * Replace censored letters. A run of 习近平 is an artefact when it repeats (习近平习近平 = AA), touches a latin letter
 * or digit (习近平I = AI, 3习近平 = 3A), or is followed by a grade word (习近平级 = A级). The genuine name is followed by
 * Chinese text such as 新时代 / 总书记 / 同志 and is never doubled, so it is left untouched.
 */
export function repairArtefacts(text: string): { text: string; repairs: number } {
  let at = text.indexOf(NAME);
  if (at === -1) return { text, repairs: 0 };
  let out = "";
  let from = 0;
  let repairs = 0;
  while (at !== -1) {
    let runEnd = at;
    let count = 0;
    while (text.startsWith(NAME, runEnd)) {
      runEnd += NAME.length;
      count++;
    }
    const before = at > 0 ? text[at - 1] : "";
    const after = runEnd < text.length ? text[runEnd] : "";
    const artefact =
      count > 1 || (before !== "" && isAsciiAlnum(before)) || (after !== "" && isAsciiAlnum(after)) || GRADE_FOLLOWERS.has(after);
    out += text.slice(from, at) + (artefact ? "A".repeat(count) : text.slice(at, runEnd));
    if (artefact) repairs++;
    from = runEnd;
    at = text.indexOf(NAME, runEnd);
  }
  return { text: out + text.slice(from), repairs };
}
