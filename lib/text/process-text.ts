import { endsSentence, countHan, OCR_DECIMAL_COMMA_RE, OCR_DIGIT_HINT_RE, OCR_DIGIT_RE } from "./chars";
import { readParagraphSheet } from "./paragraph-sheet";
import { classifyLines, feedCommentsStart, FORUM_REPLY_HEAD_RE, PHOTO_CAPTION_RE, REVIEW_COMMENT_RE, titleBlockYear } from "./boilerplate";
import { deckYear, EDITORS_NOTE_RE, footnoteStarts, isSubtitleCopy, joinSubtitleLines, microblogReplyStarts, slideTitleStarts, SUBTITLE_PART_RE } from "./copy-kinds";
import { blankLineNumbers } from "./line-numbers";
import { blankMailQuotes } from "./mail-quotes";
import { splitLines } from "./lines";
import { buildParagraphs, isContentsLine, type Paragraph } from "./paragraphs";
import { segmentParagraph, type Span } from "./segment";
import { cleanSpan } from "./clean-span";
import { foldWidth } from "./width";
import { BULLET_RE, INFO_BLOCK_LINE_RE, SEND_TO_LINE_RE, THREAD_POST_RE, TABLE_CAPTION_RE, WRAPPED_TITLE_RE, FIGURE_ONLY_LINE_RE, FIGURE_THEN_NAME_LINE_RE, KEY_FIGURE_LINE_RE, NAME_ONLY_LINE_RE, numberedLevel, unspacedHeading, PART_NUMBER_LINE_RE, READER_NOTE_RE, SPOKEN_PART_RE } from "./heading-patterns";
import { isDashLead, isRunInLead } from "./leads";
import { isTaskHeading, opensWithReview, partFromHeading } from "./parts";
import { SectionBuilder } from "./sections";
import { findTableLines } from "./tables";
import type { Part, ProcessedText, Role, TextSentence, TextWarning } from "./types";

const CAPTION_WITH_FIGURE_RE = /^【字幕】(?![^\d]*(?:19|20)\d\d[^\d]*$).*\d/;

/** 2#, 3楼, 沙发: a forum reply's floor alone on its line. */
const FLOOR_LINE_RE = /^(?:沙发|板凳|地板|\d{1,5}[\s\u3000]*[#楼])$/;

/** 附表：…, 附件2　…: the title of an appendix (a table or a list after the report itself). */
const APPENDIX_TITLE_RE = /^[\s\u3000]*附(?:表|件)[\d一二三四五六七八九十]{0,2}(?:[：:\s\u3000]|$)/;

/** A paragraph that is one short unpunctuated line: `2019年工作回顾`, `2020年主要工作`, 001's news subheads. */
/** 2023年成绩单, 重点任务: in a list layout only a short line with no figure but a year, and no task verb first, names a group. */
const LIST_GROUP_MAX = 12;

/** ▶ 2022年，余杭交出这样一份成绩单, 📌划重点｜今年这些事要办, 🎯 2025年主要预期目标: a WeChat copy marks its group names
 * with ▶, 📌 or 🎯 (✅ and ① mark items; 🎯 地区生产总值增长6%左右 is an item, as its figure shows). */
const GROUP_MARK_RE = /^(?:[▶►▸■◆]|📌|📍|🎯)\s*/u;
const ITEM_MARK_RE = /^(?:[✅☑✔✓√●•①-⑳]|👉|🔹|🔸)/u;
/** 👇, ⬇️, ↓ closing a line: a post's pointer at what follows, no sentence cut off. */
const POINTING_EMOJI_END_RE = /(?:👇|👉|⬇\uFE0F?|↓)+$/u;
/** …O网页链接: a Weibo post's link placeholder at a line's end. */
const LINK_PLACEHOLDER_END_RE = /(?:O|🔗)网页链接$/;
/** An attachment's link (…表.docx（42.6 KB）, …报告.pdf) or an image's placeholder ([图片：…]) on the last line of a page. */
const PAGE_ITEM_LINE_RE = /\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)(?:[（(]\s*[\d.]+\s*[KMG]?B\s*[)）])?$|^[\[［【]?(?:图片|图|视频|音频)(?:[：:][^\]］】]*)?[\]］】]$/i;
/** ★2011成绩单★ as a list's group name: a wrapped title of two to twenty-four characters. */
const wrappedTitle = (line: string) => {
  const wrapped = WRAPPED_TITLE_RE.exec(line);
  return wrapped && wrapped[1].length >= 2 && wrapped[1].length <= 24 ? wrapped : null;
};

/** `task`: a name worded as a task counts too (◆ 扩大内需有力有效 over a review's paragraphs in a copy of prose; in a
 * list layout, 加快… on a line of its own is an item). */
function isListGroupName(line: string, task = false): boolean {
  if (ITEM_MARK_RE.test(line) || endsSentence(line)) return false;
  // 【一图读懂｜2025年主要预期目标】: a bracketed card title names a group at any length a title has.
  // (★2011成绩单★, ◆2012目标◆: an explainer's panel title between two marks, batch 93's 常熟 图解.)
  const bracketed = /^【([^【】]{2,24})】$/.exec(line) ?? wrappedTitle(line);
  const mark = GROUP_MARK_RE.exec(line);
  const text = bracketed ? bracketed[1] : mark ? line.slice(mark[0].length) : line;
  // (2011成绩单, 2012目标: a year written without its 年 before the title's word.)
  const unyeared = text.replace(/^(?:19|20)\d\d(?=[\u4e00-\u9fa5])/, "");
  return text.length <= LIST_GROUP_MAX + (mark ? 6 : 0) + (bracketed ? 12 : 0) && !/[0-9０-９](?![0-9０-９]{0,3}年)|[亿万%％↑↓]|突破|增长|下降/.test(unyeared) && (task || !isTaskHeading(text)) && !/[:：]/.test(text);
}

/** 1929.3亿元, ↑5.8%, 同比增长6%: a list line that starts on its figure, so it names nothing itself. */
const FIGURE_FIRST_RE = /^(?:[0-9０-９↑↓]|同比|比上年|增长|下降)/;

/** 全市一般公共预算收入 above 1929.3亿元: in a list, a name line whose figures follow on the next line. */
function isListName(text: string, p: Paragraph, spanCount: number, next: string | undefined): boolean {
  if (!p.listItem || spanCount !== 1 || next === undefined) return false;
  // 🔹GDP增速⏎↑4.5%, 🎯新增就业目标⏎8万人+: a marked name over a line that is its figure alone names it.
  if (NAME_ONLY_LINE_RE.test(text) && FIGURE_ONLY_LINE_RE.test(next.trim())) return true;
  return isListGroupName(text) && FIGURE_FIRST_RE.test(next.trim());
}

/**
 * 1.新增公办幼儿园学位270个；⏎2.…⏎10.建成全民健身广场2处。: the items of a numbered list (a township's 十件民生实事, batch 42's
 * 横店), one a line, are sentences, not sub-headings: an item that ends on ；, the one that closes the list after such items,
 * and one that states a figure (a run-in line too: its figure is stated, not a title's).
 */
function numberedItem(text: string, spanCount: number, afterItem: boolean): boolean {
  if (numberedLevel(text) !== 3) return false;
  // 12.全力推进…前期工作（牵头单位：市发展改革委；完成时限：2019年12月底）: a task of a 分解方案 carries the offices that answer
  // for it; a title never does (batch 59's 安庆).
  if (OFFICES_BRACKET_RE.test(text)) return true;
  if (FIGURE_IN_ITEM_RE.test(text.replace(/^[0-9０-９]{1,2}[.．、]/, ""))) return true;
  return spanCount === 1 && (/[；;]$/.test(text) || (afterItem && /[。.]$/.test(text)));
}
/** （牵头单位：…）, （责任单位：…）: the offices a task is given to, closing its line. */
const OFFICES_BRACKET_RE = /[（(](?:牵头单位|责任单位|牵头部门|责任部门|配合单位)[：:][^（）()]*[)）][。；;]?$/;
/** 1.地区生产总值增长3.4%，低于计划目标。 (a planning report's indicators, batch 43's 济南): a figure with its unit makes a
 * numbered line an item that states it, never a title. */
const FIGURE_IN_ITEM_RE = /[0-9０-９](?:[.．][0-9０-９]+)?\s*(?:%|％|‰|个百分点|万|亿|千|元|美元|人|吨|公里|平方米|亩|个|家|项|所|张|套|户|座|条|处|台|辆|微克)/;

/** 注：…, 注释：…, 名词解释：… at the start of a paragraph: the notes under a table or at the end of a Word export or a
 * portal copy (a glossary keyed ①②). */
// (注　释 alone on its line, the heading of an archive compilation's notes, batch 72's 镇江.)
const NOTES_START_RE = /^(?:注|注释|备注|附注|名词解释)\s*[：:]|^注[\s\u3000]*释$/;

/** A note's own item: numbered (1.“两区”：…) or a term with its definition (三江源国家公园：…, 同口径：…). */
const NOTE_ITEM_RE = /^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）]|\[\d{1,2}\]|〔\d{1,2}〕|[①-⑳])|^[^。，,；;]{1,16}[：:]/;

/** A paragraph that opens on the body's indent (two ideographic spaces, or four blanks) at its line's start. */
function indentedBody(stored: string, start: number): boolean {
  const lineStart = stored.lastIndexOf("\n", start - 1) + 1;
  return /^(?:\u3000{2}|[ ]{4})(?!\s)/.test(stored.slice(lineStart, start + 1));
}

function isPlainLineHeading(text: string, p: Paragraph, spanCount: number, isLastParagraph: boolean): boolean {
  // PART 01 over 2023年工作回顾: a WeChat copy's part number opens the heading the next line completes.
  if (PART_NUMBER_LINE_RE.test(text)) return spanCount === 1 && !isLastParagraph;
  if (p.listItem) return spanCount === 1 && isListGroupName(text);
  if (spanCount !== 1 || p.joined || !p.lineStart || isLastParagraph) return false;
  // 🎯 2025年主要预期目标 in a WeChat copy whose other lines are prose: a marked group name is a heading there too.
  if (GROUP_MARK_RE.test(text) || wrappedTitle(text)) return isListGroupName(text, true);
  // (报送：市委…: a document's send-to line is no heading, batch 115's session bulletin.)
  if (text.length > 30 || countHan(text) < 2 || endsSentence(text) || SEND_TO_LINE_RE.test(text) || /[。:：;；,，、]$/.test(text) || BULLET_RE.test(text) || FIGURE_THEN_NAME_LINE_RE.test(text) || KEY_FIGURE_LINE_RE.test(text) || TABLE_CAPTION_RE.test(foldWidth(text)) || INFO_BLOCK_LINE_RE.test(text)) return false;
  return !text.includes("。");
}

/** A numbered line that holds a paragraph's figures: long, with clause punctuation and a number, and a sentence's end. */
const HEADING_WITH_PARAGRAPH_RE = /^(?=.{40,})(?=.*[，,；;])(?=.*\d).*[。！]$/;
/** The words of a part's heading a lost break glued to its paragraph's first sentence: up to the word that ends such a
 * heading, before the year, the time or the place the sentence opens on. */
const GLUED_PART_HEADING_RE = /^([一二三四五六七八九十]{1,3}、[^，,。；;：:]{2,24}?(?:回顾|工作|目标|任务|要求|安排|建议|情况))(?=(?:19|20)\d\d\s?年|过去|一年来|今年|去年|五年来|全[市区县省州盟旗]|各位代表)/;
/** (三)新农村建设扎实推进 全年…: a numbered heading set off from its paragraph by a blank only (a copy that lost its break). */
const RUN_IN_HEADING_RE = /^[ \u3000]*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[^\s，,。；;：:！!？?]{2,24}(?=[ \u3000]+\S)/;

/** （四）项目建设成效明显实施市级重点项目162个，… (a copy that lost the break after a sub-heading and the blank too, batch
 * 106's 阳泉): the sub-heading's words, up to the word such a heading ends on, before the sentence with its figures. */
const GLUED_SUBHEAD_RE = /^[ \u3000]*[(（][一二三四五六七八九十]{1,3}[)）][^\s，,。；;：:\d“”]{3,16}?(?:明显|增进|改善|发展|推进|深化|提升|加强|增强|优化|巩固|见效|向好|有力|显著|提速|提质|加速|升级|落实|新成效|新突破|新进展|新步伐|新台阶)(?![明显增进改善发展推进深化提升加强增强优化巩固见效向好有力显著])(?=[\u4e00-\u9fa5A-Za-z\d“.%]{4})/;
/** A glued sentence: a figure and a sentence's end. */
const GLUED_SENTENCE_RE = /^(?=.*\d).{12,}[。！]$/;

/** The paragraph's first sentence split after such a heading, when the rest is a paragraph's sentence with figures. */
function splitRunInHeading(stored: string, spans: Span[]): Span[] {
  const first = spans[0];
  if (!first) return spans;
  const raw = stored.slice(first.start, first.end);
  const runIn = RUN_IN_HEADING_RE.exec(raw);
  const head = runIn ? (HEADING_WITH_PARAGRAPH_RE.test(raw.trim()) ? runIn : null) : GLUED_SENTENCE_RE.test(raw.trim()) ? GLUED_SUBHEAD_RE.exec(raw) : null;
  if (!head) return spans;
  const bodyStart = first.start + head[0].length + (/^[ \u3000]+/.exec(raw.slice(head[0].length))?.[0].length ?? 0);
  return [{ ...first, end: first.start + head[0].length }, { ...first, start: bodyStart }, ...spans.slice(1)];
}

export function processText(stored: string): ProcessedText {
  try {
    const text = typeof stored === "string" ? stored : "";
    // 12 　　现在，我代表…: a line-numbered copy is read past its numbers (same offsets), and says so.
    const unnumbered = blankLineNumbers(text);
    if (unnumbered !== null) {
      const processed = processUnguarded(unnumbered.view, true);
      const count = unnumbered.count;
      processed.warnings.push({ code: "line-numbers", message: `已略去行首的行号（共 ${count} 行，如审议稿） / Read past the line numbers at the start of ${count} lines.`, count });
      return processed;
    }
    // 段落编号,章节,正文,备注⏎8,一、…回顾,全市完成地区生产总值…。,年初目标9.5%左右: an analyst's sheet of the report's
    // paragraphs saved as CSV is read as its paragraphs, a row each, its notes the analyst's (paragraph-sheet.ts).
    const sheet = readParagraphSheet(text);
    if (sheet !== null) {
      const processed = processUnguarded(sheet.text, false, sheet.notes);
      processed.warnings.push({ code: "paragraph-sheet", message: `表格（CSV）逐段导出的报告：已按“正文”列逐段读取 ${sheet.rows} 行，备注等列视为整理者所加，原文保留不变 / A spreadsheet of the report's paragraphs saved as CSV: ${sheet.rows} rows read by their text column; the other columns are the compiler's notes. The stored text is unchanged.`, count: sheet.rows });
      return processed;
    }
    // > 　　现在，我代表市人民政府…: a report forwarded by mail is read past its quote marks, its wrapped lines joined.
    const unquoted = blankMailQuotes(text);
    if (unquoted === null) return processUnguarded(text);
    const processed = processUnguarded(unquoted.view);
    const count = unquoted.count;
    processed.warnings.push({ code: "mail-quotes", message: `已略去邮件转发的引用符“>”（共 ${count} 行），并接上邮件程序折断的行 / Read past the mail quote marks on ${count} lines and joined the lines the mail program wrapped.`, count });
    return processed;
  } catch (error) {
    // Defensive only: the pipeline is written not to throw; the reader must still open whatever happens.
    const message = error instanceof Error ? error.message : String(error);
    return { sections: [], sentences: [], warnings: [{ code: "internal-error", message }] };
  }
}

/** `lineNumbered`: `stored` is a line-numbered copy with its numbers blanked. `sheetNotes`: `stored` is a sheet's view, a
 * row a line, and these are its notes. */
function processUnguarded(stored: string, lineNumbered = false, sheetNotes: readonly Span[] | null = null): ProcessedText {
  const lines = classifyLines(splitLines(stored));
  const slideTitles = slideTitleStarts(lines);
  const built = buildParagraphs(stored, lines, findTableLines(lines, stored), lineNumbered, slideTitles !== null, sheetNotes !== null);
  // (A deck's first slide names the report it explains: 2021年神农架林区政府工作报告解读.)
  const deliveryYear = titleBlockYear(lines) ?? (slideTitles ? deckYear(lines) : null);
  const pageFurniture = new Set(lines.filter((l) => l.pageFurniture && !l.overlap).map((l) => l.text));
  // A picture's caption inside a paragraph (paragraphs.ts joins its halves) ends no sentence there: sentences are cut on a
  // view of the text with the caption blanked, offsets unchanged.
  const captions = lines.filter((l) => l.pageFurniture && PHOTO_CAPTION_RE.test(l.text));
  const cutView = captions.length === 0 ? stored : captions.reduce((view, l) => view.slice(0, l.start) + " ".repeat(l.end - l.start) + view.slice(l.end), stored);
  // A screenshot's overlap repeats a line of the text: dropped only where it follows that line (not every line like it).
  const overlaps = new Set(lines.filter((l) => l.overlap).map((l) => l.text.trim()));
  // A forum thread's replies after the copied post (沙发…发表于…⏎回复 1# …的帖子⏎…): readers' words, in no part.
  // (A news-feed app's readers' comments under a reposted report are replies too: batch 84's 通辽.)
  const feedComments = feedCommentsStart(lines);
  // ✏️ 想法：… under a highlighted passage (an e-reading app's export): the line is a reader's note, not the report's.
  const notes = /想法|笔记|感想|读后感|✏|📝/.test(stored);
  const onReaderNote = (at: number) => notes && READER_NOTE_RE.test(stored.slice(stored.lastIndexOf("\n", at - 1) + 1, at + 12).trimStart());
  // (2#⏎黔中老王 发表于 2016-2-27 22:15: a reply's floor on a line of its own, its header under it, batch 109's 安顺 forum copy.)
  const floorAbove = lines.findIndex((l, k) => k > 0 && FLOOR_LINE_RE.test(l.text.trim()) && /发表于/.test(lines[k + 1]?.text ?? ""));
  // 网友甲：8%左右，稳字当头！⏎1月9日 11:09　回复　赞 7: a microblog reply under a post, its time line under it (batch 118's
  // 永州): a reader's words, or the account's answer to one, in no part.
  const microblogReplies = microblogReplyStarts(lines);
  const repliesFrom = Math.min(lines.find((l) => l.kind === "boilerplate" && FORUM_REPLY_HEAD_RE.test(l.text))?.start ?? Infinity, lines[feedComments]?.start ?? Infinity, floorAbove > 0 ? lines[floorAbove].start - 1 : Infinity);
  // A broadcast's subtitles saved as text ([00:12:35] every few lines, one short unpunctuated line a subtitle): a line is a
  // unit of its own, never a heading or a figure's name for its shortness; only a part's number (一 2015年工作回顾) heads.
  // A line is an item of a list, as an 一图读懂 page's is: a line that opens on its figure takes the name the line before ends on.
  const subtitles = isSubtitleCopy(lines);
  // A slide deck saved as an outline (幻灯片 3⏎2020年：极不平凡的一年⏎疫情防控取得重大战略成果⏎…⏎备注：…): a slide's first
  // line is its title, a heading that says which part the slide is of; its other lines (bullets, a chart's labels, the
  // speaker's notes) are units, never headings for their shortness (slideTitles, above).
  const paragraphs = subtitles ? joinSubtitleLines(stored, built) : built;
  // A draft exported with its reviewers' comments listed after the text (批注 [张伟4]: 建议改为…): their words, in no part.
  const commentsFrom = lines.find((l) => l.kind !== "blank" && REVIEW_COMMENT_RE.test(l.text.trim()))?.start ?? Infinity;
  // A printed document's footnotes (…增长8.1%①；…⏎①按可比价格计算，下同。 at the page's foot): a paragraph opening on a mark
  // that a line of the body carried before it explains a word or a figure; it is in no part and sets nothing.
  const footnotes = footnoteStarts(stored, paragraphs);
  const sentences: TextSentence[] = [];
  let builder: SectionBuilder | null = null;
  let repairs = 0;
  let prevPlainHeading = false;
  // Whether the paragraph before was an item of a numbered list (1.新增公办幼儿园学位270个；).
  let prevNumberedItem = false;
  // 注：1.一般公共预算收入按同口径计算…⏎2.城乡居民收入倍差为…: a Word export's notes close the text; their numbered
  // lines are notes, not headings, and they belong to no review or plan.
  let inNotes = false;
  /** A paragraph whose sentences are body text that opens no section: a news headline, a forum reply. */
  const pushBodySpans = (p: Paragraph, pi: number, sectionIndex: number | null, part: Part, flag: string) => {
    for (const span of segmentParagraph(cutView, p.start, p.end)) {
      const norm = cleanSpan(stored.slice(span.start, span.end), pageFurniture, false, overlaps);
      sentences.push({ index: sentences.length, text: norm.text, start: span.start, end: span.end, paragraph: pi, sectionIndex, part, role: "body", flags: [flag] });
    }
  };

  // 附表：…主要指标完成情况及…主要预期目标: the tables after an appendix's title are the appendix's, not the part's they follow.
  let inAppendix = false;
  paragraphs.forEach((p, pi) => {
    if (!p.table && APPENDIX_TITLE_RE.test(stored.slice(p.start, Math.min(p.end, p.start + 12)))) inAppendix = true;
    if (p.table) {
      // A table row is one unit: its cells are figures under column names, never sentences or headings.
      const norm = cleanSpan(stored.slice(p.start, p.end), pageFurniture, true, overlaps);
      builder ??= new SectionBuilder("other", deliveryYear);
      builder.touch(p.end);
      sentences.push({
        index: sentences.length, text: norm.text, start: p.start, end: p.end, paragraph: pi,
        sectionIndex: builder.current?.index ?? null, part: builder.current?.part ?? builder.part, role: "body",
        flags: [p.table.isHeader ? "table-header" : "table-row", ...(inAppendix ? ["table-appendix"] : [])],
        table: { cells: p.table.cells, header: p.table.header },
      });
      prevPlainHeading = false;
      return;
    }
    if (p.headline) {
      // A headline's figure is the article's claim: a body sentence before any section, opening none (and not deciding,
      // as the first sentence of the body does, whether the text opens on a review).
      // 今年GDP目标增长6%左右！临安区政府工作报告出炉: split at its exclamation as any sentence is (three readers).
      pushBodySpans(p, pi, builder?.current?.index ?? null, builder?.current?.part ?? builder?.part ?? "other", "headline");
      prevPlainHeading = false;
      return;
    }
    if (p.start >= commentsFrom) {
      pushBodySpans(p, pi, null, "other", "review-comment");
      prevPlainHeading = false;
      return;
    }
    // 龙岗区人民法院工作报告 …………………… 75, 一、2019年工作回顾……1: a contents line (a packet's, a printed document's) names
    // a part and its page; it opens no section and says nothing.
    if (isContentsLine(stored.slice(p.start, p.end).trim())) {
      pushBodySpans(p, pi, null, "other", "contents");
      prevPlainHeading = false;
      return;
    }
    if (footnotes.has(p.start)) {
      pushBodySpans(p, pi, null, "other", "footnote");
      prevPlainHeading = false;
      return;
    }
    // 编者按：2019年，全州地区生产总值预期增长7.5%左右…一起来看报告第二部分。 (a serial post's lead): the editors' words,
    // in no part of the report, read by their own words.
    if (EDITORS_NOTE_RE.test(stored.slice(p.start, p.end).trimStart())) {
      pushBodySpans(p, pi, null, "other", "editors-note");
      prevPlainHeading = false;
      return;
    }
    if (p.start > repliesFrom || microblogReplies.has(p.start)) {
      pushBodySpans(p, pi, null, "other", "reply");
      prevPlainHeading = false;
      return;
    }
    const spans = splitRunInHeading(stored, segmentParagraph(cutView, p.start, p.end));
    const next = paragraphs[pi + 1];
    const listName = isListName(stored.slice(p.start, p.end).trim(), p, spans.length, next && stored.slice(next.start, next.end));
    spans.forEach((span, si) => {
      const norm = cleanSpan(stored.slice(span.start, span.end), pageFurniture, false, overlaps);
      const text = norm.text;
      repairs += norm.repairs;
      if (!builder) builder = new SectionBuilder(numberedLevel(text) === null && opensWithReview(text) ? "review" : "other", deliveryYear);
      let role: Role = "body";
      let level = 0;
      let plain = false;
      let glued: string | null = null;
      const numbered = si === 0 ? numberedLevel(text) : null;
      // (A slide's 备注： is the speaker's notes on that slide, in its part: no notes that close the text.)
      if (si === 0 && !inNotes && !slideTitles && NOTES_START_RE.test(text)) inNotes = true;
      // 注：…under a table in the review⏎二、2024年工作安排: a part's own heading ends the notes (batch 37's 天河); so does a
      // paragraph indented as the body's are, after a box set between paragraphs (专栏1…注：…⏎　　一年来，…: batch 52's 嘉兴).
      else if (si === 0 && inNotes && ((numbered === 1 && partFromHeading(text) !== null) || (indentedBody(stored, p.start) && !NOTE_ITEM_RE.test(text)))) inNotes = false;
      if (inNotes) role = "body";
      else if (slideTitles) [role, level] = si === 0 && slideTitles.has(p.start) ? ["heading", 1] : ["body", 0];
      else if (si === 0 && numberedItem(text, spans.length, prevNumberedItem)) role = "body";
      // 【字幕】📈 GDP 608.4亿元 ↑7.9%（预计）: a video's caption that shows a figure says it, as a sentence does (a caption
      // without one, 【字幕】📊 2018成绩单, may still head what follows; batch 112's 张家界 script).
      else if (si === 0 && CAPTION_WITH_FIGURE_RE.test(text)) role = "body";
      // (三)新农村建设扎实推进 全年新建改建干线公路128公里,…。: a copy that lost the break after a sub-heading runs its
      // paragraph's figures into it; read as the paragraph it is (batch 50's 慈溪 page), not as a heading. (A part's
      // heading, 一、2024年工作回顾…, still opens its part.)
      // 一、2018年工作回顾2018年，全市…。 (a copy that lost the break after a part's heading, batch 106's 阳泉): the part opens
      // under the heading's words, and the sentence is the paragraph's.
      else if (si === 0 && numbered === 1 && HEADING_WITH_PARAGRAPH_RE.test(text) && GLUED_PART_HEADING_RE.test(text)) glued = GLUED_PART_HEADING_RE.exec(text)![1];
      else if (si === 0 && numbered !== null && !(numbered > 1 && HEADING_WITH_PARAGRAPH_RE.test(text))) [role, level] = ["heading", numbered];
      else if (spans.length === 1 && SPOKEN_PART_RE.test(text)) [role, level] = ["heading", 1];
      else if (subtitles) [role, level] = si === 0 && SUBTITLE_PART_RE.test(text) ? ["heading", 1] : ["body", 0];
      else if (si === 0 && isPlainLineHeading(text, p, spans.length, pi === paragraphs.length - 1) && !listName) {
        [role, level, plain] = ["heading", 1, true];
      } else if (si === 0 && isDashLead(text)) [role, level] = ["lead", 4];
      else if (isRunInLead(text, { position: si, isLast: si === spans.length - 1, dateline: p.dateline })) {
        [role, level] = ["lead", 4];
      }
      const post = si === 0 ? THREAD_POST_RE.exec(text) : null;
      // (A post without a bracketed title is named by its number in the outline: 【12/12】.)
      if (post) builder.openPost(post[1] ?? /[【\[(（]\d{1,2}\/\d{1,2}[】\])）]/.exec(text)![0], span.start, span.end);
      else if (glued) builder.open(unspacedHeading(glued), 1, span.start, span.end);
      else if (plain && prevPlainHeading && !PART_NUMBER_LINE_RE.test(text)) builder.extendHeading(unspacedHeading(text), span.end);
      else if (level > 0) builder.open(unspacedHeading(stripLeadPunct(text)), level, span.start, span.end);
      prevPlainHeading = plain;
      if (si === 0) prevNumberedItem = role === "body" && numbered === 3;
      builder.touch(span.end);
      sentences.push({
        index: sentences.length,
        text,
        start: span.start,
        end: span.end,
        paragraph: pi,
        sectionIndex: inNotes ? null : (builder.current?.index ?? null),
        part: inNotes ? "other" : (builder.current?.part ?? builder.part),
        role,
        flags: [...(norm.repairs > 0 ? ["repaired"] : []), ...(p.listItem || subtitles || slideTitles ? ["list-item"] : []), ...(listName && !subtitles && !slideTitles ? ["list-name"] : []), ...(onReaderNote(span.start) ? ["reader-note"] : [])],
      });
    });
  });

  const warnings: TextWarning[] = [];
  const last = sentences[sentences.length - 1];
  // A table's last row or a note under it (注：1.…按可比价格计算) ends without a full stop by nature: no truncation.
  const endsOnTableOrNote = inNotes || !!last?.flags.some((f) => f === "table-row" || f === "table-header");
  // (济宁市人民政府督查室⏎2019年7月16日: a document signed off by its office and dated ends there.)
  // (（此件公开发布）: how a document is published, under its date.)
  // (秦皇岛市人民政府办公厅秘书一科　　2009年2月6日印发: the office that printed a document and the day, batch 80's minutes.)
  const signedOff = !!last && /^(?:(?:[\u4e00-\u9fa5]{2,24}[\s\u3000]+)?(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日(?:印发|发布|印)?|[（(]此件[\u4e00-\u9fa5]{2,6}[)）])$/.test(last.text.trim());
  // (附件：…分解表.docx（42.6 KB）, [图片：扫一扫，手机看报告二维码]: a page's attachment link or an image's placeholder closes it whole.)
  // (…新征程已经开启！报告全文👉O网页链接: a Weibo post's link placeholder closes the post's last line.)
  // (抄送：大会主席团成员，各代表团: the send-to lines at a document's foot close it whole.)
  // (小编带您一起划重点👇: a post's lead closed by an emoji that points at what follows, batch 118's 永州 microblog thread.)
  const lastLine = last?.text.trim() ?? "";
  const pageItem = [PAGE_ITEM_LINE_RE, LINK_PLACEHOLDER_END_RE, SEND_TO_LINE_RE, POINTING_EMOJI_END_RE].some((re) => re.test(lastLine));
  if (last && last.role === "body" && !endsSentence(last.text) && !endsOnTableOrNote && !signedOff && !pageItem) {
    last.flags.push("truncated");
    warnings.push({ code: "truncated", message: `文本在句中中断，可能不完整：“…${last.text.slice(-16)}” / The text ends mid-sentence.` });
  }
  if (repairs > 0) {
    warnings.push({
      code: "repaired-artefact",
      message: `已修复 ${repairs} 处网页抓取错误：字母 A 被替换成了“习近平”（如 AAA级、AI），原文保留不变 / Repaired ${repairs} place(s) where the letter A had been replaced.`,
      count: repairs,
    });
  }
  const translated = lines.filter((l) => l.translation).length;
  if (translated > 0) {
    warnings.push({ code: "translation-skipped", message: `已略去 ${translated} 段外文译文（中英对照等），只分析中文原文 / Skipped ${translated} translated paragraph(s); only the Chinese text is analysed.`, count: translated });
  }
  // The copies read in ways a reader should know of: a subtitle file's lines as units, a draft's comments set apart, figures
  // with a letter OCR took for a digit.
  if (slideTitles) {
    warnings.push({ code: "slides", message: "按幻灯片大纲读取：每页首行作标题，要点、图表数据和备注逐行成句 / Read as a slide deck's outline: each slide's first line heads it, its other lines are units." });
  }
  if (subtitles) {
    warnings.push({ code: "subtitles", message: "按字幕逐行读取：原文几无标点，句子按行切分，边界可能与报告原句不同 / Read as subtitles, one line a unit: sentence boundaries are guessed." });
  }
  const comments = sentences.filter((x) => x.flags.includes("review-comment") && REVIEW_COMMENT_RE.test(x.text)).length;
  if (comments > 0) {
    warnings.push({ code: "review-comments", message: `已将文末 ${comments} 条审阅批注单列，不计入报告的目标或成绩 / Set apart ${comments} reviewer comment(s) after the text.`, count: comments });
  }
  // (The cheap hint first: the full pattern's look-behinds are tried at every position.)
  // (6，8%: a decimal point read as a comma counts too, as extract-indicators reads it.)
  const ocrDigits = sentences.reduce(
    (n, x) =>
      n +
      (OCR_DIGIT_HINT_RE.test(x.text) ? (x.text.match(OCR_DIGIT_RE)?.length ?? 0) : 0) +
      (x.text.includes("，") ? (x.text.match(OCR_DECIMAL_COMMA_RE)?.length ?? 0) : 0),
    0,
  );
  if (ocrDigits > 0) {
    warnings.push({ code: "ocr-digits", message: `有 ${ocrDigits} 处数字按 OCR 误识读取（如 7l个 读作 71个，6，8% 读作 6.8%），原文照录 / Read ${ocrDigits} OCR slip(s) inside figures (a letter for a digit, a comma for a decimal point).`, count: ocrDigits });
  }
  // 新增小水电装机□□□□千瓦（原件此处字迹模糊）: a transcription marks each character it could not read.
  const illegible = sentences.reduce((n, x) => n + (x.text.match(/□/g)?.length ?? 0), 0);
  if (illegible > 0) {
    warnings.push({ code: "illegible", message: `原件有 ${illegible} 个字无法辨认（录作 □），含 □ 的数字不读作指标 / ${illegible} character(s) marked illegible (□); figures holding one are not read.`, count: illegible });
  }
  const removed = lines.filter((l) => l.kind === "boilerplate" && !l.translation).length;
  if (removed > 0) {
    warnings.push({ code: "boilerplate-removed", message: `已略去 ${removed} 行网页杂项（来源、版权、分享等） / Skipped ${removed} line(s) of web boilerplate.`, count: removed });
  }
  const sections = (builder as SectionBuilder | null)?.sections ?? [];
  // (A sheet's note, 目标未完成, 新提法：…, is the analyst's: flagged, never read as the report's goal or result.)
  if (sheetNotes) for (const s of sentences) if (sheetNotes.some((n) => s.start >= n.start && s.start < n.end)) s.flags = [...(s.flags ?? []), "sheet-note"];
  return { sections, sentences, warnings, pageFurniture: [...pageFurniture], lines };
}

/** A section heading is shown without its final 。 (leads and (一)… headings end with one). */
function stripLeadPunct(text: string): string {
  return text.replace(/。$/, "");
}
