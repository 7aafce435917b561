// The forty-second round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned } from "./test-readers";
import { classifySentence } from "./classify-sentence";

const kindOf = (text: string, part: "review" | "plan" | "other" = "other") => classifySentence({ text, part, role: "body" });
const sentenceOf = (analysis: ReturnType<typeof analyzeReport>, start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

describe("a paper of the 1960s typed in from the archive's volume", () => {
  const article = analyzeReport(
    [
      "〔录入说明：本件据市档案馆藏报纸合订本录入〕",
      "",
      "某某日报",
      "一九六四年四月九日　星期四",
      "",
      "鼓足干劲　力争上游",
      "市第五届人民代表大会第一次会议开幕",
      "王某某市长作工作报告：去年全市工业总产值比前年增长百分之八点九，今年要达到十六亿六千万元",
      "",
      "本报记者　李某",
      "",
      "　　本报讯　某某市第五届人民代表大会第一次会议，于四月八日上午在市人民会堂隆重开幕。",
      "　　出席今天会议的代表共412人，列席的有各方面人士86人。",
      "　　大会执行主席宣布开会后，全体代表起立，奏国歌。",
    ].join("\n"),
    { fileName: "city-1964-news.txt" },
  );

  it("reads a deck of more than forty characters as part of the headline, the date in numerals as the masthead's", () => {
    expect(sentenceOf(article, "王某某市长作工作报告").flags).toContain("headline");
  });

  it("carries no goal from the headline into the session's business (出席今天会议的代表共412人, 奏国歌)", () => {
    expect(sentenceOf(article, "出席今天会议的代表").kind).toBe("other");
    expect(sentenceOf(article, "大会执行主席宣布开会后").kind).toBe("other");
  });
});

describe("statements about where things stand and what the task turns on", () => {
  it("reads a good situation as a judgement, not a task (当前，全市的政治经济形势很好。)", () => {
    expect(kindOf("当前，全市的政治经济形势很好。", "plan").kind).toBe("other");
    expect(kindOf("当前，国内外形势大好。", "plan").kind).toBe("other");
  });

  it("reads 关键在于 after a task as what it turns on (完成今年的任务，关键在于领导。)", () => {
    expect(kindOf("完成今年的任务，关键在于领导。", "plan").kind).toBe("other");
    expect(kindOf("目标已经明确，关键在于落实。", "plan").kind).toBe("other");
    // (A sentence with a figure of its own still sets it.)
    expect(kindOf("完成今年的任务，关键在于抓好200个重点项目。", "plan").kind).toBe("goal");
  });

  it("reads the plan year's months already past as results, in the plan (今年一、二月份，…完成2.31亿元)", () => {
    expect(kindOf("今年一、二月份，全市工业总产值完成2.31亿元，比去年同期增长7.2%。", "plan").kind).toBe("achievement");
  });

  it("reads a shortfall said with 也还存在着 as a problem", () => {
    expect(kindOf("我们的工作中也还存在着不少缺点和问题。", "review")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("reads a target named with the verb that set it, then explained, as the explanation (提出…，与全省…保持一致)", () => {
    expect(kindOf("提出地区生产总值增长8%左右，与全省预期目标保持一致，也为应对风险挑战留有余地。", "plan").kind).toBe("other");
  });
});

describe("a news app's picture inside a paragraph", () => {
  const copy = analyzeReport(
    [
      "某某市政府工作报告",
      "一、2020年工作回顾",
      "预计全年地区生产总值977.9亿元，增长3.9%；社会消费品零售总额328.4亿元，下降0.8%；",
      "",
      "高新区一家铜加工企业的生产车间内，工人正在调试设备。（某某日报记者 黄某某 摄）",
      "",
      "财政总收入172.4亿元，增长2.3%。",
      "二、2021年工作安排",
      "地区生产总值增长8%左右。",
    ].join("\n"),
    { fileName: "city-2021.txt" },
  );

  it("leaves the caption out and reads the paragraph's halves as one (预计 reaches past the picture)", () => {
    expect(copy.sentences.some((s) => s.text.includes("摄"))).toBe(false);
    const joined = sentenceOf(copy, "预计全年地区生产总值");
    expect(joined.text).toContain("财政总收入172.4亿元");
    expect(joined.indicators.find((i) => i.text === "172.4亿元")?.modality).toBe("estimate");
  });
});

describe("a reporter's lead and a deputy's hope", () => {
  it("name no figure (记者注意到，…; 今年希望突破1万人次)", () => {
    expect(achieved("记者注意到，今年的经济增长目标比去年年初提出的8%左右高出0.5个百分点。").map((i) => i.label)).not.toContain("记者注意到");
    expect(achieved("她的民宿去年接待游客6800人次，今年希望突破1万人次。").map((i) => i.label)).toEqual(["民宿接待游客", "民宿接待游客"]);
  });
});

describe("the session's bulletin of a deputies' group discussion", () => {
  const bulletin = analyzeReport(
    [
      "某某市第十六届人民代表大会第三次会议简报",
      "第7期",
      "大会秘书处编　　　　2019年1月16日",
      "某某代表团审议政府工作报告",
      "张某某代表（某某镇党委书记）说：",
      "　　报告对过去一年工作的总结很实在。去年我镇地区生产总值增长6.8%。报告提出今年新增公办中小学学位2.5万个。建议市政府加快周边配套路网建设。希望市政府继续加大对传统产业转型的扶持。",
      "　　代表们还就优化营商环境、推进垃圾分类等提出了意见和建议。",
      "报送：市委、市人大常委会、市政府领导同志",
    ].join("\n"),
    { fileName: "city-2019-bulletin.txt" },
  );

  it("is a document about the report, not the report", () => {
    expect(bulletin.metadata.kind).toBe("document");
  });

  it("reads the deputy's judgement, suggestions and hopes as theirs, the report's targets they quote as goals", () => {
    expect(sentenceOf(bulletin, "报告对过去一年工作的总结很实在").kind).toBe("other");
    expect(sentenceOf(bulletin, "报告提出今年新增公办中小学学位").kind).toBe("goal");
    expect(sentenceOf(bulletin, "建议市政府加快").kind).toBe("other");
    expect(sentenceOf(bulletin, "希望市政府继续加大").kind).toBe("other");
  });

  it("reads the discussion's business and the send-to line as no result", () => {
    expect(sentenceOf(bulletin, "代表们还就").kind).toBe("other");
    expect(sentenceOf(bulletin, "报送：").kind).toBe("other");
  });
});

describe("a list whose items each take their figure", () => {
  it("names a later place's figure by the first item's measure, without the place's 完成", () => {
    expect(achieved("伊州区完成棚户区改造3016户、巴里坤县820户、沛县460户。").map((i) => i.label)).toEqual(["伊州区棚户区改造", "巴里坤县棚户区改造", "沛县棚户区改造"]);
  });

  it("gives a later item the work the first names before it (改造城市棚户区2.6万户、农村危房2.1万户)", () => {
    expect(achieved("改造城市棚户区2.6万户、农村危房2.1万户。").map((i) => i.label)).toEqual(["改造城市棚户区", "改造农村危房"]);
    expect(achieved("新建改造城市道路80公里、农村公路1160公里。").map((i) => i.label)).toEqual(["新建改造城市道路", "新建改造农村公路"]);
  });

  it("leaves an item that names its own work, and 新增, as written", () => {
    expect(achieved("新开工项目12个、竣工项目9个。").map((i) => i.label)).toEqual(["新开工项目", "竣工项目"]);
    expect(achieved("改造老旧小区30个、城中村改造项目12个。").map((i) => i.label)[1]).toBe("城中村改造项目");
  });
});

describe("poor villages and counties leaving poverty", () => {
  it("are counted by the lexicon's names whatever the order (541个贫困村出列, 41个贫困村全部出列, 出列贫困村128个)", () => {
    expect(achieved("全年541个贫困村出列。")[0].metric).toBe("poor-villages-exited");
    expect(achieved("41个贫困村全部出列。")[0].metric).toBe("poor-villages-exited");
    expect(achieved("出列贫困村128个。")[0].metric).toBe("poor-villages-exited");
  });

  it("counts counties off the list named after their count (4个县（区）脱贫摘帽) as the counties the plan sets", () => {
    expect(achieved("七星关区、大方县、黔西县、织金县4个县（区）脱贫摘帽。")[0].metric).toBe("poor-counties-exited");
    expect(achieved("贫困县脱贫摘帽3个。")[0].metric).toBe("poor-counties-exited");
  });

  it("leaves villages counted for another reason as they are (在120个村开展试点)", () => {
    expect(achieved("在120个村开展集体经济试点。")[0].metric).not.toBe("poor-villages-exited");
  });
});

describe("projects begun, counted by the size of their total investment", () => {
  it("keeps the verb before 总投资 in the count's name (新开工总投资10亿元以上项目15个)", () => {
    const count = achieved("新开工总投资10亿元以上项目15个。").find((i) => i.unit === "个")!;
    expect(count.label).toBe("新开工总投资10亿元以上项目");
  });

  it("names the count without a verb where there is none (其中总投资10亿元以上项目42项)", () => {
    const count = achieved("实施重点项目300个，其中总投资10亿元以上项目42项。").find((i) => i.text === "42项")!;
    expect(count.label).toBe("总投资10亿元以上项目");
  });
});

describe("two measures that each take one figure (均)", () => {
  it("keeps a measure the lexicon knows whole (外贸出口和实际利用外资均增长10%)", () => {
    expect(achieved("外贸出口和实际利用外资均增长10%。").map((i) => i.metric)).toEqual(["exports", "foreign-investment"]);
  });

  it("reads 新增造林 as afforestation", () => {
    expect(achieved("新增造林8万亩。")[0].metric).toBe("afforestation");
  });
});

describe("short lines and quoted voices that set nothing", () => {
  it("reads a noun phrase alone on its line as a topic (冰雪旅游, 道地药材), a verb's line still as a task", () => {
    expect(kindOf("冰雪旅游", "plan").kind).toBe("other");
    expect(kindOf("道地药材", "plan").kind).toBe("other");
    expect(kindOf("加快发展冰雪旅游", "plan").kind).toBe("goal");
  });

  it("reads a quoted voice on how the target was pitched as its explanation", () => {
    expect(kindOf("“这个目标实事求是、留有余地，既考虑了经济下行压力。”", "plan").kind).toBe("other");
    expect(kindOf("“把增长目标定在8%左右，既积极又稳妥，为转方式留出了空间。”", "plan").kind).toBe("other");
  });

  it("reads 2022年为民办实事… as the year's results, not a judgement of the year", () => {
    expect(kindOf("2022年为民办实事事项全部完成，新增学位4200个。", "review").kind).toBe("achievement");
  });
});

describe("lines that open the tasks and figures of elsewhere", () => {
  it("reads 为了完成上述任务，…抓好以下六个方面的工作： as a commitment, as 为实现… is read", () => {
    expect(kindOf("为了完成上述任务，今年要着重抓好以下六个方面的工作：", "plan").kind).toBe("goal");
  });

  it("reads the province's target cited for context as no target of the city's (据了解，全省今年…)", () => {
    expect(kindOf("据了解，全省今年地区生产总值预期增长7%左右。", "plan").kind).toBe("other");
    expect(kindOf("据了解，全省去年工农业总产值增长9.1%。", "other").kind).toBe("achievement");
  });
});

describe("confidence, lessons and the closing call", () => {
  it("are neither tasks nor results (我们坚信…, 深刻体会到…, 站在新的起点上…)", () => {
    expect(kindOf("我们坚信，有全市人民的共同努力，我们的目标一定能够实现！", "plan").kind).toBe("other");
    expect(kindOf("过去一年的实践使我们深刻体会到，发展是第一要务。", "review").kind).toBe("other");
    expect(kindOf("站在新的起点上，我们将以更加昂扬的姿态奋勇前进。", "plan").kind).toBe("other");
  });
});

describe("the plan's closing slogan and the headline target set against another", () => {
  it("reads 新时代呼唤新担当，新征程需要新作为。 as a slogan (39 labels of 39 other)", () => {
    expect(kindOf("新时代呼唤新担当，新征程需要新作为。", "plan").kind).toBe("other");
  });

  it("reads 生产总值增长7.5%左右，与全省目标相衔接… as the target's explanation", () => {
    expect(kindOf("生产总值增长7.5%左右，与全省目标相衔接，体现了稳中求进的要求。", "plan").kind).toBe("other");
  });
});

describe("a table row named by the change it gives", () => {
  it("is the metric's (固定资产投资增长 as 固定资产投资, as 增长率 was)", async () => {
    const { lookupMetric } = await import("./lookup-metric");
    expect(lookupMetric("固定资产投资增长").key).toBe("fixed-asset-investment");
    expect(lookupMetric("社会消费品零售总额增长").key).toBe("retail-sales");
    expect(lookupMetric("人口自然增长率").key).toBe("population-growth");
  });
});

describe("the amount a village or a firm must reach to be counted", () => {
  it("is the count's threshold, never paired (集体经济年收入10万元以上的村, 注册资本1亿元以上企业)", () => {
    expect(planned("集体经济年收入10万元以上的村达到80%。")[0].metric).toBe("size-threshold");
    expect(planned("培育注册资本1亿元以上企业20家。")[0].metric).toBe("size-threshold");
  });

  it("keeps an amount that is the thing measured (集体经济收入达到10万元以上)", () => {
    expect(planned("村集体经济收入达到10万元以上。")[0].metric).not.toBe("size-threshold");
  });
});

describe("what a copy is", () => {
  it("reads an AI assistant's summary of the report as an excerpt, never a version of the report", () => {
    const answer = analyzeReport(["帮我总结一下某某市2020年政府工作报告的主要内容和目标", "", "### 一、2019年主要成绩", "- 地区生产总值增长8.2%。", "", "以上内容由AI生成，仅供参考"].join("\n"), { fileName: "answer.txt" });
    expect(answer.metadata.kind).toBe("excerpt");
  });

  it("reads a report copied from a news app, a picture's credit inside it, as the report", () => {
    const copy = analyzeReport(
      ["江西学习平台", "某某市2021年政府工作报告", "来源：某某日报", "政府工作报告", "——2021年1月12日在某某市第九届人民代表大会第六次会议上", "某某市市长 王某某", "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。", "一、2020年工作回顾", "预计全年地区生产总值977.9亿元，增长3.9%；", "", "高新区一家企业的车间内，工人正在调试设备。（某某日报记者 黄某某 摄）", "", "财政总收入172.4亿元，增长2.3%。"].join("\n"),
      { fileName: "city-2021.txt" },
    );
    expect(copy.metadata.kind).toBe("report");
  });
});

describe("a document's send-to lines", () => {
  it("stand alone at its foot and close it whole (no false truncation)", () => {
    const bulletin = analyzeReport(["某某市第十六届人民代表大会第三次会议简报", "第7期", "某某代表团审议政府工作报告", "　　代表们一致认为，报告实事求是。", "报送：市委、市人大常委会、市政府领导同志", "抄送：大会主席团成员，各代表团"].join("\n"), { fileName: "city-2019-bulletin.txt" });
    expect(bulletin.metadata.warnings.map((w) => w.code)).not.toContain("truncated");
    expect(bulletin.sentences.map((s) => s.text)).toContain("抄送：大会主席团成员，各代表团");
    expect(bulletin.sections.map((s) => s.heading)).not.toContain("报送：市委、市人大常委会、市政府领导同志");
  });
});

describe("who delivered the report", () => {
  it("is the session's business, not a goal (…政府工作报告由市长…在市四届人大四次会议上作出，主要包括…)", () => {
    expect(kindOf("根据报告内容，某某市2020年政府工作报告由市长王某某于2020年1月9日在市四届人大四次会议上作出，主要包括三部分内容。", "other").kind).toBe("other");
  });
});
