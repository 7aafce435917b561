import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { toReportJson } from "./report-json";
import { reportJsonSchema } from "./report-json-schema";
import { loadSeedFixtures, readSeed, SEED_FILE_NAMES } from "@/tests/support/seed-texts";

describe("analyzeReport + toReportJson on the seeds", () => {
  it.each(SEED_FILE_NAMES)("%s: output validates against the documented contract", (file) => {
    const stored = readSeed(file);
    const analyzed = analyzeReport(stored, { fileName: file });
    const json = toReportJson(`seed-${file.slice(0, 3)}`, analyzed);
    const parsed = reportJsonSchema.safeParse(json);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    expect(Object.keys(json)).toEqual(["report", "sentences"]);
    expect(Object.keys(json.sentences[0]).sort()).toEqual(
      ["id", "index", "text", "start", "end", "role", "kind", "subtype", "section", "reason", "confidence", "indicators"].sort(),
    );

    let indicators = 0;
    for (const s of json.sentences) {
      expect(s.id).toBe(`s-${s.index}`);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(stored.length);
      for (const i of s.indicators) {
        expect(s.text.slice(i.start, i.end)).toBe(i.text);
        indicators++;
      }
    }
    expect(indicators).toBeGreaterThan(20);
  });

  // What each seed is (README, "The seeded reports"), in counts of body sentences per kind.
  const SEED_KINDS: Record<string, { goals: "none" | "some"; achievements: "none" | "some" }> = {
    "yuhang-2020": { goals: "some", achievements: "some" }, // 2019 review + 2020 plan
    "yuhang-2020-news": { goals: "some", achievements: "some" }, // an article on that report: results and targets
    "hangzhou-2021-excerpt": { goals: "some", achievements: "none" }, // 十四五 goals and the 2021 plan, goals only
    "shangcheng-2020": { goals: "none", achievements: "some" }, // the 2019 review, achievements only
    "xihu-2012": { goals: "some", achievements: "some" }, // 2011 review + 2012 plan
  };
  it.each(loadSeedFixtures().map((f) => [f.slug, f] as const))("%s: has the kinds of sentence the report is made of", (slug, f) => {
    const body = analyzeReport(f.text, { fileName: f.file }).sentences.filter((s) => s.role !== "heading");
    const count = (kind: string) => body.filter((s) => s.kind === kind).length;
    const expected = SEED_KINDS[slug];
    for (const [kind, presence] of [["goal", expected.goals], ["achievement", expected.achievements]] as const) {
      if (presence === "none") expect(count(kind), kind).toBe(0);
      else expect(count(kind), kind).toBeGreaterThanOrEqual(10);
    }
    // Most body sentences of a report say what was done or what will be: "other" stays a minority.
    expect(count("other")).toBeLessThan(body.length / 4);
  });

  it("never throws on empty or odd input", () => {
    for (const text of ["", "   ", "\n\n", "各位代表:", "1、2、3。", "%%%%"]) {
      const json = toReportJson("x", analyzeReport(text));
      expect(reportJsonSchema.safeParse(json).success).toBe(true);
    }
  });
});

describe("a news headline that states a figure (batch 6 of the eval, 2026-12-03)", () => {
  const news = "吴中区政府工作报告提出——\n今年地区生产总值预期增长5%左右\n2024-01-10 07:42　来源：苏州日报\n\n苏报讯（记者 沈佳）1月9日，吴中区第五届人民代表大会第三次会议开幕。\n\n报告显示，2023年，吴中区地区生产总值增长5.2%。\n";

  it("is read as the article's first sentence, a target with its figure, and opens no section", () => {
    const report = analyzeReport(news);
    const [headline, lede] = report.sentences;
    expect(headline).toMatchObject({ text: "今年地区生产总值预期增长5%左右", kind: "goal", role: "body", flags: ["headline"] });
    expect(headline.indicators).toMatchObject([{ metric: "gdp", value: 5, modality: "target" }]);
    expect(report.sections).toEqual([]);
    // The lede after it is not carried from it.
    expect(lede.kind).toBe("other");
  });

  it("leaves it to the body's first sentence whether the text opens on a review", () => {
    const report = analyzeReport("全区地区生产总值增长5.2%\n2024-01-10 07:42　来源：余杭日报\n\n一年来，全区经济运行稳中向好。\n\n新增城镇就业1.2万人。\n");
    expect(report.sentences.map((s) => [s.text.slice(0, 4), s.part])).toEqual([["全区地区", "other"], ["一年来，", "review"], ["新增城镇", "review"]]);
  });

  it("is still the title; a title without a figure stays out of the sentences", () => {
    const report = analyzeReport(news);
    expect(report.metadata.title).toContain("吴中区政府工作报告提出");
    expect(report.sentences.some((s) => s.text.startsWith("吴中区政府工作报告提出"))).toBe(false);
  });
});

describe("figures in headings and leads", () => {
  const text = [
    "四市晒出今年目标单",
    "",
    "本报讯 四市政府工作报告陆续发布。",
    "",
    "广州：GDP增长5%以上",
    "",
    "广州提出，全年安排重点项目800个。",
    "",
    "（一）打造八个15分钟服务圈。全面建成覆盖城乡的服务网络，让群众少跑腿。",
    "",
  ].join("\n");
  const sentences = analyzeReport(text, { fileName: "news.txt" }).sentences;
  const find = (start: string) => sentences.find((s) => s.text.startsWith(start));

  it("a subhead that gives a known metric its figure keeps the indicator", () => {
    const subhead = find("广州：GDP");
    expect(subhead?.role).not.toBe("body");
    expect(subhead?.indicators.map((i) => [i.metric, i.type, i.value])).toEqual([["gdp", "growth", 5]]);
  });

  it("digits in a heading that names no known metric stay a name", () => {
    const lead = find("（一）打造八个15分钟");
    expect(lead?.role).toBe("heading");
    expect(lead?.indicators).toEqual([]);
  });

  it("a heading glued to its paragraph's first sentence (a page copied as one line) keeps that sentence's figures", () => {
    const glued = analyzeReport("一、2024年工作回顾（二）开放优势不断巩固市场采购贸易方式出口4436.2亿元，增长16.1%。", { fileName: "one-line.txt" }).sentences;
    const sentence = glued.find((s) => s.text.includes("市场采购贸易方式出口"));
    expect(sentence?.role).toBe("heading");
    expect(sentence?.indicators.map((i) => i.text)).toEqual(["4436.2亿元", "16.1%"]);
  });
});

describe("news subheads that name a place and its target (batch 6's 广东 article)", () => {
  const news = [
    "广深佛莞晒出2024年“目标单”",
    "2024-02-01 08:00　来源：南方日报",
    "",
    "南方日报讯 （记者 林某）1月下旬以来，四市相继召开人代会。",
    "",
    "广州：GDP增长5%以上",
    "",
    "广州提出，今年地区生产总值增长5%以上。",
    "",
    "佛山：固定资产投资增长10%",
    "",
    "佛山提出，今年固定资产投资增长10%。",
    "",
  ].join("\n");

  it("reads a subhead shaped as its hedged sibling as a target, even without a hedge, and says why", () => {
    const report = analyzeReport(news);
    const on = (t: string) => report.sentences.find((s) => s.text === t)!;
    expect(on("广州：GDP增长5%以上")).toMatchObject({ kind: "goal" });
    expect(on("佛山：固定资产投资增长10%")).toMatchObject({ kind: "goal", reason: "同组小标题中的目标数值" });
  });
});

describe("the paragraph of problems (batch 11: national 2021 and 2022, 西湖区 2022)", () => {
  const kinds = (text: string) => analyzeReport(text).sentences.map((s) => `${s.kind}${s.subtype ? `/${s.subtype}` : ""}`);

  it("keeps a short problem sentence that reads as a lead inside it a problem, and what follows it", () => {
    const text = "一、2020年工作回顾\n\n过去一年，国内生产总值增长2.3%。\n\n在肯定成绩的同时，我们也清醒看到，我国发展仍面临不少风险挑战。科技创新能力还不强。生态环境保护任重道远。政府工作存在不足，形式主义仍较突出。\n\n二、2021年主要任务\n\n加快建设现代化经济体系。\n";
    expect(kinds(text).slice(2, 6)).toEqual(["other/problem", "other/problem", "other/problem", "other/problem"]);
  });

  it("reads the enumerated items after 存在一些短板和不足： as problems, one a line", () => {
    const text = "一、2021年工作回顾\n\n全年地区生产总值增长8.9%。\n\n在肯定成绩的同时，我们也清醒地看到，全区发展还存在一些短板和不足：\n一是经济稳进提质的基础还不牢固，有效投资和消费增长后劲不足；\n五是政府工作人员的能力作风与新形势新任务要求还不完全适应。\n\n二、2022年主要任务\n\n加快建设现代化经济体系。\n";
    expect(kinds(text).slice(2, 5)).toEqual(["other/problem", "other/problem", "other/problem"]);
  });
});

describe("a run-in lead that states a change (national 2021)", () => {
  it("keeps its figure, which no name holds", () => {
    const report = analyzeReport("一、“十三五”时期的回顾\n\n　　高速铁路运营里程翻一番。新建高速公路2万公里。\n");
    const lead = report.sentences.find((s) => s.text === "高速铁路运营里程翻一番。")!;
    expect(lead.role).toBe("lead");
    expect(lead.indicators.map((i) => [i.label, i.type, i.value])).toEqual([["高速铁路运营里程", "multiple", 2]]);
  });
});

describe("a web article's bracketed subheads (batch 11's 2023 news summary)", () => {
  const news = [
    "数读政府工作报告：2023年发展主要预期目标这样定",
    "2023-03-05 14:21:36　来源：新华网",
    "新华社北京3月5日电（记者林晓）3月5日，国务院总理李克强作政府工作报告。",
    "",
    "【过去一年：顶住压力实现增长】",
    "",
    "报告显示，国内生产总值增长3%。",
    "",
    "【今年目标：稳字当头、稳中求进】",
    "",
    "报告也指出，当前我国经济恢复的基础尚不牢固，需求不足仍是突出矛盾。",
    "",
    "“今年是全面贯彻落实党的二十大精神的开局之年。”李克强说。",
    "",
  ].join("\n");
  const report = analyzeReport(news);
  const on = (t: string) => report.sentences.find((s) => s.text.startsWith(t))!;

  it("stand alone as headings that open the review and the plan", () => {
    expect(on("【过去一年")).toMatchObject({ role: "heading", part: "review" });
    expect(on("【今年目标")).toMatchObject({ role: "heading", part: "plan" });
    expect(on("报告显示").kind).toBe("achievement");
  });

  it("read a stated shortcoming as a problem and a quoted 今年是…之年 as a judgement of the period", () => {
    expect(on("报告也指出")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(on("“今年是")).toMatchObject({ kind: "other" });
  });
});

describe("a review of the year and of the five-year period in one part (batch 15)", () => {
  const growth = (heading: string) => {
    const report = analyzeReport(`某区政府工作报告\n${heading}\n全年新增城镇就业3.42万人。\n二、2026年工作安排\n`);
    return report.sentences.find((s) => s.text.startsWith("全年新增"))!.indicators[0].qualifiers;
  };

  it("reads the figures of 2025年和“十四五”时期工作回顾 as the year's, as those of 2025年工作回顾", () => {
    expect(growth("一、2025年和“十四五”时期工作回顾")).not.toContain("累计");
    expect(growth("一、“十四五”时期工作回顾")).toContain("累计");
  });
});

describe("the article's account of the report under the deputies' heading (batch 38's 九江日报)", () => {
  it("reads 报告指出… as the report's word, a deputy's as comment", () => {
    const report = analyzeReport(["九江日报", "【代表声音】", "市人大代表、某企业董事长陈建国说，报告提出做强新材料产业，让企业更有底气。", "报告也不回避问题。", "报告指出，固定资产投资、社会消费品零售总额等指标没有完成年度目标，要直面问题。"].join("\n"));
    const on = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;
    expect(on("市人大代表").kind).toBe("other");
    expect(on("报告指出").subtype).toBe("problem");
  });
});

describe("a disaster told before what was done about it (batch 44's 成都, 河南 2004)", () => {
  it("is a problem that does not carry to the sentences after it", () => {
    const text = "一、2003年工作回顾\n去年夏秋之际，淮河流域发生多年少有的洪涝灾害，全省农作物受灾面积4300万亩。我们及时组织抗洪抢险和生产自救，全年粮食总产量371亿公斤。";
    const [, disaster, response] = analyzeReport(text).sentences;
    expect(disaster.subtype).toBe("problem");
    expect(response).toMatchObject({ kind: "achievement", subtype: null });
  });
});
