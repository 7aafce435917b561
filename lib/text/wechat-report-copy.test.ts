// A WeChat account's copy of the whole report (batch 35's 湖州, the kind batch 32 held back): the account's byline with
// its date, a call to follow, ▍ before the numbered parts, ◆ before each sub-heading, a key figure set under its name on
// lines of its own, and a footer of buttons.
import { describe, expect, it } from "vitest";
import { processText } from "./process-text";
import { analyzeReport } from "@/lib/analysis/analyze-report";

const POST = [
  "某市发布　2024-01-09 18:30　浙江",
  "点击蓝字 关注我们",
  "1月9日上午，某市第九届人民代表大会第四次会议开幕。过去一年交出了怎样的答卷？小编为您梳理如下👇",
  "某市人民政府工作报告",
  "▍一、2023年工作回顾",
  "2023年，我们较好完成了市人大确定的主要目标任务。",
  "地区生产总值（GDP）",
  "突破4000亿元大关",
  "同比增长6.1%",
  "初步核算，全市实现地区生产总值4015.1亿元，增长6.1%。",
  "◆ 绿色智造加速崛起",
  "新增规上工业企业452家。",
  "▍二、2024年主要目标任务",
  "■ 2024年主要预期目标",
  "全市地区生产总值增长6%左右。",
  "◆ 全力扩大有效投资，持续激发消费活力",
  "确保全年完成投资1000亿元以上。",
  "▍三、全面加强政府自身建设",
  "坚持政府过紧日子，一般性支出再压减5%。",
  "来源：某市人民政府",
  "分享　点赞　在看",
].join("\n");

describe("a WeChat copy of a whole report", () => {
  const report = analyzeReport(POST);
  const on = (start: string) => report.sentences.find((s) => s.text.replace(/^[◆■▍]\s*/, "").startsWith(start));

  it("drops the account's dated byline, the call to follow and the buttons", () => {
    const texts = processText(POST).sentences.map((s) => s.text);
    expect(texts.some((t) => /2024-01-09|点击蓝字|点赞/.test(t))).toBe(false);
  });

  it("ends a paragraph on a line that points down (👇), so the title after it stands alone", () => {
    expect(on("某市人民政府工作报告")?.text).toBe("某市人民政府工作报告");
  });

  it("reads a ◆ sub-heading by what it says: a result in the review, a task in the plan", () => {
    expect(on("绿色智造加速崛起")).toMatchObject({ role: "heading", kind: "achievement" });
    expect(on("全力扩大有效投资")).toMatchObject({ role: "heading", kind: "goal" });
    // A mark before a heading that only names a part changes nothing: it stays a title.
    expect(on("2024年主要预期目标")?.kind).toBe("other");
  });

  it("reads a task heading behind ▍ as a task", () => {
    expect(on("三、全面加强政府自身建设")?.kind).toBe("goal");
  });

  it("gives a key figure set on lines of its own the name above it, without the gloss in brackets", () => {
    const level = on("突破4000亿元大关");
    const growth = on("同比增长6.1%");
    expect(level?.kind).toBe("achievement");
    expect(level?.indicators.map((i) => [i.metric, i.value])).toEqual([["gdp", 400000000000]]);
    expect(growth?.indicators.map((i) => [i.metric, i.value, i.type])).toEqual([["gdp", 6.1, "growth"]]);
  });
});

describe("a marked group name of a WeChat summary that names a year's part", () => {
  it("stays a title (▶ 2023年，某区这样干)", () => {
    const report = analyzeReport(["▶ 2022年，某区交出这样一份成绩单", "地区生产总值2655.4亿元", "▶ 2023年，某区这样干", "🎯 地区生产总值增长6%左右"].join("\n"));
    expect(report.sentences.find((s) => s.text.includes("这样干"))?.kind).toBe("other");
  });
});
