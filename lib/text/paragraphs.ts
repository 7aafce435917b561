import { CLAUSE_PUNCT, CLOSERS, TERMINALS, endsSentence, isWhitespace } from "./chars";
import { PHOTO_CAPTION_RE, WORD_COUNT_RE, datelineLength, type ClassifiedLine } from "./boilerplate";
import { BULLET_RE, FIGURE_ONLY_LINE_RE, FIGURE_THEN_NAME_LINE_RE, JUMP_IN_START_RE, JUMP_OUT_END_RE, KEY_FIGURE_LINE_RE, LIVE_STAMP_RE, NAME_ONLY_LINE_RE, PART_NUMBER_LINE_RE, numberedLevel, READER_NOTE_RE, SEND_TO_LINE_RE, startsStructure } from "./heading-patterns";
import { RESULT_CLAUSE_SOURCE, partFromHeading } from "./parts";
import type { Line } from "./lines";
import type { TableLine } from "./tables";

/** A paragraph of real content: a range of the stored text that may span PDF line breaks. */
export interface Paragraph {
  start: number;
  end: number;
  /** Continues across at least one PDF line break. */
  joined: boolean;
  /** Began at a line start (not split off after a lost break `。 `). */
  lineStart: boolean;
  /** A dateline such as `浙江在线1月17日讯` was skipped at its start. */
  dateline: boolean;
  /** A row of a plain-text table: the whole line, never joined to another. */
  table?: TableLine;
  /** A headline that states a figure (boilerplate.ts): one sentence of its own, never a heading or a join. */
  headline?: boolean;
  /** A line of a text laid out as a list (isListLayout): an item of its own unless it only names a group. */
  listItem?: boolean;
}

interface Piece {
  start: number;
  end: number;
  /** A heading split off a long line: it stands as if it had a line of its own. */
  heading?: boolean;
}

/** Split a line at lost paragraph breaks: a sentence end followed by horizontal blanks and more text, or by a
 * numbered heading (…圆满完成。二、2014年工作总体部署…) when a whole report came as one line. */
function linePieces(stored: string, line: ClassifiedLine): Piece[] {
  let end = line.cEnd;
  const wc = WORD_COUNT_RE.exec(line.text);
  if (wc) end = line.cStart + wc.index;
  while (end > line.cStart && isWhitespace(stored[end - 1])) end--;
  const pieces: Piece[] = [];
  let pStart = line.cStart;
  let pHeading = false;
  const longLine = end - line.cStart > WHOLE_TEXT_LINE;
  const cut = (at: number, next: number, heading = false) => {
    pieces.push({ start: pStart, end: at, heading: pHeading });
    pStart = next;
    pHeading = heading;
  };
  /** Ends the heading piece at `headingEnd`, skips the blanks after it; returns where the body starts. */
  const cutAfterHeading = (headingEnd: number) => {
    let body = headingEnd;
    while (body < end && isWhitespace(stored[body])) body++;
    cut(headingEnd, body);
    return body;
  };
  for (let i = line.cStart; i < end; i++) {
    const unmarked = longLine && i > pStart ? unmarkedPartHeadingEnd(stored, i, end) : null;
    if (unmarked !== null) {
      cut(i, i, true);
      i = cutAfterHeading(unmarked) - 1;
      continue;
    }
    if (!TERMINALS.has(stored[i])) continue;
    let j = i + 1;
    // …加以解决。……二、2023年主要工作: the ellipsis that marks an excerpt's cut stays with the sentence before it.
    while (j < end && (CLOSERS.has(stored[j]) || stored[j] === "…")) j++;
    let k = j;
    while (k < end && isWhitespace(stored[k])) k++;
    const plain = k < end ? PLAIN_PART_HEADING_RE.exec(stored.slice(k, Math.min(end, k + 16))) : null;
    const headingEnd =
      k >= end ? null : plain ? k + plain[0].length : inlineHeadingEnd(stored, k, end) ?? (longLine ? gluedPartHeadingEnd(stored, k, end) : null);
    // A numbered item whose end cannot be told splits only a line that holds a whole text (一、稳增长。 in an ordinary
    // paragraph stays where it is).
    if (k < end && (k > j || headingEnd !== null || (longLine && opensInlineHeading(stored, k, end)))) {
      cut(j, k, headingEnd !== null);
      if (headingEnd !== null) k = cutAfterHeading(headingEnd);
    }
    i = k - 1;
  }
  if (end > pStart) pieces.push({ start: pStart, end, heading: pHeading });
  return pieces;
}

/** 2019年工作回顾 / 2020年主要工作 glued between two sentences: the part headings that carry no number. */
const PLAIN_PART_HEADING_RE = /^(?:(?:19|20)(?:\d\d|[xX×]{2})年(?:政府|全区|全市|全县|全省)?(?:工作回顾|主要工作|工作安排|工作任务|工作总体部署|工作总体要求))(?=[^，,、。；;：:！？]{2})/;

/** A line this long is a whole text that lost its line breaks, not a paragraph. */
const WHOLE_TEXT_LINE = 3000;

/** How far a heading glued to its text may reach: 三、二〇一四年政府工作的主要任务 is 17 characters. */
const INLINE_HEADING_MAX = 48;

/** A level-1 or level-2 number (二、 / （三）) right after a sentence end inside a line. */
function opensInlineHeading(stored: string, at: number, end: number): boolean {
  const level = numberedLevel(stored.slice(at, Math.min(end, at + 6)));
  return level === 1 || level === 2;
}

/** Words a part or section heading ends on; the body text that follows a glued heading starts after one. */
const HEADING_END_RE = /(?:回顾|部署|任务|安排|建议|目标|情况|成效|成绩|体会|问题|工作|要求|政策)(?=[^，,、。；;：:！？]{2})/g;
/** Words a body paragraph opens on (…对外开放今年，我们要…, …政风建设一年来，我们…). */
const BODY_START_RE = /今年|去年|明年|[一二三四五两几]年来|过去|近年来|近几年|我们|我国|各位代表|当前|目前|这是|这些|这一|党的十|根据|按照|为了|为此|经过/g;
/** 二、坚持铸品牌强融合,文化传承成果丰硕: a heading's later clause that ends on a result. */
const RESULT_END_RE = new RegExp(`(?:${RESULT_CLAUSE_SOURCE})(?=[^，,、。；;：:！？]{2})`, "g");

/**
 * Where a numbered heading glued to its text ends: at a run of blanks (一、2013年工作回顾　　过去的一年…), or, when
 * nothing separates them, after its last heading word (一、2013年工作回顾过去的一年，…), before the first word a body
 * opens on (四、大力推进经济体制改革和对外开放今年，…), or after a result phrase (二、坚持铸品牌强融合,文化传承成果丰硕擦亮…).
 * null when the heading ends with its own sentence mark or no end can be told.
 */
function inlineHeadingEnd(stored: string, at: number, end: number): number | null {
  if (!opensInlineHeading(stored, at, end)) return null;
  const window = stored.slice(at, Math.min(end, at + INLINE_HEADING_MAX));
  const terminal = window.search(/[。！？!?]/);
  const text = terminal === -1 ? window : window.slice(0, terminal);
  const marker = INLINE_MARKER_RE.exec(text)?.[0].length ?? 0;
  const body = text.slice(marker);
  // A blank run ends the heading, unless it sits inside a number (关于1 9 9 8年, a PDF's spaced digits).
  const blank = /(?<![0-9０-９])[\s\u3000]+|[\s\u3000]+(?![0-9０-９\s\u3000年月日％%])/.exec(body.slice(1));
  if (blank) return at + marker + 1 + blank.index;
  let lastEnd = -1;
  for (const m of body.matchAll(HEADING_END_RE)) lastEnd = m.index + m[0].length;
  let starter = -1;
  for (const m of body.matchAll(BODY_START_RE)) {
    if (m.index >= 4) {
      starter = m.index;
      break;
    }
  }
  if (lastEnd > 1 && (starter === -1 || lastEnd <= starter)) return at + marker + lastEnd;
  if (starter !== -1) return at + marker + starter;
  for (const m of body.matchAll(RESULT_END_RE)) return at + marker + m.index + m[0].length;
  return null;
}

/**
 * A part heading glued to a paragraph that lost its closing mark (…并请全国政协委员提出意见一、2011年工作回顾过去的一年，…):
 * in a whole text on one line, 一、 after a character that ends no number (not 第一、, 之一、) opens a heading when the
 * heading names a part. Returns where the heading ends, or null.
 */
function unmarkedPartHeadingEnd(stored: string, at: number, end: number): number | null {
  // Runs at every character of a one-line text: the rare mark first.
  const mark = stored[at + 1];
  if ((mark !== "、" && mark !== "．") || !/[一二三四五六七八九十]/.test(stored[at])) return null;
  // …提出意见一、…, or after a blank (杭州日报讯 二、“十四五”发展主要目标任务…, a dateline on the line the title ended).
  let before = at - 1;
  while (before > at - 4 && isWhitespace(stored[before] ?? "")) before--;
  if (!/[\u4e00-\u9fff]/.test(stored[before] ?? "") || /[一二三四五六七八九十第之其]/.test(stored[before])) return null;
  const headingEnd = inlineHeadingEnd(stored, at, end);
  return headingEnd !== null && partFromHeading(stored.slice(at, headingEnd)) !== null ? headingEnd : null;
}

/** How far an unnumbered part heading reaches: 过去五年国内工作的基本总结 is 13 characters. */
const GLUED_HEADING_MAX = 24;
/** Words an unnumbered part heading ends on (…的回顾, …的基本总结, …的执行情况, …的主要措施, 首先报告2001年的工作). */
const GLUED_HEADING_END_RE = /(?:回顾|总结|情况|任务|措施|工作|目标|部署|安排|建议)(?=[^，,、。；;：:！？!?]{2})/g;
/** A sentence, not a title: a verb, an aspect word or a subject inside what would be the heading. */
const SENTENCE_WORD_RE = /[是了将把被]|(?<![主重需纲])要|我们|已经|正在|进一步|必须|应当|取得/;
/** What a part's first paragraph opens on after its glued heading: a date or period (一九八○年, 第六届…期间, 新世纪第一年,
 * 在过去五年里), a subject (我们, 本届国务院) or an address (各位代表). Not a predicate (外交工作开创了…, …的情况说明). */
const GLUED_BODY_START_RE = new RegExp(`^(?:${BODY_START_RE.source}|第[一二三四五六七八九十]|[一二][九〇○零][〇○零一二三四五六七八九]{2}年|(?:19|20)\\d\\d年|[１２][０-９]{3}年|本届|新世纪|新的一年|中国共产党|中共|党中央|国务院|在过去|在[^，,。]{0,12}(?:期间|以来|中|里|下))`);

/**
 * An unnumbered part heading glued between two sentences of a whole text on one line (…请予审议。过去五年的回顾第五届
 * 全国人民代表大会期间，…; …提出意见。首先报告2001年的工作新世纪第一年，…): a short title that names a part and ends on a
 * heading word, with no verb of a sentence in it and no sentence's continuation after it. Returns where it ends, or null.
 */
function gluedPartHeadingEnd(stored: string, at: number, end: number): number | null {
  const window = stored.slice(at, Math.min(end, at + GLUED_HEADING_MAX + 8));
  // 今后五年建设和改革的目标、方针和任务: a heading may list with 、, never with a comma.
  const stop = window.search(/[，,。；;：:！？!?“”"《》（）()]/);
  const clause = stop === -1 ? window : window.slice(0, stop);
  let starter = -1;
  for (const m of clause.matchAll(BODY_START_RE)) {
    if (m.index >= 4) {
      starter = m.index;
      break;
    }
  }
  let headingEnd = -1;
  for (const m of clause.matchAll(GLUED_HEADING_END_RE)) {
    const e = m.index + m[0].length;
    if (e > GLUED_HEADING_MAX || (starter !== -1 && e > starter)) break;
    headingEnd = e;
  }
  if (headingEnd < 4) return null;
  const heading = clause.slice(0, headingEnd);
  // …提出意见一、2011年工作回顾: a numbered heading further on is split off where its number stands.
  if (SENTENCE_WORD_RE.test(heading) || /[一二三四五六七八九十][、．]/.test(heading) || !GLUED_BODY_START_RE.test(stored.slice(at + headingEnd, at + headingEnd + 16))) return null;
  return partFromHeading(heading) !== null ? at + headingEnd : null;
}

const INLINE_MARKER_RE = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十]{1,3}[)）])\s*/;

const OPENERS = new Set(["《", "“", "‘", "（", "(", "「", "『", "【", "〔", "["]);
const ENUMERATOR_ONLY_RE = /^(?:[一二三四五六七八九十]{1,3}(?:是|要|则|条是|、)|第[一二三四五六七八九十]{1,3}[，,、]?|[(（][一二三四五六七八九十]{1,3}[)）])$/;
const DANGLING_END_RE = /(?:[，,、]|[^\s]的|^在|关于|^对)$/;
const MID_SENTENCE_START_RE = /^[》〉）)」』】〕］\]”’、，,。；;！？!?]/;

/**
 * Whether a line break is a PDF artefact inside a paragraph. In PDF extractions every paragraph is followed by a
 * blank line, so the blank line says nothing: decide from how the previous line ends and how the next one starts.
 */
const BRACKETED_SUBHEAD_RE = /^[【〖][^【】〖〗]{2,30}[】〗]$/;

/** 广州：GDP增长5%以上, 深圳：规上工业增加值增长6.5%左右: a short name, a colon, then one clause. */
const SUBHEAD_WITH_PLACE_RE = /^[\u4e00-\u9fa5]{2,6}[:：][^，,:：;；。！？!?、]{2,30}$/;

/** A line that opens on a live coverage's time stamp set off from its text (by 】 or a blank): a new entry. */
function opensLiveEntry(line: string): boolean {
  const stamp = LIVE_STAMP_RE.exec(line)?.[0];
  // (09:12【报告】…: a stamp written straight before the entry's bracketed tag is set off by it.)
  return stamp !== undefined && (/[】\s\u3000]$/.test(stamp) || /^[【\[［]/.test(line.slice(stamp.length)));
}

export function isPdfBreak(
  prevPiece: string, next: string, prevContinues = false, prevFull = false, listLayout = false, nextUnindented = false,
): boolean {
  if (!prevPiece || !next) return false;
  // …规模以上工业增加值（下转第二版）⏎…⏎（上接第一版）增长8.1%: a paper's report broken off at a page's foot goes on where
  // the next page takes it up.
  if (JUMP_IN_START_RE.test(next) && (JUMP_OUT_END_RE.test(prevPiece) || !endsSentence(prevPiece.replace(JUMP_OUT_END_RE, "")))) return true;
  if (endsSentence(prevPiece)) return false;
  // 【今年目标：稳字当头、稳中求进】: a web article's bracketed subhead stands alone, and nothing runs on into it
  // (干货满满，一起来看👇⏎【一图读懂｜2023年昆明成绩单】).
  if (BRACKETED_SUBHEAD_RE.test(prevPiece) || BRACKETED_SUBHEAD_RE.test(next.trim())) return false;
  // >> 预计全年地区生产总值完成341.2亿元，…；⏎✏️ 想法：去年报告定的是7%左右…: a highlight cut mid-sentence ends where the
  // reader's note under it begins (an e-reading app's export, batch 111's 嘉峪关).
  if (READER_NOTE_RE.test(next.trim())) return false;
  // 报送：…领导同志⏎抄送：…: each line of who a document is sent to stands alone.
  if (SEND_TO_LINE_RE.test(next.trim()) || SEND_TO_LINE_RE.test(prevPiece.trim())) return false;
  // 2019年，报告定下了这些目标——⏎【字幕】1️⃣ GDP 增长7.5%左右: a video script's caption is a line of its own.
  if (/^【字幕】/.test(next.trim()) || /^【字幕】/.test(prevPiece.trim())) return false;
  // 小编为您梳理如下👇⏎湖州市人民政府工作报告: a line that points down at what follows ends there.
  if (/(?:👇|⬇️?)\s*$/u.test(prevPiece)) return false;
  // ▶ 2022年，余杭交出这样一份成绩单⏎地区生产总值2655.4亿元: a short bulleted line is an item or a subhead of its own.
  if (BULLET_RE.test(prevPiece) && prevPiece.length < 40) return false;
  // 5,876.3亿元——社会消费品零售总额⏎9.4%——外贸进出口总额增速: a 数说 line is an item of its own.
  if (FIGURE_THEN_NAME_LINE_RE.test(prevPiece.trim())) return false;
  // …作政府工作报告。（热烈掌声）⏎09:05 报告开篇指出…: a live coverage's time-stamped entry starts afresh.
  if (opensLiveEntry(next.trim())) return false;
  const last = prevPiece[prevPiece.length - 1];
  // 49⏎746万吨, 8⏎7.8亿美元: a number broken at the page edge (not a part's number over its heading: PART 01⏎2023年…).
  if (!PART_NUMBER_LINE_RE.test(prevPiece) && /[0-9０-９][.．]?$/.test(prevPiece) && /^[0-9０-９.．]/.test(next)) return true;
  // 全年完成技术改造投资58.3亿⏎·42·　大连年鉴1997⏎元，建成…: a figure broken before its unit, the unit opening a clause.
  if (/[0-9０-９](?:亿|万|千)?$/.test(prevPiece) && UNIT_THEN_CLAUSE_RE.test(next)) return true;
  // Web copies break lines around every link and subscript: 我国第一部《⏎国防法⏎》开始实施, 颗粒物（PM⏎2.5⏎）.
  // A line that ends on an opening bracket, or a next line that starts on closing or clause punctuation, is mid-sentence.
  if (OPENERS.has(last) || MID_SENTENCE_START_RE.test(next)) return true;
  if (/[A-Za-z]$/.test(prevPiece) && /^\d+(?:\.\d+)?(?![\d年月日])/.test(next)) return true;
  // 一是⏎认真完善…, 第一，⏎修订…, 在⏎工资制度和价格改革⏎上迈出…: an enumerator alone, or a line that stops on a comma
  // or a preposition, cannot end a paragraph.
  if (ENUMERATOR_ONLY_RE.test(prevPiece) || DANGLING_END_RE.test(prevPiece)) return !startsStructure(next);
  // A colon ends a lead-in (各位代表: / 主要是:) unless it is inside a ratio such as 73.52:24.77:, or the page's edge
  // fell just after it in a text that indents its paragraphs and the next line is not indented (…主要预期目标是：⏎地区
  // 生产总值增长7%左右；…: the lead-in's list goes on in the same paragraph).
  if ((last === ":" || last === "：") && !/[0-9][:：]$/.test(prevPiece)) return prevFull && nextUnindented && !startsStructure(next);
  // A line as wide as the page's text (the width most lines of a PDF extraction share) was broken by the page edge,
  // also where the edge fell just after a ； (…增长6.3%；⏎一般公共预算收入…: the list goes on).
  if (prevFull && (last === ";" || last === "；")) return !startsStructure(next);
  if (last === ";" || last === "；") return false;
  if (numberedLevel(prevPiece) !== null && !/[。！？!?]/.test(prevPiece)) return false;
  if (prevFull) return !startsStructure(next);
  // In a text laid out one short item a line (an infographic's 一图读懂 page), a short line is an item of its own.
  if (listLayout && prevPiece.length < 40) return false;
  // Short unpunctuated lines are headings (001's news subheads), not broken body lines; so is a short line that lists
  // with 、 and names a part (今后五年建设和改革的目标、方针和任务, national-1988).
  let punct = false;
  for (let i = 0; i < prevPiece.length - 1 && !punct; i++) punct = CLAUSE_PUNCT.has(prevPiece[i]) || TERMINALS.has(prevPiece[i]);
  if (punct && prevPiece.length < 40 && !prevContinues && /^[^，,:：;；。！？!?]+$/.test(prevPiece) && partFromHeading(prevPiece) !== null) return false;
  // 广州：GDP增长5%以上, a news subhead that names a place and then its figure, stands alone as well.
  if (prevPiece.length < 40 && !prevContinues && SUBHEAD_WITH_PLACE_RE.test(prevPiece)) return false;
  // 地区生产总值：8237.6亿元，增长5.6%⏎社会消费品零售总额：…: a results box of name：figure lines, one item a line.
  if (prevPiece.length < 40 && !prevContinues && KEY_FIGURE_LINE_RE.test(prevPiece.trim())) return false;
  // …unless the short line itself continued the line before it (the link text of 在⏎工资制度和价格改革⏎上迈出…).
  if (!punct && prevPiece.length < 40 && !prevContinues) return false;
  return !startsStructure(next);
}

/** 元，…, 亿元。, %；: a unit (its scale too) that ends a figure, then the clause's punctuation. */
const UNIT_THEN_CLAUSE_RE = /^(?:万亿|亿|万|千)?(?:元|美元|吨|人次|人|户|个|家|项|亩|公里|平方米|千瓦|%|％)[，,。；;、]/;

/** A width shared by this share of the content lines (and at least PAGE_WIDTH_MIN_LINES of them) is a page's width. */
const PAGE_WIDTH_SHARE = 0.3;
const PAGE_WIDTH_MIN_LINES = 20;

/** Characters that take two columns on a page: Han, kana, hangul and full-width signs. */
const WIDE_CHAR_RE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** A line's width on the page: a Han character or full-width sign takes two columns, a digit or Latin letter one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE_CHAR_RE.test(ch) ? 2 : 1;
  return width;
}

/** How a PDF extraction wrapped its lines: at a number of characters, or (a layout that counts a digit as half a
 * character) at a number of columns, indent included; null when the text's lines are its paragraphs. */
export interface PageWidth {
  measure: (line: Line) => number;
  width: number;
  /** How much shorter than the width a full line may be (an indent, a word that did not fit). */
  slack: number;
}

/** The width most content lines share; `near` lines one column shorter count too (a two-column character that did
 * not fit leaves the line one short). */
function commonWidth(lines: ClassifiedLine[], measure: (line: Line) => number, near = 0): number | null {
  const counts = new Map<number, number>();
  let content = 0;
  for (const line of lines) {
    if (line.kind !== "content") continue;
    content++;
    const width = measure(line);
    for (let w = width; w <= width + near; w++) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: [number, number] = [0, 0];
  for (const entry of counts) if (entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry;
  return best[1] >= PAGE_WIDTH_MIN_LINES && best[1] >= content * PAGE_WIDTH_SHARE ? best[0] : null;
}

/** The width at which a PDF extraction wrapped its lines: counted in characters first, then in columns from the line's
 * start (3268.5 takes three columns fewer than six characters would, and a paragraph's 　　 indent takes four). */
export function pageWidth(lines: ClassifiedLine[], stored: string): PageWidth | null {
  const byChars = (line: Line) => line.text.length;
  const chars = commonWidth(lines, byChars);
  if (chars !== null) return { measure: byChars, width: chars, slack: 2 };
  const byColumns = (line: Line) => displayWidth(stored.slice(line.start, line.cEnd));
  const columns = commonWidth(lines, byColumns, 1);
  return columns !== null ? { measure: byColumns, width: columns, slack: 2 } : null;
}

/** Share of content lines that must be short and unpunctuated at their end for a text to be laid out as a list. */
const LIST_LAYOUT_SHARE = 0.7;
const LIST_LAYOUT_MIN_LINES = 10;
/** A text with this many indented lines indents its paragraphs. */
const INDENTED_TEXT_MIN_LINES = 3;
const LIST_LINE_MAX = 24;

/** Figure lines a block of name and figure lines needs to be a list (one name over two figures is one). */
const FIGURE_LIST_MIN_PAIRS = 2;

/**
 * 🔹GDP总量⏎8275.6亿元⏎🔹GDP增速⏎↑4.5%: an 一图读懂 block inside a page of prose (a WeChat repost's summary before the
 * report), name lines each followed by its figure line. Its lines are a list's items wherever the rest of the text is
 * prose: none is joined to the next, and each figure takes the name above it.
 */
function figureListLines(lines: ClassifiedLine[]): Set<number> {
  const out = new Set<number>();
  const content = lines.filter((l) => l.kind === "content");
  const figure = (k: number) => k < content.length && FIGURE_ONLY_LINE_RE.test(content[k].text.trim());
  for (let i = 0; i + 1 < content.length; ) {
    let j = i;
    let figures = 0;
    while (j + 1 < content.length && NAME_ONLY_LINE_RE.test(content[j].text.trim()) && figure(j + 1)) {
      j += 2;
      figures++;
      // 地区生产总值（GDP）⏎突破4000亿元大关⏎同比增长6.1%: a WeChat copy's key figure, its level and its growth under one name.
      while (figure(j)) (j++, figures++);
    }
    if (figures >= FIGURE_LIST_MIN_PAIRS) for (let k = i; k < j; k++) out.add(content[k].index);
    i = j > i ? j : i + 1;
  }
  return out;
}

/** 地区生产总值 22086.4亿元⏎同比增长6%⏎…: a text whose lines are mostly short items with no end punctuation (an
 * infographic's 一图读懂 page, a 数读 card) is a list, not a page of wrapped paragraphs. */
export function isListLayout(lines: ClassifiedLine[]): boolean {
  let content = 0;
  let items = 0;
  for (const line of lines) {
    if (line.kind !== "content") continue;
    content++;
    const text = line.text.trim();
    // ✅ 新认定国家高新技术企业326家，技术合同成交额168.4亿元: a bulleted line is an item at any length a line has.
    if ((text.length <= LIST_LINE_MAX || (BULLET_RE.test(text) && text.length < 40)) && !endsSentence(text) && !/[，,、；;：:]$/.test(text)) items++;
  }
  return content >= LIST_LAYOUT_MIN_LINES && items >= content * LIST_LAYOUT_SHARE;
}

/** A contents line: its words, dot leaders (……, ·····, .....), then the page number. */
const CONTENTS_LINE_RE = /^[^。！？\n]{2,60}?[ \u3000]*(?:…{2,}|\.{4,}|·{4,}|－{4,})[ \u3000]*\d{1,3}$/;
/** (Only a line that ends on a digit is tried: most lines are not.) */
export const isContentsLine = (text: string) => /\d$/.test(text) && CONTENTS_LINE_RE.test(text);

/**
 * `numbered`: the text is a line-numbered copy read with its numbers blanked (line-numbers.ts), so a line's leading
 * ASCII blanks are its margin, and only an ideographic space or a tab indents it.
 * `lineEach`: every line is a paragraph of its own (a slide deck's outline: a bullet a line, lines never wrapped).
 */
/** `rowsApart`: every line is a paragraph of its own (a sheet's rows, paragraph-sheet.ts). */
export function buildParagraphs(stored: string, lines: ClassifiedLine[], tables: ReadonlyMap<number, TableLine> = new Map(), numbered = false, lineEach = false, rowsApart = false): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const indented = (l: ClassifiedLine) => (numbered ? /[\u3000\t]/.test(stored.slice(l.start, l.cStart)) : l.cStart > l.start);
  const width = pageWidth(lines, stored);
  const listLayout = lineEach || isListLayout(lines);
  const figureList = figureListLines(lines);
  // Whether the text marks its paragraphs by indenting their first lines (　　): then an unindented line goes on.
  const indents = lines.filter((l) => l.kind === "content" && indented(l)).length >= INDENTED_TEXT_MIN_LINES;
  // A paragraph's first line is indented (　　) and so a little shorter than the page's width.
  let prevFull = false;
  // The previous line's last piece, after any dateline: a break after it may be a PDF break.
  let prev: Piece | null = null;
  // Whether that piece was itself joined to the line before it.
  let prevContinues = false;
  // …社会消费品零售总额328.4亿元，下降0.8%；⏎（picture）鹰潭高新区…（鹰潭日报记者 黄一鸣 摄）⏎财政总收入172.4亿元…: a news
  // app's picture set inside a paragraph cut after a ； or a ， is no end of it (batch 113's 学习强国 copy).
  let captionBetween = false;
  const text = (p: Piece) => stored.slice(p.start, p.end);
  for (const line of lines) {
    // A page number or running title sits between the two halves of a paragraph broken at the page's end.
    if (line.kind === "blank" || line.pageFurniture) {
      if (line.pageFurniture && PHOTO_CAPTION_RE.test(line.text)) captionBetween = true;
      continue;
    }
    const table = tables.get(line.index);
    if (line.kind !== "content" || table) {
      const end = table?.rowEnd !== undefined ? lines[table.rowEnd].cEnd : line.cEnd;
      if (table && !table.inRow) paragraphs.push({ start: line.cStart, end, joined: false, lineStart: true, dateline: false, table });
      prev = null;
      prevContinues = false;
      prevFull = false;
      continue;
    }
    // (A contents line, 龙岗区人民法院工作报告 ……… 75, is a paragraph of its own: the next one never continues it.)
    const contents = isContentsLine(line.text);
    if (line.front === "title" || contents) {
      paragraphs.push({ start: line.cStart, end: line.cEnd, joined: false, lineStart: true, dateline: false, ...(contents ? {} : { headline: true }) });
      prev = null;
      prevContinues = false;
      prevFull = false;
      continue;
    }
    const pieces = linePieces(stored, line);
    const listItem = listLayout || figureList.has(line.index);
    let last: Piece | null = null;
    let continues = false;
    pieces.forEach((piece, k) => {
      const cur = paragraphs[paragraphs.length - 1];
      last = piece;
      continues = false;
      // (A line-numbered copy indents every paragraph: a line without the indent goes on with the one before, whatever
      // that line ended on.)
      const goesOn = numbered && indents && !indented(line);
      if (k === 0 && prev && cur && !rowsApart && (goesOn || (captionBetween && /[；;，,]$/.test(text(prev))) || isPdfBreak(text(prev), text(piece), prevContinues, prevFull, listItem, indents && !indented(line)))) {
        cur.end = piece.end;
        cur.joined = true;
        continues = true;
        return;
      }
      let start = piece.start + datelineLength(text(piece));
      while (start < piece.end && isWhitespace(stored[start])) start++;
      last = start < piece.end ? { start, end: piece.end } : null;
      if (last) paragraphs.push({ start, end: piece.end, joined: false, lineStart: k === 0 || !!piece.heading, dateline: start > piece.start, ...(listItem ? { listItem: true } : {}) });
    });
    prev = last;
    prevContinues = continues;
    captionBetween = false;
    prevFull = width !== null && width.measure(line) >= width.width - width.slack;
  }
  return paragraphs;
}
