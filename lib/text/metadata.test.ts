import { describe, expect, it } from "vitest";
import { detectMetadata, processText } from "./index";
import { readSeed } from "@/tests/support/seed-texts";
import { classifyLines } from "./boilerplate";
import { splitLines } from "./lines";

const codes = (m: { warnings: { code: string }[] }) => m.warnings.map((w) => w.code);

describe("detectMetadata on the seeds", () => {
  it("000: Yuhang report, 2019 review, 2020 plan, from the title block", () => {
    expect(detectMetadata(readSeed("000"))).toEqual({
      title: "2020年余杭区政府工作报告",
      region: "余杭区",
      regionSlug: "yuhang",
      regionCode: "330110",
      regionParent: { code: "330100", name: "杭州市" },
      reviewYear: 2019,
      planYear: 2020,
      inferred: [],
      kind: "report",
      speaker: "陈如根",
      meetingDate: "2020-01-18",
      source: "xiegongwen.com",
      warnings: [],
    });
  });

  it("001: Zhejiang Online news on the same report", () => {
    expect(detectMetadata(readSeed("001"))).toMatchObject({
      title: "余杭:攻坚“五场硬仗” 推进高质量发展 中华文明圣地 创新活力之区",
      region: "余杭区",
      regionSlug: "yuhang",
      reviewYear: 2019,
      planYear: 2020,
      kind: "news",
      speaker: null,
      meetingDate: null,
      source: "浙江在线",
    });
  });

  it("002: Hangzhou excerpt, plan 2021 and no review", () => {
    const m = detectMetadata(readSeed("002"));
    expect(m).toMatchObject({
      title: "政府工作报告摘登(二)",
      region: "杭州市",
      regionSlug: "hangzhou",
      reviewYear: null,
      planYear: 2021,
      kind: "excerpt",
      source: "杭州日报",
    });
    expect(m.title).not.toContain("全文");
  });

  it("003: Shangcheng, named only twice; review 2019, no plan", () => {
    const m = detectMetadata(readSeed("003"));
    expect(m).toMatchObject({
      region: "上城区",
      regionSlug: "shangcheng",
      reviewYear: 2019,
      planYear: null,
      kind: "report",
      speaker: null,
      meetingDate: null,
      source: null,
      title: "上城区2019年工作回顾",
    });
    expect(m.inferred).toEqual(expect.arrayContaining(["region", "title"]));
  });

  it("004: Xihu despite a 杭州市 title; masked years inferred from 十二五", () => {
    const m = detectMetadata(readSeed("004"));
    expect(m).toMatchObject({
      title: "2012年西湖区政府工作报告",
      region: "西湖区",
      regionSlug: "xihu",
      reviewYear: 2011,
      planYear: 2012,
      kind: "report",
      speaker: "朱党其",
      meetingDate: "2012-02-19",
    });
    expect(m.inferred).toEqual(expect.arrayContaining(["reviewYear", "planYear", "meetingDate", "title"]));
    expect(m.inferred).not.toContain("region");
    expect(codes(m)).toEqual(expect.arrayContaining(["masked-years", "region-conflict"]));
    expect(m.warnings.find((w) => w.code === "region-conflict")?.message).toContain("杭州市");
  });

  it("warns about neither conflicts nor masks where there are none", () => {
    for (const id of ["000", "001", "002", "003"] as const) expect(codes(detectMetadata(readSeed(id)))).toEqual([]);
  });
});

describe("detectMetadata on small texts", () => {
  it("returns nulls when the text cannot tell, and falls back to the file name", () => {
    expect(detectMetadata("", { fileName: "report.txt" })).toMatchObject({
      title: "report",
      region: null,
      regionSlug: null,
      reviewYear: null,
      planYear: null,
      speaker: null,
      meetingDate: null,
      source: null,
      kind: "report",
    });
  });

  it("lets the congress decide the region, anywhere in China (GB/T 2260 code and parent)", () => {
    const text = "2021年宁波市政府工作报告\n——2021年1月20日在宁波市鄞州区第十九届人民代表大会第五次会议上\n区长 王某某\n各位代表:\n一、2020年工作回顾\n全区生产总值增长3%。\n二、2021年主要工作\n力争增长6%。\n";
    const m = detectMetadata(text);
    expect(m).toMatchObject({ region: "鄞州区", regionSlug: "ningbo-yinzhou", regionCode: "330212", speaker: "王某某", meetingDate: "2021-01-20" });
    expect(m.regionParent).toEqual({ code: "330200", name: "宁波市" });
    expect(m).toMatchObject({ reviewYear: 2020, planYear: 2021 });
    expect(codes(m)).toContain("region-conflict");
  });

  it("reads odd input without an internal error and invents nothing from it", () => {
    // detectMetadata catches what its steps throw and says so with an internal-error warning: that is what to check.
    for (const s of ["\u0000", "第十届人民代表大会", "20xx年20xx年", "区长 ", "来源:", "习近平".repeat(5)]) {
      const m = detectMetadata(s);
      expect(codes(m), JSON.stringify(s)).not.toContain("internal-error");
      expect(m, JSON.stringify(s)).toMatchObject({ region: null, reviewYear: null, planYear: null, speaker: null, source: null });
    }
    expect(codes(detectMetadata("20xx年20xx年"))).toContain("masked-years");
  });
});

describe("meeting dates", () => {
  it("reads dates written in Chinese numerals", () => {
    const text = "二〇二〇年余杭区政府工作报告\n——二〇二〇年一月十八日在杭州市余杭区第十五届人民代表大会第四次会议上\n各位代表:\n";
    expect(detectMetadata(text).meetingDate).toBe("2020-01-18");
    const late = "——2021年十二月二十一日在杭州市上城区第一届人民代表大会第一次会议上\n各位代表:\n";
    expect(detectMetadata(late)).toMatchObject({ meetingDate: "2021-12-21", region: "上城区" });
  });

  it("reuses a processText result when given one", () => {
    const stored = readSeed("000");
    const processed = processText(stored);
    expect(detectMetadata(stored, { processed })).toEqual(detectMetadata(stored));
  });
});

describe("regions outside the known table", () => {
  it("reads the place from a congress line after its date, without the date's characters", () => {
    const text = "2011年政府工作报告\n——2011年2月23日在瑞安市第十五届人民代表大会第一次会议上\n\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。";
    expect(detectMetadata(text).region).toBe("瑞安市");
  });

  it("the State Council's report is the national level (全国, slug china)", () => {
    const text = "政府工作报告\n——2013年3月5日在第十二届全国人民代表大会第一次会议上\n国务院总理 温家宝\n各位代表：\n一、过去五年工作回顾\n国内生产总值增长7.8%。\n";
    expect(detectMetadata(text)).toMatchObject({ region: "全国", regionSlug: "china", regionCode: "000000", regionParent: null });
  });

  it("a name shared by several places takes the one whose city the text names; its slug says which", () => {
    const nanchang = "2021年西湖区政府工作报告\n——2021年1月在西湖区第十七届人民代表大会第五次会议上\n各位代表：\n南昌市委的坚强领导下，全区上下努力奋斗。南昌的发展日新月异。\n";
    expect(detectMetadata(nanchang)).toMatchObject({ region: "西湖区", regionSlug: "nanchang-xihu", regionCode: "360103" });
    const hangzhou = "2021年西湖区政府工作报告\n——2021年1月在杭州市西湖区第十七届人民代表大会第五次会议上\n各位代表：\n全区上下努力奋斗。\n";
    expect(detectMetadata(hangzhou)).toMatchObject({ region: "西湖区", regionSlug: "xihu", regionCode: "330106" });
  });
});


describe("the delivery year when the text does not give it", () => {
  it("comes from the file name, and the plan follows the review year", () => {
    const text = "各位代表：\n\n一、过去五年工作回顾\n\n2012年，国内生产总值增长7.8%。\n\n二、今年的主要任务\n\n要加快发展。\n";
    expect(detectMetadata(text, { fileName: "national-2013.txt" })).toMatchObject({ reviewYear: 2012, planYear: 2013 });
    expect(detectMetadata(text)).toMatchObject({ reviewYear: 2012, planYear: 2013 });
  });
});

describe("news and excerpts without a dateline", () => {
  it("an article that quotes and speaks of 该区 is news; a report that greets 各位代表 is not", () => {
    const article = "余杭区召开人代会\n\n政府工作报告提出，今年该区将加快发展数字经济。“我们要打造创新高地，”区长说。据悉，该区去年生产总值增长7.6%。\n";
    expect(detectMetadata(article).kind).toBe("news");
    const report = "各位代表：\n\n据悉，该区去年增长7.6%，该区今年将继续努力，“我们要打造创新高地，”区长说。\n";
    expect(detectMetadata(report).kind).toBe("report");
  });
  it("a text marked （摘要） near its top is an excerpt", () => {
    expect(detectMetadata("政府工作报告（摘要）\n\n一、2020年工作回顾\n\n全区生产总值增长3%。\n").kind).toBe("excerpt");
  });
});

describe("the national report without a meeting line (2014)", () => {
  it("我代表国务院 in the opening makes it national, and the title is made from the years", () => {
    const text = "各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n\n一、2013年工作回顾\n\n国内生产总值增长7.7%。\n\n二、2014年工作总体部署\n\n国内生产总值增长7.5%左右。\n";
    expect(detectMetadata(text)).toMatchObject({ region: "全国", regionSlug: "china", title: "2014年国务院政府工作报告", reviewYear: 2013, planYear: 2014 });
  });
});

describe("detectMetadata reads the lines processText classified", () => {
  const stored = readSeed("000");
  const processed = processText(stored);

  it("processText hands over every line, classified as metadata would classify them", () => {
    expect(processed.lines).toEqual(classifyLines(splitLines(stored)));
  });
  it("takes the speaker from those lines, not from a second classification", () => {
    expect(detectMetadata(stored, { processed }).speaker).toBe("陈如根");
    // The same processed text with no line marked as the speaker's: metadata must follow the lines it was given.
    const lines = processed.lines!.map((l) => (l.front === "speaker" ? { ...l, kind: "content" as const, front: undefined } : l));
    expect(detectMetadata(stored, { processed: { ...processed, lines } }).speaker).toBeNull();
  });
  it("classifies the lines itself when processing gave none", () => {
    expect(detectMetadata(stored, { processed: { ...processed, lines: undefined } }).speaker).toBe("陈如根");
  });
});

describe("a speech of the 1950s–60s without title, meeting line or parts (national-1960, national-1964)", () => {
  const speech =
    "五年来，我国各族人民在党的领导下，基本上完成了调整国民经济的任务，全国工农业生产全面高涨。\n\n" +
    "我国的工业有了新的发展，全国的粮食产量增加了。\n\n" +
    "接着，周总理列举了山西省昔阳县大寨大队的典型经验，具体说明我国自力更生的力量大为增强。\n\n" +
    "全国人民要继续努力，把我国建设成为社会主义强国。中央和国务院号召全国农村学习大寨。\n\n" +
    "我国的对外贸易也有发展，我国同许多国家建立了友好合作关系，全国的市场稳定。\n";
  it("speaks for the whole country (我国, 全国, 国务院) and is national, not the county named once for its example", () => {
    expect(detectMetadata(speech)).toMatchObject({ region: "全国", regionSlug: "china" });
  });
  it("a report with no review or plan part found reviews the year before its file name's year and plans that year", () => {
    expect(detectMetadata(speech, { fileName: "national-1964.txt" })).toMatchObject({ reviewYear: 1963, planYear: 1964 });
  });
  it("a district report that names 全区 stays the district's", () => {
    const district = "余杭区2019年工作回顾\n\n全区生产总值增长7%，全国百强区排名上升。我国经济稳中有进，全区财政收入增长。\n";
    expect(detectMetadata(district).region).not.toBe("全国");
  });
});

describe("a wire story of the 1990s (batch 25's 新华社 story on 四川 1999)", () => {
  it("is news: its dateline opens the line after a headline that states a figure", () => {
    const text = "四川提出今年经济增长8%左右\n新华社成都1月25日电（记者 王建华 李蓉）四川省省长今天在省九届人大二次会议上作政府工作报告时提出，1999年四川国内生产总值预期增长8%左右。\n报告说，1998年四川全省国内生产总值达到3580亿元。\n";
    expect(detectMetadata(text).kind).toBe("news");
  });
});

describe("a development zone's committee report (泰达, batch 27)", () => {
  const zoneReport = (opening: string) =>
    [
      "天津经济技术开发区管委会2024年工作报告",
      "发布时间：2024-02-27 09:30　来源：开发区管委会办公室",
      "天津经济技术开发区管理委员会工作报告",
      "——2024年2月23日在天津经济技术开发区2024年工作会议上",
      opening,
      "一、2023年工作回顾",
      "全年实现地区生产总值增长5.2%，规上工业总产值增长4.6%。",
      "相关链接：天津经济技术开发区管委会2023年工作报告",
    ].join("\n");

  it("is placed in the city its zone's name opens on, and a related link is no sentence", () => {
    const text = zoneReport("同志们：\n现在，我代表开发区管委会，向大会报告工作。");
    const meta = detectMetadata(text);
    expect(meta).toMatchObject({ region: "天津市", regionCode: "120000" });
    expect(processText(text).sentences.some((s) => s.text.startsWith("相关链接"))).toBe(false);
    expect(processText(text).warnings.some((w) => w.code === "truncated")).toBe(false);
  });

  it("keeps a zone that is a unit of its own (苏州工业园区)", () => {
    const text = zoneReport("同志们：").replace(/天津经济技术开发区/g, "苏州工业园区");
    expect(detectMetadata(text).region).toBe("苏州工业园区");
  });
});

describe("an account's Weibo thread on the report", () => {
  it("is an article about it, never a version of the report", () => {
    const thread = ["平顶山发布", "", "1月8日 10:36 来自 微博 weibo.com", "【1/12】#2022平顶山两会# 今天上午，市人代会开幕，代市长作政府工作报告。", "转发 126 ｜ 评论 38 ｜ 点赞 517", "", "1月8日 10:41 来自 微博 weibo.com", "【2/12】#政府工作报告# 【2021成绩单】全市生产总值增长6.6%。"].join("\n");
    expect(detectMetadata(thread, {}).kind).toBe("news");
  });
});
