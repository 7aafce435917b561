import { arabicYears } from "./chinese-numerals";
import { numberedLevel } from "./heading-patterns";
import { isTaskHeading, partFromHeading } from "./parts";
import type { Part, TextSection } from "./types";

/** Words that name a plan whatever its year: 今后五年, 预期目标, 工作安排, 计划, 打算… */
const FORWARD_WORDS_RE = /今后|未来|明年|预期|目标|安排|打算|计划|部署|总体要求|建议|设想|展望/;

/** Longer than any real heading (三、二〇一四年政府工作的主要任务 is 17 characters, the longest national ones ~45). */
const HEADING_MAX = 48;

/**
 * The words of a heading that name its part. A numbered heading whose end could not be told on a one-line copy runs on
 * into its body (三、为实现1956年的国家预算而努力如上所说，实现…的任务，…): only its first clause names the part.
 */
function headingWords(heading: string): string {
  return heading.length > HEADING_MAX ? heading.split(/[，,；;：:]/)[0] : heading;
}

/**
 * Builds the section tree while sentences stream past. A section ends where the next section of the same or a
 * higher level (smaller number) starts. Level-1 headings (and top-level headings of any level) decide the part
 * from their keywords; a heading without keywords, and every subsection, inherits the part in effect.
 */
export class SectionBuilder {
  readonly sections: TextSection[] = [];
  private stack: TextSection[] = [];

  /** `deliveryYear`: the year the report was delivered, from its title block, when known. */
  constructor(public part: Part, private readonly deliveryYear: number | null = null) {}

  get current(): TextSection | null {
    return this.stack.length ? this.stack[this.stack.length - 1] : null;
  }

  open(heading: string, level: number, start: number, end: number): TextSection {
    this.closeFrom(level, start);
    const parent = this.current;
    const named = !parent && level < 4 ? partFromHeading(headingWords(heading)) : null;
    const keyword = !parent && level < 4 ? (named === "plan" && this.pastYearsWork(heading) ? "review" : named ?? this.afterReview(heading) ?? this.byYearAlone(heading) ?? this.yearsWork(heading)) : null;
    const part = parent ? parent.part : (keyword ?? this.part);
    const section: TextSection = { index: this.sections.length, heading, level, part, start, end };
    this.part = part;
    this.sections.push(section);
    this.stack.push(section);
    return section;
  }

  /**
   * 【4/12】#政府工作报告# 【2021成绩单】… (a numbered post of a Weibo thread): each post is a section of its own at the top
   * level, its part named by its bracketed title (【2022年预期目标】), or, when the title names none (【民生温度】), the part of
   * the posts before it, which go through the report in its order (batch 105's 平顶山).
   */
  openPost(title: string, start: number, end: number): TextSection {
    this.closeFrom(1, start);
    const part = (title ? (partFromHeading(title) ?? this.byYearAlone(title)) : null) ?? this.part;
    const section: TextSection = { index: this.sections.length, heading: title, level: 1, part, start, end };
    this.part = part;
    this.sections.push(section);
    this.stack.push(section);
    return section;
  }

  /** 一、2022年主要工作 in a report delivered in 2023: a year's work named with no word of the future is that year's
   * review; the heading's year against the delivery year decides (2023年主要工作 in the same report is the plan). */
  private pastYearsWork(heading: string): boolean {
    const year = /((?:19|20)\d\d)\s?年/.exec(arabicYears(heading));
    return year !== null && this.deliveryYear !== null && Number(year[1]) < this.deliveryYear && !FORWARD_WORDS_RE.test(heading);
  }

  /** ▶ 2023年，余杭这样干 (a news post's group name, no word of either part): the delivery year's work is the plan, an
   * earlier year's the review. */
  // (2020年：极不平凡的一年, a slide's title: batch 62's 神农架 deck.)
  private byYearAlone(heading: string): Part | null {
    return this.byYear(/^\P{L}*((?:19|20)\d\d)\s?年[，,：:]/u.exec(arabicYears(heading)));
  }

  /** 一、一九五五年的工作 in a report delivered in 1956 (and 二、1956年的工作 in the same report): a year's work, named with no
   * other word, is the review or the plan by its year. */
  private yearsWork(heading: string): Part | null {
    return this.byYear(/^\P{L}*(?:[一二三四五六七八九十]{1,3}[、．.])?\s*((?:19|20)\d\d)\s?年的?(?:政府)?工作$/u.exec(arabicYears(heading)));
  }

  private byYear(year: RegExpExecArray | null): Part | null {
    if (!year || this.deliveryYear === null) return null;
    const y = Number(year[1]);
    return y === this.deliveryYear ? "plan" : y < this.deliveryYear ? "review" : null;
  }

  /** After the review, a top-level heading worded as a task (二、抓紧有利时机，加快经济发展) starts the plan. */
  private afterReview(heading: string): Part | null {
    return this.part === "review" && numberedLevel(heading) === 1 && isTaskHeading(heading) ? "plan" : null;
  }

  /** Extends the current section's heading (a heading broken over several short lines, as in 001). */
  extendHeading(text: string, end: number): void {
    const section = this.current;
    if (!section) return;
    section.heading = `${section.heading} ${text}`;
    section.end = end;
    if (this.stack.length === 1) {
      section.part = partFromHeading(section.heading) ?? section.part;
      this.part = section.part;
    }
  }

  /** Sentence end seen: keeps every open section's end up to date. */
  touch(end: number): void {
    for (const s of this.stack) s.end = end;
  }

  private closeFrom(level: number, at: number): void {
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) {
      const closed = this.stack.pop()!;
      closed.end = Math.max(closed.start, Math.min(closed.end, at));
    }
  }
}
