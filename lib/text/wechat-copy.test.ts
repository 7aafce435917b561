// A WeChat account's copy of a report (batch 12): a byline and a footer of counters, ▶ and 📌 group names, ✅ and 🎯
// items one a line, and a subhead in 【…】 that is no page widget.
import { describe, expect, it } from "vitest";
import { processText } from "./process-text";
import { analyzeReport } from "@/lib/analysis/analyze-report";

const POST = [
  "重磅！2023年某区政府工作报告来了",
  "原创 某区发布 某区发布 2023-01-12 18:06 发表于浙江",
  "今天上午，某区第十七届人民代表大会第二次会议开幕。",
  "▶ 2022年，某区交出这样一份成绩单",
  "地区生产总值2655.4亿元",
  "增长1.6%，总量继续领跑全省",
  "一般公共预算收入362.5亿元",
  "同口径增长5.3%",
  "📌划重点｜去年这些事办成了",
  "✅ 新认定国家高新技术企业326家，技术合同成交额168.4亿元",
  "✅ 低收入农户人均可支配收入增长13.6%",
  "▶ 2023年，某区这样干",
  "🎯 地区生产总值增长6%左右",
  "🎯 城镇新增就业2万人以上",
  "来源：某区融媒体中心",
  "点击“在看”，一起为某区加油↓",
  "阅读 2.3万",
].join("\n");

describe("a WeChat copy", () => {
  it("drops the byline and the footer's counters", () => {
    const texts = processText(POST).sentences.map((s) => s.text);
    expect(texts.some((t) => /原创|发表于|阅读 2\.3万|在看/.test(t))).toBe(false);
  });

  it("keeps each bulleted line apart and reads ▶ and 📌 lines as the group names they are", () => {
    const sentences = processText(POST).sentences;
    const roleOf = (start: string) => sentences.find((s) => s.text.startsWith(start))?.role;
    expect(sentences.map((s) => s.text)).toContain("地区生产总值2655.4亿元");
    expect([roleOf("▶ 2022年"), roleOf("📌划重点"), roleOf("▶ 2023年")]).toEqual(["heading", "heading", "heading"]);
    expect(roleOf("✅ 新认定")).toBe("body");
  });

  it("reads the items under last year's group as results and under this year's as targets, without the bullets in names", () => {
    const report = analyzeReport(POST);
    const of = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;
    expect(of("✅ 新认定").kind).toBe("achievement");
    expect(of("✅ 新认定").indicators[0].label).toBe("新认定国家高新技术企业");
    expect(of("🎯 地区生产总值").kind).toBe("goal");
    expect(of("🎯 地区生产总值").indicators.map((i) => [i.metric, i.modality])).toEqual([["gdp", "target"]]);
    expect(of("同口径增长5.3%").indicators.map((i) => i.metric)).toEqual(["general-budget-revenue"]);
  });
});

describe("a WeChat copy in prose with marked group names (batch 14)", () => {
  const PROSE = [
    "重磅！某区政府工作报告来了，2025年这样干→",
    "某区发布 2025年01月07日 18:32 浙江",
    "1月7日上午，某区第十七届人民代表大会第四次会议开幕。",
    "📊 2024年成绩单",
    "过去一年，某区经济运行稳中有进、进中提质。",
    "▶ 地区生产总值2668.3亿元，增长5.8%",
    "“这份成绩单，是全区上下拼出来、干出来的。”",
    "🎯 2025年主要预期目标",
    "① 地区生产总值增长5.5%左右",
    "② 城镇新增就业2.5万人以上",
    "今年的目标，既考虑了需要，也考虑了可能。",
    "📌 划重点｜2025年抓好五方面工作",
    "1. 全力扩大有效需求",
    "力争固定资产投资500亿元以上。",
  ].join("\n");

  it("reads 🎯 2025年主要预期目标 as the heading that opens the plan, and the targets under it as goals", () => {
    const report = analyzeReport(PROSE);
    const of = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;
    expect(of("🎯 2025年").role).toBe("heading");
    expect(report.metadata.planYear).toBe(2025);
    expect([of("▶ 地区生产总值").kind, of("① 地区生产总值").kind, of("1. 全力扩大").kind]).toEqual(["achievement", "goal", "goal"]);
    expect(of("今年的目标，既考虑了").kind).toBe("other");
  });
});

describe("a news article's 【…】 subhead", () => {
  it("【2025年目标】 opens the plan, as 2025年目标 would", () => {
    const report = analyzeReport("某区政府工作报告出炉\n2025-01-16 08:30　某区发布\n【2024年成绩单】\n报告显示，2024年全区地区生产总值增长5.8%。\n【2025年目标】\n报告提出，2025年地区生产总值增长6%左右。\n");
    const of = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;
    expect([of("报告显示").kind, of("报告提出").kind]).toEqual(["achievement", "goal"]);
  });


  it("is a subhead, not a page widget, unless it names one (【打印】【关闭】)", () => {
    const texts = processText("标题\n【去年成绩单：增速领跑全市】\n报告显示，地区生产总值增长6.2%。\n【打印】\n【关闭窗口】\n").sentences.map((s) => s.text);
    expect(texts).toContain("【去年成绩单：增速领跑全市】");
    expect(texts.some((t) => /打印|关闭/.test(t))).toBe(false);
  });
});

describe("a Word export's notes", () => {
  it("are notes, in no part: their numbered lines open no section", () => {
    const text = ["二、2023年工作安排", "（一）扩大有效投资", "全年实施重点项目190个。", "注：1.一般公共预算收入按同口径计算增速。", "2.城乡居民收入倍差为城镇居民人均可支配收入与农村居民人均可支配收入之比。"].join("\n");
    const p = processText(text);
    const notes = p.sentences.slice(-2);
    expect(notes.map((s) => [s.role, s.part])).toEqual([["body", "other"], ["body", "other"]]);
    expect(p.sentences.find((s) => s.text.startsWith("全年实施"))!.part).toBe("plan");
  });
  it("a portal copy's glossary (名词解释：⏎①…) is notes too, in no part (batch 17's 浙江)", () => {
    const text = ["二、2024年工作安排", "（八）加强政府自身建设", "全面提升政府履职能力。", "名词解释：", "①“8+4”经济政策体系：“8”指扩大有效投资等八个领域。"].join("\n");
    const p = processText(text);
    expect(p.sentences.slice(-2).map((s) => [s.role, s.part, s.sectionIndex])).toEqual([["body", "other", null], ["body", "other", null]]);
  });
});

