// The same labelled reports as the copies people actually find: a PDF's text layer (lines broken at the page edge,
// indented paragraphs, a running title and a page number on every page), a web page (site clutter, pinyin glosses
// after rare characters), a whole report on one line, and a traditional-script copy. The labels do not change, so
// the figures say how much of the analysis survives the copy. Each copy also gives a `locateText` of the same length
// in which the inserted furniture is blanked out, so that a label's snippet is still found where it was.
import { pinyin } from "pinyin-pro";
import { buildStages, convertPreservingLength } from "@/lib/import/length-preserving-convert";
import { from, to } from "opencc-js/preset/cn2t";

export interface Copy {
  name: "pdf" | "pdf-spaced" | "web" | "one-line" | "traditional" | "no-headings";
  text: string;
  /** Same length as `text`; inserted furniture replaced by spaces, the script as the labels read it. */
  locateText: string;
  /** The lines the copy leaves out (no-headings): a label on one of them has no sentence in the copy to score. */
  dropped?: string[];
}

/** Builds a copy piece by piece: `add` keeps a piece, `furniture` inserts one that the locator must not see. */
class CopyBuilder {
  private parts: string[] = [];
  private blanks: string[] = [];
  add(piece: string) {
    this.parts.push(piece);
    this.blanks.push(piece);
  }
  furniture(piece: string) {
    this.parts.push(piece);
    this.blanks.push(piece.replace(/[^\n]/g, " "));
  }
  result(): { text: string; locateText: string } {
    return { text: this.parts.join(""), locateText: this.blanks.join("") };
  }
}

const LINE_WIDTH = 37;
const LINES_PER_PAGE = 40;

/**
 * pdftotext's usual output: indented paragraphs wrapped at the page width, a title and a page number per page.
 * `spaced`: a blank line after every line, as some converters give it (seed 004), so that a break inside a word
 * looks exactly like a paragraph break.
 */
export function pdfCopy(text: string, spaced = false): Copy {
  const paragraphs = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const title = "政府工作报告";
  const out = new CopyBuilder();
  let line = 0;
  let page = 1;
  const newLine = () => {
    out.add(spaced ? "\n\n" : "\n");
    if (++line % LINES_PER_PAGE === 0) {
      out.furniture(`\n— ${page++} —\n\f${title}\n\n`);
    }
  };
  for (const paragraph of paragraphs) {
    const body = `\u3000\u3000${paragraph}`;
    for (let at = 0; at < body.length; at += LINE_WIDTH) {
      out.add(body.slice(at, at + LINE_WIDTH));
      newLine();
    }
  }
  return { name: spaced ? "pdf-spaced" : "pdf", ...out.result() };
}

const CLUTTER_TOP = ["收藏本站 | 设为首页", "您当前的位置：首页 > 政务公开 > 政府工作报告", "文章正文", "来源：本站 发布时间：2020-01-15 09:30 字号：大 中 小"];
const CLUTTER_END = ["分享到：", "我要评论", "【打印本页】【关闭窗口】", "相关推荐"];
/** Characters outside the most common few thousand get a gloss; every 400th Han character stands in for them. */
const GLOSS_EVERY = 400;

/** A web page: site clutter around the text and a pinyin gloss, 濉(suī), after some characters. */
export function webCopy(text: string): Copy {
  const out = new CopyBuilder();
  out.furniture(CLUTTER_TOP.join("\n") + "\n");
  let han = 0;
  for (const char of text) {
    out.add(char);
    if (/\p{Script=Han}/u.test(char) && ++han % GLOSS_EVERY === 0) out.furniture(`(${pinyin(char)})`);
  }
  out.furniture("\n" + CLUTTER_END.join("\n") + "\n");
  return { name: "web", ...out.result() };
}

/** The whole report on one line, as some sites and clipboard copies give it. */
export function oneLineCopy(text: string): Copy {
  const out = new CopyBuilder();
  for (const line of text.split("\n")) {
    out.add(line.trim());
  }
  return { name: "one-line", ...out.result() };
}

let toTraditional: ReturnType<typeof buildStages> | null = null;

/** The same text in traditional script (Taiwan variants), offsets kept so the simplified labels still locate. */
export function traditionalCopy(text: string): Copy {
  toTraditional ??= buildStages([from.cn, to.tw]);
  return { name: "traditional", text: convertPreservingLength(text, toTraditional), locateText: text };
}

/** 一、2013年工作回顾, （二）…, 2020年主要工作: the lines a quoted excerpt loses. */
const HEADING_LINE_RE = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^。]*$|^[^。，,；;：:]{2,30}$/;

/** Cells of a plain-text table's row: a tab, or a run of spaces, between two cells. */
const TABLE_CELLS_RE = /\S(?:\t| {2,}|\u3000{2,})\S/;

/** An excerpt as a news site quotes it: the same text without its headings (their lines blanked out for the locator). */
export function noHeadingsCopy(text: string): Copy {
  const out = new CopyBuilder();
  text.split("\n").forEach((line, i, all) => {
    const newline = i < all.length - 1 ? "\n" : "";
    // (A table's row, its cells parted by tabs or runs of spaces, is no heading: an excerpt keeps the table.)
    if (HEADING_LINE_RE.test(line.trim()) && line.trim() && !TABLE_CELLS_RE.test(line.trim())) out.furniture(line + newline);
    else out.add(line + newline);
  });
  const { text: copied, locateText } = out.result();
  // The locator must not find a label inside a dropped heading: drop the lines from both.
  // Both lose the same lines, so that offsets in the copy are offsets in its locate text.
  const kept = locateText.split("\n");
  const keep = (lines: string[]) => lines.map((l, i) => (kept[i].trim() ? l : "")).join("\n");
  const dropped = copied.split("\n").filter((l, i) => l.trim() && !kept[i].trim());
  // (A subtitle file's cues are short lines without a full stop, each a line that a heading's pattern takes: a text whose
  // words stand mostly on such lines has no headings to leave out, and its copy is the text itself; batch 108's 海宁 SRT.)
  const han = (t: string) => t.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
  if (han(dropped.join("")) * 2 > han(text)) return { name: "no-headings", text, locateText: text, dropped: [] };
  return { name: "no-headings", text: keep(copied.split("\n")), locateText: keep(kept), dropped };
}

/** A label row the copy has no sentence for: its snippet stands only on a line the copy left out. */
export function droppedByCopy(copy: Pick<Copy, "dropped" | "locateText">, snippet: string): boolean {
  return !!copy.dropped?.some((line) => line.includes(snippet)) && !copy.locateText.includes(snippet);
}

export function makeCopies(text: string): Copy[] {
  return [pdfCopy(text), pdfCopy(text, true), webCopy(text), oneLineCopy(text), traditionalCopy(text), noHeadingsCopy(text)];
}
