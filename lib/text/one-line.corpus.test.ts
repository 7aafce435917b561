import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { processText } from "./index";
import type { ProcessedText } from "./types";

// National reports whose part headings carry no number (过去五年的回顾, 首先报告2001年的工作…), read on their lines and as
// one line (every line break dropped, as eval/score/copies.ts makes the copy). Read from ../shared/corpus, which is
// not part of the repository.
const DIR = path.resolve("../shared/corpus/national");
const present = existsSync(DIR);
if (!present) console.warn(`skipped: the national reports are not at ${DIR} (the shared corpus is absent)`);

const read = (year: number) => readFileSync(path.join(DIR, `national-${year}.txt`), "utf8");
const oneLine = (text: string) => text.split("\n").map((l) => l.trim()).join("");
/** The part of each sentence, run-length collapsed: ["other", "review", "plan"]. */
const transitions = (p: ProcessedText) => p.sentences.map((s) => s.part).filter((part, i, all) => i === 0 || all[i - 1] !== part);
const topHeadings = (p: ProcessedText) => p.sections.filter((s) => s.level === 1).map((s) => `${s.part} ${s.heading}`);

describe.skipIf(!present)("a national report on one line keeps the parts its lines give", () => {
  // 1982: 第六个五年计划的基本任务 / 六五计划前两年的执行情况 / 全面实现六五计划的主要措施; 1983: 过去五年的回顾 / 今后五年的
  // 主要任务; 1988: 过去五年国内工作的基本总结 / 今后五年建设和改革的目标、方针和任务; 2002: 首先报告2001年的工作;
  // 1956 and 1986: numbered headings whose end cannot be told on one line.
  for (const year of [1982, 1983, 2002, 1956, 1986]) {
    it(`national-${year}`, () => {
      const original = processText(read(year));
      const copy = processText(oneLine(read(year)));
      expect(transitions(copy)).toEqual(transitions(original));
      // 1956 (a budget speech) has no review or plan heading at all: its one-line copy must not find one either.
      if (year !== 1956) expect(transitions(original)).toEqual(expect.arrayContaining(["review", "plan"]));
    });
  }

  it("national-1988: the review and the plan open at their unnumbered headings", () => {
    const copy = topHeadings(processText(oneLine(read(1988))));
    expect(copy).toContain("review 过去五年国内工作的基本总结");
    expect(copy).toContain("plan 今后五年建设和改革的目标、方针和任务");
    expect(copy).toContain("other 关于外交工作");
  });

  it("no unnumbered heading is split off a one-line copy where the report has no line of its own", () => {
    for (const year of [1982, 1983, 1988, 1992, 2002, 2004, 2005, 2007, 2014]) {
      const text = read(year);
      const lines = new Set(text.split("\n").map((l) => l.trim()));
      const plain = processText(oneLine(text)).sections.filter((s) => s.level === 1 && !/^[一二三四五六七八九十]+[、．.]/.test(s.heading));
      expect(plain.filter((s) => !lines.has(s.heading)).map((s) => `${year} ${s.heading}`)).toEqual([]);
    }
  });
});
