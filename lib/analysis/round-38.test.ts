// The thirty-eighth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { lookupMetric } from "./lookup-metric";
import { achieved, planned, read } from "./test-readers";

describe("funds named only as funds (投入资金…)", () => {
  const text = [
    "某区2024年政府工作报告",
    "一、2023年工作回顾",
    "2023年十件民生实事全面完成，累计投入资金4.2亿元。",
    "二、2024年工作安排",
    "认真办好十件民生实事，计划投入资金3.9亿元。",
    "附件：2024年十件民生实事",
    "1.托育服务扩容。新增普惠性托位500个，投入资金1200万元。",
    "2.社区食堂建设。新建社区食堂6个，投入资金500万元。",
    "3.道路修缮。修缮背街小巷30条，计划投资800万元。",
  ].join("\n");
  const report = analyzeReport(text);
  const funds = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.indicators.find((i) => i.unit === "元")!;

  it("are the funds of the numbered item they close", () => {
    expect(funds("新增普惠性托位").label).toBe("托育服务扩容投入资金");
    expect(funds("新建社区食堂").label).toBe("社区食堂建设投入资金");
  });

  it("are the funds of the programme the sentence is about, in the review and in the plan alike", () => {
    expect(funds("2023年十件").label).toBe("民生实事投入资金");
    expect(funds("认真办好").metric).toBe(funds("2023年十件").metric);
  });

  it("leave a figure that names what it is (计划投资) as it is", () => {
    expect(funds("修缮背街小巷").label).not.toContain("道路修缮");
  });

  it("key an item's funds the same whether the text says 投入资金 or 投入, and with or without the count of items", () => {
    expect(lookupMetric("托育服务扩容投入资金").key).toBe(lookupMetric("托育服务扩容投入").key);
    expect(lookupMetric("十件民生实事投入资金").key).toBe(lookupMetric("民生实事投入资金").key);
    expect(lookupMetric("研发投入").key).not.toBe(lookupMetric("托育服务扩容投入").key);
  });
});

describe("a blank a copy left before a one-character measure word", () => {
  it("keeps the measure word the figure's unit where it closes the clause", () => {
    expect(read("新增公共停车泊位3260 个。")).toEqual(["3260 个=3260个"]);
    expect(read("培育专精特新企业35 家，新增上市公司2家。")).toEqual(["35 家=35家", "2家=2家"]);
  });

  it("leaves a number whose blank is followed by a word, not a unit, as it was", () => {
    expect(read("组建3 个小组协同推进")).toEqual(["3=3"]);
  });
});

describe("a broadcast transcript's homophones of common names", () => {
  it("reads 高薪技术企业 as 高新技术企业 and 市场主题 before its figure as 市场主体, character for character", () => {
    const stored = "一、2021年工作回顾\n高薪技术企业达到2410家，新增市场主题9.1万户。举办市场主题活动。\n";
    const report = analyzeReport(stored);
    const sentence = report.sentences.find((s) => s.text.includes("2410"))!;
    expect(sentence.indicators.map((i) => i.metric)).toEqual([lookupMetric("高新技术企业").key, lookupMetric("新增市场主体").key]);
    expect(stored.slice(sentence.start, sentence.end)).toContain("高薪技术企业");
    expect(report.sentences.map((s) => s.text).join("")).toContain("市场主题活动");
  });
});

describe("one figure over a short list, and a rate after another of the same subject", () => {
  const named = (text: string) => planned(text).map((i) => `${i.label}=${i.value}`);

  it("gives a cut said with 均 to each item of the list (会议、文件数量均削减10%以上)", () => {
    expect(named("一般性支出压减5%以上，会议、文件数量均削减10%以上。")).toEqual(["一般性支出=-5", "会议数量=-10", "文件数量=-10"]);
  });

  it("gives a bare rate of handling the subject of the rate before it (群众诉求解决率…、满意率…)", () => {
    expect(named("群众诉求解决率达到90%以上、满意率达到92%以上。")).toEqual(["群众诉求解决率=90", "群众诉求满意率=92"]);
  });
});

describe("things counted whose name holds 为民, and an industry's sales said with 实现", () => {
  const named = (text: string) => achieved(text).map((i) => `${i.label}=${i.value}`);

  it("names a count by the 为民办实事 works after it, 为民 no verb", () => {
    expect(named("十二件为民办实事工程全部按期完成。")).toEqual(["为民办实事工程=12"]);
    expect(named("15件为民办实事项目全部完成。")).toEqual(["为民办实事项目=15"]);
  });

  it("drops 实现 between an industry and its 销售", () => {
    expect(named("环保产业实现销售466亿元，增长13.7%。")).toEqual(["环保产业销售=46600000000", "环保产业销售=13.7"]);
  });
});

describe("the pause mark inside a name", () => {
  it("changes no name: 新增中小学、幼儿园学位 is 新增中小学幼儿园学位, 新建、改扩建幼儿园 is 新建改扩建幼儿园", () => {
    expect(lookupMetric("新增中小学、幼儿园学位").key).toBe(lookupMetric("新增中小学幼儿园学位").key);
    expect(lookupMetric("新建、改扩建幼儿园").key).toBe(lookupMetric("新建改扩建幼儿园").key);
    expect(lookupMetric("新建改扩建幼儿园").key).not.toBe(lookupMetric("新建幼儿园").key);
  });
});

describe("last year's figure as the base of this year's task", () => {
  const kinds = (text: string) => analyzeReport(text).sentences.map((s) => s.kind);

  it("makes a news sentence opening on 去年 and going on to 今年要 a goal", () => {
    const news = "本报讯（记者 王某）昨天，市十届人大一次会议开幕。\n去年全区固定资产投资增长10.2%，今年要在高基数上稳住投资增长势头。\n去年全区固定资产投资增长10.2%，增速居全市第一。";
    expect(kinds(news).slice(-2)).toEqual(["goal", "achievement"]);
  });
});

describe("people given safe drinking water, and a Hong Kong paper's words", () => {
  it("names the people counted before 饮水安全 by the problem solved for them", () => {
    expect(achieved("新建高标准农田7.2万亩，解决21.8万农村人口饮水安全问题。").at(-1)).toMatchObject({ metric: "rural-drinking-water", value: 218000, unit: "人" });
    expect(achieved("解决了6069万农村人口的饮水安全问题。")[0].metric).toBe("rural-drinking-water");
    expect(achieved("解决饮水安全问题的农村人口达到30万人。")[0].metric).toBe("rural-drinking-water");
    expect(achieved("农村人口达到30万人。")[0].metric).not.toBe("rural-drinking-water");
  });

  it("reads 按年 as 同比 and 逾 as a word before the figure, neither in the name", () => {
    expect(achieved("全市地区生产总值按年增长10.3%，固定资产投资首度逾千亿元。").map((i) => i.metric)).toEqual([lookupMetric("地区生产总值").key, lookupMetric("固定资产投资").key]);
  });
});

describe("a plan's mid-term evaluation", () => {
  it("is a review: its heading opens one, and a tally of progress with laggards in it reports results", () => {
    const text = "某区2024年政府工作报告\n一、2023年工作回顾\n“十四五”规划纲要确定的36项主要指标中，28项进度符合或快于预期，8项滞后。\n二、2024年工作安排\n地区生产总值增长5%左右。";
    expect(analyzeReport(text).sentences.find((s) => s.text.startsWith("“十四五”"))?.kind).toBe("achievement");
    const news = "本报讯 昨天，区人代会开幕。\n【“十四五”中期评估】\n新增就业岗位三年累计13.3万个。";
    expect(analyzeReport(news).sentences.at(-1)?.kind).toBe("achievement");
  });
});

describe("an illustrated explainer's panels (图解)", () => {
  const text = [
    "图解：某市2012年政府工作报告",
    "★2011成绩单★",
    "经济总量再上新台阶",
    "地区生产总值 1702亿元 ↑11.8%",
    "公共财政预算收入 152.5亿元 ↑18.6%",
    "★2012目标★",
    "主要预期目标",
    "GDP ↑11%左右",
    "财政收入 ↑12%",
    "报告金句",
    "“发展是第一要务，民生是第一追求。”",
  ].join("\n");
  const report = analyzeReport(text);
  const kind = (start: string) => report.sentences.find((s) => s.text.startsWith(start))?.kind;

  it("opens the review at a panel title between two stars, a year without its 年 (★2011成绩单★), and the plan at ★2012目标★", () => {
    expect(kind("地区生产总值")).toBe("achievement");
    expect(kind("★2012目标★")).toBe("other");
    expect(kind("GDP")).toBe("goal");
  });

  it("reads 要务 as no modal: a quoted line of the report sets no task", () => {
    expect(kind("“发展是第一要务")).toBe("other");
  });
});

describe("a sentence that opens on a part of the year", () => {
  it("dates the figures of its clauses to that part, never to the year", () => {
    const found = achieved("一季度，全市地区生产总值下降7.4%，规模以上工业增加值下降12.8%，经济运行遭受严重冲击。");
    expect(found.map((i) => i.label)).toEqual(["一季度地区生产总值", "一季度规模以上工业增加值"]);
    expect(found[0].metric).not.toBe(lookupMetric("地区生产总值").key);
    const year = achieved("上半年，全市地区生产总值下降2.1%；全年地区生产总值增长3.8%。");
    expect(year.map((i) => i.metric)).toEqual([expect.stringMatching(/^x-/), lookupMetric("地区生产总值").key]);
  });
});

describe("names a farm city's report writes", () => {
  it("gives a bare 产值 after 做大做强…加工业 the trade, past a hedge", () => {
    expect(planned("做大做强绿色食品加工业，力争产值突破200亿元。")[0].label).toBe("绿色食品加工业产值");
  });

  it("keys 造林更新 as afforestation and 解决农村饮水安全人口 as the people given safe water", () => {
    expect(lookupMetric("造林更新").key).toBe("afforestation");
    expect(lookupMetric("解决农村饮水安全人口").key).toBe("rural-drinking-water");
  });
});

describe("falls said another way", () => {
  it("reads a fall held to a level (降幅收窄至8%以内) as a fall of that size", () => {
    expect(planned("力争地区生产总值降幅收窄至8%以内。").map((i) => [i.metric, i.value, i.type])).toEqual([[lookupMetric("地区生产总值").key, -8, "growth"]]);
  });

  it("reads a cut said verb first (精简行政审批事项12.6%) as the fall of what was cut", () => {
    expect(achieved("精简行政审批事项12.6%，取消收费项目8项。").map((i) => [i.label, i.value, i.type])).toEqual([["行政审批事项", -12.6, "growth"], ["取消收费项目", 8, "count"]]);
  });
});

describe("a district's tax total", () => {
  it("is its tax revenue (税收总额 / 税收收入)", () => {
    expect(lookupMetric("税收总额").key).toBe(lookupMetric("税收收入").key);
  });
});

describe("a target set against last year's or the province's, then why", () => {
  it("is the target's explanation, not a goal of its own", () => {
    const text = "某市2013年政府工作报告\n一、2012年工作回顾\n地区生产总值增长12.5%。\n二、2013年工作的总体要求和主要预期目标\n地区生产总值增长11%左右。\n确定地区生产总值增长11%左右，比去年的预期目标低2个百分点，主要是考虑到外部需求不振。";
    expect(analyzeReport(text).sentences.at(-1)?.kind).toBe("other");
  });
});

describe("a month's start or end before a figure", () => {
  it("is when, no part of the name (3月初即达98%以上)", () => {
    expect(achieved("规上工业企业复工率3月初即达98%以上。")[0].label).toBe("规上工业企业复工率");
  });
});

describe("a result's margin over its own target, said other ways", () => {
  const read = (text: string) => achieved(text).map((i) => [i.label, i.value, i.modality]);

  it("reads 比年初预期目标高出1.9个百分点 as the result's margin, not a target", () => {
    expect(read("固定资产投资增长13.9%，比年初预期目标高出1.9个百分点。").at(-1)).toEqual(["固定资产投资增速高于年初预期目标", 1.9, "actual"]);
  });

  it("names a margin with no figure before it by its whole clause (规模以上工业增加值增速低于年初预期0.6个百分点)", () => {
    expect(read("规模以上工业增加值增速低于年初预期0.6个百分点，部分指标没有完成年度目标。")).toEqual([["规模以上工业增加值增速低于年初预期", 0.6, "actual"]]);
  });
});

describe("a clause inside the sentence that opens on a part of the year", () => {
  it("dates the figures from there on to that part (…，一季度地区生产总值仅增长9.8%，规模以上工业增加值增长11.2%)", () => {
    const found = achieved("面对国际金融危机的严重冲击，一季度地区生产总值仅增长9.8%，规模以上工业增加值增长11.2%，进出口总额下降23.6%。");
    expect(found.map((i) => i.label)).toEqual(["一季度地区生产总值", "一季度规模以上工业增加值", "一季度进出口总额"]);
    expect(achieved("今年第一季度，工业生产又比去年同期增长12%。")[0].label).toBe("工业生产");
  });
});

describe("what a part of the year dates", () => {
  it("dates measures only, never a deed done in the quarter, nor what has held since it", () => {
    expect(achieved("四季度增发1万亿元国债，支持灾后恢复重建。")[0].label).not.toMatch(/^四季度/);
    expect(achieved("与去年同期相比，工业总产值第一季度下降0.2%，第二季度增长1.7%，第三季度增长3%。").map((i) => i.label)).not.toContain("第二季度工业总产值");
  });
});

describe("names a report writes for the same figure", () => {
  it("keys 城镇实名制新增就业 as new jobs, 空气质量达标天数比例 as the good-air rate, and drops a manner word (积极争取…)", () => {
    expect(lookupMetric("城镇实名制新增就业").key).toBe(lookupMetric("城镇新增就业").key);
    expect(lookupMetric("空气质量达标天数比例").key).toBe(lookupMetric("空气质量优良天数比例").key);
    expect(lookupMetric("积极争取中央和省预算内资金").key).toBe(lookupMetric("中央和省预算内资金").key);
  });
});

describe("an old city website's names (batch 95's 四平)", () => {
  const named = (text: string) => achieved(text).map((i) => `${i.label}=${i.value}`);

  it("leaves the fair a figure was won at out of its name", () => {
    expect(named("在首届中国吉林·东北亚投资贸易博览会上签约项目41个。")).toEqual(["签约项目=41"]);
  });

  it("reads a span in full-width digits (增幅连续３年) as no part of the name", () => {
    expect(named("全市地区生产总值完成420亿元，增幅连续３年保持在１５％以上。")).toEqual(["地区生产总值=42000000000", "地区生产总值=15"]);
  });

  it("gives each partner of a trade list the 对 and the flow (对俄罗斯、韩国出口分别增长31%和24%)", () => {
    expect(named("对俄罗斯、韩国出口分别增长31%和24%。")).toEqual(["对俄罗斯出口=31", "对韩国出口=24"]);
  });
});

describe("a page's last line that is no sentence", () => {
  const warns = (text: string) => (analyzeReport(text).warnings ?? []).map((w) => w.code);
  it("reads an attachment's link or an image's placeholder as closing the page, not as a sentence cut off", () => {
    expect(warns("一、2024年工作回顾\n地区生产总值增长5.8%。\n附件：重点工作任务分解表.docx（42.6 KB）")).not.toContain("truncated");
    expect(warns("一、2024年工作回顾\n地区生产总值增长5.8%。\n[图片：扫一扫，手机看报告二维码]")).not.toContain("truncated");
    expect(warns("一、2024年工作回顾\n地区生产总值增长5.8%，一般公共预算收入")).toContain("truncated");
  });
});
