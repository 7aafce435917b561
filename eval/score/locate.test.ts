// Labels find the tool's sentence by text; a dateline the tool keeps out of the sentence does not lose the label.
import { describe, expect, it } from "vitest";
import { analyzeCopy } from "./analyze-file";
import { findNumber, labelledUnitStarts, locateSnippet, registerRaw, snippetSpan } from "./locate";

const text = [
  "四市晒出目标单",
  "",
  "　　南方日报讯 （记者 林某 黄某）1月下旬以来，四市相继召开人代会，陆续亮出经济社会发展目标。",
  "",
  "　　广州提出地区生产总值增长5%以上。",
  "",
].join("\n");

describe("locateSnippet", () => {
  const file = analyzeCopy(text, text, "probe.txt");
  const sentences = file.analyzed.sentences;

  it("finds the sentence that holds the snippet's start", () => {
    expect(locateSnippet(text, sentences, "广州提出地区生产总值增长")?.sentence.text).toContain("广州提出地区生产总值增长5%以上");
  });

  it("finds the sentence after a dateline prefix the tool leaves out of it", () => {
    const located = locateSnippet(text, sentences, "南方日报讯（记者林某黄某）1月");
    expect(located?.sentence.text).toContain("1月下旬以来");
  });

  it("finds nothing for a snippet the text lacks", () => {
    expect(locateSnippet(text, sentences, "深圳提出")).toBeNull();
  });
});

describe("snippetSpan", () => {
  it("takes the snippet as written before its width-folded form (每月５２０元 in the review, 每月550元 in the plan)", () => {
    const stored = "城镇低保标准提高到每人每月５２０元。\n城镇低保标准提高到每人每月550元。";
    expect(snippetSpan(stored, "城镇低保标准提高到每人每月5")?.start).toBe(stored.indexOf("\n") + 1);
    expect(snippetSpan(stored, "城镇低保标准提高到每人每月５")?.start).toBe(0);
    expect(snippetSpan("增长８．１％。", "增长8.1%")?.start).toBe(0);
  });
});

describe("locateSnippet after a long dateline", () => {
  const text = "新华社北京3月5日电（记者 林某 王某 张某）国务院总理5日在十四届全国人大二次会议上作政府工作报告。\n\n下一段。\n";
  const file = analyzeCopy(text, text, "probe.txt");

  it("finds the sentence after a dateline longer than the snippet, on the same line only", () => {
    expect(locateSnippet(text, file.analyzed.sentences, "新华社北京3月5日电（记者林")?.sentence.text).toContain("国务院总理5日");
  });
});

describe("findNumber", () => {
  const sentence = "农村贫困人口减少1240万，易地扶贫搬迁人口超过240万。";

  it("counts plain substrings, as LABELLING.md says", () => {
    const at = findNumber("国内生产总值18.23万亿元，其中3万亿元用于", "3万亿元", 2);
    expect(at?.start).toBe("国内生产总值18.23万亿元，其中".length);
  });

  it("counts whole numbers when the plain count lands inside a longer number", () => {
    expect(findNumber(sentence, "240万", 1)?.start).toBe(sentence.indexOf("超过") + 2);
  });

  it("finds nothing past the last occurrence", () => {
    expect(findNumber(sentence, "240万", 3)).toBeNull();
  });
});

describe("locateSnippet over a labelled unit the tool reads as many sentences", () => {
  // A subtitle file's 主要预期目标: one unit to its reader, one line a sentence to the tool.
  const lines = ["主要预期目标是", "地区生产总值增长8%左右", "规模以上工业增加值增长9%", "固定资产投资增长10%", "社会消费品零售总额增长11%", "城镇新增就业4万人以上", "居民消费价格涨幅控制在3%左右", "提出上述目标主要考虑的是稳中求进。"];
  const text = lines.join("\n") + "\n";
  const file = analyzeCopy(text, text, "probe.txt");
  const sentences = file.analyzed.sentences;

  it("searches four sentences when the unit's end is not known", () => {
    const located = locateSnippet(text, sentences, "主要预期目标是")!;
    expect(located.following.some((s) => s.text.includes("3%左右"))).toBe(false);
  });

  it("searches to the next labelled unit's start when the labels give it", () => {
    const starts = labelledUnitStarts(text, ["主要预期目标是", "提出上述目标主要考虑"]);
    const located = locateSnippet(text, sentences, "主要预期目标是", starts)!;
    expect(located.following.some((s) => s.text.includes("3%左右"))).toBe(true);
    expect(located.following.some((s) => s.text.includes("稳中求进"))).toBe(false);
  });
});

describe("a snippet its character references fill almost wholly", () => {
  it("is found on the line the reader found it in the file as saved (&nbsp;&nbsp;&nbsp;&nbsp;（三）)", () => {
    const raw = ["（一）经济运行稳中有进。", "&nbsp;&nbsp;&nbsp;&nbsp;（二）项目建设提速。", "&nbsp;&nbsp;&nbsp;&nbsp;（三）改革开放不断深化。"].join("\n");
    const decoded = raw.replace(/&nbsp;/g, " ");
    registerRaw(decoded, raw);
    const span = snippetSpan(decoded, "&nbsp;&nbsp;&nbsp;&nbsp;（三");
    expect(decoded.slice(span!.start, span!.start + 4)).toBe("（三）改");
  });
});
