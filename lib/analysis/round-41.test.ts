// The forty-first round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned, read } from "./test-readers";
import { classifySentence } from "./classify-sentence";

describe("a Weibo post's link placeholder at the end of its line", () => {
  it("closes the thread, no sentence cut off (新征程已经开启！报告全文👉O网页链接)", () => {
    const analysis = analyzeReport(["某某发布", "【1/2】#政府工作报告# 【2023成绩单】地区生产总值增长5.2%。", "【2/2】#政府工作报告# 新征程已经开启！报告全文👉O网页链接"].join("\n"), {});
    expect(analysis.metadata.warnings.map((w) => w.code)).not.toContain("truncated");
  });

  it("still warns where a post's last line is cut off without one (报告全文见)", () => {
    const analysis = analyzeReport(["某某发布", "【1/2】#政府工作报告# 【2023成绩单】地区生产总值增长5.2%。", "【2/2】#政府工作报告# 今年全市将新建"].join("\n"), {});
    expect(analysis.metadata.warnings.map((w) => w.code)).toContain("truncated");
  });
});

describe("one point and half a point written in words", () => {
  it("reads 一个百分点 as a point (一倍 was read, 一个 alone never is)", () => {
    expect(read("城镇登记失业率比上年下降一个百分点。")).toEqual(["一个百分点=1个百分点"]);
    expect(read("建设一个中心、一个平台。")).toEqual([]);
  });

  it("reads 半个百分点 as 0.5 of a point, with the bound after it", () => {
    const [rate] = planned("城镇化率提高半个百分点以上。");
    expect(rate.value).toBe(0.5);
    expect(rate.unit).toBe("个百分点");
    expect(rate.qualifiers).toContain("以上");
  });
});

describe("a news headline that calls for the year", () => {
  const article = (headline: string) =>
    analyzeReport(["天水日报", "2019年1月20日　星期日　第1版", headline, "——市十四届人大三次会议开幕", "本报讯（记者 王明）1月19日，市十四届人大三次会议开幕。", "报告提出，今年地区生产总值增长7%左右。"].join("\n"), {});

  it("is the article's first sentence, a goal, and still its title (决战脱贫攻坚　建设幸福天水)", () => {
    const analysis = article("决战脱贫攻坚　建设幸福天水");
    expect(analysis.sentences[0]).toMatchObject({ text: "决战脱贫攻坚　建设幸福天水", kind: "goal" });
    expect(analysis.metadata.title).toContain("决战脱贫攻坚");
  });

  it("reads three short calls the same way (稳增长　促转型　惠民生)", () => {
    expect(article("稳增长　促转型　惠民生").sentences[0]).toMatchObject({ kind: "goal" });
  });

  it("leaves a headline about the session as the title only (——聚焦市政府工作报告)", () => {
    const analysis = article("——聚焦2019年市政府工作报告");
    expect(analysis.sentences.map((s) => s.text)).not.toContain("——聚焦2019年市政府工作报告");
  });
});

describe("a report typed with half-width punctuation throughout", () => {
  it("is read sentence by sentence, its figures named without the mark before them, and says so", () => {
    const lines = ["政府工作报告", "各位代表:", "一.2015年工作回顾", "预计全年实现地区生产总值568.7亿元,增长14.1%.", "规模以上工业增加值146.4亿元, 增长13.9%; 固定资产投资781.3亿元, 增长27.6%.", "财政总收入83.2亿元,增长14.3%.城镇新增就业3.72万人,城镇登记失业率3.56%.", "城镇常住居民人均可支配收入24046元,增长10%.", "新增规模以上工业企业62户. 实施省市重点项目316个.", "二.2016年工作安排", "今年全市经济社会发展的主要预期目标是:地区生产总值增长11%左右."];
    const analysis = analyzeReport(lines.join("\n"), {});
    expect(analysis.metadata.warnings.map((w) => w.code)).toContain("half-width-punctuation");
    const industry = analysis.sentences.find((s) => s.text.startsWith("规模以上工业增加值"))!;
    expect(industry.kind).toBe("achievement");
    expect(industry.indicators.map((i) => i.label)).toEqual(["规模以上工业增加值", "规模以上工业增加值", "固定资产投资", "固定资产投资"]);
    expect(analysis.sentences.find((s) => s.text.startsWith("城镇新增就业"))?.kind).toBe("achievement");
  });
});

describe("a radio read-out script", () => {
  it("reads a part's heading as the announcer says it (第一部分，二〇一八年工作回顾。)", () => {
    const analysis = analyzeReport(["各位代表：", "第一部分，二〇一八年工作回顾。", "全市实现地区生产总值一千二百九十二亿元，增长百分之八点九。", "第二部分，二〇一九年工作安排。", "全市地区生产总值增长百分之八左右。"].join("\n"), {});
    expect(analysis.sections.map((s) => [s.heading, s.part])).toEqual([["第一部分，二〇一八年工作回顾", "review"], ["第二部分，二〇一九年工作安排", "plan"]]);
    expect(analysis.sentences.find((s) => s.text.startsWith("全市实现"))?.kind).toBe("achievement");
  });

  it("reads a result measured against the year's target as a result (比年初预期目标高零点四个百分点)", () => {
    expect(classifySentence({ text: "全市实现地区生产总值1292亿元，增长8.9%，比年初预期目标高0.4个百分点。", part: "review", role: "body" }).kind).toBe("achievement");
    expect(classifySentence({ text: "全市地区生产总值预期目标增长8%左右。", part: "other", role: "body" }).kind).toBe("goal");
  });
});

describe("an e-reading app's export of a reader's highlights and notes", () => {
  const exported = [
    "《2023年某某市政府工作报告》",
    "共 3 个笔记",
    "",
    "◆ 一、2022年工作回顾",
    "",
    ">> 预计全年地区生产总值完成341.2亿元，增长4.8%，两年平均增长7.0%；",
    "✏️ 想法：去年报告定的是7%左右，比去年目标低了2.2个百分点。两年平均这个说法挺巧妙。",
    "2023/02/14 21:03",
    "",
    ">> 规上工业增加值增长3.9%，其中非钢产业增长11.2%。",
    "2023/02/14 21:13",
    "",
    "◆ 二、2023年工作总体要求和主要预期目标",
    "",
    ">> 地区生产总值增长6.5%左右。",
    "✏️ 想法：GDP比去年目标低了0.5个百分点，目标定得更实了。",
    "2023/02/15 07:50",
  ].join("\n");
  const analysis = analyzeReport(exported, {});
  const find = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a note as the reader's words, a shortfall it points out in the review a problem", () => {
    expect(find("✏️ 想法：去年报告定的是")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(find("两年平均这个说法")).toMatchObject({ kind: "other", subtype: null });
    expect(find("✏️ 想法：GDP比去年目标低")).toMatchObject({ kind: "other", subtype: null });
  });

  it("ends a highlight cut mid-sentence where the note begins, and names its figures without the quote mark", () => {
    const highlight = find(">> 预计全年地区生产总值");
    expect(highlight.text.endsWith("；")).toBe(true);
    expect(highlight.kind).toBe("achievement");
    expect(highlight.indicators[0].metric).toBe("gdp");
    expect(find(">> 规上工业增加值").indicators[0].label).toBe("规上工业增加值");
  });

  it("leaves the time a note was made out of the sentences", () => {
    expect(analysis.sentences.some((s) => s.text.includes("2023/02/14"))).toBe(false);
  });
});

describe("a short video's script", () => {
  const script = [
    "标题：1分钟看懂2019某某市政府工作报告！",
    "【画面：市会议中心外景，代表们步入会场】",
    "大家好，1月16日上午，市七届人大三次会议开幕。",
    "【字幕】📊 2018成绩单",
    "【字幕】📈 GDP 608.4亿元 ↑7.9%（预计）",
    "【画面：报告文本特写】",
    "民生方面，城镇新增就业1.24万人。",
    "【字幕】📢 2019年，这样干！",
    "2019年，报告定下了这些目标——",
    "【字幕】1️⃣ GDP 增长7.5%左右",
    "【字幕】2️⃣ 游客 9000万人次",
  ].join("\n");
  const analysis = analyzeReport(script, {});
  const find = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

  it("leaves the directions for the camera out, and reads a caption that shows a figure as a sentence", () => {
    expect(analysis.sentences.some((s) => s.text.startsWith("【画面"))).toBe(false);
    expect(find("【字幕】📈 GDP")).toMatchObject({ role: "body", kind: "achievement" });
  });

  it("reads the script's words for the plan as the plan's heading, and its captions' targets as goals", () => {
    expect(find("【字幕】1️⃣ GDP")).toMatchObject({ kind: "goal", part: "plan" });
    expect(find("【字幕】2️⃣ 游客")).toMatchObject({ kind: "goal" });
  });
});

describe("a merger year's report", () => {
  it("names the old city's figures by their metric (预计原蓬莱市区域完成地区生产总值…), and the money arrived as foreign investment", () => {
    const [gdp, , fdi] = achieved("预计原蓬莱市区域完成地区生产总值483.3亿元，增长3.2%；实际到账外资1.58亿美元。");
    expect(gdp.metric).toBe("gdp");
    expect(fdi.metric).toBe("foreign-investment");
    expect(achieved("原州区地区生产总值增长5%。")[0].label).toBe("原州区地区生产总值");
  });
});

describe("a wording a revision quotes", () => {
  it("is the report's words, figures and all (将第5页“…7.5%左右”修改为“…7.5%以上”)", () => {
    const figures = planned("1.将第5页“地区生产总值增长7.5%左右”修改为“地区生产总值增长7.5%以上”。");
    expect(figures.map((i) => `${i.metric}=${i.value} ${i.qualifiers.join("、")}`)).toEqual(["gdp=7.5 左右", "gdp=7.5 以上"]);
    expect(planned("4.在第7页“新增规上工业企业”后增加“150户以上”。")[0]).toMatchObject({ value: 150, label: "新增规上工业企业" });
  });

  it("names the new figure by the words before the replaced one (目标则由“4%”调整为“5%以上”)", () => {
    expect(planned("固定资产投资目标则由“4%”调整为“5%以上”。").map((i) => `${i.metric}=${i.value}`)).toEqual(["fixed-asset-investment=4", "fixed-asset-investment=5"]);
  });

  it("reads straight quotes and a quote's ellipsis alike, and each new wording commits to what it says itself", () => {
    expect(planned('4.将"一般公共预算收入增长4%"修改为"一般公共预算收入增长3%左右"。').map((i) => `${i.metric}=${i.value}`)).toEqual(["general-budget-revenue=4", "general-budget-revenue=3"]);
    const [before, after] = planned("3.将“……确保固定资产投资增长8%以上……”修改为“……固定资产投资增长6%以上……”。");
    expect(before.qualifiers).toEqual(["确保", "以上"]);
    expect(after).toMatchObject({ metric: "fixed-asset-investment", value: 6, qualifiers: ["以上"] });
  });

  it("leaves a transcriber's note of a handwritten change to the figure it changes (手写改动：改为“２０００万美元”)", () => {
    expect(planned("实际利用外资１５００万美元（原件此处有手写改动：改为“２０００万美元”）。").map((i) => i.value)).toEqual([20000000]);
  });

  it("leaves a quoted name alone when nothing revises it (实施“152”工程)", () => {
    expect(read("实施“152”工程，推进“两个100%”行动。")).toEqual([]);
  });
});

describe("townships listed before a metric named once", () => {
  it("give each township the whole metric (克井镇、五龙口镇一般公共预算收入分别…, a city without counties)", () => {
    expect(achieved("克井镇、五龙口镇一般公共预算收入分别突破2亿元和1.5亿元。").map((i) => i.label)).toEqual(["克井镇一般公共预算收入", "五龙口镇一般公共预算收入"]);
  });
});

describe("two words said by their first characters (存、贷款余额)", () => {
  it("gives each its whole name, what stands before the first included", () => {
    expect(achieved("金融机构人民币存、贷款余额分别达到598.2亿元和456.1亿元。").map((i) => i.label)).toEqual(["金融机构人民币存款余额", "金融机构人民币贷款余额"]);
  });
});

describe("a cheer over a figure", () => {
  it("is the result it cheers, not a call (首次突破8000万人次！)", () => {
    expect(classifySentence({ text: "没错，全市一年接待游客首次突破8000万人次！", part: "review", role: "body" }).kind).toBe("achievement");
    expect(classifySentence({ text: "让我们为实现2025年目标而努力奋斗！", part: "other", role: "body" }).kind).toBe("other");
  });
});

describe("a forum thread's reply under the copied report", () => {
  it("is a reader's words from its floor on, and the thread's buttons are furniture", () => {
    const thread = ["政府工作报告", "一、2015年工作回顾", "全市地区生产总值增长10.5%。", "二、2016年工作安排", "地区生产总值增长10%左右。", "回复 支持(12) 反对(0) 举报", "2#", "黔中老王 发表于 2016-2-27 22:15 | 只看该作者", "辛苦楼主！黄果树还是全省第一。", "返回列表 发新帖"].join("\n");
    const analysis = analyzeReport(thread, {});
    expect(analysis.sentences.find((s) => s.text.includes("全省第一"))).toMatchObject({ kind: "other", flags: expect.arrayContaining(["reply"]) });
    expect(analysis.sentences.some((s) => s.text.startsWith("回复 支持") || s.text.startsWith("返回列表"))).toBe(false);
    expect(analysis.sections.map((s) => s.heading)).not.toContain("回复 支持(12) 反对(0) 举报");
  });
});

describe("the furniture and titles of the session's new copies", () => {
  it("reads an e-reading app's export as an excerpt, its count and footer as furniture, and no false truncation", () => {
    const exported = ["《2023年某某市政府工作报告》", "共 3 个笔记", "", "◆ 一、2022年工作回顾", "", ">> 规上工业增加值增长3.9%。", "✏️ 想法：去年目标7%，差了3.1个百分点。", "✏️ 想法：城镇收入只涨了4.9%。", "✏️ 想法：还行。", "2023/02/14 21:13", "", "来自拾页读书"].join("\n");
    const analysis = analyzeReport(exported, {});
    expect(analysis.metadata.kind).toBe("excerpt");
    expect(analysis.metadata.warnings.map((w) => w.code)).not.toContain("truncated");
    expect(analysis.sentences.some((s) => /共 3 个笔记|来自拾页读书/.test(s.text))).toBe(false);
  });

  it("leaves a video script's credits and hashtag lines out, and its title's field name off the title", () => {
    const script = ["标题：1分钟看懂2019某某市政府工作报告！这些数字和你有关👇", "#某某两会# #政府工作报告#", "出品：某某市融媒体中心｜记者：覃晓雯｜剪辑：田野", "大家好，市七届人大三次会议开幕。", "【字幕】📈 GDP 608.4亿元 ↑7.9%", "觉得有用就点赞关注，我们持续为您带来两会报道！", "#某某两会# #点赞某某#"].join("\n");
    const analysis = analyzeReport(script, {});
    expect(analysis.metadata.title).toBe("1分钟看懂2019某某市政府工作报告！这些数字和你有关👇");
    expect(analysis.sentences.some((s) => s.text.startsWith("出品") || s.text.startsWith("#"))).toBe(false);
    expect(analysis.metadata.warnings.map((w) => w.code)).not.toContain("truncated");
  });

  it("leaves a forum post's header, its 楼主 mark and its tag out of the report", () => {
    const post = ["[原创] 2016年某某市政府工作报告（全文，手打）", "山城布衣 发表于 2016-2-27 21:46 | 只看该作者 | 倒序浏览", "楼主", "本帖最后由 山城布衣 于 2016-2-27 22:03 编辑", "各位代表：", "全市地区生产总值增长10.5%。"].join("\n");
    const analysis = analyzeReport(post, {});
    expect(analysis.metadata.title).toBe("2016年某某市政府工作报告（全文，手打）");
    expect(analysis.sentences.some((s) => /发表于|^楼主|本帖最后由/.test(s.text))).toBe(false);
  });
});
