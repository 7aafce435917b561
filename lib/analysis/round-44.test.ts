// The forty-fourth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned, read } from "./test-readers";
import { classifySentence } from "./classify-sentence";
import { isBoilerplateLine } from "@/lib/text/boilerplate";
import { documentTypeOfTitle } from "@/lib/text/related-document";

const kindOf = (text: string, part: "review" | "plan" | "other" = "other") => classifySentence({ text, part, role: "body" });
const sentenceOf = (analysis: ReturnType<typeof analyzeReport>, start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

describe("a speech-to-text transcript of the delivery", () => {
  it("reads the export's header and every speaker-and-time line as furniture", () => {
    for (const line of ["时长：01:02:31", "转写时间：2023-01-12 09:15", "（本文由语音识别自动生成，仅供参考）", "发言人2 00:41:07", "说话人1 00:00:03"]) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
    expect(isBoilerplateLine("发言人说，全年新增就业1.2万人。")).toBe(false);
  });

  it("takes the recording's name, without its extension, as the title", () => {
    const text = ["十届人大三次会议第一次全体会议_政府工作报告.m4a", "时长：01:02:31", "", "发言人2 00:00:21", "各位代表，现在我代表市人民政府向大会报告工作。2022年工作回顾。城乡面貌持续改善。全市生产总值增长6.5%。"].join("\n");
    expect(analyzeReport(text, { fileName: "transcript.txt" }).metadata.title).toBe("十届人大三次会议第一次全体会议_政府工作报告");
  });

  it("reads a part's heading spoken inside a paragraph as a heading, and the plan as beginning there", () => {
    const text = [
      "发言人2 00:00:21",
      "各位代表，现在我代表市人民政府向大会报告工作，请予审议。2022年工作回顾。初步核算，全市生产总值912亿元，增长6.5%。",
      "",
      "发言人2 00:05:40",
      "民生事业持续进步，新建学校12所。2023年工作安排。今年是全面贯彻党的二十大精神的开局之年。全市生产总值增长6%左右。新建学校10所。",
    ].join("\n");
    const analysis = analyzeReport(text, { fileName: "transcript.txt" });
    expect(sentenceOf(analysis, "2022年工作回顾").kind).toBe("other");
    expect(sentenceOf(analysis, "2023年工作安排").kind).toBe("other");
    expect(sentenceOf(analysis, "新建学校10所").kind).toBe("goal");
    expect(sentenceOf(analysis, "民生事业持续进步").kind).toBe("achievement");
  });

  it("reads a unit said out in words as the written unit", () => {
    expect(achieved("细颗粒物平均浓度28微克每立方米。").map((i) => `${i.value}${i.unit}`)).toEqual(["28微克/立方米"]);
    expect(read("浓度降至31微克每立方米")).toEqual(["31微克每立方米=31微克/立方米"]);
  });
});

describe("a judgement after a result's figure", () => {
  it("reads a result whose figure a judgement sums up as the result", () => {
    expect(kindOf("全年粮食总产量达到86.2万吨，这是历史上第三个丰收年。").kind).toBe("achievement");
  });

  it("still reads a judgement of the year without a figure as framing", () => {
    expect(kindOf("刚刚过去的2022年，是极不平凡的一年。", "review").kind).toBe("other");
  });
});

describe("an interview with the mayor", () => {
  const interview = (turns: string[]) => analyzeReport(["县长访谈", "", ...turns.map((t) => `　　${t}`)].join("\n"), { fileName: "interview.txt" });

  it("reads the answer to a question asking how last year went as results", () => {
    const analysis = interview([
      "记者：王县长，去年是全县发展很不平凡的一年，您怎么评价？",
      "县长：高铁站开通运营，工业园区新落户企业28家。",
      "记者：今年有哪些硬任务？",
      "县长：今年要新建农村公路120公里。我们要确保高速连接线开工。今年力争新增规上企业20家。今年要新建学校5所。全年要完成造林3万亩。",
    ]);
    expect(sentenceOf(analysis, "县长：高铁站开通运营").kind).toBe("achievement");
    expect(sentenceOf(analysis, "县长：今年要新建").kind).toBe("goal");
  });

  it("reads a turn that names targets not met, and the answer's words that say nothing else, as the problem", () => {
    const analysis = interview([
      "记者：报告也坦言，有两项指标没有完成年度目标。",
      "县长：这个我们不回避。",
      "记者：今年有哪些硬任务？",
      "县长：今年要新建农村公路120公里。",
    ]);
    expect([sentenceOf(analysis, "记者：报告也坦言").kind, sentenceOf(analysis, "记者：报告也坦言").subtype]).toEqual(["other", "problem"]);
    expect(sentenceOf(analysis, "县长：这个我们不回避").subtype).toBe("problem");
  });

  it("keeps a target stated with its figure in the answer to why it was set", () => {
    const analysis = interview([
      "记者：今年生产总值预期增长6.5%左右，是怎么考虑的？",
      "县长：我们把生产总值增长目标定在6.5%左右，主要考虑是两点。",
      "第一，外部环境不确定性增多；第二，项目建设进入高峰期。",
    ]);
    expect(sentenceOf(analysis, "县长：我们把生产总值").kind).toBe("goal");
    expect(sentenceOf(analysis, "第一，外部环境").kind).toBe("other");
  });
});

describe("a bureau's written reply to a deputy", () => {
  const reply = [
    "某某市住房和城乡建设局关于市五届人大三次会议第18号建议的答复",
    "王某代表：",
    "您提出的《关于加快集中供热建设的建议》收悉。",
    "一、今年以来工作进展",
    "截至6月底，已开工建设供热管网26.5公里。对城区建成于2000年以前、尚未接入集中供热的18个老旧小区逐一摸底，已与其中7个小区签订入网协议。",
    "二、下一步工作打算",
    "按照市政府工作报告确定的新增供热面积200万平方米、新建换热站50座的目标，我们将重点做好以下工作：",
    "一是确保10月底前完成全部新建管网建设。",
    "再次感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。",
    "联系人：李某　　联系电话：0370-1234567",
    "　　　　　　　　某某市住房和城乡建设局",
    "　　　　　　　　　2018年7月12日",
  ].join("\n");
  const analysis = analyzeReport(reply, { fileName: "reply.txt" });

  it("reads the targets restated before the tasks as the plan, and the thanks and the signing office as neither", () => {
    expect(sentenceOf(analysis, "按照市政府工作报告确定的").kind).toBe("goal");
    expect(sentenceOf(analysis, "再次感谢您").kind).toBe("other");
    expect(sentenceOf(analysis, "某某市住房和城乡建设局").kind).toBe("other");
    expect(isBoilerplateLine("联系人：李某　　联系电话：0370-1234567")).toBe(true);
  });

  it("reads the things not yet done, counted, as what the work took on, and 尚未 of the state as a problem", () => {
    expect(sentenceOf(analysis, "对城区建成于2000年以前").kind).toBe("achievement");
    const state = kindOf("全市还有3个乡镇尚未通天然气。", "review");
    expect([state.kind, state.subtype]).toEqual(["other", "problem"]);
  });

  it("reads the progress so far, told 截至…已, as a result, even in the plan", () => {
    expect(kindOf("截至5月底，全市已建成投用学校5所，新增公办学位7260个。", "plan").kind).toBe("achievement");
  });
});

describe("the 1950s' wording", () => {
  it("reads the tasks announced with 作好 as the plan, and the year's general task as its guiding words", () => {
    expect(kindOf("为了实现上述任务，今年要着重作好以下七个方面的工作。", "plan").kind).toBe("goal");
    expect(kindOf("今年我市工作的总任务是：积极配合国家重点工程建设，大力发展生产，进一步改善人民生活。", "plan").kind).toBe("other");
  });

  it("reads the year summed up, and its shortcomings named after its credit, as framing and as the problem", () => {
    expect(kindOf("回顾一九五五年的工作，成绩是主要的。", "review").kind).toBe("other");
    expect(kindOf("回顾这一年的工作，主要有以下几个方面。", "review").kind).toBe("other");
    expect(kindOf("回顾过去的一年，我们的工作是有成绩的，但是缺点和错误也不少。", "review").subtype).toBe("problem");
    expect(kindOf("对于这些缺点和错误，我们一定要认真加以改正。", "review").kind).toBe("goal");
  });
});

describe("a newspaper's printing of the report", () => {
  it("reads a link box explaining a term as neither goal nor result, and the report as going on after it", () => {
    const text = ["政府工作报告", "一、2016年工作回顾", "　　全年接待游客1086万人次，增长18.3％。", "【链接】", "拉面经济", "　　拉面经济是群众走出家门开办拉面店、以店带人的致富路子，目前全市群众开办拉面店2.8万家。", "　　全年新增城镇就业1.5万人。"].join("\n");
    const analysis = analyzeReport(text, { fileName: "paper.txt" });
    expect(sentenceOf(analysis, "拉面经济是").kind).toBe("other");
    expect(sentenceOf(analysis, "全年新增城镇就业").kind).toBe("achievement");
  });

  it("reads the next page's running title between the page furniture as furniture, so that the sentence the page broke goes on", () => {
    const head = (page: number) => ["某某日报　2017年2月16日", `第0${page}版：两会特刊`, "放大　缩小　默认"];
    const text = [
      ...head(1), "政府工作报告", "一、2016年工作回顾", "　　全年新增城镇就业1.5万人。", "　　新建农村公路120公里，改造危房2000户。（下转第二版）",
      ...head(2), "（上接第一版）", "　　完成营造林25.6万亩，森林覆盖率达到（下转第三版）",
      ...head(3), "政府工作报告（全文）", "（上接第二版）", "33.6％。", "　　全年接待游客1086万人次。",
    ].join("\n");
    const analysis = analyzeReport(text, { fileName: "paper.txt" });
    const coverage = analysis.sentences.flatMap((s) => s.indicators).find((i) => i.text.startsWith("33.6"));
    expect(coverage?.label).toBe("森林覆盖率");
    expect(isBoilerplateLine("放大　缩小　默认")).toBe(true);
    // (The line the page broke is the text's own, never the page's furniture.)
    expect(sentenceOf(analysis, "完成营造林").indicators.map((i) => i.text)).toEqual(["25.6万亩", "33.6％"]);
  });
});

describe("a mid-year bulletin on the year's targets", () => {
  it("reads the year's target quoted before the half-year's progress as a target, and the sentence as the progress", () => {
    const line = "2.规模以上工业增加值：年度目标增长7.5%，上半年增长8.1%，高于年度目标0.6个百分点。";
    expect(kindOf(line, "review").kind).toBe("achievement");
    const found = achieved(line);
    expect(found.map((i) => `${i.text}:${i.modality}`).slice(0, 2)).toEqual(["7.5%:target", "8.1%:actual"]);
    expect(achieved("9.就业：年度目标城镇新增就业1.2万人以上，上半年城镇新增就业7104人。")[0].label).toBe("城镇新增就业");
  });
});

describe("names", () => {
  it("counts visits written with the scale alone in 人次", () => {
    expect(achieved("全市旅游接待人次达到1680万，增长24.4%。")[0].unit).toBe("人次");
  });

  it("gives a part of the place, with the verb alone, the thing just named", () => {
    expect(planned("新增公办学位2.2万个，其中城区新增6000个。").map((i) => i.label)).toEqual(["新增公办学位", "城区新增公办学位"]);
  });

  it("names what happened without 发生", () => {
    expect(achieved("全年发生森林火灾19起，均当日扑灭。")[0].label).toBe("森林火灾");
  });

  it("gives places listed before 分别 the thing counted after it, and never a move", () => {
    expect(achieved("龙门县、博罗县、惠东县分别新增省级“一村一品”专业村5个、4个、3个。").map((i) => i.label)).toEqual(["龙门县新增省级专业村", "博罗县新增省级专业村", "惠东县新增省级专业村"]);
    expect(planned("红塔区、澄江市分别提出增长7%和8%左右的目标。").map((i) => i.label).some((l) => l.includes("提出"))).toBe(false);
  });
});

describe("words before a name that are no part of it", () => {
  it("names what was got without 获得, and a joint figure of zones named together without the zones", () => {
    expect(achieved("深化东西部协作，获得对口帮扶资金3.6亿元。")[0].label).toBe("对口帮扶资金");
    expect(achieved("高新技术产业开发区、循环经济产业示范区新引进新材料企业31家。")[0].label).toBe("新引进新材料企业");
  });

  it("names a figure without the document that set it, or 年底前", () => {
    expect(planned("按照市政府工作报告确定的新增城区集中供热面积200万平方米的目标，抓好管网建设。")[0].label).toBe("新增城区集中供热面积");
    expect(planned("确保年底前中心城区集中供热普及率达到60%。")[0].label).toBe("中心城区集中供热普及率");
  });

  it("keeps 前三季度 whole before the measure it dates", () => {
    expect(achieved("前三季度地区生产总值增长6%。")[0].label).toBe("前三季度地区生产总值");
  });
});

describe("the paragraph of problems", () => {
  it("reads a result below the year's target told there as one more problem, its own figure notwithstanding", () => {
    const text = ["某某市人民政府工作报告", "一、2018年工作回顾", "　　全市地区生产总值增长8.1%。", "　　我们也清醒地认识到，全市发展中还存在不少困难和问题。固定资产投资增长10.6%，均低于年初预期。城镇居民人均可支配收入增长8.4%，比年初目标低0.1个百分点。", "二、2019年工作安排", "　　地区生产总值增长7.5%左右。"].join("\n");
    const analysis = analyzeReport(text, { fileName: "city-2019.txt" });
    expect(sentenceOf(analysis, "固定资产投资增长10.6%").subtype).toBe("problem");
    expect(sentenceOf(analysis, "城镇居民人均可支配收入").subtype).toBe("problem");
    expect(sentenceOf(analysis, "全市地区生产总值增长8.1%").kind).toBe("achievement");
  });
});

describe("a written reply to a deputy's suggestion", () => {
  it("is a document about the report, never the year's report", () => {
    expect(documentTypeOfTitle("某某市住房和城乡建设局关于市五届人大三次会议第118号建议的答复")).toBe("reply");
    expect(documentTypeOfTitle("关于市政协十二届三次会议第45号提案办理情况的答复函")).toBe("reply");
    expect(documentTypeOfTitle("2018年某某市政府工作报告")).toBeNull();
  });
});
