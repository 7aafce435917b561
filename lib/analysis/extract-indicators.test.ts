import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";
import type { Indicator } from "./types";
import { achieved, planned } from "./test-readers";

const brief = (list: Indicator[]) => list.map((i) => `${i.metric} ${i.type} ${i.value}${i.unit}`);

describe("extractIndicators: 分别 and 均", () => {
  it("城乡居民人均可支配收入分别增长8.5%、9.7% → urban 8.5%, rural 9.7% (000)", () => {
    expect(brief(achieved("城乡居民人均可支配收入分别增长8.5%、9.7%。"))).toEqual(["urban-income growth 8.5%", "rural-income growth 9.7%"]);
  });

  it("each fiscal metric gets its level and its growth (000)", () => {
    const list = achieved("完成财政总收入726.47亿元、地方财政收入391.45亿元,分别增长16.5%、16.4%;");
    expect(brief(list)).toEqual([
      "fiscal-total-revenue level 72647000000元",
      "general-budget-revenue level 39145000000元",
      "fiscal-total-revenue growth 16.5%",
      "general-budget-revenue growth 16.4%",
    ]);
    expect(list[0]).toMatchObject({ value: 72647000000, unit: "元", scale: "亿", text: "726.47亿元", modality: "actual" });
  });

  it("分别 reaches back across commas and 其中 (004)", () => {
    const text = "全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%;";
    expect(brief(achieved(text))).toEqual([
      "gdp level 56660000000元", "services-value-added level 45900000000元", "gdp growth 11.2%", "services-value-added growth 13%",
    ]);
  });

  it("城镇居民…元,农民人均纯收入…元,分别增长 keeps the related metrics apart (004)", () => {
    const list = achieved("城镇居民人均可支配收入34065元,农民人均纯收入18910元,分别增长13.4%和13.8%。");
    expect(brief(list)).toEqual(["urban-income level 34065元", "rural-net-income level 18910元", "urban-income growth 13.4%", "rural-net-income growth 13.8%"]);
  });

  it("均增长12%以上 gives one value to both metrics (000)", () => {
    const list = planned("财政总收入及地方财政收入均增长12%以上;");
    expect(brief(list)).toEqual(["fiscal-total-revenue growth 12%", "general-budget-revenue growth 12%"]);
    expect(list.every((i) => i.qualifiers.includes("以上") && i.modality === "target" && i.start === list[0].start)).toBe(true);
  });

  it("a qualifier inside a 分别 list belongs to its own value (004)", () => {
    const list = planned("财政总收入、地方财政收入分别增长10%、力争增长12%,");
    expect(list.map((i) => [i.metric, i.value, i.qualifiers])).toEqual([
      ["fiscal-total-revenue", 10, []],
      ["general-budget-revenue", 12, ["力争"]],
    ]);
  });

  it("a bound written once after the last value bounds each value of the list (composed 杭州 2024, 赣州 2021)", () => {
    const list = planned("城乡居民人均可支配收入分别增长5.5%和7%左右；居民消费价格涨幅控制在3%左右。");
    expect(list.map((i) => [i.metric, i.value, i.qualifiers])).toEqual([
      ["urban-income", 5.5, ["左右"]],
      ["rural-income", 7, ["左右"]],
      ["cpi", 3, ["控制在", "左右"]],
    ]);
    // Values in separate clauses keep their own bounds.
    expect(planned("地区生产总值增长6%，一般公共预算收入增长5%以上。").map((i) => i.qualifiers)).toEqual([[], ["以上"]]);
  });

  it("a list that counts its items (两大产业集群) is split by that count, and each item takes the head (batches 9, 14)", () => {
    expect(achieved("汽车及零部件、绿色石化两大产业集群规模分别达到6100亿元和5300亿元。").map((i) => i.label)).toEqual([
      "汽车及零部件产业集群规模", "绿色石化产业集群规模",
    ]);
  });

  it("a shared head noun is distributed over the list (000)", () => {
    expect(achieved("高新技术产业、生物医药产业增加值分别增长7%、24%。").map((i) => i.label)).toEqual(["高新技术产业增加值", "生物医药产业增加值"]);
    expect(brief(achieved("城镇和农村居民人均可支配收入分别达到68100元、41200元,分别增长8.4%、9.5%。"))).toEqual([
      "urban-income level 68100元", "rural-income level 41200元", "urban-income growth 8.4%", "rural-income growth 9.5%",
    ]);
  });
});

describe("extractIndicators: values, types, qualifiers, modality", () => {
  it("qualifiers before and after the number", () => {
    const [gdp] = extractIndicators("预计生产总值增长8%以上;", { kind: "achievement", part: "review" });
    expect(gdp).toMatchObject({ metric: "gdp", value: 8, unit: "%", type: "growth", qualifiers: ["以上"], modality: "estimate", text: "8%" });
    expect(planned("城镇登记失业率控制在3.5%以内;")[0]).toMatchObject({ metric: "unemployment", type: "rate", qualifiers: ["控制在", "以内"] });
    expect(planned("R&D经费投入强度力争达到4%;")[0]).toMatchObject({ metric: "rd-intensity", type: "share", qualifiers: expect.arrayContaining(["力争", "达到"]) });
    expect(planned("确保数字经济核心产业增加值增长15%以上。")[0]).toMatchObject({ metric: "digital-economy-core", qualifiers: ["确保", "以上"] });
    expect(achieved("集中签约项目170个,实际利用外资超10亿美元。")[1]).toMatchObject({ metric: "foreign-investment", value: 1e9, unit: "美元", qualifiers: ["超过"] });
    expect(planned("R&D经费支出与GDP之比3.6%左右,")[0]).toMatchObject({ metric: "rd-intensity", qualifiers: ["左右"] });
  });

  it("base values and scales", () => {
    expect(achieved("累计走访企业3.14万家次,解决问题2600余个。").map((i) => [i.value, i.unit, i.scale, i.type, i.qualifiers])).toEqual([
      [31400, "家次", "万", "count", []],
      [2600, "个", null, "count", ["余"]],
    ]);
    expect(planned("全市GDP突破2.3万亿元,")[0]).toMatchObject({ metric: "gdp", value: 2.3e12, scale: "万亿", qualifiers: ["突破"] });
    // A commitment word makes its figure a target in any sentence (a deputy quoted in a news article; batch 17), but
    // funds 争取 in a review were obtained (batches 6 and 7).
    expect(achieved("“去年我们企业出口增长了18%，今年力争再增长两成。”").map((i) => i.modality)).toEqual(["actual", "target"]);
    expect(achieved("争取专项债券资金46.8亿元。")[0].modality).toBe("actual");
    expect(achieved("企业负责人说，去年企业整车产量增长近七成，今年计划再增长30%以上。").map((i) => i.modality)).toEqual(["actual", "target"]);
    // 该市 in a news article is the region, as 全市 is (batch 17's 宁波 article).
    expect(achieved("去年该市城镇新增就业21.8万人。")[0]).toMatchObject({ metric: "new-jobs", label: "城镇新增就业" });
    // Places listed under the metric just named are that metric's, place by place (batch 17's 浙江).
    expect(achieved("社会消费品零售总额增长6.8%，杭州、宁波分别达到7671亿元和5228亿元。").map((i) => i.label)).toEqual([
      "社会消费品零售总额", "杭州社会消费品零售总额", "宁波社会消费品零售总额",
    ]);
    // A paragraph's bracketed key phrase (【民生保障更加有力】) is no part of the name after it (batch 18's 南京 reprint).
    expect(achieved("【民生保障更加有力】全年城镇新增就业301200人，城镇调查失业率4.5%。").map((i) => [i.metric, i.label])).toEqual([
      ["new-jobs", "城镇新增就业"], ["surveyed-unemployment", "城镇调查失业率"],
    ]);
    // A per cent 的 a target is that target's figure, of the metric's kind (a growth of retail), not a share (batch 18).
    expect(achieved("社零额5932.6亿元，增长6.1%，距年初确定的6.5%左右的预期目标仍有差距。").map((i) => [i.value, i.type, i.modality])).toEqual([
      [593260000000, "level", "actual"], [6.1, "growth", "actual"], [6.5, "growth", "target"],
    ]);
    // The basis of a figure (按自然口径计算) names nothing; a bare figure 的 a target is the metric's target (batches 17, 18).
    expect(achieved("一般公共预算收入1735.6亿元，同口径增长3.1%，按自然口径计算增长1.3%。").map((i) => i.metric)).toEqual(Array(3).fill("general-budget-revenue"));
    expect(achieved("实际使用外资28600万美元，离3亿美元的年度目标仍有差距。").map((i) => [i.metric, i.modality])).toEqual([
      ["foreign-investment", "actual"], ["foreign-investment", "target"],
    ]);
    // Three values after 分别: a 和 inside an item (软件和信息服务业) parts nothing when the 、 give three items, and 产业
    // before the shared measure is every item's but the one that names its own trade (batch 18's reader).
    expect(achieved("软件和信息服务业、智能电网、集成电路产业营业收入分别达到7210亿元、4650亿元和1320亿元。").map((i) => i.label)).toEqual([
      "软件和信息服务业营业收入", "智能电网产业营业收入", "集成电路产业营业收入",
    ]);
    // 份 counts copies and applications (batches 13 and 14); 3月份 stays a date.
    expect(achieved("汽车以旧换新补贴申请超过6.8万份，3月份全面完成。").map((i) => [i.value, i.unit, i.type])).toEqual([[68000, "份", "count"]]);
  });

  it("percentage points, multiples, ratios, fractions, ranges, before/after", () => {
    expect(planned("确保十大产业增加值占地区生产总值的比重比上年再提高1.5个百分点,")[0]).toMatchObject({ value: 1.5, unit: "个百分点", type: "growth" });
    const multiples = achieved("地区生产总值、财政总收入、地方财政收入、全社会固定资产投资、社会消费品零售总额分别是20xx年的2.3倍、3.3倍、3.6倍、3.9倍和2.5倍,");
    expect(brief(multiples)).toEqual([
      "gdp multiple 2.3倍", "fiscal-total-revenue multiple 3.3倍", "general-budget-revenue multiple 3.6倍", "fixed-asset-investment multiple 3.9倍", "retail-sales multiple 2.5倍",
    ]);
    const ratios = achieved("20xx年底,三次产业比重由20xx年末的73.52:24.77:1.71调整为81:18.3:0.7,");
    expect(ratios.map((i) => [i.type, i.parts, i.phase])).toEqual([["ratio", [73.52, 24.77, 1.71], "before"], ["ratio", [81, 18.3, 0.7], "after"]]);
    expect(achieved("坚持新增财力三分之二以上用于民生保障,")[0]).toMatchObject({ type: "share", value: 66.6667, unit: "%", text: "三分之二", qualifiers: ["以上"] });
    expect(planned("为每一所农村中小学、幼儿园设立1-2个特级教师或首席教师工作室分站,")[0]).toMatchObject({ value: 1, upper: 2, unit: "个", text: "1-2个" });
    const change = achieved("完成路通市政公司改制,年产值由3000万元增长至2.76亿元。");
    expect(change.map((i) => [i.label, i.value, i.type, i.phase])).toEqual([["年产值", 3e7, "level", "before"], ["年产值", 2.76e8, "level", "after"]]);
  });

  it("a fall is a negative growth rate", () => {
    expect(achieved("安全生产事故数、死亡人数分别下降17%、33.8%。").map((i) => i.value)).toEqual([-17, -33.8]);
    expect(achieved("全区PM2.5较去年下降0.7%。")[0]).toMatchObject({ metric: "pm25", value: -0.7, type: "growth" });
  });

  it("years and names are not quantities", () => {
    expect(achieved("根据《杭州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》,为2035年打下基础。")).toEqual([]);
    expect(achieved("2019年,“152”工程、5G应用、“十四五”、特色小镇2.0版、第十四届、16号线、第19届亚运会,2019杭州数字经济高峰论坛")).toEqual([]);
    expect(achieved("到20xx年,全区形成“八个15分钟服务圈”,新中国成立70周年,1月17日 05:38:56").length).toBe(0);
    expect(achieved("建成5G基站2546个。").map((i) => i.text)).toEqual(["2546个"]);
    expect(achieved("全区PM2.5较去年下降0.7%。").map((i) => i.text)).toEqual(["0.7%"]);
  });

  it("offsets point at the number in the sentence", () => {
    const text = "预计生产总值增长8%以上;完成财政总收入726.47亿元、地方财政收入391.45亿元,分别增长16.5%、16.4%;城乡居民人均可支配收入分别增长8.5%、9.7%。";
    for (const i of achieved(text)) expect(text.slice(i.start, i.end)).toBe(i.text);
  });

  it("modality follows the sentence kind, 预计 makes an estimate", () => {
    expect(planned("地区生产总值增长7.5%;")[0].modality).toBe("target");
    expect(achieved("新设内资企业数增长37.2%。")[0].modality).toBe("actual");
    expect(achieved("预计社会消费品零售总额增长9.2%。")[0].modality).toBe("estimate");
  });

  it("an unknown metric gets a stable key derived from its label", () => {
    const first = achieved("盘活低效工业用地1029亩。")[0];
    expect(first.metric).toBe("x-盘活低效工业用地");
    expect(achieved("盘活低效工业用地1029亩。")[0].metric).toBe(first.metric);
  });
});

describe("extractIndicators: names that are not metrics (batch 2 of the eval, 2026-12-02)", () => {
  const labels = (list: Indicator[]) => list.map((i) => `${i.label} ${i.text}`);

  it("比上一年 is a comparison base: the increase belongs to the metric before (and is named as an increase)", () => {
    const list = achieved("棉花总产量达到五百万吨，比上一年增产四十万吨。");
    expect(labels(list)).toEqual(["棉花总产量 五百万吨", "棉花总产量比上一年增产 四十万吨"]);
    expect(list[1].metric).toBe(list[0].metric);
  });

  it("parts of the year (第一季度, 1到10月, 10月份) are when, not the name", () => {
    expect(labels(achieved("同去年同期相比，钢材产量第一季度增长2%，第二季度增长3%，9月份增长了5%。"))).toEqual([
      "钢材产量 2%", "钢材产量 3%", "钢材产量 5%",
    ]);
    expect(labels(achieved("城乡居民储蓄存款，今年1到9月增加了80亿元。"))).toEqual(["城乡居民储蓄存款 80亿元"]);
  });

  it("the basis of a figure (考虑价格因素) and a plan period's span (“十五”前三年累计) are no part of the name", () => {
    expect(labels(achieved("职工平均工资，扣除价格因素比上年实际增长6%。"))[0]).toBe("职工平均工资 6%");
    expect(labels(achieved("“十五”前三年累计单位产值能耗下降9%。"))).toEqual(["单位产值能耗 9%"]);
  });

  it("a verb joining a name to its amount (涉及, 积累) is dropped; 度 is a unit of electricity", () => {
    expect(labels(achieved("关税总水平降到10%，涉及4000多个税目。"))).toEqual(["关税总水平 10%", "税目 4000多个"]);
    expect(labels(achieved("住房公积金积累5000亿元。"))).toEqual(["住房公积金 5000亿元"]);
    expect(achieved("发电量由1000亿度增加到1200亿度。").map((i) => `${i.label} ${i.unit}`)).toEqual(["发电量 度", "发电量 度"]);
  });

  it("a preposition or verb before a count is not counted; people are counted without what is done for them", () => {
    expect(labels(achieved("对300个贫困县800万名农村学生免除课本费。"))).toEqual(["贫困县 300个", "农村学生 800万名"]);
    expect(labels(achieved("在100个县开展新型养老保险试点。"))).toEqual(["新型养老保险试点县 100个"]);
    expect(labels(achieved("全国有20个省、自治区、直辖市财政收入好于上年。"))).toEqual(["省、自治区、直辖市 20个"]);
  });

  it("a government paying names the fund; spending added by a budget is its spending", () => {
    // The purpose after the fund stays with it, as for a budget that pays (中央财政…再就业资金).
    expect(labels(achieved("中央安排20亿元国债资金支持县医院建设。"))).toEqual(["县医院建设国债资金 20亿元"]);
    expect(labels(achieved("中央安排20亿元国债资金支持中西部地区乡镇卫生院建设。"))).toEqual(["国债资金 20亿元"]);
    expect(labels(achieved("国家财政共增加支出300多亿元。"))).toEqual(["国家财政支出 300多亿元"]);
  });

  it("a comparison base (比原来设想的) names nothing: the number belongs to the metric before", () => {
    const list = planned("两项合计减收增支500亿元，比原来设想的400亿元多出25%。");
    expect(list.map((i) => i.label)).toEqual(["两项合计减收增支", "两项合计减收增支", "两项合计减收增支"]);
    expect(list[2].type).toBe("growth");
  });
});

describe("extractIndicators: amounts named after them, and bare scales (batch 2 of the eval)", () => {
  const labels = (list: Indicator[]) => list.map((i) => `${i.label} ${i.text}`);

  it("a scale alone after a threshold verb is one of it; the total is the metric named before", () => {
    const list = achieved("税收收入比上年增加900亿元，总额首次突破万亿元。");
    expect(labels(list)).toEqual(["税收收入比上年增加 900亿元", "税收收入 万亿元"]);
    expect(list[0].metric).toBe(list[1].metric);
    expect(list[1]).toMatchObject({ value: 1e12, qualifiers: ["突破"] });
    expect(achieved("收入上亿元的企业增加。")).toEqual([]);
  });

  it("what was raised, or taken off, is named after the amount", () => {
    expect(labels(achieved("通过财政发行500亿元特别国债，带动900多亿元社会资金。"))).toEqual(["特别国债 500亿元", "社会资金 900多亿元"]);
    expect(labels(achieved("改革取消了原先200亿元的各种杂费。"))).toEqual(["各种杂费 200亿元"]);
  });

  it("a clause opening on an amount of another unit names the thing after it, not the metric before", () => {
    expect(labels(achieved("新增供水能力300万吨，2000多万千瓦新建火电机组全部配套脱硝设施。"))).toEqual([
      "新增供水能力 300万吨", "新建火电机组 2000多万千瓦",
    ]);
  });
});

describe("extractIndicators: batch 3 of the eval (2026-12-02)", () => {
  const labels = (list: Indicator[]) => list.map((i) => `${i.label} ${i.text}`);

  it("an enumerator in brackets is no quantity; 人口 and 个体 after a scale are nouns, not units", () => {
    expect(planned("（2）坚持稳中求进。")).toEqual([]);
    const people = achieved("我国是一个有13亿人口的大国。");
    expect(people.map((i) => `${i.label} ${i.unit}`)).toEqual(["人口 人"]);
    expect(achieved("减轻800多万个体工商户税负。").map((i) => `${i.label} ${i.unit}`)).toEqual(["个体工商户 户"]);
  });

  it("counted people end the name; what is done for them (免除…住宿费) does not", () => {
    expect(labels(achieved("免除2000多万名农村寄宿制学生住宿费。"))).toEqual(["农村寄宿制学生 2000多万名"]);
    expect(labels(achieved("惠及1000多万农村学生营养改善。"))).toEqual(["农村学生 1000多万"]);
    // Taking part is part of the figure: 城乡居民参保.
    expect(labels(achieved("参保人数扩大，13亿城乡居民参保。"))[0]).toBe("城乡居民参保 13亿");
  });

  it("the change of a growth rate in 个百分点 belongs to the rate", () => {
    expect(labels(achieved("全社会固定资产投资增长20%，增幅回落5个百分点。"))).toEqual(["全社会固定资产投资 20%", "全社会固定资产投资增幅 5个百分点"]);
  });

  it("年均 and a span before the name, 分两轮, 包括 and a payer's 对 are no part of it", () => {
    const avg = planned("“十二五”期间年均经济增长速度预期目标为8%左右。")[0];
    expect(avg).toMatchObject({ label: "经济增长" });
    expect(avg.qualifiers).toEqual(expect.arrayContaining(["年均", "左右"]));
    expect(labels(achieved("五年中分三轮取消行政审批事项300项。"))).toEqual(["取消行政审批事项 300项"]);
    expect(labels(achieved("其中包括境外筹资100亿美元。"))).toEqual(["境外筹资 100亿美元"]);
  });

  it("a budget adds nothing to a fund's name unless it is named by level; spending a budget lays out is its spending", () => {
    expect(labels(achieved("全国财政安排农村卫生经费500亿元。"))).toEqual(["农村卫生经费 500亿元"]);
    expect(labels(planned("国家财政将每年安排支出800多亿元。"))).toEqual(["国家财政支出 800多亿元"]);
  });
});

describe("extractIndicators: verbs of building are no part of a name (batch 4 of the eval, the seeds)", () => {
  const labels = (list: Indicator[]) => list.map((i) => `${i.label} ${i.text}`);

  it("建成/新建/改造/拍摄… before the thing and 建设 after a counted thing are dropped; stages of work stay", () => {
    expect(labels(planned("建成城市绿道60公里，新建和改造农村公路300公里。"))).toEqual(["城市绿道 60公里", "农村公路 300公里"]);
    expect(labels(planned("完成30个体育场馆建设。"))).toEqual(["体育场馆 30个"]);
    expect(labels(planned("拍摄20部纪录片，建成8个省级样板。"))).toEqual(["纪录片 20部", "省级样板 8个"]);
    // Stages stay apart (开工 and 竣工 are different commitments): 开工建设 is kept.
    expect(labels(achieved("开工建设治污项目30个。"))).toEqual(["开工建设治污项目 30个"]);
  });

  it("a share written 占… is named as the share", () => {
    expect(labels(achieved("教育支出占一般公共预算支出18.5%。"))).toEqual(["教育支出占一般公共预算支出比重 18.5%"]);
  });
});

describe("extractIndicators: ranges in Chinese numerals and cuts (batch 5 of the eval, 2026-12-02)", () => {
  it("百分之四到五 and 百分之二、三 are ranges, 百分之二、百分之五 stays two figures", () => {
    expect(planned("农业总产值平均每年增长百分之四到五。")[0]).toMatchObject({ value: 4, upper: 5, unit: "%" });
    expect(planned("流动资金周转加快百分之二、三。")[0]).toMatchObject({ value: 2, upper: 3 });
    expect(planned("分别增长百分之二、百分之五。").map((i) => i.value)).toEqual([2, 5]);
  });

  it("七十亿到一百亿元 is one range in base units", () => {
    expect(planned("就可以节省出七十亿到一百亿元资金。")[0]).toMatchObject({ value: 7e9, upper: 1e10, unit: "元", scale: "亿" });
  });

  it("a cut of a stock is negative and named by the stock (减少农村贫困人口, 贫困人口再减少, 减轻农民负担)", () => {
    expect(planned("今年再减少农村贫困人口1000万人以上。")[0]).toMatchObject({ label: "农村贫困人口", value: -1e7 });
    expect(planned("力争今年农村贫困人口再减少1000万以上。")[0]).toMatchObject({ label: "农村贫困人口", value: -1e7 });
    expect(achieved("减轻农民负担20亿元。")[0]).toMatchObject({ label: "农民负担", value: -2e9 });
  });

  it("a saving is an amount saved, not a cut", () => {
    expect(planned("节约标准煤700万吨。")[0].value).toBe(7e6);
  });
});

describe("extractIndicators: old reports' numerals and units (batch 5 of the eval, 2026-12-02)", () => {
  it("百分之一百一十七 is 117 %, not 110 %", () => {
    expect(achieved("小学学生数增加了百分之一百一十七。")[0].value).toBe(117);
  });

  it("百分之二到百分之三 and 五、六倍 are ranges; 第一、二 is no range", () => {
    expect(planned("成本每年降低百分之二到百分之三。")[0]).toMatchObject({ value: -2, upper: -3 });
    expect(planned("薯类的产量要多五、六倍。")[0]).toMatchObject({ value: 5, upper: 6, unit: "倍" });
    expect(planned("第一、二万人")[0]?.upper).toBeUndefined();
  });

  it("四、五十亿元 (national-1983), 七、八百人 and 百分之十一、二 are ranges of neighbours", () => {
    expect(achieved("只这一项每年就减少国家财政收入四、五十亿元。")[0]).toMatchObject({ value: 4e9, upper: 5e9, unit: "元" });
    expect(achieved("全省招收职工七、八百人。")[0]).toMatchObject({ value: 700, upper: 800 });
    expect(achieved("工业总产值增长百分之十一、二。")[0]).toMatchObject({ value: 11, upper: 12, unit: "%" });
    expect(achieved("分别增长百分之十一、三")[0]?.upper).toBeUndefined();
  });

  it("千分之十三 is per mille, as 13‰ is: the same value, unit and type, so the two forms compare", () => {
    const written = planned("人口自然增长率控制在千分之十三以内。")[0];
    const digits = planned("人口自然增长率控制在13‰以内。")[0];
    expect(written).toMatchObject({ value: 13, unit: "‰", type: digits.type, metric: digits.metric });
    expect(planned("出生率控制在千分之十二、三。")[0]).toMatchObject({ value: 12, upper: 13, unit: "‰", type: "rate" });
    // A part of a whole written as a fraction stays a share in per cent.
    expect(planned("三分之一的县实现基本普及。")[0]).toMatchObject({ unit: "%", type: "share" });
  });

  it("担, 吨公里 and 人公里 are units", () => {
    const list = planned("棉花达到三千二百七十万担，铁路货物周转量达到一千二百一十亿吨公里。");
    expect(list.map((i) => i.unit)).toEqual(["担", "吨公里"]);
  });
});

describe("extractIndicators: comparison bases and hedges (batch 5 of the eval, 2026-12-02)", () => {
  it("比1952年的5.8万人增长两倍: the base and the change belong to the metric of the clause; the base is the value before", () => {
    for (const text of ["工程技术人员达到17.5万人，比1952年的5.8万人增长两倍。", "工程技术人员达到十七万五千人，比一九五二年的五万八千人增长两倍。"]) {
      const list = achieved(text);
      expect(list.map((i) => i.label)).toEqual(["工程技术人员", "工程技术人员", "工程技术人员"]);
      expect(list[1].phase).toBe("before");
      expect(list[2]).toMatchObject({ type: "multiple", value: 2 });
    }
  });

  it("大约 and 将近 are 约 and 近, never part of the name", () => {
    expect(achieved("每个农民一年的农业生产净收入，大约有70元左右。")[0]).toMatchObject({ label: "每个农民一年的农业生产净收入", qualifiers: expect.arrayContaining(["约"]) });
  });
});

describe("extractIndicators: time limits of the reforms (batch 4 of the eval, 2026-12-02)", () => {
  it("a quoted time limit (审批“最多60天”) and 一日办结 are figures, named by what they time", () => {
    const list = achieved("实现企业开办一日办结、一般企业投资项目开工前审批“最多60天”,新批工业用地100%“标准地”出让;");
    expect(list.map((i) => `${i.label} ${i.value}${i.unit}`)).toEqual(["企业开办 1日", "一般企业投资项目开工前审批 60天", "新批工业用地 100%"]);
  });

  it("a quoted name stays a name: “最多跑一次” holds no figure", () => {
    expect(achieved("深化“最多跑一次”改革。")).toEqual([]);
  });

  it("corner brackets quote a name as “” do: 助企纾困「20条」 holds no figure (a traditional-script copy, batch 14)", () => {
    expect(achieved("出台助企纾困「20条」等系列政策。")).toEqual([]);
    expect(achieved("出台助企纾困『20条』等系列政策。")).toEqual([]);
  });

  it("办结、 ends the figure before: 商事登记 25分钟, not 办结、商事登记", () => {
    expect(planned("实现不动产登记45分钟办结、商事登记25分钟完成。").map((i) => i.label)).toEqual(["不动产登记", "商事登记"]);
  });
});

describe("extractIndicators: a cut of what the counted carry is no cut of them (batch 3 of the eval)", () => {
  it("降低900多万个体工商户税负 counts households, positive; 再减少1000万贫困人口 is a cut", () => {
    expect(achieved("降低900多万个体工商户税负。")[0]).toMatchObject({ label: "个体工商户", value: 9e6 });
    expect(planned("今年再减少1000万贫困人口。")[0]).toMatchObject({ value: -1e7 });
  });
});

describe("extractIndicators: a subject's movement and a payer's spending (batch 3 of the eval)", () => {
  it("外贸出口从7月份开始大幅度回升，全年达到…: the subject is 外贸出口", () => {
    expect(achieved("外贸出口从7月份开始大幅度回升，全年达到1949亿美元，增长6.1%。").map((i) => i.label)).toEqual(["外贸出口", "外贸出口"]);
  });

  it("中央财政将投入100亿元，支持…: the payer's spending, 中央财政投入", () => {
    expect(planned("“十一五”时期中央财政将投入100亿元，支持职业教育发展。")[0].label).toBe("中央财政投入");
  });
});

describe("extractIndicators: a long list name is cut at an item, never mid-word", () => {
  it("下岗职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平提高30% is named by its first item", () => {
    const [first] = achieved("包括将国有企业下岗职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平提高30％；");
    expect(first.label).toBe("国有企业下岗职工基本生活费水平");
  });
});

describe("extractIndicators: pointers and savings (batch 2 of the eval)", () => {
  it("这两部分共计减收增支… is named 减收增支; 就可以节省出…资金 names the fund saved", () => {
    expect(achieved("这两部分共计减收增支九百二十五亿元。")[0].label).toBe("减收增支");
    expect(planned("如果能够加速周转，就可以节省出七十亿到一百亿元资金。")[0]).toMatchObject({ label: "资金", value: 7e9, upper: 1e10 });
  });
});

describe("the plan's own figure quoted beside a result (national-1981, 1982)", () => {
  it("比原来设想的六百亿元 and 原计划增长7% are targets; the result beside them stays actual", () => {
    const found = achieved("这两部分共计减收增支九百二十五亿元，比原来设想的六百亿元多出54%。");
    expect(found.map((i) => [i.value, i.modality])).toEqual([[92500000000, "actual"], [60000000000, "target"], [54, "actual"]]);
    expect(achieved("粮食产量原计划增长2%，实际增长3.5%。").map((i) => i.modality)).toEqual(["target", "actual"]);
  });
  it("由原来的5个增加到8个 is a base, not a plan", () => {
    expect(achieved("示范区由原来的5个增加到8个。").every((i) => i.modality === "actual")).toBe(true);
  });
});

describe("上年 as a word, not 基础上 before 年均 (national-2011)", () => {
  it("在…的基础上年均增长7% in a plan is a target; 上年增长8% dates a figure to last year", () => {
    expect(planned("今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。")).toMatchObject([{ modality: "target", qualifiers: ["年均"] }]);
    expect(planned("上年增长8%，今年要增长7%左右。").map((i) => i.modality)).toEqual(["actual", "target"]);
  });
});

describe("how high is no part of a name (national-1995)", () => {
  it("涨幅仍然高达21.7% is the 涨幅, not the concession before it; 受灾人口多达3000万人 names 受灾人口", () => {
    expect(achieved("虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七。").map((i) => i.label)).toEqual(["涨幅"]);
    expect(achieved("受灾人口多达3000万人。").map((i) => i.label)).toEqual(["受灾人口"]);
  });
});

describe("a counted word too short to be the thing, joined by 和 (national-2005)", () => {
  it("105个专项和部门应急预案 counts the plans; 5个区和3个县 stays two counts", () => {
    expect(achieved("我们组织制定了国家突发公共事件总体应急预案和105个专项和部门应急预案。").map((i) => i.label)).toEqual(["专项和部门应急预案"]);
    expect(achieved("全市有5个区和3个县。").map((i) => i.value)).toEqual([5, 3]);
  });
});

describe("a comparison opening the sentence (national-2006, a copy without headings)", () => {
  it("2005年与2000年相比，…增长57.3% is a change over five years; 比上年增长9.5% is one year's", () => {
    expect(achieved("2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。").map((i) => i.qualifiers)).toEqual([["累计"], ["年均"]]);
    expect(achieved("国内生产总值比上年增长9.5%。").map((i) => i.qualifiers)).toEqual([[]]);
  });
});

describe("extractIndicators: levels and per-unit prices in lists (label-free scan of 2000–2014, 2026-12-02)", () => {
  it("1410个县级和250个省、市（地）级疾病预防控制中心: each count is of the centres, at its level (national-2005)", () => {
    const list = achieved("1410个县级和250个省、市（地）级疾病预防控制中心基本建成，290所紧急救援中心陆续开工。");
    expect(list.map((i) => i.label)).toEqual(["县级疾病预防控制中心", "省、市（地）级疾病预防控制中心", "紧急救援中心"]);
    expect(achieved("全国2000多个县级医院得到改造。")[0].label).toBe("县级医院");
  });

  it("小麦、稻谷最低收购价平均每斤 and 小学、初中学生人均公用经费 share their metric (national-2009)", () => {
    expect(planned("今年小麦、稻谷最低收购价平均每斤分别提高0.11元和0.13元。").map((i) => i.label)).toEqual(["小麦最低收购价", "稻谷最低收购价"]);
    expect(planned("把小学、初中学生人均公用经费分别提高到300元和500元。").map((i) => i.label)).toEqual(["小学学生人均公用经费", "初中学生人均公用经费"]);
  });
});

describe("extractIndicators: no adverb, modal or time is a name (label-free scan of 1979–1999, 2026-12-02)", () => {
  it("今后人口的年自然增长率，必须控制在千分之十三以下: the metric is before the comma, not 必须 (national-1982)", () => {
    expect(planned("今后人口的年自然增长率，必须控制在千分之十三以下。")[0]).toMatchObject({ metric: "population-growth" });
  });

  it("集团购买力要按上年实际数额核减２０％: the name ends before 要 (national-1985)", () => {
    expect(planned("集团购买力要按上年实际数额核减２０％。")[0].label).toBe("集团购买力");
  });

  it("要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元: the investment, without the task's verb (national-2004)", () => {
    expect(planned("要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元。")[0].label).toBe("中央预算内经常性建设投资");
  });
});

describe("extractIndicators: totals, bases and people counted by what they reached (label-free scan of 2000–2014)", () => {
  it("五年共计12319亿元 and 比上年预计数增加439亿元 belong to the metric named before (national-2003, 2009)", () => {
    const spending = achieved("中央财政用于社会保障的支出由1997年的664亿元增加到2002年的4025亿元，五年共计12319亿元。");
    expect(spending.map((i) => i.label)).toEqual(Array(3).fill("中央财政用于社会保障的支出"));
    const fund = planned("中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。");
    expect(fund.map((i) => i.label)).toEqual(Array(3).fill("中央财政社会保障资金"));
  });

  it("中、高等职业教育在校生 and 大、中型企业 are two words each", () => {
    expect(achieved("2007年中、高等职业教育在校生分别达到2000万人和861万人。").map((i) => i.label)).toEqual(["中等职业教育在校生", "高等职业教育在校生"]);
    expect(achieved("大、中型企业分别达到100家和200家。").map((i) => i.label)).toEqual(["大型企业", "中型企业"]);
  });

  it("505万下岗失业人员实现再就业; 先后有1800多万人…实现了再就业 (national-2003, 2007)", () => {
    expect(achieved("多渠道开发就业岗位，505万下岗失业人员实现再就业。")[0].label).toBe("下岗失业人员再就业");
    expect(achieved("先后有1800多万人通过多种渠道和方式实现了再就业。")[0].label).toBe("再就业人数");
  });
});

describe("extractIndicators: big Chinese numerals, vague numbers and 把…控制在 (label-free scan of 1979–1999)", () => {
  it("一万六千七百七十亿元 is 16770亿, not 6770亿 (national-1986)", () => {
    const list = achieved("一九九○年工农业总产值达到一万六千七百七十亿元，国民生产总值达到一万一千一百七十亿元。");
    expect(list.map((i) => [i.label, i.value])).toEqual([["工农业总产值", 1.677e12], ["国民生产总值", 1.117e12]]);
    expect(achieved("工农业总产值突破一万亿元。")[0].value).toBe(1e12);
  });

  it("全年 inside a name is when, not the name (中央财政全年用于社会保障的资金, national-2005)", () => {
    expect(achieved("中央财政全年用于社会保障的资金达1465亿元，增长18.1%。")[0].label).toBe("中央财政用于社会保障的资金");
  });

  it("几百万人 is no figure (national-1986)", () => {
    expect(achieved("每年城镇有几百万人需要就业。")).toEqual([]);
  });

  it("把我国人口控制在１２亿左右的目标: the population, counted in people (national-1988)", () => {
    expect(planned("为了实现在本世纪末把我国人口控制在１２亿左右的目标，必须严格执行现行政策。")[0]).toMatchObject({ metric: "population", value: 1.2e9 });
    expect(planned("努力把全年零售物价上涨幅度控制在百分之十以内。")[0]).toMatchObject({ metric: "retail-price-index", value: 10 });
  });
});

describe("extractIndicators: names cut free of times, verbs and what follows (label-free scan of 2000–2014, second pass)", () => {
  it("试点要覆盖全国10%左右的县（市）: the share of places the pilot reaches (national-2009, national-2008)", () => {
    expect(planned("新型农村社会养老保险试点要覆盖全国10%左右的县（市）。")[0]).toMatchObject({ label: "新型农村社会养老保险试点县（市）", type: "share" });
    expect(planned("城镇居民基本医疗保险试点要扩大到全国50%以上的城市。")[0].label).toBe("城镇居民基本医疗保险试点城市");
  });

  it("今明两年继续提高…, 人均每月新增, 组织实施了, 专家对…: none of it is in the name", () => {
    expect(planned("今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。")[0].label).toBe("企业退休人员基本养老金");
    expect(achieved("企业退休人员养老金人均每月新增110元。")[0].label).toBe("企业退休人员养老金");
    expect(achieved("组织实施了1000多项高新技术产业化示范工程。")[0].label).toBe("高新技术产业化示范工程");
    expect(achieved("组织2000多位专家对若干战略问题进行研究论证。")[0].label).toBe("专家");
  });
});

describe("extractIndicators: the residents an old-estate renovation reached (10 labels of 15)", () => {
  it("惠及居民 after a count of old estates is named by the renovation", () => {
    expect(achieved("改造老旧小区320个、惠及居民3.8万户。").map((i) => i.label)).toEqual(["改造老旧小区", "老旧小区改造惠及居民"]);
    expect(achieved("兑现惠企资金21.7亿元，惠及企业1.3万家次。")[1].label).toBe("惠及企业");
  });
});

describe("extractIndicators: a rate before a figure followed by 的 (125 labels of 125 call 失业率 a rate)", () => {
  it("调查失业率稳定在5%左右的较低水平 is a rate, and 在60%的…机构 still a share", () => {
    expect(achieved("调查失业率稳定在5%左右的较低水平。")[0]).toMatchObject({ metric: "surveyed-unemployment", type: "rate" });
    expect(achieved("在60%的政府举办的基层医疗卫生机构实施基本药物制度。")[0].type).toBe("share");
  });
});

describe("extractIndicators: the beneficiary of a lightened burden (22 labels of 23)", () => {
  it("为企业减负降本 keeps 为企业; 为企业和个人减税降费 is the tax and fee cuts", () => {
    expect(achieved("深化“三服务”活动，为企业减负降本45.8亿元。")[0].label).toBe("为企业减负降本");
    expect(achieved("去年全年为企业和个人减税降费约1.3万亿元。")[0]).toMatchObject({ label: "减税降费", metric: "tax-fee-cuts" });
    expect(planned("减税降费总规模1.1万亿元以上。")[0].metric).toBe("tax-fee-cuts");
  });
});

describe("extractIndicators: verbs and leads around a level (batch 15)", () => {
  it("其中城镇、农村居民分别增长… after the residents' income gives the urban and the rural income", () => {
    expect(achieved("全区居民人均可支配收入8.26万元，增长5.3%，其中城镇、农村居民分别增长4.9%和6.1%。").map((i) => i.metric)).toEqual([
      "resident-income", "resident-income", "urban-income", "rural-income",
    ]);
  });

  it("跃升至 moves a level as 提高到 does; who made the report is no name in a headline", () => {
    expect(achieved("地区生产总值从2020年的2312亿元跃升至3268.5亿元，年均增长6.8%。").map((i) => i.metric)).toEqual(["gdp", "gdp", "gdp"]);
    expect(planned("孙明远作政府工作报告　今年地区生产总值预期增长6%左右")[0]).toMatchObject({ label: "地区生产总值", metric: "gdp" });
  });
});

describe("extractIndicators: a news article's session figures (batches 12, 14)", () => {
  it("大会应到代表258名，实到241名: the delegates due and present, each named", () => {
    expect(achieved("大会应到代表258名，实到241名，符合法定人数。").map((i) => i.label)).toEqual(["应到代表", "实到代表"]);
  });
});

describe("extractIndicators: 未来 is a time only before a span of years (batch 14)", () => {
  it("keeps 未来乡村 and 未来社区, Zhejiang's programmes, and drops 未来五年", () => {
    expect(achieved("建成未来乡村3个、未来社区12个。").map((i) => i.label)).toEqual(["未来乡村", "未来社区"]);
    expect(planned("未来五年地区生产总值年均增长6%。")[0]).toMatchObject({ label: "地区生产总值", metric: "gdp" });
  });
});

describe("extractIndicators: numbers of policy moves (national 2003, 2009, 2022, 2024, 2025)", () => {
  it("两次降低存款准备金率 counts the moves, named by the move; a raise is named by what was raised", () => {
    const moves = achieved("稳健的货币政策精准有力，两次降低存款准备金率、两次下调政策利率。");
    expect(moves.map((i) => [i.label, i.value, i.unit, i.type])).toEqual([
      ["降低存款准备金率", 2, "次", "count"],
      ["下调政策利率", 2, "次", "count"],
    ]);
    expect(achieved("两次全面降准，释放长期资金2.2万亿元。")[0]).toMatchObject({ label: "全面降准", value: 2 });
    expect(achieved("1999年以来，三次提高机关事业单位职工基本工资标准和离退休人员基本养老金。")[0]).toMatchObject({
      label: "机关事业单位职工基本工资标准", value: 3, unit: "次",
    });
  });

  it("an ordinal session (第三次会议, 二次会议) and 一次性 are no moves", () => {
    expect(achieved("在五届人大三次会议上，第三次降低利率的决定通过。")).toEqual([]);
    expect(achieved("一次性降低存款准备金率。")).toEqual([]);
  });
});

describe("extractIndicators: local reviews' margins, pairs and plan completion (hand-made probes, 2026-12-02)", () => {
  it("高于全市1.2个百分点 is the growth of the metric just named, above the city's, under its own key and name", () => {
    // Readers name a margin with what it is measured against (17 of 19 labels: 地区生产总值增速高于全市, no qualifier).
    const [growth, margin] = achieved("规上工业增加值增长8.1%，高于全市1.2个百分点。");
    expect(margin).toMatchObject({ label: "规上工业增加值增速高于全市", value: 1.2, unit: "个百分点", type: "growth", qualifiers: [] });
    expect(margin.metric).not.toBe(growth.metric);
    const [, below] = achieved("一般公共预算收入增长3.1%，增幅比全省低0.4个百分点。");
    expect(below).toMatchObject({ label: "一般公共预算收入增幅低于全省", value: 0.4, qualifiers: [] });
    // 平均水平 leaves the name; a target measured against keeps 目标, which cue words otherwise strip.
    expect(achieved("脱贫人口人均纯收入增长12%，高于全省平均水平1.2个百分点。")[1].label).toBe("脱贫人口人均纯收入增速高于全省");
    expect(achieved("固定资产投资增长10.5%，高于年度目标2.5个百分点。")[1].label).toBe("固定资产投资增速高于年度目标");
  });

  it("农村居民增长6.8% after 城镇居民人均可支配收入 is the rural income; a 总数 after 净增 is the total of the thing", () => {
    expect(achieved("城镇居民人均可支配收入增长5.1%，农村居民增长6.8%。").map((i) => i.metric)).toEqual(["urban-income", "rural-income"]);
    expect(achieved("高新技术企业净增120家、总数达到860家。")[1]).toMatchObject({ label: "高新技术企业总数", value: 860 });
  });

  it("完成年度目标的103.5% is a rate of the plan done, never the metric's own value", () => {
    const [total, general] = achieved("财政总收入和一般公共预算收入分别完成目标任务的101.2%和102.3%。");
    expect(total).toMatchObject({ label: "财政总收入目标完成率", type: "rate", value: 101.2 });
    expect(general).toMatchObject({ label: "一般公共预算收入目标完成率", type: "rate", value: 102.3 });
    expect(general.metric).not.toBe("general-budget-revenue");
    // The plan of the investment just named: named as readers name it (see project-names.ts).
    expect(achieved("全年完成投资120亿元，完成年度计划的105%。")[1].label).toBe("投资完成年度计划比例");
    expect(achieved("完成年度目标的103.5%。")[0].label).toBe("年度目标完成率");
  });
});

describe("extractIndicators: local reviews' estimates, totals and names (batch 6 of the eval, 2026-12-02)", () => {
  it("预计 after a metric's name does not reach a count of new things after a comma (batches 9, 14)", () => {
    const list = achieved("全社会研发经费投入强度预计达到3.3%，新增国家高新技术企业1230家。");
    expect(list.map((i) => i.modality)).toEqual(["estimate", "actual"]);
    // A margin of the estimated figure, and a list under one estimated comparison, stay estimates.
    expect(achieved("地区生产总值预计增长7.6%，增速高于全市2个百分点。").map((i) => i.modality)).toEqual(["estimate", "estimate"]);
    expect(achieved("工业总产值预计比上年增长一点九倍，钢增长一点二倍。").map((i) => i.modality)).toEqual(["estimate", "estimate"]);
  });

  it("a sentence opening on 预计 estimates every figure across its semicolons", () => {
    const list = achieved("预计全年实现地区生产总值1586亿元,增长8.6%;规模工业增加值增长10.2%;固定资产投资增长11.5%。");
    expect(list.map((i) => i.modality)).toEqual(["estimate", "estimate", "estimate", "estimate"]);
    expect(list[2].metric).toBe("industrial-value-added");
  });

  it("a total after a count of new things is the total of the things, and an area is never an output", () => {
    expect(achieved("新增高新技术企业138家,总数达到612家。")[1].label).toBe("高新技术企业总数");
    expect(achieved("新增市场主体2.3万户,总量突破16万户。")[1].label).toBe("市场主体总量");
    expect(achieved("粮食总产量达5.6万吨,新建高标准农田1.2万亩。")[1].label).toBe("新建高标准农田");
    // The measure as written (完成投资), as readers of batches 7–12 name it (batch 6's reader wrote 区级重点项目投资).
    expect(achieved("实施区级重点项目186个,完成投资482亿元。")[1].label).toBe("区级重点项目完成投资");
  });

  it("task verbs, conjunctions, beneficiaries, 保持, 拓展至 and 同口径 are no part of a name", () => {
    expect(planned("推动数字经济核心产业增加值增长10%。")[0].metric).toBe("digital-economy-core");
    expect(planned("稳定粮食播种面积1.1亿亩以上。")[0].label).toBe("粮食播种面积");
    expect(achieved("但跨境电商交易额增长26%。")[0].label).toBe("跨境电商交易额");
    expect(achieved("为企业减税降费及退税42.3亿元。")[0].label).toBe("减税降费及退税");
    expect(achieved("国考、省考断面水质优Ⅲ类比例保持100%。")[0].label).toBe("国考、省考断面水质优Ⅲ类比例");
    expect(achieved("“一件事一次办”事项拓展至86项。")[0].label).toBe("“一件事一次办”事项");
    expect(achieved("一般公共预算收入80.3亿元,同口径增长9.2%。")[1].metric).toBe("general-budget-revenue");
    expect(achieved("优良天数比率达到82.4%。")[0].type).toBe("share");
  });
});

describe("extractIndicators: owners, causes and cuts in local reviews (batch 6 of the eval)", () => {
  it("实现产值, a cause before a fall, 压缩至 and 恢复到 leave the name", () => {
    const [level, fall] = achieved("工程机械产业集群实现产值1286亿元,受行业周期影响下降3.2%。");
    expect(level.label).toBe("工程机械产业集群产值");
    expect(fall).toMatchObject({ label: "工程机械产业集群产值", value: -3.2 });
    expect(achieved("星沙物流园区完成货运量增长9.6%。")[0].label).toBe("星沙物流园区货运量");
    expect(achieved("企业开办时间压缩至0.5个工作日。")[0].label).toBe("企业开办时间");
    expect(planned("旅游综合收入恢复到300亿元。")[0].label).toBe("旅游综合收入");
  });
});

describe("extractIndicators: classes of things and task verbs before a count (batch 6 of the eval, 2026-12-03)", () => {
  it("超亿美元项目 and 亿元以上产业项目 are classes of projects, not amounts, and stay in the name", () => {
    expect(achieved("新设外资项目52个，其中超亿美元项目6个。").map((i) => [i.label, i.text])).toEqual([
      ["新设外资项目", "52个"],
      ["超亿美元项目", "6个"],
    ]);
    expect(achieved("新签约亿元以上产业项目108个。").map((i) => [i.label, i.text])).toEqual([["新签约亿元以上产业项目", "108个"]]);
    // A threshold crossed is still a figure.
    expect(achieved("地区生产总值首次突破万亿元。")[0]).toMatchObject({ value: 1e12, unit: "元" });
  });

  it("办理, 获评, 用心办好 and 各类 before what is counted are no part of its name", () => {
    expect(achieved("办理人大代表建议126件。")[0].label).toBe("人大代表建议");
    expect(achieved("获评省级智能制造示范工厂4家。")[0].label).toBe("省级智能制造示范工厂");
    expect(achieved("引进各类高层次人才1260名。")[0].label).toBe("高层次人才");
    expect(planned("用心办好52项民生实事项目。")[0].label).toBe("民生实事项目");
  });
});

describe("extractIndicators: partners of what was signed or built (batch 6 of the eval, 2026-12-03)", () => {
  it("与上海、浙江等地新签合作项目 and 与…共建产业园区 name the projects and parks, not the partners", () => {
    expect(achieved("与上海、浙江等地新签合作项目28个。")[0].label).toBe("新签合作项目");
    expect(achieved("主动融入长三角一体化发展，与上海虹桥国际开放枢纽、环太湖城市新签合作项目35个。")[0].label).toBe("新签合作项目");
    expect(achieved("与江西万载、铜鼓共建产业园区3个。")[0].label).toBe("共建产业园区");
    // 共 as "in total" still leaves the name.
    expect(achieved("共建成学校12所。")[0].label).toBe("学校");
  });
});

describe("extractIndicators: 争取 before money (batch 6 of the eval, 2026-12-03)", () => {
  it("争取专项债券资金 is the verb that won the funds, no hedge; 争取 before a growth still is one", () => {
    expect(achieved("争取专项债券资金46.8亿元。")[0].qualifiers).not.toContain("争取");
    expect(planned("争取专项债券资金30亿元以上。")[0].qualifiers).toEqual(["以上"]);
    expect(planned("争取地区生产总值增长6%。")[0].qualifiers).toContain("争取");
  });
});

describe("extractIndicators: a bare measure after what it measures (batch 7 of the eval, 2026-12-03)", () => {
  const labels = (list: Indicator[]) => list.map((i) => `${i.label}=${i.text}`);

  it("takes the owner of the measure before it (种植面积 → 产量, 产值)", () => {
    expect(labels(achieved("茶叶种植面积稳定在6.2万亩、产量1.1万吨、综合产值突破18亿元。"))).toEqual(["茶叶种植面积=6.2万亩", "茶叶产量=1.1万吨", "茶叶综合产值=18亿元"]);
    expect(planned("稳定粮食播种面积45万亩、产量20万吨以上。")[1].metric).toBe("grain-output");
  });

  it("names the length of the works just counted", () => {
    expect(labels(planned("新开工高速公路6条、里程400公里以上。"))).toEqual(["新开工高速公路=6条", "新开工高速公路里程=400公里"]);
  });

  it("leaves a measure after an unrelated count alone", () => {
    expect(labels(achieved("新增上市企业5家，产值增长12%。")).at(-1)).toBe("产值=12%");
  });
});

describe("extractIndicators: tenths written 成 (batch 7 of the eval, 2026-12-03)", () => {
  it("reads 三成, 两成以上 and 近四成 as per cent, a growth after 增长 and a share after 占", () => {
    expect(achieved("全年接待游客增长三成，过夜游客增长近四成。").map((i) => `${i.type} ${i.value}${i.unit}`)).toEqual(["growth 30%", "growth 40%"]);
    expect(planned("力争旅游总收入增长两成以上。")[0]).toMatchObject({ value: 20, unit: "%", type: "growth", qualifiers: expect.arrayContaining(["力争", "以上"]) });
    expect(achieved("岛外固定资产投资占全市比重超过七成。")[0]).toMatchObject({ value: 70, unit: "%", type: "share" });
  });

  it("leaves 成 as the start of another word alone", () => {
    expect(achieved("一成不变的做法要改，三成员国代表出席，统一成立工作专班。")).toEqual([]);
  });
});

describe("extractIndicators: how far 预计 reaches (batches 6 and 7 of the eval, 2026-12-03)", () => {
  const modalities = (text: string) => achieved(text).map((i) => `${i.text}:${i.modality}`);

  it("estimates the clauses after it across semicolons, also when it comes after a first clause", () => {
    expect(modalities("全年完成财政总收入40.2亿元；预计实现地区生产总值520亿元、增长5.1%；固定资产投资下降3.2%。")).toEqual([
      "40.2亿元:actual", "520亿元:estimate", "5.1%:estimate", "3.2%:estimate",
    ]);
  });

  it("stops at a clause that opens on its own verb of a result", () => {
    expect(modalities("预计全年实现地区生产总值1210亿元，增长5.5%；完成一般公共预算收入86亿元，增长6%；社会消费品零售总额增长7%。")).toEqual([
      "1210亿元:estimate", "5.5%:estimate", "86亿元:actual", "6%:actual", "7%:actual",
    ]);
  });
});

describe("extractIndicators: 预计 after a run-in lead (seed 001)", () => {
  it("estimates its own clause only", () => {
    expect(achieved("经济稳中向好——预计全年地区生产总值增长7%左右;财政总收入500亿元,增长9%。").map((i) => `${i.text}:${i.modality}`)).toEqual([
      "7%:estimate", "500亿元:actual", "9%:actual",
    ]);
  });
});

describe("extractIndicators: commitment words inside a name, and 约 inside 签约 (batch 7 of the eval, 2026-12-03)", () => {
  it("takes 力争 out of the name as the figure's qualifier", () => {
    expect(planned("其中50亿元以上项目力争开工12个。").at(-1)).toMatchObject({ label: "项目开工", qualifiers: expect.arrayContaining(["力争"]) });
  });

  it("reads 签约 as a word, not 约 (about)", () => {
    expect(achieved("完成城中村改造签约3200户。")[0]).toMatchObject({ label: "城中村改造签约", qualifiers: [] });
  });
});

describe("extractIndicators: a verb of building before what is counted (batches 6–8 of the eval, 2026-12-03)", () => {
  it("keeps 新建, 改造 and 新建改扩建 in the name, as most readers write it", () => {
    expect(planned("新建改扩建中小学、幼儿园12所。")[0].label).toBe("新建改扩建中小学、幼儿园");
    expect(achieved("改造老旧小区126个，新建城市道路38条。").map((i) => i.label)).toEqual(["改造老旧小区", "新建城市道路"]);
  });

  it("drops two verbs joined by 和 or 、 when the second renovates (新建和改造…), which name the work rather than the thing", () => {
    expect(planned("新建和改造提升高标准农田40万亩。")[0].label).toBe("高标准农田");
  });

  it("keeps 新建、改扩建 and 新建和改扩建, as readers of batches 10–12 write them (11 labels against none)", () => {
    expect(planned("新建、改扩建中小学和幼儿园16所。")[0].label).toBe("新建、改扩建中小学和幼儿园");
    expect(achieved("新建和改扩建规模化奶牛养殖场18个。")[0].label).toBe("新建和改扩建规模化奶牛养殖场");
  });
});

describe("extractIndicators: bases and bases of calculation before a change (batch 7 of the eval, 2026-12-03)", () => {
  it("gives a change against a base that is no year (较区成立之初) or on a basis (自然口径) to the metric just named", () => {
    expect(achieved("国家高新技术企业达到836家，较区成立之初翻一番。").map((i) => i.label)).toEqual(["国家高新技术企业", "国家高新技术企业"]);
    expect(achieved("地方一般公共预算收入5520亿元，自然口径增长3.4%。")[1].metric).toBe("general-budget-revenue");
  });
});

describe("extractIndicators: words around a name that are no part of it (batch 7 of the eval, 2026-12-03)", () => {
  it("keeps a short word in brackets inside a name, but drops a gloss or a place in brackets", () => {
    expect(achieved("每千人口执业（助理）医师数达到3.6人。")[0].label).toBe("每千人口执业（助理）医师数");
    expect(achieved("国内生产总值（GDP）增长5%。")[0].metric).toBe("gdp");
    expect(achieved("乡镇(街道)综合养老服务中心8个。")[0].label).toBe("乡镇综合养老服务中心");
  });

  it("drops the 中 that says where a part is counted (25项主要指标中，21项…)", () => {
    expect(achieved("规划纲要确定的25项主要指标中，21项达到或超过序时进度。")[0].label).toBe("主要指标");
  });

  it("drops the step up to a level (迈上, 跃上) after the name", () => {
    expect(achieved("2023年杭州全市地区生产总值迈上2万亿元台阶。")[0].metric).toBe("gdp");
  });

  it("reads who acts and the modal before a name (我们将确保制造业投资…) as no end of the name", () => {
    expect(planned("我们将确保制造业投资增长8%以上。")[0]).toMatchObject({ label: "制造业投资", qualifiers: expect.arrayContaining(["确保"]) });
  });

  it("gives an increase over last year's budget to the metric named before it", () => {
    expect(planned("赤字规模4.06万亿元，比上年年初预算增加1800亿元。").map((i) => i.label)).toEqual(["赤字规模", "赤字规模"]);
  });

  it("reads a per cent of an amount (an output, a sum of money) as its change", () => {
    expect(planned("广东、山东分别提出今年地区生产总值增长5%左右和5%以上。")[1]).toMatchObject({ metric: "gdp", type: "growth" });
  });

  it("names what a bare 先发行 raises from the clause that named it", () => {
    expect(planned("从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元。")[0].label).toBe("超长期特别国债");
  });
});

describe("extractIndicators: lists, bullets and sums cut for others (batch 9 of the eval, 2026-12-03)", () => {
  it("gives one value to each pollutant of a list that shares its measure", () => {
    expect(planned("今年二氧化硫、氮氧化物排放量要下降3%。").map((i) => [i.label, i.value])).toEqual([["二氧化硫排放量", -3], ["氮氧化物排放量", -3]]);
  });

  it("reads 减轻企业税收和社保缴费负担 as the sum of tax and fee cuts, not a fall", () => {
    expect(planned("全年减轻企业税收和社保缴费负担近2万亿元。")[0]).toMatchObject({ metric: "tax-fee-cuts", value: 2e12 });
    expect(achieved("全年减税降费2.36万亿元。")[0].metric).toBe("tax-fee-cuts");
  });

  it("drops a list bullet and the level of government (区级) before a known metric", () => {
    expect(achieved("▶ 地区生产总值3600亿元，增长5.1%").map((i) => i.metric)).toEqual(["gdp", "gdp"]);
    expect(achieved("全年区级一般公共预算收入233.2亿元，增长5.3%。")[0].metric).toBe("general-budget-revenue");
  });
});

describe("extractIndicators: a half cut off, and the promise of a whole held by its part (batch 9 of the eval, 2026-12-03)", () => {
  it("reads 压减一半 and 减少一半 as a fall of 50 %", () => {
    expect(achieved("工程建设项目审批时间压减一半。")[0]).toMatchObject({ label: "工程建设项目审批时间", value: -50, unit: "%", type: "growth" });
    expect(achieved("一半以上的县实现了目标。")).toEqual([]);
  });

  it("gives the part after 其中 the 确保 or 力争 of its whole", () => {
    expect(planned("确保固定资产投资增长10%以上，其中工业投资增长15%以上。")[1]).toMatchObject({ label: "工业投资", qualifiers: expect.arrayContaining(["确保", "以上"]) });
  });
});

describe("extractIndicators: an interview's turns (batch 9 of the eval, 2026-12-03)", () => {
  it("never names a figure after the speaker of a turn, and reads a bare 增长目标 as the economy's", () => {
    expect(planned("记者：今年的增长目标定在5.5%左右，怎么考虑的？")[0]).toMatchObject({ metric: "gdp", value: 5.5 });
    expect(planned("区长：今年我们将新增公办学位1万个。")[0].label).not.toMatch(/区长/);
  });
});

describe("extractIndicators: an infographic's lines (batch 10 of the eval, 2026-12-03)", () => {
  it("reads the figure after 目标： and the arrow ↑ as a growth, with the name before the blank", () => {
    expect(planned("地区生产总值 目标：6%左右")[0]).toMatchObject({ metric: "gdp", value: 6, type: "growth", qualifiers: ["左右"] });
    expect(achieved("规上工业增加值 ↑4.9%")[0]).toMatchObject({ metric: "industrial-value-added", type: "growth" });
  });

  it("still skips the tail of a ratio and a time of day", () => {
    expect(achieved("三次产业比例为73.52:24.77:1.71。").map((i) => i.value)).toEqual([73.52]);
    expect(achieved("2024-01-26 08:30　成都发布")).toEqual([]);
  });
});

describe("extractIndicators: capacity cuts and a base before a cut (batch 10 of the eval, 2026-12-03)", () => {
  it("names the capacity an industry cuts, as a cut", () => {
    expect(planned("今年钢铁行业压减粗钢产能4500万吨左右，煤炭行业退出产能2.5亿吨左右。").map((i) => [i.label, i.value])).toEqual([["粗钢产能", -4.5e7], ["煤炭产能", -2.5e8]]);
    expect(achieved("全年退出钢铁产能超过6500万吨。")[0]).toMatchObject({ label: "钢铁产能", value: -6.5e7 });
  });

  it("drops the base of a change (比改革前) before the name", () => {
    expect(planned("预计今年比改革前减轻企业税负5000多亿元。")[0].label).toBe("企业税负");
  });

  it("reads 广义货币M2余额 as the money supply", () => {
    expect(achieved("年末广义货币M2余额增长11.3%。")[0].metric).toBe("money-supply");
  });
});

describe("extractIndicators: more units, and 降低 as a cut (batch 10 of the eval, 2026-12-03)", () => {
  it("reads 吉瓦, 列 (trains), 标箱 and 箱 as units", () => {
    expect(achieved("单晶硅产能达到110吉瓦。")[0]).toMatchObject({ value: 110, unit: "吉瓦" });
    expect(achieved("中欧班列开行186列。")[0]).toMatchObject({ value: 186, unit: "列", type: "count" });
    expect(achieved("卷烟产量稳定在90万箱。")[0]).toMatchObject({ unit: "箱" });
  });

  it("reads 降低企业税负5700多亿元 as a cut of the burden", () => {
    expect(achieved("全面推开营改增试点，全年降低企业税负5700多亿元。")[0]).toMatchObject({ label: "企业税负", value: -5.7e11 });
  });
});

describe("extractIndicators: names found on national 2016 and 2017 (batch 10)", () => {
  it("a per-GDP prefix on the first item of a 分别 list is every item's, and each keeps its own measure", () => {
    const list = achieved("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。");
    expect(list.map((i) => [i.label, i.metric, i.value])).toEqual([
      ["单位国内生产总值用水量", "water-intensity", -23],
      ["单位国内生产总值能耗", "energy-intensity", -15],
      ["单位国内生产总值二氧化碳排放量", "co2-intensity", -18],
    ]);
  });

  it("a shared emission head still goes to every item without a per-GDP prefix", () => {
    expect(brief(achieved("化学需氧量、二氧化硫排放量分别下降2%和3%。"))).toEqual(["cod-emissions growth -2%", "so2-emissions growth -3%"]);
  });

  it("a count whose noun runs on into the next figure's name gives that name its subject; 年均浓度 is a name, not 年均", () => {
    const [count, fall] = achieved("74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。");
    expect(count).toMatchObject({ value: 74, unit: "个" });
    expect(fall).toMatchObject({ label: "重点城市细颗粒物年均浓度", value: -9.1, qualifiers: [] });
  });
});

describe("extractIndicators: names and readings found on batch 11 (national 2021–2023, 西湖区, 建德市)", () => {
  it("a list number before a target is no part of its name (1. 国内生产总值增长5%左右)", () => {
    expect(brief(planned("1. 国内生产总值增长5%左右"))).toEqual(["gdp growth 5%"]);
    expect(brief(planned("（2）城镇新增就业1200万人左右"))).toEqual(["new-jobs count 12000000人"]);
  });

  it("城乡居民收入比 is a ratio's name, and the bare number after it the ratio", () => {
    expect(planned("城乡居民收入比控制在1.67以内。").map((i) => [i.metric, i.type, i.value])).toEqual([["income-ratio", "ratio", 1.67]]);
    // 比 still ends a comparison elsewhere: 占比较上年 is 占比 against last year (the move named with it since round 24).
    expect(achieved("工业增加值占比较上年提高1.2个百分点。")[0].label).toBe("工业增加值占比较上年提高");
  });

  it("the year's graduates are a forecast the plan works with, not a target", () => {
    expect(planned("今年高校毕业生909万人，要促进市场化社会化就业。")[0]).toMatchObject({ value: 9090000, modality: "estimate" });
  });

  it("从不到 before an amount is no part of the name", () => {
    expect(brief(achieved("国内生产总值从不到70万亿元增加到超过100万亿元。"))).toEqual(["gdp level 70000000000000元", "gdp level 100000000000000元"]);
  });
});

describe("extractIndicators: a commitment over a list (labelled cases: 11 of 13 carry it across 、)", () => {
  const quals = (list: Indicator[]) => list.map((i) => `${i.text}:${i.qualifiers.join("")}`);

  it("carries 力争 across items joined by 、 and passes over a threshold to the count it qualifies", () => {
    expect(quals(planned("力争全年引进10亿元以上重大产业项目8个、世界500强企业投资项目3个。"))).toEqual(["10亿元:以上", "8个:力争", "3个:力争"]);
  });

  it("stops at a comma before a figure that is no count of projects or firms", () => {
    expect(quals(planned("力争地区生产总值增长6%，固定资产投资增长8%。"))).toEqual(["6%:力争", "8%:"]);
    expect(quals(planned("力争货物进出口总额增长5%以上，实际使用外资75亿美元。"))).toEqual(["5%:力争以上", "75亿美元:"]);
  });

  it("reaches a count of projects or firms across one comma, past a threshold (batch 15's 余杭 2025)", () => {
    expect(quals(planned("全年力争完成固定资产投资800亿元，新引进10亿元以上重大产业项目12个。"))).toEqual(["800亿元:力争", "10亿元:以上", "12个:力争"]);
    expect(quals(planned("力争人工智能核心产业营业收入突破800亿元，新增规上工业企业80家。"))).toEqual(["800亿元:力争突破", "80家:力争"]);
  });

  it("reaches a 其中 clause, and a semicolon ends it (batch 13's 杭州 2024)", () => {
    expect(quals(planned("确保固定资产投资增长10%以上，其中工业投资增长15%。"))).toEqual(["10%:确保以上", "15%:确保"]);
    const text = "全年完成投资2500亿元以上；力争新引进10亿元以上重大产业项目50个，其中50亿元以上项目8个。";
    expect(quals(planned(text))).toEqual(["2500亿元:以上", "10亿元:以上", "50个:力争", "50亿元:以上", "8个:力争"]);
  });

  it("does not reach a count two commas on", () => {
    expect(quals(planned("力争外贸进出口总额增长10%以上，实际使用外资2.5亿美元以上，新设外资企业200家。")).at(-1)).toBe("200家:");
  });

  it("gives 约 before 占 to the figure, not the name", () => {
    expect(achieved("上城区经济总量约占全市的六分之一。")[0]).toMatchObject({ label: "上城区经济总量占全市比重", qualifiers: ["约"] });
  });
});

describe("extractIndicators: a Word copy's footnote marks", () => {
  it("leave the name and the figure alone", () => {
    expect(achieved("新增国家级专精特新“小巨人”企业[2]77家。")[0]).toMatchObject({ label: "新增国家级专精特新“小巨人”企业", value: 77, unit: "家" });
    expect(brief(achieved("一般公共预算收入按可比口径增长6.1%[1]，自然口径增长2.7%。"))).toEqual(["general-budget-revenue growth 6.1%", "general-budget-revenue growth 2.7%"]);
  });
});

describe("extractIndicators: ranges, targets named after their figure, targets moved (batch 11)", () => {
  it("a range with the scale and the unit on both ends (100万元至300万元)", () => {
    expect(planned("对小微企业年应纳税所得额100万元至300万元的部分，再减半征收。")[0]).toMatchObject({ value: 1e6, upper: 3e6, unit: "元" });
  });

  it("a per cent named only by 的目标 or 的增长 after it is the growth target, or the economy's growth", () => {
    expect(planned("他表示，5%左右的目标“实事求是、留有余地”。")[0]).toMatchObject({ metric: "gdp", label: "增长目标", type: "growth", modality: "target" });
    expect(planned("今年实现5%左右的增长有基础。")[0]).toMatchObject({ metric: "gdp", type: "growth" });
    // A figure whose name comes before it keeps that name.
    expect(planned("城镇化率达到65%的目标。")[0].metric).toBe("urbanization-rate");
  });

  it("下调 moves a figure down, 上调 up; the growth target moved names its change", () => {
    expect(planned("存款准备金率下调0.25个百分点。")[0].value).toBe(-0.25);
    expect(planned("养老金上调4%。")[0]).toMatchObject({ value: 4, type: "growth" });
    expect(achieved("与去年相比，今年的增长目标下调了0.5个百分点。")[0]).toMatchObject({ metric: "gdp", label: "增长目标", value: -0.5 });
  });
});

describe("extractIndicators: a web copy's thousands separators and more count units (batch 10's 呼和浩特, batch 11's 建德)", () => {
  it("groups thousands before any unit, and still reads a list of numbers as a list", () => {
    expect(achieved("新增养老床位1,850张。")[0]).toMatchObject({ value: 1850, unit: "张", type: "count" });
    expect(achieved("分别为120，340和560。").map((i) => i.value)).toEqual([120, 340, 560]);
  });

  it("剂次 and 架次 count", () => {
    expect(achieved("累计接种新冠病毒疫苗232万剂次。")[0]).toMatchObject({ value: 2320000, unit: "剂次", type: "count" });
    expect(achieved("通用机场起降突破3万架次。")[0]).toMatchObject({ value: 30000, unit: "架次" });
  });
});

describe("extractIndicators: leads and quoted targets (batch 11's 上城 news, national 2021 and 2022)", () => {
  it("还, 对 and 延续执行 before a name are no part of it; 对 in 对外 and before 贡献率 stays", () => {
    expect(planned("对小微企业年应纳税所得额100万元至300万元的部分，再减半征收。")[0].label).toBe("小微企业年应纳税所得额");
    expect(planned("延续执行企业研发费用加计扣除75%政策。")[0].label).toBe("企业研发费用加计扣除");
    expect(planned("对外贸易进出口总额增长5%。")[0].label).toBe("对外贸易进出口总额");
    expect(achieved("对全球经济增长的贡献率超过30%。")[0].label).toBe("对全球经济增长的贡献率");
  });

  it("a figure quoted as …的目标 is the target's, even in a sentence that reports", () => {
    expect(achieved("去年，该区还实现了固定资产投资增长10%的目标。")[0]).toMatchObject({ metric: "fixed-asset-investment", modality: "target" });
  });
});

describe("extractIndicators: a plan's figure and a difference quoted beside a result (national 2019, 2020)", () => {
  it("高 after a comparison base is the change of the metric named before", () => {
    const [rate, diff] = planned("今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。");
    expect(rate.metric).toBe("deficit-ratio");
    expect(diff).toMatchObject({ metric: "deficit-ratio", value: 0.2, type: "growth" });
  });

  it("超过原定的近2万亿元规模 is the result's metric as planned, hedged by 近 only", () => {
    const [result, plannedFigure] = achieved("全年减税降费2.36万亿元，超过原定的近2万亿元规模。");
    expect(result).toMatchObject({ metric: "tax-fee-cuts", modality: "actual" });
    expect(plannedFigure).toMatchObject({ metric: "tax-fee-cuts", modality: "target", qualifiers: ["近"] });
  });
});

describe("extractIndicators: a rate of handling shared by the items counted before it (four labelled texts)", () => {
  it("is each item's rate", () => {
    const list = achieved("全年办理区人大代表建议148件、区政协提案165件，办复率均为100%。");
    expect(list.map((i) => [i.label, i.value])).toEqual([
      ["区人大代表建议", 148],
      ["区政协提案", 165],
      ["区人大代表建议办复率", 100],
      ["区政协提案办复率", 100],
    ]);
  });

  it("a list named before 均 keeps its own names", () => {
    expect(achieved("城乡居民医保和大病保险参保率均达到95%。").map((i) => i.label)).toEqual(["城乡居民医保参保率", "大病保险参保率"]);
  });
});

describe("extractIndicators: a figure named as the target (batch 9's Q&A article)", () => {
  it("is a target even in a question or a review", () => {
    const [figure] = extractIndicators("记者：今年的增长目标定在5.5%左右，比去年有所下调？", { kind: "other", part: "other" });
    expect(figure).toMatchObject({ metric: "gdp", modality: "target" });
  });

  it("a result measured against the target stays a result", () => {
    expect(achieved("全年增长6.1%，高于目标0.6个百分点。").map((i) => i.modality)).toEqual(["actual", "actual"]);
  });
});

describe("extractIndicators: 农村牧区 (an autonomous region's word for rural, batch 10's 呼和浩特)", () => {
  it("splits 城镇、农村牧区…收入 into the urban and the rural metric", () => {
    expect(brief(achieved("城镇、农村牧区常住居民人均可支配收入分别增长3.2%和6.1%。"))).toEqual(["urban-income growth 3.2%", "rural-income growth 6.1%"]);
  });
});

describe("extractIndicators: 我们 before a name", () => {
  it("is no part of it", () => {
    expect(achieved("我们发放消费券1.2亿元，举办促消费活动300场。").map((i) => i.label)).toEqual(["消费券", "促消费活动"]);
  });
});

describe("extractIndicators: level marks, totals after 新培育/新登记, quarters (batch 7's 临平 news, 弥勒, national 2024 news)", () => {
  it("新台阶 after an amount is no name", () => {
    expect(achieved("全市地区生产总值迈上2万亿元新台阶。")[0].metric).toBe("gdp");
  });

  it("the total after a new registration is the total of the thing registered", () => {
    expect(achieved("新登记市场主体1.26万户，总数突破7.9万户。").map((i) => i.label)).toEqual(["新登记市场主体", "市场主体总数"]);
    expect(achieved("新培育规上工业企业18户，总数达到126户。")[1].label).toBe("规上工业企业总数");
  });

  it("四个季度 before a name is when, not what", () => {
    expect(brief(achieved("去年四个季度国内生产总值分别增长4.5%、6.3%、4.9%和5.2%。"))).toEqual(["gdp growth 4.5%", "gdp growth 6.3%", "gdp growth 4.9%", "gdp growth 5.2%"]);
  });
});

describe("extractIndicators: how steadily is no part of the name", () => {
  it("始终 and 连续 before 保持在/稳定在 leave the name (batch 11)", () => {
    expect(achieved("税收收入占比始终保持在90%以上。").map((i) => i.label)).toEqual(["税收收入占比"]);
    expect(achieved("粮食年产量连续稳定在1.3万亿斤以上。").map((i) => i.label)).toEqual(["粮食年产量"]);
    expect(achieved("村级集体经济经营性收入全部达到150万元以上。").map((i) => i.label)).toEqual(["村级集体经济经营性收入"]);
  });
});

describe("extractIndicators: batch 12 (a Word export, the national budget)", () => {
  it("a superscript footnote mark leaves the name", () => {
    expect(achieved("R&D占GDP比重³达到4.38%。").map((i) => [i.label, i.metric])).toEqual([["R&D占GDP比重", "rd-intensity"]]);
  });

  it("a bare 发行 takes what an earlier clause of the sentence raises, past a clause between", () => {
    const text = "从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施和重点领域安全能力建设，今年先发行1万亿元。";
    expect(planned(text).map((i) => i.metric)).toEqual(["ultra-long-special-bonds"]);
  });

  it("reads a ratio's level before a change (由1.72缩小到1.60) and a ratio before a footnote mark", () => {
    expect(achieved("城乡居民收入倍差由1.72缩小到1.60。").map((i) => [i.metric, i.value])).toEqual([["income-ratio", 1.72], ["income-ratio", 1.6]]);
    expect(achieved("城乡居民收入倍差缩小至1.57²。").map((i) => [i.metric, i.value])).toEqual([["income-ratio", 1.57]]);
  });

  it("a news article's subject before 将, and a quote's 我们, leave names", () => {
    expect(planned("他说，今年萧山将实施重大项目380个。").map((i) => i.label)).toEqual(["重大项目"]);
    expect(achieved("“去年我们企业产值增长了18%。").map((i) => i.label)).toEqual(["企业产值"]);
    expect(planned("粮食产量将达到6500亿斤。").map((i) => i.metric)).toEqual(["grain-output"]);
  });

  it("keeps 五年期 in a rate's name, names 增发 by what is issued, drops 延长至, and reads 赤字规模 as the deficit", () => {
    expect(achieved("五年期以上贷款市场报价利率累计下降0.6个百分点。")[0].label).toBe("五年期以上贷款市场报价利率");
    expect(achieved("四季度增发1万亿元国债，支持灾后恢复重建。")[0].label).toBe("增发国债");
    expect(achieved("过境免签停留时间延长至240小时。")[0].label).toBe("过境免签停留时间");
    expect(planned("赤字规模5.66万亿元。")[0].metric).toBe("deficit");
  });

  it("接近 is the hedge 近, and a 的 after the figure is no part of the noun it counts", () => {
    expect(achieved("服务业对经济增长的贡献率接近60%。").map((i) => [i.label, i.qualifiers])).toEqual([["服务业对经济增长的贡献率", ["近"]]]);
    expect(planned("支持1500万人次以上的职工技能提升。")[0].label).toBe("职工");
  });

  it("年内 before a name is when, not what", () => {
    expect(planned("年内新开通跨界道路3条。")[0].label).toBe("新开通跨界道路");
  });

  it("见表1 points to a table: no quantity", () => {
    expect(achieved("主要指标完成情况见表1。")).toEqual([]);
  });
});

describe("extractIndicators: batch 15's national 2018 and 2019 news", () => {
  it("an ideographic space parts a headline's phrases", () => {
    expect(achieved("去年主要预期目标较好完成　城镇新增就业1348万人")[0]).toMatchObject({ metric: "new-jobs", label: "城镇新增就业" });
  });

  it("地级及以上城市 is one scope, not a list, and the figure is the PM2.5 concentration", () => {
    const list = achieved("地级及以上城市细颗粒物平均浓度下降9.1%。");
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ metric: "pm25", label: "地级及以上城市细颗粒物平均浓度", value: -9.1 });
  });

  it("年内至少 before a fall is no part of the name", () => {
    expect(planned("移动网络流量资费年内至少降低30%。")[0]).toMatchObject({ label: "移动网络流量资费", value: -30 });
  });

  it("the old target a change of target starts from is a target", () => {
    const list = planned("他说，城镇调查失业率目标由去年的5.5%以内调整为5.5%左右。");
    expect(list.map((i) => `${i.text}:${i.modality}`)).toEqual(["5.5%:target", "5.5%:target"]);
  });
});

describe("extractIndicators: 预计 after a metric's name (counted over all labels)", () => {
  const modalities = (text: string) => achieved(text).map((i) => `${i.text}:${i.modality}`);

  it("estimates that metric and a clause that goes on about it, not a figure named after a comma", () => {
    expect(modalities("全社会研发经费投入强度预计达到9.1%，每万人高价值发明专利拥有量达到286件。")).toEqual(["9.1%:estimate", "286件:actual"]);
    expect(modalities("R&D经费投入占地区生产总值比重预计达到3.6%，比上年提高0.1个百分点。")).toEqual(["3.6%:estimate", "0.1个百分点:estimate"]);
  });

  it("the 比 of 比重 is no comparison base that would take 预计 from the figure", () => {
    expect(modalities("R&D经费支出占地区生产总值比重预计达到9.45%。")).toEqual(["9.45%:estimate"]);
  });

  it("预计 opening a clause still estimates the list after it", () => {
    expect(modalities("预计全年地区生产总值增长4.8%，规模以上工业增加值增长6.1%。")).toEqual(["4.8%:estimate", "6.1%:estimate"]);
  });
});

describe("extractIndicators: a target moved (five news articles of batches 11–16)", () => {
  it("is named as the target and is a target, up or down", () => {
    expect(planned("与去年相比，今年的GDP增速目标下调了0.5个百分点。")[0]).toMatchObject({ label: "GDP增速目标", value: -0.5, modality: "target" });
    expect(achieved("与去年7%左右的目标相比，今年的经济增长目标下调了0.5个百分点。")[1]).toMatchObject({ label: "经济增长目标", value: -0.5, modality: "target" });
  });

  it("a target moved from one level to another: both levels are the target's, neither a fall", () => {
    const list = planned("固定资产投资目标则由8%下调为6%以上。");
    expect(list.map((i) => `${i.label} ${i.value}${i.unit} ${i.modality}`)).toEqual(["固定资产投资 8% target", "固定资产投资 6% target"]);
  });
});

describe("extractIndicators: poverty cut and settled migrants (national 2018 and the 2019 news)", () => {
  it("减贫1386万人 is the rural poor cut by that many", () => {
    expect(achieved("居民人均可支配收入实际增长6.5%，减贫1386万人。")[1]).toMatchObject({ metric: "rural-poor", label: "减贫", value: -13860000 });
  });

  it("migrants to settle in towns, named before or after the count, are one metric", () => {
    expect(planned("今年再推动1300万农业转移人口进城落户。")[0]).toMatchObject({ metric: "urban-settlement", value: 13000000, unit: "人" });
    expect(achieved("全年进城落户的农业转移人口超过1400万。")[0]).toMatchObject({ metric: "urban-settlement", value: 14000000 });
  });
});

describe("extractIndicators: capacity cut (national 2016 → 2017)", () => {
  it("the cut a list opens on is each item's of the same kind, and steel and coal capacity are lexicon metrics", () => {
    const list = achieved("以钢铁、煤炭行业为重点去产能，全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨。");
    expect(list.map((i) => `${i.metric} ${i.value}`)).toEqual(["steel-capacity -65000000", "coal-capacity -290000000"]);
    expect(planned("今年钢铁行业压减粗钢产能4500万吨左右。")[0]).toMatchObject({ metric: "steel-capacity", value: -45000000 });
  });

  it("does not reach an item of another kind", () => {
    expect(achieved("减少农村贫困人口1000万、易地扶贫搬迁280万人。").map((i) => i.value)).toEqual([-10000000, 2800000]);
  });
});

describe("extractIndicators: lead words no reader keeps (落实, 认真, 全面消除, 新创建 before a grade)", () => {
  it("leaves the name", () => {
    expect(achieved("落实草原生态保护补助奖励资金1.42亿元。")[0].label).toBe("草原生态保护补助奖励资金");
    expect(achieved("认真办理人大代表建议42件。")[0].label).toBe("人大代表建议");
    expect(achieved("新创建省级美丽乡村示范村8个。")[0].label).toBe("省级美丽乡村示范村");
    expect(planned("全面消除集体经济年经营性收入100万元以下的村。")[0]).toMatchObject({ label: "集体经济年经营性收入", qualifiers: ["以下"] });
  });
});

describe("extractIndicators: batch 13's 杭州 texts", () => {
  it("a rate of fall (降低率) is the metric's fall", () => {
    expect(achieved("单位GDP能耗降低率2.5%")[0]).toMatchObject({ metric: "energy-intensity", type: "growth", value: -2.5 });
  });

  it("a total is no addition: 新增 carried from the clause before leaves it, 新增 written with it stays", () => {
    expect(achieved("新增轨道交通运营里程近100公里，总里程达到516公里。")[1].label).toBe("轨道交通运营总里程");
    expect(planned("今年合计新增政府债务总规模11.86万亿元。")[0].label).toBe("新增政府债务总规模");
  });

  it("仅 after a name and 全面完成 before it are no part of it", () => {
    expect(achieved("亚运会共使用竞赛场馆56个，新建场馆仅12个。")[1].label).toBe("新建场馆");
    expect(planned("今年将全面完成老旧小区综合改造16个。")[0].label).toBe("老旧小区综合改造");
  });
});

describe("extractIndicators: 和 inside a word (和美乡村, 和谐) is no list and no lead", () => {
  it("keeps the word", () => {
    expect(achieved("农村人居环境整治深入开展，新建和美乡村示范村12个。")[0].label).toBe("新建和美乡村示范村");
    expect(achieved("创建和谐社区30个。")[0].label).toBe("和谐社区");
    expect(achieved("高新技术产业和生物医药产业增加值分别增长10%和12%。").map((i) => i.label)).toEqual(["高新技术产业增加值", "生物医药产业增加值"]);
  });
});

describe("extractIndicators: a deputy's quoted words (batch 24's 宁夏日报 and 大众日报 articles)", () => {
  it("the opening mark of speech is no part of the name, and its commitment counts", () => {
    const [afforest] = planned("“今年石嘴山将力争完成营造林8万亩，让贺兰山北段再添新绿。”她说。");
    expect([afforest.label, afforest.qualifiers]).toEqual(["营造林", ["力争"]]);
  });

  it("过 before a level is how it is passed, and the level is the metric's just named", () => {
    const list = planned("“我们村去年集体经济收入突破了80万元，今年争取过百万元。");
    expect(list.map((i) => [i.label, i.value])).toEqual([["村集体经济收入", 800000], ["村集体经济收入", 1000000]]);
  });
});

describe("extractIndicators: the natural rate of population growth is a rate (batch 25's 四川 1998, 1999)", () => {
  it("is a rate in ‰, capped or reported", () => {
    expect(planned("人口自然增长率控制在9‰以内。").map((i) => [i.type, i.value, i.unit])).toEqual([["rate", 9, "‰"]]);
    expect(achieved("人口自然增长率为8.17‰。")[0].type).toBe("rate");
  });
});

describe("extractIndicators: a live text coverage's entries (batch 26's 图文直播)", () => {
  it("reads past the time stamp and the quote's opening mark", () => {
    expect(achieved("09:12 “城镇新增就业51.3万人，城镇调查失业率4.9%。”").map((i) => [i.label, i.text])).toEqual([["城镇新增就业", "51.3万人"], ["城镇调查失业率", "4.9%"]]);
    expect(achieved("【09:18】“1580个省重点项目完成投资7360亿元。”").map((i) => i.label)).toEqual(["省重点项目", "省重点项目完成投资"]);
    expect(achieved("9时26分　报告说，去年新增民营经营主体52.6万户。")[0].text).toBe("52.6万户");
  });
});

describe("extractIndicators: batches 29 and 30 (a high-tech zone, a 1990s province, a web page's tables)", () => {
  const named = (list: Indicator[]) => list.map((i) => `${i.label}=${i.value}${i.unit} ${i.modality}`);
  it("reads compute in EFLOPS and battery output in 吉瓦时; a number before other letters stays part of a name (5G)", () => {
    expect(named(planned("力争算力规模突破40EFLOPS、智能算力占比达到90%以上。"))).toEqual(["算力规模=40EFLOPS target", "智能算力占比=90% target"]);
    expect(achieved("动力电池产量约145吉瓦时。")[0]).toMatchObject({ unit: "吉瓦时", value: 145 });
    expect(achieved("新建5G基站2.1万个。").map((i) => i.value)).toEqual([21000]);
  });
  it("reads a ratio written with the ratio sign ∶ of typeset copies", () => {
    expect(achieved("三次产业结构由上年的16.3∶52.8∶30.9调整为15.9∶52.3∶31.8。").map((i) => [i.type, i.value])).toEqual([["ratio", 16.3], ["ratio", 15.9]]);
  });
  it("gives the sector or industry a sentence opens on its bare output (乡镇企业…总产值, 推动磷化工产业…，产值)", () => {
    expect(achieved("乡镇企业继续保持强劲的发展势头，全年实现总产值3560亿元，增长38.5%。").map((i) => i.label)).toEqual(["乡镇企业总产值", "乡镇企业总产值"]);
    expect(planned("推动磷化工产业精细化发展，产值增长10%以上。")[0].label).toBe("磷化工产业产值");
    expect(planned("做大生物医药产业，产值增长10%以上。")[0].label).toBe("生物医药产业产值");
  });
  it("gives one growth shared with 都要 to each of two incomes (浙江 1995)", () => {
    expect(brief(planned("城镇居民人均生活费收入和农民人均纯收入扣除物价因素后都要增长5%左右。"))).toEqual(["urban-income growth 5%", "rural-net-income growth 5%"]);
  });
  it("reads a target restated after a result as that result's metric's target (实现了控制在15%以内的目标)", () => {
    const [, , restated] = achieved("全省商品零售价格总指数上涨13.2%，涨幅比上年回落7.7个百分点，实现了控制在15%以内的目标。");
    expect(restated).toMatchObject({ metric: "retail-price-index", value: 15, modality: "target" });
  });
  it("drops a district or a new area before 将 from the name, not a subject such as 国家财政", () => {
    expect(planned("两江新区将力争旅游收入突破60亿元。")[0].label).toBe("旅游收入");
    expect(planned("武汉经开区将力争旅游收入突破60亿元。")[0].label).toBe("旅游收入");
    expect(planned("国家财政将支出1030多亿元。")[0].label).not.toBe("支出");
  });
  it("keeps 所在地 in a name counted after its number, and reads livestock in 头只 (batch 31's 鄂尔多斯)", () => {
    expect(achieved("完成21个苏木乡镇所在地提升改造。")[0].label).toBe("苏木乡镇所在地提升改造");
    expect(achieved("牲畜存栏稳定在1100万头只。")[0]).toMatchObject({ unit: "头只", value: 11000000 });
  });
  it("reads a new area's report of its own figures (新区地区生产总值: batch 31's 雄安) as the region's", () => {
    expect(achieved("初步核算，新区地区生产总值增长12.3%。")[0].metric).toBe("gdp");
    expect(achieved("新区建设用地规模达到120平方公里。")[0].label).toContain("新区");
    expect(achieved("2024年，新区新开工疏解项目23个。")[0].label).toBe("新开工疏解项目");
    // 率先突破 after a metric named is that metric's level crossed, no name of its own.
    expect(achieved("新能源总装机达到2370万千瓦，在全区率先突破2000万千瓦。").map((i) => i.label)).toEqual(["新能源总装机", "新能源总装机"]);
  });
  it("reads a target set by 把…定在 as a target, whatever the sentence's kind", () => {
    expect(extractIndicators("钱立宏说：“把今年经济增长速度定在12%左右，是综合考虑的结果。”", { kind: "other", part: "other" })[0].modality).toBe("target");
  });
  it("knows the 1990s names of unemployment, retail prices, exports and investment", () => {
    expect(brief(planned("城镇待业率控制在2.5%以内。"))).toEqual(["unemployment rate 2.5%"]);
    expect(achieved("外贸出口创汇76.3亿美元。")[0].metric).toBe("exports");
    expect(achieved("全社会固定资产投资规模932亿元。")[0].metric).toBe("fixed-asset-investment");
  });
  it("names a figure a target is compared with (今年的增长目标比去年的6%…) as that target, and of last year", () => {
    const [before, moved] = extractIndicators("记者注意到，今年的增长目标比去年的6%下调了0.5个百分点。", { kind: "other", part: "other" });
    expect(before).toMatchObject({ metric: "gdp", value: 6, modality: "target" });
    expect(moved).toMatchObject({ metric: "gdp", value: -0.5 });
    const [, last] = extractIndicators("记者：今年的增长目标定在5.5%左右，比去年的6%以上有所下调，怎么考虑的？", { kind: "other", part: "other" });
    expect(last).toMatchObject({ metric: "gdp", value: 6, type: "growth", modality: "target" });
  });
  it("reads two places before a metric named once as two places, a name written without its unit word included", () => {
    const labels = achieved("包头市、呼和浩特市地区生产总值分别达到4126.5亿元和3986.2亿元。").map((i) => i.label);
    expect(labels).toEqual(["包头市地区生产总值", "呼和浩特市地区生产总值"]);
  });
  it("names an increase over the year before as the increase, its metric still the level's", () => {
    const [level, increase] = planned("拟安排地方政府专项债券4.4万亿元，比上年增加5000亿元。");
    expect(level.label).toBe("地方政府专项债券");
    expect(increase).toMatchObject({ label: "地方政府专项债券比上年增加", metric: level.metric, increment: true, value: 500000000000 });
    expect(achieved("粮食总产量达到3400万吨，比上年增产62.3万吨。")[1].label).toBe("粮食总产量比上年增产");
  });
  it("reads batch 32's 2000s province and town: 均实际增长 over two incomes, places counted before their metric, the industry's profit", () => {
    expect(planned("城镇居民人均可支配收入和农民人均纯收入均实际增长6%。").map((i) => i.metric)).toEqual(["urban-income", "rural-net-income"]);
    expect(achieved("18个省辖市生产总值全部实现两位数增长。")[0]).toMatchObject({ label: "省辖市", value: 18 });
    expect(achieved("规模以上工业增加值增长19.8%，实现利润182亿元，增长42.3%。").slice(1).map((i) => i.label)).toEqual(["规模以上工业利润", "规模以上工业利润"]);
    expect(achieved("优质专用小麦种植面积发展到1900万亩。")[0].label).toBe("优质专用小麦种植面积");
    expect(planned("确保所有村集体经济年经营性收入达到35万元以上。")[0].label).toBe("村集体经济年经营性收入");
    expect(planned("加快柳市电气产业园二期建设，年内完成投资6亿元。")[0].label).toBe("柳市电气产业园二期投资");
  });
  it("names a target moved against last year's with the move (今年的生产总值增长目标比去年提高了1个百分点)", () => {
    const [moved, eased] = extractIndicators("记者注意到，今年的生产总值增长目标比去年提高了1个百分点，物价涨幅控制目标则放宽了1个百分点。", { kind: "other", part: "other" });
    expect(moved).toMatchObject({ label: "生产总值增长目标比去年提高", metric: "gdp", value: 1, modality: "target" });
    expect(eased).toMatchObject({ metric: "price-level", value: 1, modality: "target" });
  });
  it("reads batch 33's county, Q&A and news: a place named by a numeral, a target's figure, the places counted, this year's expected figure", () => {
    expect(achieved("三台县农村居民人均可支配收入增长7.6%。").map((i) => i.value)).toEqual([7.6]);
    expect(achieved("肉羊饲养量达到146.8万只，离突破150万只的年度目标尚有差距。")[1]).toMatchObject({ label: "肉羊饲养量", modality: "target" });
    expect(achieved("中欧班列开行286列，未完成300列的年度目标。")[1]).toMatchObject({ label: "中欧班列开行", modality: "target" });
    const [villages, income] = achieved("全县284个行政村集体经济收入全部达到10万元以上。");
    expect([villages.label, income.label]).toEqual(["行政村", "行政村集体经济收入"]);
    expect(achieved("区级、20个镇街及342个村社全部建成。").at(-1)?.label).toBe("村社");
    const [target, moved] = extractIndicators("记者：今年全市地区生产总值预期增长6%左右，比去年的目标下调了0.5个百分点。", { kind: "other", part: "other" });
    expect(target).toMatchObject({ metric: "gdp", modality: "target" });
    expect(moved).toMatchObject({ label: "地区生产总值目标", modality: "target" });
    expect(planned("统筹使用财政衔接推进乡村振兴补助资金4.2亿元以上。")[0].label).toBe("财政衔接推进乡村振兴补助资金");
  });
  it("names a rate's move against last year's with the move (研发经费投入强度比上年提高0.2个百分点)", () => {
    const [level, move] = achieved("全社会研发经费投入强度预计达到2.1%，比上年提高0.2个百分点。");
    expect(move).toMatchObject({ label: "全社会研发经费投入强度比上年提高", metric: level.metric, value: 0.2 });
  });
  it("reads batch 34's 地区 and county: a crop's output after its area, 新增 over a list past 以上", () => {
    expect(achieved("棉花种植面积486万亩、总产83.6万吨。")[1].label).toBe("棉花总产");
    expect(planned("力争新增规上工业企业60家以上、高新技术企业30家。").map((i) => i.metric)).toEqual(["new-above-scale-industrial-firms", "new-high-tech-firms"]);
  });
});

describe("extractIndicators: batch 35 of the eval (湖州 WeChat copies, 山西 2011/2012)", () => {
  const review = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" });
  const plan = (text: string) => extractIndicators(text, { kind: "goal", part: "plan", planYear: 2011 });
  const named = (found: Indicator[]) => found.map((i) => [i.label, i.value]);

  it("names one figure of a counted group of named items by the group (三大产业集群产值)", () => {
    expect(named(review("新能源汽车及关键零部件、高端装备、绿色家居三大产业集群产值达到3420亿元，比上年增长12.1%。"))).toEqual([
      ["三大产业集群产值", 342000000000],
      ["三大产业集群产值", 12.1],
    ]);
    // The verb between the group and its measure is dropped; a count that does not match the items keeps the list.
    expect(named(review("电子信息、生物医药、智能装备制造三大主导产业集群实现产值1860亿元。"))).toEqual([["三大主导产业集群产值", 186000000000]]);
  });

  it("reads the base of a death rate as part of its name, and the bare figure after it as the rate", () => {
    const found = review("煤矿百万吨死亡率下降到0.19，安全生产形势持续稳定好转。");
    expect(found.map((i) => [i.label, i.value, i.type])).toEqual([["煤矿百万吨死亡率", 0.19, "rate"]]);
  });

  it("types a growth named as its target a growth, and reads 调减 as a cut (batches 41 and 43)", () => {
    expect(plan("今年的社零增速目标下调1个百分点至7%左右。")[1]).toMatchObject({ value: 7, type: "growth" });
    expect(plan("今年的经济增长目标为5.5%左右。")[0]).toMatchObject({ metric: "gdp", type: "growth" });
    expect(review("调减低效玉米16.2万亩。")[0].value).toBe(-162000);
  });

  it("reads what a quoted speaker says the report sets out as targets (batch 43's 南宁)", () => {
    const quote = extractIndicators("“报告提出粮食总产量稳定在190万吨以上，还要新建高标准农田20万亩，这让我们更有底气。”他说。", { kind: "other", part: "other", planYear: 2024 });
    expect(quote.map((i) => i.modality)).toEqual(["target", "target"]);
    const past = extractIndicators("“报告提出，去年全市粮食总产量达到188万吨。”他说。", { kind: "other", part: "other", planYear: 2024 });
    expect(past.map((i) => i.modality)).toEqual(["actual"]);
  });

  it("reads no amount in the urban-rural dual structure (城乡二元结构, batch 44's 成都)", () => {
    expect(review("城乡二元结构尚未根本改变，统筹城乡发展任务艰巨。")).toEqual([]);
    expect(plan("安排资金2亿元用于结构调整。")[0].value).toBe(200000000);
  });

  it("reads no amount in how rare a disaster is or in a grain programme's name (batch 40's 吉林)", () => {
    expect(review("面对60年不遇的严重旱灾，粮食总产量达到2460万吨。").map((i) => i.value)).toEqual([24600000]);
    expect(review("全面启动增产百亿斤商品粮能力建设工程，粮食总产量达到566亿斤。").map((i) => i.label)).toEqual(["粮食总产量"]);
    expect(plan("推进新增1000亿斤粮食生产能力建设。")).toEqual([]);
  });

  it("gives one growth after 分别 to each item of the list before it (batch 41's 威宁)", () => {
    expect(plan("力争旅游接待人次和旅游综合收入分别增长25%以上。").map((i) => [i.metric, i.value])).toEqual([["tourists", 25], ["tourism-revenue", 25]]);
    expect(plan("工业增加值和财政收入分别增长8%。").map((i) => i.label)).toEqual(["工业增加值", "财政收入"]);
  });

  it("keeps nine-year compulsory education in its name, and villages that left poverty a count up (batch 41's 威宁)", () => {
    expect(review("新建改扩建学校24所，九年义务教育巩固率达到93.4%。")[1]).toMatchObject({ label: "九年义务教育巩固率", qualifiers: ["达到"] });
    expect(review("全年减少贫困人口5.83万人，退出贫困村95个。")[1]).toMatchObject({ label: "贫困村退出", value: 95 });
    expect(review("退出钢铁产能6500万吨。")[0]).toMatchObject({ metric: "steel-capacity", value: -65000000 });
  });

  it("reads a growth over the last fair as the figure's, and drops 截至, 同期 and 报告提到 before a name (batch 41's 上海)", () => {
    expect(review("第二届进博会按一年计累计意向成交709.8亿美元，比首届增长22.8%。").map((i) => i.label)).toEqual(["第二届进博会按一年计累计意向成交", "第二届进博会按一年计累计意向成交"]);
    expect(review("截至年末，科创板上市企业70家。")[0].label).toBe("科创板上市企业");
    expect(review("同期全国国内生产总值增长2.3%。")[0].metric).toBe("gdp");
    expect(plan("报告提到新建5G室外基站1万个。")[0].label).toBe("新建5G室外基站");
  });

  it("reads a basis written 按可比价计算 as no name, and 新增 after a name the lexicon knows as its new ones (batch 42's 江阴)", () => {
    expect(review("初步核算，全市实现地区生产总值3092.3亿元，按可比价计算增长7.4%。").map((i) => [i.metric, i.value])).toEqual([["gdp", 309230000000], ["gdp", 7.4]]);
    expect(review("高新技术企业新增53家、总数达到426家。").map((i) => i.metric)).toEqual(["new-high-tech-firms", "high-tech-firms"]);
    expect(review("规上工业企业新增452家。")[0].metric).toBe("new-above-scale-industrial-firms");
  });

  it("takes 力争 inside a longer name as the figure's commitment (batch 44's 成都)", () => {
    expect(plan("工业集中发展区力争新引进投资亿元以上项目100个。").find((i) => i.unit === "个")).toMatchObject({ label: "工业集中发展区新引进投资亿元以上项目", qualifiers: ["力争"] });
  });

  it("reads GW and MW as units of capacity (batch 42's 横店)", () => {
    expect(review("新增光伏装机120MW，年产5GW高效电池项目建成投产。").map((i) => [i.value, i.unit])).toEqual([[120, "MW"], [5, "GW"]]);
  });

  it("drops 全镇 and 创成 before a name (batch 42's 横店)", () => {
    expect(review("全镇所有村集体经济年经营性收入均超过50万元。")[0].label).toBe("村集体经济年经营性收入");
    expect(review("创成省级未来乡村3个。")[0].label).toBe("省级未来乡村");
  });

  it("drops a task verb before a count and an adverb before a cut (batch 40's 吉林)", () => {
    expect(plan("重点抓好500个亿元以上项目，其中10亿元以上项目80个。").filter((i) => i.unit === "个").map((i) => i.label)).toEqual(["亿元以上项目", "10亿元以上项目"]);
    expect(plan("大力压缩一般性支出，省直机关公用经费一律压减5%。")[0].label).toBe("省直机关公用经费");
  });

  it("reads 精简 as a cut", () => {
    expect(review("省级行政审批项目再精简18%。").map((i) => [i.label, i.value, i.type])).toEqual([["省级行政审批项目", -18, "growth"]]);
  });

  it("drops 滚动实施 before a programme's projects", () => {
    expect(plan("滚动实施市重大项目300个，确保全年完成投资1000亿元以上。")[0].label).toBe("市重大项目");
  });

  it("gives one growth over two incomes the lexicon knows to each", () => {
    expect(plan("城镇居民人均可支配收入和农民人均纯收入年均增长13%以上。").map((i) => [i.metric, i.value])).toEqual([
      ["urban-income", 13],
      ["rural-net-income", 13],
    ]);
  });

  it("gives items of one length that open alike all the last item adds (基本养老、基本医疗保险参保率)", () => {
    expect(review("基本养老、基本医疗保险参保率分别达到98.6%和99.3%。").map((i) => i.label)).toEqual(["基本养老保险参保率", "基本医疗保险参保率"]);
    // Items that do not open alike share the measure alone.
    expect(review("二氧化硫、化学需氧量排放量分别下降2%和1.5%。").map((i) => i.label)).toEqual(["二氧化硫排放量", "化学需氧量排放量"]);
  });
});

describe("extractIndicators: batch 36 of the eval (寿光)", () => {
  it("does not read 占有率 as a share of something (国产蔬菜种子市场占有率)", () => {
    expect(extractIndicators("国产蔬菜种子市场占有率提高到72%。", { kind: "achievement", part: "review" }).map((i) => [i.label, i.type])).toEqual([["国产蔬菜种子市场占有率", "share"]]);
  });
});

describe("extractIndicators: an OCR copy (batch 37's 陕西)", () => {
  it("reads the letter O inside a number as the zero it stands for", () => {
    const found = extractIndicators("外贸进出口总额2Ｏ1.3亿美元，城镇新增就业4Ｏ.6万人。", { kind: "achievement", part: "review" });
    expect(found.map((i) => [i.metric, i.value])).toEqual([["trade-total", 20130000000], ["new-jobs", 406000]]);
  });

  it("leaves an O outside a number alone (COVID-19, GDP)", () => {
    expect(extractIndicators("实现GDP 1200亿元。", { kind: "achievement", part: "review" }).map((i) => i.value)).toEqual([120000000000]);
  });
});

describe("extractIndicators: a comment turning to this year's plan (news of batches 14–36)", () => {
  const comment = (text: string) => extractIndicators(text, { kind: "other", part: "other" }).map((i) => [i.value, i.modality]);

  it("reads what this year will bring as a target, what last year brought as a result", () => {
    expect(comment("日喀则市白朗县的代表索朗多吉说，去年全县青稞单产提高到每亩420公斤，今年县里将再推广良种2万亩。")).toEqual([
      [420, "actual"],
      [20000, "target"],
    ]);
    expect(comment("来自昆山的市人大代表张慧说，昆山今年将新增规上工业企业300家以上。")).toEqual([[300, "target"]]);
  });

  it("ends the plan where the sentence turns back to last year", () => {
    expect(comment("他说，今年将再建50个，去年新建了32个。")).toEqual([
      [50, "target"],
      [32, "actual"],
    ]);
  });
});

describe("extractIndicators: an autonomous prefecture's or a banner's own words (batch 38's 大理)", () => {
  it("drops 全州 and 我州 before a name, as 全市 and 我市 are dropped", () => {
    const found = extractIndicators("全州高速公路通车里程突破1000公里，我州规模以上工业增加值增长11.8%。", { kind: "achievement", part: "review" });
    expect(found.map((i) => i.label)).toEqual(["高速公路通车里程", "规模以上工业增加值"]);
  });
});

describe("extractIndicators: a fund set up (batch 38's 宝安)", () => {
  it("names the amount by the fund written after it", () => {
    expect(extractIndicators("设立5亿元中小企业贷款担保资金，组织企业参加境内外展会32场。", { kind: "achievement", part: "review" })[0].label).toBe("中小企业贷款担保资金");
  });
});

describe("extractIndicators: the kinds of place after a county that end a name (batches 18–32)", () => {
  it("keeps 试点县(市) whole, and still drops a gloss after a name", () => {
    const found = extractIndicators("新型农村合作医疗试点县(市)增加到21个，国内生产总值（GDP）增长8%。", { kind: "achievement", part: "review" });
    expect(found.map((i) => i.label)).toEqual(["新型农村合作医疗试点县(市)", "国内生产总值"]);
  });
});

describe("extractIndicators: batch 39 of the eval (佛山)", () => {
  const review = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" });

  it("gives each item of a list its share of the whole named after 分别", () => {
    expect(review("家用空调、冰箱产量分别占全国的15%和11%左右。").map((i) => [i.label, i.value, i.type])).toEqual([
      ["家用空调产量占全国比重", 15, "share"],
      ["冰箱产量占全国比重", 11, "share"],
    ]);
  });

  it("reads 三级甲等 as a grade, not a list's examples (…等…)", () => {
    expect(review("新增三级甲等医院3家。")[0].label).toBe("新增三级甲等医院");
  });
});
