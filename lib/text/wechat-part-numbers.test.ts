// A second WeChat account's copy of a report (batch 40's 南通): the byline dated with 年月日, PART 01 over each part's
// heading, ◆ sub-headings worded as tasks in the review, a 数说 block whose name lines give the unit in brackets, and a
// portal's page links (batch 40's 吉林).
import { describe, expect, it } from "vitest";
import { processText } from "./process-text";
import { analyzeReport } from "@/lib/analysis/analyze-report";

const POST = [
  "某市发布 2024年01月24日 07:58 江苏",
  "重磅！",
  "2024年某市政府工作报告（摘要）",
  "小编为您划重点👇",
  "",
  "PART 01",
  "2023年工作回顾",
  "",
  "面对复杂严峻的外部环境和多重困难挑战，在省委、省政府和市委的坚强领导下，全市上下迎难而上、拼搏实干，较好完成了市人大确定的主要目标任务。",
  "初步核算，全市地区生产总值增长5.9%，经济总量稳居全省第四；一般公共预算收入同口径增长7.2%，税收占比提高到78.6%。",
  "▍数说2023",
  "经济总量（GDP）",
  "11796.4亿元",
  "一般公共预算收入（亿元）",
  "718.6",
  "外贸进出口总额（亿元）",
  "3712.5",
  "◆ 扩大内需有力有效",
  "实施市级重大项目268个，完成年度投资1702亿元，出台促消费政策措施18条，社会消费品零售总额增长7.4%，扩大内需的各项举措落地见效。",
  "坚定不移推进制造业高质量发展，船舶海工、高端纺织、新一代信息技术、新材料等先进制造业集群加速壮大。",
  "",
  "PART 02",
  "2024年目标任务",
  "",
  "◆ 2024年主要预期目标",
  "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入同口径增长4%左右；城镇调查失业率控制在5%以内。",
  "上述目标，综合考虑了发展需要和现实可能，体现了稳中求进、以进促稳的要求，我们将以更大力度推动各项目标任务落地见效。",
  "实施重大项目攻坚年行动，全年安排市级重大项目260个、年度计划投资1600亿元以上。",
].join("\n");

describe("a WeChat copy that numbers its parts PART 01, PART 02", () => {
  const processed = processText(POST);
  const report = analyzeReport(POST);
  const on = (start: string) => report.sentences.find((s) => s.text.replace(/^[◆■▍]\s*/, "").startsWith(start))!;

  it("drops the account's byline dated with 年月日", () => {
    expect(processed.sentences.some((s) => s.text.includes("07:58"))).toBe(false);
    expect(processed.sentences[0].text).toBe("重磅！");
  });

  it("keeps the part number apart from the heading under it, and the heading opens the part", () => {
    expect(on("2023年工作回顾")).toMatchObject({ role: "heading", part: "review" });
    expect(on("PART 01").text).toBe("PART 01");
    expect(on("初步核算").part).toBe("review");
    expect(on("今年全市经济社会发展").part).toBe("plan");
  });

  it("reads no figure in a part number", () => {
    expect(on("PART 01").indicators).toEqual([]);
    expect(on("PART 02").indicators).toEqual([]);
  });

  it("takes a ◆ line worded as a task in the review for a sub-heading, and its paragraph for results", () => {
    expect(on("扩大内需有力有效").role).toBe("heading");
    expect(on("实施市级重大项目268个")).toMatchObject({ kind: "achievement" });
    expect(on("实施市级重大项目268个").indicators.every((i) => i.modality === "actual")).toBe(true);
  });

  it("gives a bare figure the unit its name line holds in brackets, and the name without it", () => {
    expect(on("718.6").indicators.map((i) => [i.label, i.metric, i.value, i.unit])).toEqual([["一般公共预算收入", "general-budget-revenue", 71860000000, "元"]]);
    expect(on("3712.5").indicators[0]).toMatchObject({ label: "外贸进出口总额", value: 371250000000, modality: "actual" });
  });
});

describe("a news portal's page links inside an archived report (batch 40's 吉林)", () => {
  it("are furniture, never a sentence or a figure", () => {
    const text = ["一、2008年工作回顾", "全省地区生产总值增长16%。", "本新闻共3页,当前在第1页　1　2　3", "财政收入增长20%。"].join("\n");
    const sentences = analyzeReport(text).sentences;
    expect(sentences.some((s) => s.text.includes("本新闻"))).toBe(false);
    expect(sentences.flatMap((s) => s.indicators).map((i) => i.value)).toEqual([16, 20]);
  });
});

describe("a township's 十件民生实事, numbered one a line (batch 42's 横店)", () => {
  const text = [
    "二、2024年工作安排",
    "（五）聚焦民生福祉，办好十件民生实事。",
    "1.新增公办幼儿园学位270个；",
    "2.建成居家养老服务照料中心3家；",
    "3.完成65周岁以上老年人免费健康体检1.2万人次；",
    "4.建成全民健身广场2处。",
    "（六）聚焦平安稳定，提升基层治理水平。",
  ].join("\n");
  const report = analyzeReport(text);
  const on = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads its items as sentences of the task above, not as sub-headings", () => {
    for (const item of ["1.新增", "2.建成", "3.完成", "4.建成"]) expect(on(item).role, item).toBe("body");
    expect(on("（六）").role).toBe("heading");
  });

  it("gives each item its figure as a target, and an age limit as the age of those counted", () => {
    expect(on("1.新增").indicators.map((i) => [i.label, i.value, i.modality])).toEqual([["新增公办幼儿园学位", 270, "target"]]);
    expect(on("3.完成").indicators.map((i) => [i.label, i.value, i.unit])).toEqual([["老年人年龄", 65, "周岁"], ["老年人免费健康体检", 12000, "人次"]]);
  });

  it("keeps a numbered run-in heading closed by 。 a heading when no item list runs before it", () => {
    expect(processText("二、2024年工作安排\n1.全力扩大有效投资。\n全年实施重点项目200个。").sentences[1].role).toBe("heading");
  });
});

describe("a city's planning report (计划执行情况与计划草案的报告, batch 43's 济南)", () => {
  const text = [
    "一、2022年国民经济和社会发展计划执行情况",
    "（一）主要指标完成情况",
    "1.地区生产总值增长3.4%，低于计划目标。受多重超预期因素冲击，经济增长承压。",
    "2.城镇新增就业12.6万人，为计划目标的114.5%。",
    "（二）重点工作推进情况",
    "一是强省会建设取得新进展。市级重点项目完成投资2087亿元。",
    "（三）存在的主要问题",
    "经济恢复的基础尚不牢固，部分企业生产经营困难。",
    "二、2023年经济社会发展的总体要求和主要预期目标",
    "（二）主要预期目标",
    "1.地区生产总值增长6%左右。",
    "主要考虑：这一目标与全省预期目标相衔接，体现了省会城市的担当。",
  ].join("\n");
  const report = analyzeReport(text);
  const on = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a numbered line that states a figure as a sentence, with its figures", () => {
    expect(on("1.地区生产总值增长3.4%")).toMatchObject({ role: "body", kind: "achievement" });
    expect(on("2.城镇新增就业").indicators.map((i) => [i.metric, i.value])).toContainEqual(["new-jobs", 126000]);
    expect(on("1.地区生产总值增长6%左右").indicators.map((i) => [i.metric, i.value, i.modality])).toEqual([["gdp", 6, "target"]]);
  });

  it("takes a heading that names what it reports on for a title, and one over the shortfalls for the problems", () => {
    expect(on("（二）重点工作推进情况")).toMatchObject({ role: "heading", kind: "other" });
    expect(on("（三）存在的主要问题")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("reads the report's title and the words it is delivered with as other", () => {
    const opening = analyzeReport(["关于济南市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "各位代表：",
      "受市人民政府委托，现将济南市2022年国民经济和社会发展计划执行情况与2023年计划草案提请大会审查，并请市政协委员提出意见。",
      "一、2022年国民经济和社会发展计划执行情况", "全市地区生产总值增长3.4%。"].join("\n")).sentences;
    expect(opening[0]).toMatchObject({ kind: "other", reason: "报告题注" });
    expect(opening[2]).toMatchObject({ kind: "other", reason: "会议程序" });
  });

  it("reads the reason given under a target as its explanation, not a target", () => {
    expect(on("主要考虑：")).toMatchObject({ kind: "other", reason: "目标说明" });
  });
});

describe("a paper's byline signed 文/ (batch 44's 广州日报)", () => {
  it("is furniture, and the headline above it stays the article's title", () => {
    const text = ["广州日报数字报", "2024年1月9日　星期二　A6版　区域新闻", "锚定制造强区　奋力走在前列", "黄埔今年GDP预期增长5.5%左右",
      "文/广州日报全媒体记者 林晓彤　通讯员 黄宣", "　　广州日报讯 1月8日，黄埔区第二届人民代表大会第四次会议开幕。",
      "　　报告显示，2023年黄埔区实现地区生产总值4392.7亿元，增长5.8%。"].join("\n");
    const sentences = analyzeReport(text).sentences;
    expect(sentences.some((s) => s.text.includes("林晓彤"))).toBe(false);
    expect(sentences.find((s) => s.text.startsWith("报告显示"))).toMatchObject({ kind: "achievement" });
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
