import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedText } from "@/tests/support/seed-text";
import { compareTone, readTone, strongestCue, TONE_WORDS } from "./tone";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus/national");
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`tone.test: ${CORPUS} is absent; the national-corpus cases are skipped`);

/** The one sentence of a text that holds `needle` (the test fails if the text changed). */
function sentenceWith(text: string, needle: string): string {
  const found = text.split(/(?<=[。！？])/).filter((s) => s.includes(needle));
  expect(found, needle).toHaveLength(1);
  return found[0].trim();
}
const corpus = (year: number) => readFileSync(path.join(CORPUS, `national-${year}.txt`), "utf8");
const words = (text: string) => readTone(text).map((c) => `${c.word}${c.verb === c.word ? "" : `→${c.verb}`}`);

describe("the effort scale", () => {
  it("is the documented order 坚决/全面 > 大力/着力/加快 > 积极/稳步/推动 > 稳妥/有序/探索/研究", () => {
    const byLevel = (level: number) => Object.keys(TONE_WORDS).filter((w) => TONE_WORDS[w] === level).sort();
    expect(byLevel(4)).toEqual(["全面", "坚决"].sort());
    expect(byLevel(3)).toEqual(["加快", "大力", "着力"].sort());
    expect(byLevel(2)).toEqual(["推动", "积极", "稳步"].sort());
    expect(byLevel(1)).toEqual(["探索", "有序", "研究", "积极稳妥", "稳妥", "稳妥有序"].sort());
  });
});

describe("cues on real sentences of the seeds", () => {
  const yuhang = seedText("000");

  it("reads 积极 before 防范化解 in its own clause, not the clause before it", () => {
    const s = sentenceWith(yuhang, "积极防范化解网络借贷");
    const cues = readTone(s);
    expect(words(s)).toEqual(["积极→防范"]);
    expect(s.slice(cues[0].start, cues[0].start + 2)).toBe("积极");
    expect(cues[0].reason).toContain("积极");
  });

  it("takes 全面建成小康社会 for a goal's name, not an effort cue", () => {
    expect(readTone(sentenceWith(yuhang, "2020年是全面建成小康社会"))).toEqual([]);
    // 全面实施 is effort; the 全面建成小康社会 at the end of the same sentence is the goal it serves.
    const s = sentenceWith(yuhang, "全面实施“区域五治”");
    expect(words(s)).toEqual(["全面→实施"]);
    expect(strongestCue(readTone(s))?.level).toBe(4);
  });

  it("does not read 研究 in 研究与试验发展 (R&D) as a tentative cue", () => {
    expect(readTone(sentenceWith(yuhang, "建议2020年全区经济社会发展主要预期目标为"))).toEqual([]);
  });

  it("compares aligned sentences verb by verb: 积极防范化解 → 全面防范化解 is stronger", () => {
    const s = sentenceWith(yuhang, "积极防范化解网络借贷");
    expect(compareTone(s, s.replace("积极防范", "全面防范"))).toEqual([{ verb: "防范", left: "积极", right: "全面", direction: "stronger" }]);
    expect(compareTone(s.replace("积极防范", "全面防范"), s)[0].direction).toBe("weaker");
    expect(compareTone(s, s)).toEqual([]);
  });

  it("reads a dropped cue against the unmarked verb: 全面 dropped is weaker, 稳妥 dropped is stronger, 积极 dropped is neutral", () => {
    expect(compareTone("全面推进乡村振兴。", "推进乡村振兴。")).toEqual([{ verb: "推进", left: "全面", right: null, direction: "weaker" }]);
    expect(compareTone("稳妥推进乡村振兴。", "推进乡村振兴。")[0].direction).toBe("stronger");
    expect(compareTone("积极推进乡村振兴。", "推进乡村振兴。")[0].direction).toBe("reworded");
    expect(compareTone("推进乡村振兴。", "加快推进乡村振兴。")).toEqual([{ verb: "推进", left: null, right: "加快", direction: "stronger" }]);
  });
});

describe("changes between real aligned sentences of two seeds", () => {
  it("does not call a cue dropped where the other sentence only mentions the verb elsewhere", () => {
    const hangzhou = sentenceWith(seedText("002"), "全面推进乡村振兴。");
    const yuhang = sentenceWith(seedText("000"), "乡村振兴深入推进。");
    expect(words(hangzhou)).toEqual(["全面→推进"]);
    expect(compareTone(hangzhou, yuhang)).toEqual([]);
    const accel = sentenceWith(seedText("002"), "加快推进之江净水厂");
    const ran = sentenceWith(seedText("000"), "临平净水厂正式运行");
    expect(compareTone(accel, ran)).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)("cues and guards on the national reports", () => {
  it("skips 积极的财政政策, 积极性 and 推动下, where the word is not a modifier of the clause's verb", () => {
    expect(readTone(sentenceWith(corpus(2010), "继续实施积极的财政政策。"))).toEqual([]);
    expect(words(sentenceWith(corpus(2010), "充分调动医务人员积极性"))).toEqual([]);
    expect(words(sentenceWith(corpus(1979), "所采取的一系列重大的政治、经济、组织措施的推动下"))).toEqual([]);
  });

  it("reads the three 全面 of a sentence apart: two goal names and a 全面部署 that is a noun", () => {
    expect(readTone(sentenceWith(corpus(2013), "确定了全面建成小康社会和全面深化改革开放的目标"))).toEqual([]);
    expect(readTone(sentenceWith(corpus(2013), "是为全面建成小康社会奠定坚实基础的重要一年"))).toEqual([]);
  });

  it("pairs cues by verb and object: 有序推进 the same migrants is unchanged beside another clause's 加快推进", () => {
    const before = sentenceWith(corpus(2013), "加快推进户籍制度、社会管理体制和相关制度改革");
    const after = sentenceWith(corpus(2014), "有序推进农业转移人口市民化。");
    expect(words(before)).toEqual(["加快→推进", "有序→推进"]);
    expect(compareTone(before, after)).toEqual([]);
    // 着力优化财政支出结构 → 优化财政支出: the cue is dropped before the same verb and object.
    expect(compareTone(sentenceWith(corpus(2013), "三是着力优化财政支出结构。"), sentenceWith(corpus(2014), "优化财政支出，整合压缩专项转移支付"))).toEqual([
      { verb: "优化", left: "着力", right: null, direction: "weaker" },
    ]);
  });

  it("reads 研究制定 as a tentative cue at its clause's head", () => {
    const s = sentenceWith(corpus(1987), "研究制定既有利于联合统一对外");
    expect(words(s)).toEqual(["研究"]);
    expect(strongestCue(readTone(s))?.level).toBe(1);
  });

  it("never gives a cue followed by 的, nor one inside 全面建成小康社会, across 2000–2014", () => {
    for (let year = 2000; year <= 2014; year++) {
      const text = corpus(year);
      for (const s of text.split(/(?<=[。！？])/)) {
        for (const c of readTone(s)) {
          expect(s.slice(c.start, c.start + c.word.length)).toBe(c.word);
          expect(s.slice(c.start + c.word.length)).not.toMatch(/^地?的/);
          expect(s.slice(c.start)).not.toMatch(/^全面建成小康/);
        }
      }
    }
  });
});
