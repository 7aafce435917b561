// Copies a reader saves for study (batches 27 and 28): a Markdown note (front matter, # headings, **bold**, lists, a
// |-table) and a bilingual study copy with an English paragraph after each Chinese one.
import { describe, expect, it } from "vitest";
import { processText } from "./process-text";
import { isMarkdown, markdownPrefixLength } from "./lines";
import { dropMarkdownInline } from "./clean-span";
import { analyzeReport } from "@/lib/analysis/analyze-report";

const NOTE = [
  "---",
  "title: 2024年某市政府工作报告（全文）",
  "source: 某市人民政府门户网站",
  "date: 2024-01-29",
  "---",
  "",
  "# 某市人民政府工作报告",
  "",
  "[来源](https://www.example.gov.cn/zfgzbg/202401/t1.html)",
  "",
  "## 一、2023年工作回顾",
  "",
  "初步核算，全市地区生产总值**8135.6亿元**，增长**5.6%**；一般公共预算收入**866.3亿元**。",
  "",
  "### （一）坚持项目为王",
  "",
  "> 整理者注：加粗为整理者所加。",
  "",
  "## 二、2024年工作安排",
  "",
  "- **抓项目扩投资。**全年实施亿元以上项目**1600个**。",
  "1. **做强装备制造。**装备制造业营业收入力争突破**4800亿元**。",
].join("\n");

describe("a Markdown note", () => {
  it("is told by its front matter or its # headings, and a plain copy's `- 3 -` is no markup", () => {
    expect(isMarkdown(NOTE)).toBe(true);
    expect(isMarkdown("# 一、回顾\n\n正文。\n\n# 二、安排\n")).toBe(true);
    expect(isMarkdown("一、回顾\n\n- 3 -\n\n正文。")).toBe(false);
    expect(markdownPrefixLength("### （一）坚持项目为王")).toBe(4);
    expect(markdownPrefixLength("- **抓项目扩投资。**")).toBe(2);
    expect(markdownPrefixLength("**8135.6亿元**")).toBe(0);
  });

  it("skips only real front matter: a note that opens on a rule keeps the lines after it", () => {
    const ruled = ["---", "", "初步核算，全市地区生产总值增长5.6%。", "", "---", "", "## 一、回顾", "", "## 二、安排"].join("\n");
    expect(processText(ruled).sentences.map((s) => s.text)).toContain("初步核算，全市地区生产总值增长5.6%。");
  });

  it("drops bold and keeps a link's words, and nothing else", () => {
    expect(dropMarkdownInline("地区生产总值**8135.6亿元**，增长**5.6%**")).toBe("地区生产总值8135.6亿元，增长5.6%");
    expect(dropMarkdownInline("见[来源](https://a.gov.cn/x.html)。")).toBe("见来源。");
    expect(dropMarkdownInline("增长6.5%*，[注]")).toBe("增长6.5%*，[注]");
  });

  it("reads the headings under their #, skips the front matter and the source link, and keeps the offsets", () => {
    const processed = processText(NOTE);
    const texts = processed.sentences.map((s) => s.text);
    expect(texts.some((t) => t.startsWith("title:") || t.includes("https://"))).toBe(false);
    const review = processed.sentences.find((s) => s.text === "一、2023年工作回顾")!;
    expect(review.role).toBe("heading");
    expect(NOTE.slice(review.start, review.end)).toBe("一、2023年工作回顾");
    expect(texts).toContain("初步核算，全市地区生产总值8135.6亿元，增长5.6%；一般公共预算收入866.3亿元。");
  });

  it("names and parts its figures as a plain copy's (the review's GDP, the plan's projects)", () => {
    const analyzed = analyzeReport(NOTE);
    const all = analyzed.sentences.flatMap((s) => s.indicators.map((i) => ({ ...i, kind: s.kind })));
    expect(all.find((i) => i.value === 813560000000)).toMatchObject({ metric: "gdp", modality: "actual" });
    expect(all.find((i) => i.value === 1600)).toMatchObject({ label: "亿元以上项目", modality: "target" });
  });
});

const BILINGUAL = [
  "政府工作报告（中英对照学习版）",
  "Report on the Work of the Government (Chinese-English Study Edition)",
  "",
  "一、2024年工作回顾",
  "I. Review of Our Work in 2024",
  "",
  ...Array.from({ length: 10 }, (_, k) => [
    `初步核算，第${k + 1}项指标全区地区生产总值28364亿元，增长4.6%。`,
    `According to preliminary estimates, item ${k + 1}: the region's GDP reached 2.84 trillion yuan, up 4.6%.`,
    "",
  ]).flat(),
].join("\n");

describe("a bilingual study copy", () => {
  it("skips the English paragraphs with a warning, and reads each Chinese one as it stands", () => {
    const processed = processText(BILINGUAL);
    expect(processed.sentences.some((s) => /[A-Za-z]{5}/.test(s.text))).toBe(false);
    expect(processed.sentences.filter((s) => s.text.startsWith("初步核算"))).toHaveLength(10);
    expect(processed.warnings.find((w) => w.code === "translation-skipped")?.count).toBe(12);
  });

  it("leaves a text in English throughout, and a Chinese text with a short English name, alone", () => {
    const english = Array.from({ length: 12 }, (_, k) => `The region's GDP reached 2.84 trillion yuan in item ${k}.`).join("\n");
    expect(processText(english).warnings.find((w) => w.code === "translation-skipped")).toBeUndefined();
    const named = BILINGUAL.split("\n").filter((l) => !/^[A-Z]/.test(l)).concat("China Daily").join("\n");
    expect(processText(named).warnings.find((w) => w.code === "translation-skipped")).toBeUndefined();
  });
});
