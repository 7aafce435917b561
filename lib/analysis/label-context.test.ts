import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";
import { lookupMetric } from "./lookup-metric";
import { achieved, planned } from "./test-readers";

describe("a share with no name of its own is of the figure just named", () => {
  it("约占全省 after a total (a 义乌 review, batch 17) and after a level (a 南方日报 article, batch 7)", () => {
    const entities = achieved("新增经营主体13.2万户，总量突破110万户，约占全省的二十分之一。").at(-1)!;
    expect(entities).toMatchObject({ label: "经营主体总量占全省比重", unit: "%", value: 5, type: "share" });
    expect(entities.qualifiers).toContain("约");
    expect(achieved("广州、深圳两市地区生产总值合计超过6.4万亿元，约占全省的47%。").at(-1)!.label).toBe("广州、深圳两市地区生产总值占全省比重");
  });
});

describe("names a sentence's subject completes", () => {
  it("funds that arrived (到位资金) in a sentence about 招商引资 are 招商引资's (a 呼和浩特 pair, batch 10)", () => {
    const [, funds, growth] = achieved("全年新签约招商引资项目312个，到位资金986.4亿元，增长28.6%。");
    expect(funds.label).toBe("招商引资到位资金");
    expect(growth).toMatchObject({ label: "招商引资到位资金", type: "growth", value: 28.6 });
    expect(achieved("实际到位内资120亿元。")[0].label).toBe("实际到位内资");
  });
});

describe("herds and firms counted by what they did", () => {
  it("a herd's stock and sales are named herd first, and a list shares them (a 临潭 pair, batch 9)", () => {
    const labels = achieved("年末全县牦牛存栏12.6万头、藏羊存栏31.2万只；全年出栏牦牛4.3万头、藏羊15.8万只。").map((i) => i.label);
    expect(labels).toEqual(["牦牛存栏", "藏羊存栏", "牦牛出栏", "藏羊出栏"]);
    expect(extractIndicators("力争牦牛、藏羊存栏分别达到13万头、32.5万只。", { kind: "goal", part: "plan" }).map((i) => i.label)).toEqual(["牦牛存栏", "藏羊存栏"]);
  });
  it("firms counted with the change they made are the firms that made it (南海 and 东莞 texts, batches 7 and 9)", () => {
    expect(achieved("推动650家规上工业企业实施数字化智能化改造，新增省级数字化车间31个。")[0].label).toBe("实施数字化智能化改造的规上工业企业");
    expect(achieved("推动500家以上规上工业企业开展数字化转型。")[0].label).toBe("开展数字化转型的规上工业企业");
    expect(achieved("新增规上工业企业412家，实施技术改造项目300个。")[0].label).toBe("新增规上工业企业");
  });
});

describe("batch 19's development texts (锦江, 长沙, a Hunan news article)", () => {
  it("新增 before a list of places (seats, beds) is each item's; before firms with a title it is not", () => {
    expect(achieved("新增公办中小学学位4.2万个、普惠性幼儿园学位1.1万个。").map((i) => i.label)).toEqual(["新增公办中小学学位", "新增普惠性幼儿园学位"]);
    expect(achieved("新增普惠托位620个、养老床位340张。")[1].label).toBe("新增养老床位");
    expect(achieved("新增居家养老服务中心12家、示范型照料中心30家。")[1].label).toBe("示范型照料中心");
  });
  it("a line that opens on its figure names it after the dash (a 数说 list), a rate of change as growth", () => {
    expect(achieved("15268.8亿元——全市地区生产总值")[0]).toMatchObject({ metric: "gdp", type: "level", value: 1526880000000 });
    expect(achieved("8.1%——规上工业增加值增速")[0]).toMatchObject({ metric: "industrial-value-added", type: "growth", value: 8.1 });
  });
  it("the events tallied with the first measure own the bare measures after it", () => {
    expect(achieved("安全生产事故起数、死亡人数分别下降9.8%和8.5%。").map((i) => `${i.label}=${i.value}`)).toEqual(["安全生产事故起数=-9.8", "安全生产事故死亡人数=-8.5"]);
  });
  it("我省, like 我市, names no metric", () => {
    expect(extractIndicators("今年我省GDP预期增长5.5%左右", { kind: "goal", part: "plan" })[0].metric).toBe("gdp");
  });
});

describe("news articles on a province's report (batch 19's Hunan, Sichuan and Xi'an articles)", () => {
  it("the deputies present are named as deputies, and a session's length is no quantity", () => {
    expect(achieved("大会应出席代表757名，实到721名，符合法定人数。").map((i) => i.label)).toEqual(["应出席代表", "实到代表"]);
    expect(achieved("本次大会会期5天。")).toEqual([]);
  });
  it("days of good air are counted", () => {
    expect(achieved("空气质量优良天数305天。")[0]).toMatchObject({ metric: "good-air-days", type: "count" });
  });
  it("places before a metric named once share it, and a place alone takes the metric just named for other places", () => {
    expect(achieved("郴州、株洲外贸进出口分别增长18.3%和11.6%。").map((i) => i.label)).toEqual(["郴州外贸进出口", "株洲外贸进出口"]);
    const labels = achieved("岳阳、常德经济总量分别达到5218.6亿元和4956.3亿元，衡阳增速达到5.6%。").map((i) => i.label);
    expect(labels).toEqual(["岳阳经济总量", "常德经济总量", "衡阳经济总量"]);
  });
});

describe("a dash inside a name", () => {
  it("a single dash between two names joins them (春熙路—太古里商圈, a 锦江 review); a double dash leads", () => {
    expect(achieved("春熙路—太古里商圈日均客流量超过50万人次。")[0].label).toBe("春熙路—太古里商圈日均客流量");
    expect(extractIndicators("今年目标——地区生产总值增长6%左右。", { kind: "goal", part: "plan" })[0].metric).toBe("gdp");
  });
});

describe("the parts of the year's work", () => {
  it("重点抓好以下六个方面工作 and 报告部署了今年十个方面重点任务 count them, as part of the plan; 两个方面 elsewhere is a way of speaking", () => {
    const plan = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" });
    expect(plan("实现上述目标，重点抓好以下六个方面工作。")[0]).toMatchObject({ metric: "work-areas", value: 6, unit: "个", type: "count", modality: "target" });
    expect(achieved("报告部署了今年十个方面重点任务。")[0]).toMatchObject({ metric: "work-areas", value: 10, modality: "target" });
    expect(achieved("这项改革要从两个方面入手。")).toEqual([]);
  });
});

describe("a bound after a count's other unit in brackets", () => {
  it("2万套（间）以上 is 20000 套 with 以上 (a 杭州 plan, batch 13)", () => {
    expect(extractIndicators("新开工保障性租赁住房2万套（间）以上。", { kind: "goal", part: "plan" })[0]).toMatchObject({ value: 20000, unit: "套", qualifiers: ["以上"] });
  });
});

describe("a session's attendance", () => {
  it("is a fact of the day wherever the article puts it, and 本次大会 or 大会 before it is no part of its key", () => {
    const [expected, present] = extractIndicators("本次大会应出席代表898名，实到862名，符合法定人数。", { kind: "goal", part: "plan" });
    expect([expected.modality, present.modality]).toEqual(["actual", "actual"]);
    expect(expected.metric).toBe(lookupMetric("应出席代表").key);
    expect(lookupMetric("大会应出席代表").key).toBe(lookupMetric("应出席代表").key);
  });
});

describe("what a count names after its figure", () => {
  it("is the thing counted, not how its work went (加快推进, 全面完成, 总体平稳: 浙江, 郑州, 西湖 and national texts)", () => {
    expect(achieved("之江实验室、西湖实验室等10家省实验室建设加快推进。")[0].label).toBe("省实验室");
    expect(achieved("黄龙体育中心等6个亚运场馆改造建设全面完成。")[0].label).toBe("亚运场馆");
    expect(achieved("909万高校毕业生就业总体平稳。")[0].label).toBe("高校毕业生");
    // 增加值 is a noun, not the verb 增加 (batch 25's 天津: the chains' value added is named by them).
    expect(achieved("12条重点产业链增加值增长5.2%，占规模以上工业比重达到79.6%。").map((i) => i.label).slice(1)).toEqual(["重点产业链增加值", "重点产业链增加值占规模以上工业比重"]);
    // 广东 2025: the projects counted, then the investment they completed.
    expect(achieved("1508个省重点项目完成投资1.08万亿元。")[0].label).toBe("省重点项目");
    // A name that is a plan of work keeps its words (老旧小区改造 is what is counted).
    expect(achieved("完成126个老旧小区改造。")[0].label).toContain("老旧小区改造");
  });
});

describe("trade with a country", () => {
  it("keeps its 对 (对俄贸易额, 对俄进出口: batch 20's 哈尔滨 texts); 对 before what is done to a thing is still no part of it", () => {
    expect(extractIndicators("推动哈欧班列常态化运行，对俄贸易额力争达到300亿元。", { kind: "goal", part: "plan" })[0].label).toBe("对俄贸易额");
    expect(achieved("全年对俄进出口增长47.2%。")[0].label).toBe("对俄进出口");
    expect(achieved("对592个重点贫困县给予支持。")[0].label).not.toMatch(/^对/);
  });
  it("is one metric however it is worded (对俄贸易额 set, 对俄进出口 reported)", () => {
    expect(lookupMetric("对俄贸易额").key).toBe(lookupMetric("对俄进出口").key);
    expect(lookupMetric("对东盟贸易").key).toBe(lookupMetric("对东盟进出口总额").key);
  });
});

describe("trains run", () => {
  it("are the trains the sentence named before (推动哈欧、哈俄班列常态化运行，全年开行400列以上: 16 labels name the trains)", () => {
    expect(extractIndicators("推动哈欧、哈俄班列常态化运行，全年开行400列以上。", { kind: "goal", part: "plan" })[0].label).toBe("哈欧、哈俄班列开行");
    expect(achieved("中欧班列（长沙）扩容提质，全年开行1000列。")[0].label).toBe("中欧班列（长沙）开行");
  });
});

describe("what was added after a total (batch 25's 天津 2025)", () => {
  it("is more of the thing the total counts", () => {
    const list = extractIndicators("国家级专精特新“小巨人”企业累计达到289家，当年新增42家。", { kind: "achievement", part: "review" });
    expect(list.map((i) => i.label)).toEqual(["国家级专精特新“小巨人”企业", "新增国家级专精特新“小巨人”企业"]);
    expect(extractIndicators("高新技术企业总数达到860家，新增120家。", { kind: "achievement", part: "review" })[1].label).toBe("新增高新技术企业");
  });
});

describe("a total after what was added (兰州 2024)", () => {
  it("names the total of the thing, not the addition", () => {
    const list = extractIndicators("力争新增新能源装机容量100万千瓦、总规模突破900万千瓦。", { kind: "goal", part: "plan" });
    expect(list.map((i) => i.label)).toEqual(["新增新能源装机容量", "新能源装机总规模"]);
  });
});

describe("a count's noun stops at 共, and a share follows the figure just named (湄潭, 新疆)", () => {
  it("names the sites counted and the people they resettled apart", () => {
    const list = extractIndicators("4个易地扶贫搬迁安置点共安置搬迁群众2.3万人。", { kind: "achievement", part: "review" });
    expect(list.map((i) => i.label)).toEqual(["易地扶贫搬迁安置点", "安置搬迁群众"]);
    // 公共 is no 共.
    expect(extractIndicators("建成12个公共服务中心。", { kind: "achievement", part: "review" })[0].label).toContain("公共服务中心");
  });

  it("gives 占全国的91% to the output just named, not the 产量 of a list", () => {
    const list = extractIndicators("棉花产量511.2万吨，占全国的91%。", { kind: "achievement", part: "review" });
    expect(list.map((i) => [i.label, i.type])).toEqual([["棉花产量", "level"], ["棉花产量占全国比重", "share"]]);
  });
});

describe("the twenty-second round's names (batches 1–26)", () => {
  it("problems solved, listed by kind, are named by who solved them for whom (宁波, 哈尔滨, 福建, 厦门)", () => {
    expect(achieved("开展“千名干部进千企”服务活动，帮助企业解决用工、融资、用地等问题5800余个。")[0].label).toBe("帮助企业解决问题");
    expect(achieved("协调解决企业用工、用地、融资等问题3200多个。")[0].label).toBe("协调解决企业问题");
    // (Problems counted without a list keep the words written.)
    expect(achieved("帮助企业解决问题1430个。")[0].label).toBe("帮助企业解决问题");
  });

  it("a deputy speaking of the firm goes on about the firm (临安, 萧山 articles)", () => {
    const [grown, , output] = achieved("去年企业产值增长了23%，今年计划再新上两条生产线，产值力争突破15亿元。");
    expect(grown.label).toBe("企业产值");
    expect(output.label).toBe("企业产值");
    expect(achieved("“去年我们企业产值增长了18%，今年计划研发投入增长20%以上。")[1].label).toBe("企业研发投入");
    // (Without a firm's figure before it, the measure keeps its own name.)
    expect(achieved("全市规上工业产值突破1万亿元。")[0].label).not.toMatch(/^企业/);
  });

  it("新增 before a list of firms is each item's, not a total's, a title's or an item with its own verb", () => {
    expect(achieved("新增国家高新技术企业1150家、科技型中小企业4200家。").map((i) => i.label)).toEqual(["新增国家高新技术企业", "新增科技型中小企业"]);
    // A bound word between an item and its count (batch 22's 广东).
    expect(achieved("新增专精特新中小企业2100家、规模以上工业企业超过6200家。").map((i) => i.label)).toEqual(["新增专精特新中小企业", "新增规模以上工业企业"]);
    expect(achieved("新增规上工业企业188户、“四上”企业571户。")[1].label).toBe("新增“四上”企业");
    expect(achieved("新增国家级专精特新“小巨人”企业58家、国家级制造业单项冠军企业12家，单项冠军企业总数达到116家。").map((i) => i.label))
      .toEqual(["新增国家级专精特新“小巨人”企业", "新增国家级制造业单项冠军企业", "单项冠军企业总数"]);
    expect(achieved("新增国家级专精特新“小巨人”企业86家、省级专精特新中小企业480家。")[1].label).toBe("省级专精特新中小企业");
    expect(achieved("新增幼儿园学位8000个、改造提升老旧小区300个。")[1].label).not.toMatch(/^新增/);
  });

  it("a policy's 出台 or 推出 and a title's 新命名 are no part of what is counted (杭州, 郑州, 浙江, 呼和浩特)", () => {
    expect(achieved("出台促消费政策措施20条。")[0].label).toBe("促消费政策措施");
    expect(achieved("出台实施稳经济政策措施30条。")[0].label).toBe("稳经济政策措施");
    expect(achieved("推出省级重点事项13个。")[0].label).toBe("省级重点事项");
    expect(achieved("新命名自治区级民族团结进步示范单位25个。")[0].label).toBe("自治区级民族团结进步示范单位");
  });

  it("vouchers handed out are one metric, with or without 发放 (17 labels and 10)", () => {
    expect(achieved("发放消费券1.2亿元。")[0].metric).toBe("consumption-vouchers");
    expect(lookupMetric("消费券").key).toBe("consumption-vouchers");
    expect(lookupMetric("消费券带动消费").known).toBe(false);
  });
});

describe("the twenty-second round, from batches 27 and 28", () => {
    it("确保 holds its own clause only; 力争 reaches a count of projects after a comma (16 labels of 17; 18 of 23)", () => {
    const list = planned("确保城镇新增就业11万人以上，新增普惠托位3000个，新增中小学学位2万个。");
    expect(list.map((i) => i.qualifiers.includes("确保"))).toEqual([true, false, false]);
    expect(planned("全年力争完成固定资产投资800亿元，新引进10亿元以上重大产业项目12个。").at(-1)!.qualifiers).toContain("力争");
  });

  it("a season's years are its date, no part of the name (沈阳, 长春)", () => {
    expect(achieved("2022—2023冰雪季接待游客1820万人次，增长35%。").map((i) => i.label)).toEqual(["冰雪季接待游客", "冰雪季接待游客"]);
  });
});

describe("figures of a year in parts (湖北 2021, 沈阳 2025, batch 28)", () => {
  it("a quarter that opens a name is kept, so a quarter's fall is no figure of the year", () => {
    expect(achieved("全省经济一度按下“暂停键”，一季度地区生产总值下降39.4%。")[0]).toMatchObject({ label: "一季度地区生产总值", value: -39.4 });
    expect(achieved("四季度全省地区生产总值增长2.6%。")[0].label).toBe("四季度地区生产总值");
    // (A quarter after the name, and one before a verb, stay when, as the 1981 report's readers name them.)
    expect(achieved("工业总产值第一季度比去年同期下降0.2%。")[0].label).toBe("工业总产值");
    expect(achieved("四季度增发1万亿元国债。")[0].label).not.toMatch(/季度/);
  });

  it("how the fall moved is the metric's fall, and 逆势 is no part of a name", () => {
    const list = achieved("全年地区生产总值43285.6亿元，下降5.3%，降幅比一季度收窄34.1个百分点。");
    expect(list.at(-1)!.label).toBe("地区生产总值降幅");
    expect(achieved("外贸进出口总额逆势增长7.2%。")[0].label).toBe("外贸进出口总额");
  });

  it("其中农村居民 after all residents' income is the rural residents' income", () => {
    const [, rural] = achieved("全体居民人均可支配收入增长5.4%，其中农村居民增长6.8%。");
    expect(rural).toMatchObject({ label: "农村居民人均可支配收入", value: 6.8 });
  });
});

describe("a development zone and a province's works (泰达, 广西, batch 27)", () => {
  const planned = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" });
  it("the works a sentence opens on own its bare investment", () => {
    expect(planned("加快平陆运河建设，年度完成投资180亿元以上，力争2026年底具备通航条件。")[0].label).toBe("平陆运河年度完成投资");
  });

  it("超亿元 before buildings counted is part of their name, no amount", () => {
    expect(achieved("楼宇经济提质增效，税收超亿元楼宇达到14座。").map((i) => i.value)).toEqual([14]);
  });

  it("a province's domestic tourists and their spending are related to the totals, not the same figure", () => {
    expect(lookupMetric("接待国内游客").key).toBe("domestic-tourists");
    expect(lookupMetric("国内旅游总花费").key).toBe("domestic-tourism-revenue");
    expect(lookupMetric("旅游总消费").key).toBe("tourism-revenue");
  });
});

describe("a province's leads and its free trade zone (广西, 湖北, batches 27 and 28)", () => {
  it("统筹推进 leads, and 中国（…） before the free trade zone, are no part of a name", () => {
    expect(achieved("统筹推进自治区层面重大项目1532项，完成投资8326亿元。")[0].label).toBe("自治区层面重大项目");
    expect(achieved("中国（广西）自由贸易试验区新设企业1.4万家。")[0].label).toBe("自由贸易试验区新设企业");
  });

  it("the works own their investment after 确保 too", () => {
    const planned = extractIndicators("加快平陆运河建设，确保年度完成投资200亿元以上。", { kind: "goal", part: "plan" });
    expect(planned[0].label).toBe("平陆运河年度完成投资");
  });
});

describe("more from batch 28's development part (湖北, 辽宁, 西藏 articles)", () => {
  const planned = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" });
  it("levels crossed in turn are the metric's levels, and 两个台阶 names nothing", () => {
    const list = achieved("“十三五”时期，全省地区生产总值年均增长5.0%，先后跨越3万亿元、4万亿元两个台阶。");
    expect(list.map((i) => i.metric)).toEqual(["gdp", "gdp", "gdp"]);
  });

  it("a programme of works owns its bare investment", () => {
    expect(planned("实施疫后重振补短板强功能“十大工程”，完成投资4000亿元以上。")[0].label).toMatch(/^疫后重振补短板强功能“十大工程”/);
  });

  it("his, her, our (所在的) before what a deputy speaks of are no part of its name", () => {
    expect(achieved("去年他的民宿接待游客增长了四成。")[0].label).toBe("民宿接待游客");
    expect(achieved("她所在的合作社鲜食玉米销售额达到1200万元。")[0].label).toBe("合作社鲜食玉米销售额");
  });

  it("a target moved from last year's is named so, a target, and a fall when it is fewer", () => {
    expect(planned("记者注意到，今年的城镇新增就业目标比去年少2万人。")[0]).toMatchObject({ label: "城镇新增就业目标比去年减少", value: -20000, modality: "target" });
    expect(planned("城镇新增就业目标比去年多100万人。")[0]).toMatchObject({ label: "城镇新增就业目标比去年增加", value: 1000000 });
  });
});

describe("a rate of handling over one count of two kinds (广西, 沈阳, batches 27 and 28)", () => {
  it("办理人大代表建议和政协提案1362件，办复率均为100%: each kind's rate", () => {
    const list = achieved("办理人大代表建议和政协提案1362件，办复率均为100%。");
    expect(list.slice(1).map((i) => i.metric)).toEqual(["deputies-suggestions-rate", "cppcc-proposals-rate"]);
    // (Without 均 the rate is left as written: 办复率, as readers name it.)
    expect(achieved("办理人大代表建议326件，办复率100%。").at(-1)!.label).toBe("办复率");
  });
});
