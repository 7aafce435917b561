// The fortieth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { lookupMetric } from "./lookup-metric";
import { classifySentence } from "./classify-sentence";
import { yearCue } from "./cues";
import { partFromHeading } from "@/lib/text/parts";
import { achieved, planned, read } from "./test-readers";

describe("a number in Chinese numerals with decimals and no unit", () => {
  it("is read where a change closes on it (由上年的四点一降到三点二)", () => {
    expect(read("煤矿百万吨死亡率由上年的五点三降到四点七。")).toEqual(["五点三=5.3", "四点七=4.7"]);
  });

  it("is read before a bound (控制在一点九以内) and is the rate's target", () => {
    const [rate] = planned("煤矿百万吨死亡率控制在一点九以内。");
    expect(rate.value).toBe(1.9);
    expect(rate.unit).toBe("");
    expect(rate.qualifiers).toContain("以内");
  });

  it("is the year's result where the review says it", () => {
    const [rate] = achieved("全年煤矿百万吨死亡率为零点八，创历史最好水平。");
    expect(rate.value).toBe(0.8);
  });

  it("is no number when a word follows it (零点五个工作日, 三点钟)", () => {
    expect(read("企业开办时间压缩至零点五个工作日。")).toEqual([]);
    expect(read("会议于下午三点钟开始。")).toEqual([]);
  });

  it("is no number without decimals (三农, 一些)", () => {
    expect(read("扎实做好三农工作，解决一些突出问题。")).toEqual([]);
  });
});

describe("an explainer's info block under its title", () => {
  const text = [
    "【政策解读】图说2024年某某市政府工作报告",
    "解读文件：《2024年某某市政府工作报告》",
    "解读机关：某某市发展和改革委员会",
    "解读人：市发展改革委副主任　王明",
    "一问：今年的主要预期目标有哪些？",
    "答：全市地区生产总值增长6%左右，城镇新增就业2.5万人以上。",
  ].join("\n");
  const analysis = analyzeReport(text, {});
  const line = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

  it("is no title and no heading", () => {
    for (const start of ["解读文件", "解读机关", "解读人"]) expect(line(start).role).toBe("body");
    for (const section of analysis.sections) expect(section.heading).not.toContain("解读机关");
  });

  it("says who explains what, and is neither goal nor result", () => {
    for (const start of ["解读文件", "解读机关", "解读人"]) {
      expect(line(start).kind).toBe("other");
      expect(line(start).reason).toBe("解读信息栏");
    }
  });
});

describe("words around a name that are no part of it", () => {
  it("drop a question's words (为什么定为)", () => {
    const [growth] = planned("记者：请问，今年地区生产总值增长目标为什么定为7%左右？");
    expect(growth.label).toBe("地区生产总值");
  });

  it("drop who proposes (她建议)", () => {
    const [places] = planned("她建议今年城区新增学位不少于3000个。");
    expect(places.label).toBe("城区新增学位");
  });
});

describe("a month opening a measure's name", () => {
  it("dates it, so that a month's fall is no year's result (12月份外贸出口)", () => {
    const [exports] = achieved("11月份以来形势急转直下，12月份外贸出口下降9.6%。");
    expect(exports.label).toBe("12月份外贸出口");
  });

  it("dates months in a range too (1—8月社会消费品零售总额: the dash joins the months, it ends no clause)", () => {
    const [retail] = achieved("1—8月社会消费品零售总额下降3.1%。");
    expect(retail.label).toBe("1—8月社会消费品零售总额");
  });

  it("is a point in the month, not the name, before 底 or 上旬 (3月底复工率)", () => {
    const [rate] = achieved("4月上旬，规上工业企业复工率达到95%。");
    expect(rate.label).toBe("规上工业企业复工率");
  });
});

describe("a review headed by the five years and the year in full-width digits", () => {
  const text = [
    "各位代表：",
    "一、过去五年和２０１０年工作回顾",
    "五年间，全市生产总值年均增长１２．６％。",
    "全年全市生产总值４１２．５亿元，增长１３．４％。",
    "二、２０１１年工作安排",
    "全市生产总值增长１２％左右。",
  ].join("\n");
  const analysis = analyzeReport(text, {});
  const figures = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!.indicators;

  it("keeps the year's figures the year's (no 累计)", () => {
    const growth = figures("全年全市生产总值").find((i) => i.unit === "%")!;
    expect(growth.value).toBe(13.4);
    expect(growth.qualifiers).not.toContain("累计");
  });

  it("still reads the five years' paragraph as theirs", () => {
    expect(figures("五年间")[0].qualifiers).toContain("年均");
  });
});

describe("a copy typed in full width", () => {
  it("reads a formula's digit as part of its name (二氧化硫（ＳＯ２）)", () => {
    expect(read("二氧化硫（ＳＯ２）排放量削减４％。")).toEqual(["４％=4%"]);
    const [sulphur] = planned("二氧化硫（ＳＯ２）排放量削减４％。");
    expect(sulphur.label).toBe("二氧化硫排放量");
  });

  it("reads a figure after a measure's abbreviation (人均ＧＤＰ９８６０元, 人均GDP9860元)", () => {
    expect(read("全市人均ＧＤＰ９８６０元。")).toEqual(["９８６０元=9860元"]);
    expect(read("全市人均GDP9860元。")).toEqual(["9860元=9860元"]);
  });

  it("still reads other letters before digits as a name (５Ｇ基站)", () => {
    expect(read("建成５Ｇ基站８００个。")).toEqual(["８００个=800个"]);
  });
});

describe("the lexicon", () => {
  it("knows tourist arrivals named as the tourism's count (旅游接待人数)", () => {
    expect(lookupMetric("旅游接待人数").key).toBe("tourists");
    expect(lookupMetric("旅游总收入").key).not.toBe("tourists");
  });

  it("knows foreign direct investment named in full (实际利用外商直接投资)", () => {
    expect(lookupMetric("实际利用外商直接投资").key).toBe("foreign-investment");
    expect(lookupMetric("实际使用外商直接投资").key).toBe("foreign-investment");
    expect(lookupMetric("合同外资").key).not.toBe("foreign-investment");
  });
});

describe("a Weibo thread's numbered posts", () => {
  const text = [
    "某某发布",
    "1月10日 09:30 来自 微博 weibo.com",
    "【1/5】#2023某某两会# 今天上午，市人代会开幕，市长作政府工作报告。",
    "转发 12 ｜ 评论 3 ｜ 点赞 85",
    "【2/5】#政府工作报告# 【2022成绩单】📊",
    "✅地区生产总值增长4.2%",
    "【3/5】#政府工作报告# 【民生温度】城镇新增就业3.1万人，居民人均可支配收入增长5.6%。",
    "【4/5】#政府工作报告# 【2023年预期目标】划重点❗",
    "✅地区生产总值增长6%左右",
    "【5/5】#政府工作报告# 【项目为王】实施市重点项目200个，完成投资800亿元。",
  ].join("\n");
  const analysis = analyzeReport(text, {});
  const line = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

  it("reads the counts line under a post as the page's, not a heading (点赞)", () => {
    expect(analysis.sections.some((s) => s.heading.includes("点赞"))).toBe(false);
  });

  it("opens a section per post, its part named by its title", () => {
    expect(line("✅地区生产总值增长4.2%").kind).toBe("achievement");
    expect(line("✅地区生产总值增长6%左右").kind).toBe("goal");
  });

  it("carries the part of the posts before when a post's title names none", () => {
    expect(line("【3/5】").kind).toBe("achievement");
    expect(line("【5/5】").kind).toBe("goal");
  });
});

describe("a copy that lost the break after a part's heading", () => {
  const text = [
    "各位代表：",
    "一、2020年工作回顾2020年，面对疫情冲击，全市上下团结奋斗，地区生产总值增长4.1%，一般公共预算收入增长3.2%。",
    "规上工业增加值增长5.6%。",
    "二、2021年主要目标任务",
    "——预期性指标。",
    "地区生产总值增长7%左右。",
  ].join("\n");
  const analysis = analyzeReport(text, {});
  const line = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

  it("opens the part under the heading's words and reads the sentence as the paragraph's", () => {
    expect(analysis.sections[0].heading).toBe("一、2020年工作回顾");
    expect(analysis.sections[0].part).toBe("review");
    expect(line("一、2020年工作回顾").role).toBe("body");
    expect(line("一、2020年工作回顾").kind).toBe("achievement");
  });

  it("reads a group of the targets named by a dash lead as its name (——预期性指标。)", () => {
    expect(line("——预期性指标").kind).toBe("other");
  });
});

describe("a sub-heading glued to its paragraph's first sentence", () => {
  const text = [
    "各位代表：",
    "一、2020年工作回顾",
    "（一）项目建设成效明显实施市级重点项目120个，完成投资246.3亿元。",
    "（二）民生福祉持续增进78.2%的一般公共预算支出用于民生。",
    "（三）坚持改革开放。",
  ].join("\n");
  const analysis = analyzeReport(text, {});

  it("is cut at the word such a heading ends on, the sentence's figures named by the sentence", () => {
    expect(analysis.sections.map((s) => s.heading)).toEqual(["一、2020年工作回顾", "（一）项目建设成效明显", "（二）民生福祉持续增进", "（三）坚持改革开放"]);
    const projects = analysis.sentences.find((s) => s.text.startsWith("实施市级重点项目"))!;
    expect(projects.indicators[0].label).toBe("市级重点项目");
  });
});

describe("a township's report", () => {
  const text = [
    "佛山市南海区西樵镇人民政府工作报告",
    "——2023年1月10日在西樵镇第十八届人民代表大会第二次会议上",
    "各位代表：",
    "一、2022年工作回顾",
    "全镇地区生产总值增长5.8%。",
    "二、2023年主要目标",
    "区政府工作报告提出全区地区生产总值增长6%左右，我镇要当好排头兵。",
    "全镇地区生产总值增长6.5%左右。",
  ].join("\n");
  const analysis = analyzeReport(text, { fileName: "town-2023.txt" });
  const figure = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!.indicators[0];

  it("reads 全镇 as its own and the district's target it quotes as the district's", () => {
    expect(figure("全镇地区生产总值增长6.5%").place).toBeFalsy();
    expect(figure("区政府工作报告提出").place).toBe("全区");
  });
});

describe("a heading naming a five-year plan of the 1990s", () => {
  it("opens the plan (二、“九五”计划和2010年远景目标), while its review stays one (“八五”计划执行情况)", () => {
    expect(partFromHeading("二、“九五”计划和２０１０年远景目标")).toBe("plan");
    expect(partFromHeading("三、实现“九五”计划的主要措施")).toBe("plan");
    expect(partFromHeading("二、“八五”计划执行情况")).toBe("review");
  });
});

describe("a result's own target in brackets after it", () => {
  it("is that metric's target, of the result's kind (增长9.6%（目标9%）)", () => {
    const [, growth, target] = achieved("全年实现地区生产总值826.4亿元，增长9.6%（目标9%），增速居全市第3位。");
    expect(growth).toMatchObject({ metric: "gdp", value: 9.6, modality: "actual" });
    expect(target).toMatchObject({ metric: "gdp", value: 9, type: "growth", modality: "target" });
  });

  it("keeps the result's direction (压减6.2%（目标5%）, 降低3.1%（目标下降3%）)", () => {
    expect(achieved("一般性支出压减6.2%（目标5%）。")[1]).toMatchObject({ value: -5, modality: "target" });
    expect(achieved("单位地区生产总值能耗降低3.1%（目标下降3%）。")[1]).toMatchObject({ value: -3, modality: "target" });
  });

  it("reads a plan's count in brackets too (改造2860户（计划2500户）)", () => {
    expect(achieved("完成棚户区改造2860户（计划2500户）。")[1]).toMatchObject({ label: "棚户区改造", value: 2500, modality: "target" });
  });
});

describe("a news video's subtitles", () => {
  it("read a reporter's sign-off and the session's business as the article's own words", () => {
    expect(classifySentence({ text: "萧山新闻 记者 王丽 陈晨 报道", part: "plan", role: "body" })).toMatchObject({ kind: "other", reason: "记者署名" });
    expect(classifySentence({ text: "会议期间 代表们将分组审议政府工作报告", part: "plan", role: "body" })).toMatchObject({ kind: "other", reason: "会议程序" });
  });

  it("read a live blog's entries on the session's business as the session's (大会表决通过了, 表决结果, 各代表团分组审议)", () => {
    for (const text of ["10:58 大会表决通过了区十八届人大一次会议选举办法。", "表决结果：赞成238票，反对0票，弃权2票。", "11:30 今天下午，各代表团分组审议政府工作报告。", "报告历时85分钟，其间24次被掌声打断。"]) {
      expect(classifySentence({ text, part: "other", role: "body" })).toMatchObject({ kind: "other", reason: "会议程序" });
    }
  });

  it("read the year after a subtitle's blank (报告显示 2023年…)", () => {
    expect(yearCue("报告显示 2023年全市实现地区生产总值1326亿元", 2023, 2024)).toBe("review");
  });
});

describe("a Weibo post's marks around a name", () => {
  it("leave the name (📈, 5️⃣, #政府工作报告#, 【产业名片】, an emoji that ends the sentence before)", () => {
    expect(achieved("📈一般公共预算收入由120.5亿元增加到168.2亿元。")[1].label).toBe("一般公共预算收入");
    expect(achieved("3️⃣外贸进出口↑21.5%")[0].label).toBe("外贸进出口");
    expect(achieved("【6/12】#政府工作报告# 【产业名片】🏭新材料产业营业收入520亿元。")[0].label).toBe("新材料产业营业收入");
    expect(achieved("粮食总产量再创新高🌾PM2.5年均浓度降到45微克/立方米。")[0].label).toBe("PM2.5年均浓度");
  });
});

describe("a typist's middle dot for the decimal point", () => {
  it("is read before a scale or a unit (97·8亿元), not in a day's name (“7·20”特大暴雨)", () => {
    expect(read("全市国内生产总值完成86·4亿元。")).toEqual(["86·4亿元=8640000000元"]);
    expect(read("经受住“7·20”特大暴雨考验。")).toEqual([]);
  });
});

describe("why the headline target was set so, said after naming it", () => {
  it("is the report's explanation, no second goal", () => {
    for (const text of ["地区生产总值增长6%左右的预期目标，与全省目标相衔接，兼顾了稳增长和防风险的需要。", "地区生产总值预期增速比上年目标下调0.5个百分点，与全市预期目标保持一致。"]) {
      expect(classifySentence({ text, part: "plan", role: "body" })).toMatchObject({ kind: "other", reason: "目标说明" });
    }
  });

  it("leaves the target itself a goal", () => {
    expect(classifySentence({ text: "地区生产总值增长6%左右，一般公共预算收入增长5%。", part: "plan", role: "body" }).kind).toBe("goal");
  });
});

describe("a repost's pointer to the report's text", () => {
  it("is the repost's own words (以下为报告全文：)", () => {
    expect(classifySentence({ text: "以下为报告全文：", part: "other", role: "body" })).toMatchObject({ kind: "other", reason: "报告说明" });
  });
});

describe("a Weibo thread's page furniture and a township's speaker", () => {
  it("reads a post's link placeholder as the page's, no sentence cut off (报告全文👉O网页链接)", () => {
    const analysis = analyzeReport(["某某发布", "【1/2】#政府工作报告# 【2023成绩单】地区生产总值增长5.2%。", "【2/2】#政府工作报告# 新征程已经开启！", "报告全文👉O网页链接"].join("\n"), {});
    expect(analysis.metadata.warnings.map((w) => w.code)).not.toContain("truncated");
    expect(analysis.sections.map((s) => s.heading)).toContain("【2/2】");
  });

  it("reads a township's head under the title as the speaker (北滘镇镇长　冯锦荣)", () => {
    const analysis = analyzeReport(["某某市某某区西樵镇人民政府工作报告", "西樵镇镇长　陈明", "各位代表：", "一、2022年工作回顾", "全镇地区生产总值增长5.8%。"].join("\n"), {});
    expect(analysis.metadata.speaker).toBe("陈明");
    expect(analysis.sections.map((s) => s.heading)).not.toContain("西樵镇镇长　陈明");
  });
});
