import { describe, expect, it } from "vitest";
import { areRelatedMetrics } from "./related-metrics";
import { getMetric, lookupMetric } from "./lookup-metric";
import { METRICS } from "./metrics";

describe("lookupMetric", () => {
  it("maps synonyms to one canonical metric", () => {
    for (const label of ["地区生产总值", "生产总值", "GDP", "全市GDP", "全区地区生产总值"]) expect(lookupMetric(label).key).toBe("gdp");
    for (const label of [
      "R&D经费投入强度", "研究与试验发展经费支出相当于生产总值比例", "R&D经费支出与GDP之比", "研究与试验发展经费支出占GDP比重", "全社会研究与试验发展经费支出占GDP比重",
    ]) expect(lookupMetric(label).key).toBe("rd-intensity");
    expect(lookupMetric("登记失业率").key).toBe("unemployment");
    expect(lookupMetric("城镇登记失业率").key).toBe("unemployment");
    expect(lookupMetric("全社会固定资产投资").key).toBe("fixed-asset-investment");
    expect(lookupMetric("余杭区城镇新增就业").key).toBe("new-jobs");
    expect(lookupMetric("规模以上工业增加值").key).toBe("industrial-value-added");
    // 规模以上服务业企业营业收入 (result) answers 规模以上服务业营业收入 (target): 16 labels in four wordings.
    for (const label of ["规模以上服务业营业收入", "规上服务业营业收入", "规模以上服务业企业营业收入", "规上服务业企业营业收入"]) expect(lookupMetric(label).key).toBe("services-revenue");
    expect(lookupMetric("软件和信息服务业营业收入").key).not.toBe("services-revenue");
    // An 一图读懂 card names a metric by what its figure is (batch 21's 昆明 texts).
    for (const [card, key] of [["GDP总量", "gdp"], ["GDP增速", "gdp"], ["GDP增长目标", "gdp"], ["规上工业增长目标", "industrial-value-added"], ["社零增长目标", "retail-sales"], ["新增就业目标", "new-jobs"]]) {
      expect(lookupMetric(card).key, card).toBe(key);
    }
    expect(lookupMetric("斗南鲜花交易量").known).toBe(false);
    // 旅游总花费 is how 云南 names tourism revenue (6 labels; batch 21's 昆明 pair answers 旅游总收入 with it).
    expect(lookupMetric("旅游花费总额").key).toBe(lookupMetric("旅游总收入").key);
    // 到位外资 is how Jiangsu's reports name the foreign investment actually used (5 labels; batch 21's 昆山 pair).
    expect(lookupMetric("到位外资").key).toBe(lookupMetric("实际使用外资").key);
  });

  it("keeps related metrics apart and links them", () => {
    const net = lookupMetric("农民人均纯收入");
    expect(net.key).toBe("rural-net-income");
    expect(net.related).toContain("rural-income");
    expect(lookupMetric("农村居民人均可支配收入").related).toContain("rural-net-income");
    expect(lookupMetric("地方财政收入").key).toBe("general-budget-revenue");
    expect(lookupMetric("财政总收入").key).toBe("fiscal-total-revenue");
  });

  it("does not match by substring", () => {
    expect(lookupMetric("文创产业增加值占地区生产总值的比重").known).toBe(false);
    expect(lookupMetric("金融服务业增加值").key).not.toBe("services-value-added");
    expect(lookupMetric("占全区一般公共预算收入").key).not.toBe("general-budget-revenue");
    expect(lookupMetric("新增上市企业").key).toBe("x-新增上市企业");
  });

  it("derives a stable key for unknown labels and never throws", () => {
    expect(lookupMetric("盘活低效工业用地")).toMatchObject({ key: "x-盘活低效工业用地", known: false });
    expect(lookupMetric("").key).toBe("x-value");
    expect(() => lookupMetric(undefined as unknown as string)).not.toThrow();
  });

  it("every metric has a Chinese and an English name, unique keys, and resolvable related links", () => {
    const keys = new Set(METRICS.map((m) => m.key));
    expect(keys.size).toBe(METRICS.length);
    for (const metric of METRICS) {
      expect(metric.name).toMatch(/[\u4e00-\u9fa5]/);
      expect(metric.nameEn).toMatch(/[A-Za-z]/);
      for (const related of metric.related ?? []) expect(keys.has(related)).toBe(true);
      for (const synonym of metric.synonyms) expect(lookupMetric(synonym).key).toBe(metric.key);
    }
  });
});

describe("names of the national reports (../shared/corpus, 2000–2014)", () => {
  it("finds surveyed unemployment, the price level, emissions, CO2 intensity, rural poverty and R&D spending", () => {
    const key = (label: string) => lookupMetric(label).key;
    expect(key("城镇调查失业率")).toBe("surveyed-unemployment");
    expect(key("物价总水平")).toBe("price-level");
    expect(key("化学需氧量排放总量")).toBe("cod-emissions");
    expect(key("二氧化硫排放量")).toBe("so2-emissions");
    expect(key("单位国内生产总值二氧化碳排放")).toBe("co2-intensity");
    expect(key("农村贫困人口")).toBe("rural-poor");
    expect(key("研究与试验发展经费支出")).toBe("rd-spending");
    expect(key("城镇登记失业率")).toBe("unemployment");
  });
});

describe("names local reports use (hand-made probes, 2026-12-02)", () => {
  it("knows energy intensity per 地区生产总值, the local names of R&D intensity, the price level, and 户籍人口城镇化率 apart from the resident rate", () => {
    const key = (label: string) => lookupMetric(label).key;
    expect(key("单位地区生产总值能耗")).toBe(key("单位GDP能耗"));
    expect(key("全社会研发投入强度")).toBe("rd-intensity");
    expect(key("研发经费支出占地区生产总值比重")).toBe("rd-intensity");
    expect(key("物价")).toBe("price-level");
    expect(key("全社会消费品零售总额")).toBe("retail-sales");
    expect(key("外贸出口总额")).toBe("exports");
    expect(key("户籍人口城镇化率")).not.toBe(key("常住人口城镇化率"));
    expect(lookupMetric("户籍人口城镇化率").related).toContain("urbanization-rate");
    expect(key("到位内资")).toBe(key("实际到位内资"));
    expect(key("地方一般公共预算支出")).toBe(key("一般公共预算支出"));
    // Batch 12: a Word export's R&D row, and the budget's borrowing a national report sets and the next one reports.
    expect(key("R&D占GDP比重")).toBe(key("全社会研发经费投入强度"));
    expect(key("新增地方政府专项债")).toBe(key("地方政府专项债券"));
    // Batch 26: a province's digital economy and its ports, in the plan's and the review's words.
    expect(key("数字经济增加值")).toBe(key("数字经济规模"));
    expect(key("数字经济核心产业增加值")).not.toBe(key("数字经济规模"));
    expect(key("沿海港口货物吞吐量")).toBe(key("港口货物吞吐量"));
    // Batch 25: the 1990s name of the urban income.
    expect(key("城镇居民人均生活费收入")).toBe(key("城镇居民人均可支配收入"));
    // Batch 24: 青岛's plan says 地铁运营里程 and its review 轨道交通运营里程; the length added stays apart.
    expect(key("地铁运营里程")).toBe(key("轨道交通运营里程"));
    expect(key("新增轨道交通运营里程")).not.toBe(key("轨道交通运营里程"));
    // Batch 22: a province's plan says 新增专项债券 and its review 新增地方政府专项债券.
    expect(key("新增专项债券")).toBe(key("地方政府专项债券"));
    expect(key("超长期特别国债")).toBe("ultra-long-special-bonds");
    expect(key("中央预算内投资")).toBe("central-budget-investment");
    // A table's row names a metric by its rate of change; a rate that is a metric of its own stays one.
    expect(key("社会消费品零售总额增长率")).toBe("retail-sales");
    expect(key("地区生产总值增长率")).toBe("gdp");
    expect(key("单位GDP能耗降低率")).toBe("energy-intensity");
    expect(key("人口自然增长率")).toBe("population-growth");
  });
});

describe("batch 16 of the eval (a 滨江区 and a 温州市 pair)", () => {
  it("R&D spending as a share of GDP, however its parts are worded, is the R&D intensity", () => {
    for (const label of ["R&D经费支出占地区生产总值比重", "全社会研发经费投入占地区生产总值比重", "研究与试验开发经费占国内生产总值的比重", "全社会研发投入占地区生产总值比重"]) {
      expect(lookupMetric(label).key).toBe("rd-intensity");
    }
    expect(lookupMetric("数字经济核心产业增加值占地区生产总值比重").key).not.toBe("rd-intensity");
  });

  it("the registered and the surveyed unemployment rate are not related: one never answers the other's target", () => {
    expect(areRelatedMetrics("surveyed-unemployment", "unemployment")).toBe(false);
    expect(areRelatedMetrics("rural-income", "rural-net-income")).toBe(true);
  });
  it("new 市场主体 and new 经营主体 (the name since 2023) are one metric; the total stock is another (batches 6–17)", () => {
    for (const name of ["新增市场主体", "新增经营主体", "新设市场主体", "新登记经营主体"]) expect(lookupMetric(name)).toMatchObject({ known: true, key: "new-business-entities" });
    expect(lookupMetric("经营主体总量").key).not.toBe("new-business-entities");
  });
  it("PM2.5 averaged over the year (年均, 年平均) and named twice (细颗粒物（PM2.5）), and 社零额, are the lexicon's (batch 18)", () => {
    for (const name of ["PM2.5年均浓度", "细颗粒物（PM2.5）平均浓度", "细颗粒物(PM2.5)年均浓度"]) expect(lookupMetric(name).key).toBe("pm25");
    expect(lookupMetric("社零额").key).toBe("retail-sales");
  });
});

describe("nineteenth round: the congress's suggestions and the CPPCC's proposals the government handled", () => {
  it("with or without the verb 办理 and the level 省/市/区, one metric each; the count and its rate are two", () => {
    for (const name of ["人大代表建议", "办理人大代表建议", "省人大代表建议", "办理区人大代表建议"]) expect(lookupMetric(name).key).toBe("deputies-suggestions");
    for (const name of ["政协提案", "办理政协提案", "办理省政协提案", "政协委员提案"]) expect(lookupMetric(name).key).toBe("cppcc-proposals");
    expect(lookupMetric("省人大代表建议办复率").key).toBe("deputies-suggestions-rate");
    expect(lookupMetric("区政协提案办复率").key).toBe("cppcc-proposals-rate");
  });
  it("办理, 引进 or 实施 before a name the lexicon lacks is no part of its key (readers write both)", () => {
    expect(lookupMetric("办理群众来信").key).toBe(lookupMetric("群众来信").key);
    expect(lookupMetric("引进各类首店").key).toBe(lookupMetric("各类首店").key);
    expect(lookupMetric("实施重大项目").key).toBe(lookupMetric("重大项目").key);
    expect(lookupMetric("新引进重大项目").key).not.toBe(lookupMetric("重大项目").key);
  });
});

describe("the time to open a business", () => {
  it("is one metric however it is worded", () => {
    for (const name of ["企业开办", "企业开办时间", "开办企业", "企业开办全流程", "企业开办办结时间"]) expect(lookupMetric(name).key).toBe("business-startup-time");
  });
});

describe("certified high-tech firms and firms newly above the size line", () => {
  it("the stock and the year's new ones are two metrics, each however readers write it (batches 1–28)", () => {
    for (const name of ["高新技术企业", "国家高新技术企业总数", "高新技术企业数量"]) expect(lookupMetric(name).key).toBe("high-tech-firms");
    for (const name of ["新增国家高新技术企业", "新认定国家高新技术企业", "净增高新技术企业", "国家高新技术企业净增"]) expect(lookupMetric(name).key).toBe("new-high-tech-firms");
    for (const name of ["新增规上工业企业", "新增规模以上工业企业", "新入规工业企业", "规上工业企业新增"]) expect(lookupMetric(name).key).toBe("new-above-scale-industrial-firms");
    // The firms above the size line that did something are no count of new ones.
    expect(lookupMetric("实施数字化智能化改造的规上工业企业").key).not.toBe("new-above-scale-industrial-firms");
  });
});

describe("figures about the report or its names", () => {
  it("the size threshold of projects counted and the parts of the year's work are lexicon metrics never paired", () => {
    expect(lookupMetric("单个项目投资规模").key).toBe("project-size");
    for (const key of ["project-size", "work-areas"]) expect(getMetric(key)?.notPaired).toBe(true);
    expect(getMetric("gdp")?.notPaired).toBeUndefined();
  });
});

describe("a place written without its unit word before a name", () => {
  it("reaches the lexicon through the division list (辽宁经济, 宁波国内生产总值)", () => {
    expect(lookupMetric("辽宁经济").key).toBe("gdp");
    expect(lookupMetric("宁波国内生产总值").key).toBe("gdp");
    expect(lookupMetric("呼和浩特地区生产总值").key).toBe("gdp");
  });
});


describe("names of the 2000s (batch 32's 河南省 2004 and 2005)", () => {
  it("knows the budget revenue and retail sales by their older names", () => {
    expect(lookupMetric("财政一般预算收入").key).toBe("general-budget-revenue");
    expect(lookupMetric("全省消费品零售额").key).toBe("retail-sales");
  });
  it("knows the laid-off back in work and the farm labour moved, however worded", () => {
    expect(lookupMetric("下岗失业人员实现再就业").key).toBe(lookupMetric("下岗失业人员再就业").key);
    expect(lookupMetric("新增转移农村劳动力").key).toBe(lookupMetric("新增农村劳动力转移就业").key);
    expect(lookupMetric("新增就业").key).not.toBe(lookupMetric("新增农村劳动力转移就业").key);
  });
});

describe("names of the early 2010s and of a 地区 (batch 34's 郫县 and 喀什)", () => {
  it("knows 公共财政 revenue, the farmers' disposable income and surplus farm labour moved", () => {
    expect(lookupMetric("地方公共财政收入").key).toBe("general-budget-revenue");
    expect(lookupMetric("农民人均可支配收入").key).toBe("rural-income");
    expect(lookupMetric("农村富余劳动力转移就业").key).toBe("rural-labour-transfer");
  });
});


describe("lookupMetric: batch 35 of the eval", () => {
  it("knows coal output by its names (煤炭产量 set, 原煤产量 answered: 山西)", () => {
    expect(["煤炭产量", "原煤产量", "全省原煤产量"].map((n) => lookupMetric(n).key)).toEqual(["coal-output", "coal-output", "coal-output"]);
    expect(lookupMetric("煤炭产能").key).toBe("coal-capacity");
    // 全年生产煤炭3.08亿吨 (batch 39's 准格尔旗): the output named by its verb.
    expect(lookupMetric("生产煤炭").key).toBe("coal-output");
  });

  it("knows afforestation however it is named", () => {
    expect(["造林", "营造林", "植树造林", "造林绿化", "造林面积"].every((n) => lookupMetric(n).key === "afforestation")).toBe(true);
  });
});

describe("lookupMetric: batch 37 of the eval", () => {
  it("knows the technology market's contract turnover as the technology contracts' (技术市场合同交易额: 陕西)", () => {
    expect(lookupMetric("技术市场合同交易额").key).toBe("tech-contract-turnover");
  });
});

describe("lookupMetric: batch 40 of the eval (南通)", () => {
  it("knows a port's cargo and container throughput, with the port's name before them", () => {
    expect(["南通港货物吞吐量", "全市港口货物吞吐量", "货物吞吐量", "宁波舟山港货物吞吐量"].map((n) => lookupMetric(n).key)).toEqual(Array(4).fill("port-throughput"));
    expect(["南通港集装箱吞吐量", "集装箱吞吐量"].map((n) => lookupMetric(n).key)).toEqual(["container-throughput", "container-throughput"]);
  });

  it("keeps a port area's throughput its own (a part of the port)", () => {
    expect(lookupMetric("吕四港区货物吞吐量").known).toBe(false);
  });
});

describe("lookupMetric: batch 41 of the eval (威宁)", () => {
  it("knows tourists counted in visits and farm labour moved into work, however named", () => {
    expect(["旅游接待人次", "游客接待人次"].map((n) => lookupMetric(n).key)).toEqual(["tourists", "tourists"]);
    expect(lookupMetric("转移农村劳动力就业").key).toBe("rural-labour-transfer");
  });
});

describe("lookupMetric: batch 42 of the eval (江阴)", () => {
  it("knows registered foreign capital arrived and the R&D share named by 占比", () => {
    expect(lookupMetric("实际到位注册外资").key).toBe("foreign-investment");
    expect(lookupMetric("全社会研发投入占比").key).toBe("rd-intensity");
  });
});
