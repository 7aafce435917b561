// The thirty-sixth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved } from "./test-readers";
import { documentTypeOfTitle } from "@/lib/text/related-document";

const named = (text: string) => achieved(text).map((x) => `${x.label}=${x.value}`);

describe("figures named by a verb alone take the object of the count before them", () => {
  it("names firms leaving a register after those entering it, and the total after both", () => {
    expect(named("新增规模以上工业企业42家，退出7家，总数达到318家。")).toEqual(["新增规模以上工业企业=42", "退出规模以上工业企业=7", "规模以上工业企业总数=318"]);
    expect(named("全年新登记市场主体1.8万户，注销3200户。")).toEqual(["新登记市场主体=18000", "注销市场主体=3200"]);
  });

  it("keeps a capacity's exit a cut, named by what is cut", () => {
    const [cut] = achieved("退出煤炭产能120万吨。");
    expect(cut.value).toBe(-1200000);
  });

  it("names projects put into production after the projects started", () => {
    expect(named("全年新开工项目132个，竣工投产87个。")).toEqual(["新开工项目=132", "竣工投产项目=87"]);
  });
});

describe("a deputy's annotated copy (批注本)", () => {
  const text = [
    "某市2017年政府工作报告（代表审议批注本）",
    "一、2016年工作回顾",
    "全市实现地区生产总值1520.3亿元，增长8.1%。",
    "【批注：财政总收入没有完成年初8%的目标，报告里一句没说。】",
    "［代表意见·李某（某县团）：某县全年接待游客860万人次，建议写进去。］",
    "城镇居民人均可支配收入29120元【批注：上年27030元】、农村居民人均可支配收入13260元，分别增长8.0%和9.1%。",
    "二、2017年工作安排",
    "地区生产总值增长8%左右。",
  ].join("\n");
  const report = analyzeReport(text);
  const at = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a reader's comment as no sentence of the report, a problem when it finds something wanting", () => {
    expect(at("【批注：财政总收入")).toMatchObject({ kind: "other", subtype: "problem" });
    expect(at("［代表意见")).toMatchObject({ kind: "other", subtype: null });
    expect(at("［代表意见").reason).toContain("读者批注");
  });

  it("names a figure after a comment closed inside the sentence by its own words", () => {
    const rural = at("城镇居民人均可支配收入29120元").indicators.find((x) => x.value === 13260);
    expect(rural?.label).toBe("农村居民人均可支配收入");
  });
});

describe("a government meeting's minutes on the draft report (会议纪要)", () => {
  const text = [
    "某市人民政府常务会议纪要",
    "〔2009〕3号",
    "一、关于《2009年政府工作报告（征求意见稿）》",
    "会议认为，征求意见稿总结工作实事求是，提出的目标任务符合实际。",
    "会议指出，2008年我市经济保持平稳较快发展，全年生产总值增长10.8%。",
    "会议要求，市政府研究室要根据讨论意见对征求意见稿作进一步修改。",
    "出席：张某　王某　李某",
    "分送：市委办公厅，市人大常委会办公厅。",
  ].join("\n");
  const report = analyzeReport(text);
  const at = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("is a document of its own, typed by its title", () => {
    expect(report.metadata.kind).toBe("document");
    expect(documentTypeOfTitle("某市人民政府常务会议纪要")).toBe("minutes");
  });

  it("reads the meeting's view as other, what it reviews by its words, what it asks as a task", () => {
    expect(at("会议认为").kind).toBe("other");
    expect(at("会议指出").kind).toBe("achievement");
    expect(at("会议要求").kind).toBe("goal");
  });

  it("reads the attendance and distribution lines as no goal", () => {
    expect(at("出席：").kind).toBe("other");
    expect(at("分送：").kind).toBe("other");
  });
});

describe("the year a report was delivered, under an archive's catalogue lines", () => {
  it("reads the dateline under 〔…〕 notes and a meeting line without a year, and so a year's work heading as the review", () => {
    const text = [
      "〔某市档案馆藏　全宗号１８　目录号２　案卷号５２〕",
      "〔录入说明：本件据铅印件录入。〕",
      "某市第七届人民代表大会第三次会议文件（二）",
      "政府工作报告",
      "——一九八一年三月二十七日在某市第七届人民代表大会第三次会议上",
      "一、一九八○年的工作",
      "全市工农业总产值完成１５．３７亿元，比上年增长百分之五点一。",
      "二、一九八一年的主要任务",
      "工农业总产值比上年增长百分之二点五左右。",
    ].join("\n");
    const report = analyzeReport(text);
    expect(report.metadata).toMatchObject({ planYear: 1981, reviewYear: 1980 });
    expect(report.sentences.find((s) => s.text.startsWith("全市工农业总产值"))?.kind).toBe("achievement");
  });

  it("leaves the cause said after a name out of it", () => {
    expect(named("农业总产值由于受灾只完成２．３１亿元，比上年下降百分之五点三。")).toEqual(["农业总产值=231000000", "农业总产值=-5.3"]);
  });
});

describe("a copy from a document-sharing site", () => {
  it("joins a sentence and a figure across the site's prompts set where its preview's pages broke", () => {
    const text = [
      "2021年某市政府工作报告",
      "一、2020年工作回顾",
      "建成高标准农田12.5万亩，新建改建农村公路45",
      "还剩5页未读，继续阅读",
      "2公里。一般公共预算收入完成",
      "下载文档原格式（Word原格式，共8页）",
      "57.1亿元，增长1.4%。",
    ].join("\n");
    const report = analyzeReport(text);
    const roads = report.sentences.flatMap((s) => s.indicators).find((x) => x.label === "新建改建农村公路");
    expect(roads?.value).toBe(452);
    const revenue = report.sentences.flatMap((s) => s.indicators).find((x) => x.unit === "元");
    expect(revenue).toMatchObject({ label: "一般公共预算收入", value: 5710000000 });
  });
});

describe("a report reposted on a news-feed app", () => {
  const body = Array.from({ length: 6 }, (_, k) => `全市第${"一二三四五六"[k]}项工作扎实推进，各项任务全面完成，群众满意度持续提升，发展基础不断巩固，改革成效日益显现。`);
  const text = [
    "通辽市2025年政府工作报告全文来了",
    "一、2024年工作回顾",
    "城镇新增就业1.72万人，城镇调查失业率为4.9%。",
    "广告",
    "草原纯牛奶 250ml×24盒 券后39.9元",
    "了解更多",
    ...body,
    "相关阅读",
    "赤峰：2025年地区生产总值预期增长5.5%左右　1.2万阅读",
    "评论 128",
    "科尔沁老李 · 内蒙古 · 01-21",
    "粮食184.6亿斤，咱开鲁的玉米功不可没！",
    "赞 215 · 回复",
    "查看全部128条评论",
  ].join("\n");
  const report = analyzeReport(text);

  it("drops the app's advertisement and its related reading, and reads a reader's comment as no sentence of the report", () => {
    expect(report.sentences.some((s) => s.text.includes("纯牛奶") || s.text.includes("赤峰"))).toBe(false);
    const comment = report.sentences.find((s) => s.text.startsWith("粮食184.6亿斤"));
    expect(comment).toMatchObject({ kind: "other" });
    expect(comment?.reason).toContain("评论");
    expect(report.sentences.some((s) => s.text.includes("赞 215"))).toBe(false);
  });
});

describe("an interview whose answers open on the interviewee's name", () => {
  it("reads 周某某：… after 记者：… turns as the answer's own words", () => {
    const text = [
      "站上新起点——访市长周铭远",
      "记者：去年的目标都完成了吗？",
      "周铭远：大部分完成了，有的还超额完成。",
      "记者：“义新欧”班列开行量怎么样？",
      "周铭远：去年一共开了一百八十多列，比前年多了将近八十列。",
    ].join("\n");
    const report = analyzeReport(text);
    const answer = report.sentences.find((s) => s.text.includes("一百八十多列"));
    expect(answer?.kind).toBe("achievement");
  });
});

describe("a portal's copy of the minutes", () => {
  it("takes the minutes' own title, not the portal's field line that names the channel, and ends without a warning on the printer's line", () => {
    const text = [
      "索引号：000014349/2009-00037　信息分类：会议纪要",
      "某市人民政府常务会议纪要",
      "会议要求，市政府研究室要根据讨论意见对征求意见稿作进一步修改。",
      "某市人民政府办公厅秘书一科　　　　2009年2月6日印发",
      "主办单位：某市人民政府办公室　技术支持：某市信息中心",
    ].join("\n");
    const report = analyzeReport(text);
    expect(report.metadata.title).toBe("某市人民政府常务会议纪要");
    expect((report.warnings ?? []).map((w) => w.code)).not.toContain("truncated");
  });
});
