// A second WeChat account's copy of a report (batch 40's 南通): the byline dated with 年月日, PART 01 over each part's
// heading, ◆ sub-headings worded as tasks in the review, a 数说 block whose name lines give the unit in brackets, and a
// portal's page links (batch 40's 吉林) and a paper's byline signed 文/ (batch 44's 广州日报).
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
