// The metric lexicon: canonical metrics with the names reports use for them.
//
// Decisions worth knowing:
// - 地方财政收入 is listed as a synonym of 一般公共预算收入. Since the 2015 budget law the local general budget
//   revenue is called 一般公共预算收入; Zhejiang districts kept writing 地方财政收入 for the same local share
//   (000 says 地方财政收入 for 2019, 003 says 一般公共预算收入). 财政总收入 (which includes the central share) is
//   a different metric.
// - 农民人均纯收入 (until 2013) and 农村居民人均可支配收入 (from 2014) measure different things: `related`, not synonyms.
// - GDP energy intensity and industrial energy intensity are different measures: two keys, linked by `related`.
// - Synonyms are matched exactly after normalisation (lookup-metric.ts), never by substring, so that
//   文创产业增加值占地区生产总值的比重 does not become GDP.

export interface MetricDef {
  key: string;
  /** Chinese display name. */
  name: string;
  nameEn: string;
  synonyms: string[];
  related?: string[];
  /** A figure about the report itself (how many parts its work has): shown, never set against a result. */
  notPaired?: true;
}

/** R&D spending as a share of GDP, in each wording of its spending, its GDP and its share. */
function rdShareNames(): string[] {
  const spending = ["R&D", "研发", "研究与试验发展", "研究与实验发展", "研究与试验开发"].flatMap((who) =>
    ["经费支出", "经费投入", "经费", "投入", "支出"].map((what) => who + what),
  );
  const gdp = ["地区生产总值", "国内生产总值", "生产总值", "GDP"];
  return spending.flatMap((sp) => gdp.flatMap((g) => ["比重", "比例"].map((share) => `${sp}占${g}${share}`)));
}

/** A congress's or CPPCC's name as the government of each level writes it: bare, and with 省, 市, 区 or 县 before it. */
function ownCongress(names: string[]): string[] {
  return names.flatMap((name) => ["", "省", "市", "区", "县"].map((level) => level + name));
}

export const METRICS: MetricDef[] = [
  { key: "gdp", name: "地区生产总值", nameEn: "Gross regional product (GDP)", synonyms: ["地区生产总值", "生产总值", "GDP", "国内生产总值", "经济总量", "经济增长", "经济增速", "经济增长速度", "国内生产总值增长", "国民经济增长", "经济", "国民经济", "经济增长目标", "增长目标", "经济增速目标", "增速目标"] },
  // The headline of the reports before 1994; the next report may answer a GNP target with GDP (1993 → 1994).
  { key: "gnp", name: "国民生产总值", nameEn: "Gross national product (GNP)", synonyms: ["国民生产总值", "GNP"], related: ["gdp"] },
  { key: "gdp-per-capita", name: "人均地区生产总值", nameEn: "GDP per capita", synonyms: ["人均GDP", "人均地区生产总值", "人均生产总值"] },
  { key: "fiscal-total-revenue", name: "财政总收入", nameEn: "Total fiscal revenue", synonyms: ["财政总收入"], related: ["general-budget-revenue"] },
  {
    key: "general-budget-revenue",
    name: "一般公共预算收入",
    nameEn: "General public budget revenue",
    synonyms: ["一般公共预算收入", "地方财政收入", "地方一般公共预算收入", "一般预算收入", "地方财政一般预算收入", "地方一般预算收入", "财政一般预算收入",
      // The early 2010s' name (公共财政预算, before 2015's 一般公共预算).
      "地方公共财政收入", "公共财政预算收入", "地方公共财政预算收入", "公共财政收入",
      // (The 1950s' 地方预算收入, the local budget's revenue: batch 59's 武汉.)
      "地方预算收入"],
    related: ["fiscal-total-revenue"],
  },
  {
    key: "rd-intensity",
    name: "研究与试验发展经费支出相当于生产总值比例",
    nameEn: "R&D intensity (R&D spending / GDP)",
    synonyms: [
      "R&D经费投入强度", "研发经费投入强度", "R&D投入强度", "研究与试验发展经费支出相当于生产总值比例",
      "研究与试验发展经费支出相当于生产总值的比例", "R&D经费支出与GDP之比", "研究与试验发展经费支出占GDP比重",
      "研究与试验发展经费支出占GDP的比重", "R&D经费支出占GDP比重", "研究与试验发展经费支出占生产总值比重",
      // Local reports' names: 全社会研发投入强度, 研发经费支出占GDP比重.
      "研发投入强度", "研究与试验发展经费投入强度", "R&D占GDP比重", "研发占GDP比重", "R&D占地区生产总值比重", "研发经费支出占GDP比重", "研发经费投入占GDP比重", "研发经费占GDP比重",
      "研究与试验发展经费支出占地区生产总值比重", "研发经费支出占地区生产总值比重",
      // 全社会研发投入占比达到2.7% (batch 42's 江阴): the share named by 占比 alone.
      "研发投入占比", "研发经费投入占比", "研发经费支出占比",
      // R&D经费支出占地区生产总值比重, 研发经费投入占地区生产总值比重, 研究与试验开发经费占国内生产总值的比重: the share
      // named every way readers and reports combine its parts (20 labels write one of them).
      ...rdShareNames(),
    ],
  },
  {
    key: "cpi",
    name: "居民消费价格涨幅",
    nameEn: "Consumer price inflation (CPI)",
    synonyms: ["居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格", "居民消费价格总水平", "居民消费价格指数", "消费价格涨幅", "CPI", "CPI涨幅", "居民消费价格上涨", "居民消费价格总水平上涨"],
    related: ["retail-price-index", "price-level"],
  },
  { key: "price-level", name: "物价总水平", nameEn: "General price level", synonyms: ["物价总水平", "价格总水平", "物价涨幅", "物价"], related: ["cpi", "retail-price-index"] },
  { key: "retail-price-index", name: "商品零售价格涨幅", nameEn: "Retail price inflation", synonyms: ["商品零售价格涨幅", "全国商品零售价格总水平", "商品零售价格总水平", "商品零售物价", "全国商品零售价格", "商品零售价格", "零售物价", "全国零售物价总水平", "零售物价总水平", "商品零售物价上涨幅度", "全国商品零售价格上涨幅度", "商品零售价格上涨幅度", "商品零售价格总指数", "零售价格总指数", "全省商品零售价格总指数", "零售物价总指数", "零售物价总指数涨幅", "零售物价涨幅", "零售物价指数"], related: ["cpi"] },
  { key: "money-supply", name: "广义货币M2", nameEn: "Broad money supply (M2)", synonyms: ["广义货币M2", "广义货币", "M2", "广义货币供应量", "广义货币供应量M2", "货币供应量M2", "广义货币M2余额", "广义货币余额", "M2余额", "广义货币供应量余额"] },
  // 2019 sets 减轻企业税收和社保缴费负担近2万亿元; 2020 answers 全年减税降费2.36万亿元 (with 退税 or 缓费 added it is another sum).
  { key: "tax-fee-cuts", name: "减税降费", nameEn: "Tax and fee cuts", synonyms: ["减税降费", "减税降费规模", "减税降费总规模", "为企业减税降费", "减轻企业税收和社保缴费负担", "企业税收和社保缴费负担", "减轻企业负担",
    // (为企业减轻负担18.6亿元, 为企业减负: batch 59's 安庆, the words of the 四送一服 campaigns.)
    "为企业减轻负担", "减轻负担", "为企业减负", "企业减负"] },
  { key: "deficit", name: "财政赤字", nameEn: "Fiscal deficit", synonyms: ["财政赤字", "全国财政赤字", "中央财政赤字", "赤字", "赤字规模", "财政赤字规模"] },
  // The budget's headline borrowing besides the deficit (national reports since 2015, and 2020, 2024, 2025).
  { key: "local-special-bonds", name: "地方政府专项债券", nameEn: "Local government special-purpose bonds", synonyms: ["地方政府专项债券", "地方政府专项债", "新增地方政府专项债", "新增地方政府专项债券", "地方专项债券", "地方专项债", "新增专项债券", "新增专项债", "专项债券", "专项债"] },
  { key: "ultra-long-special-bonds", name: "超长期特别国债", nameEn: "Ultra-long special treasury bonds", synonyms: ["超长期特别国债"] },
  { key: "central-budget-investment", name: "中央预算内投资", nameEn: "Central government budget investment", synonyms: ["中央预算内投资", "中央预算内投资规模"] },
  { key: "deficit-ratio", name: "赤字率", nameEn: "Deficit ratio (deficit / GDP)", synonyms: ["赤字率", "财政赤字率", "财政赤字占国内生产总值的比重", "财政赤字占国内生产总值比重", "财政赤字占GDP比重"] },
  { key: "grain-output", name: "粮食产量", nameEn: "Grain output", synonyms: ["粮食产量", "粮食总产量", "粮食总产", "全国粮食产量", "粮食生产", "粮食"] },
  // The registered and the surveyed rate are no stand-ins for each other (a registered 1.86% says nothing of a surveyed
  // target of 5%; readers call that target dropped): no `related` link.
  { key: "unemployment", name: "城镇登记失业率", nameEn: "Registered urban unemployment rate", synonyms: ["城镇登记失业率", "登记失业率", "城镇失业率", "城镇待业率", "待业率", "城镇登记待业率"] },
  // Names found in the national reports 2000–2014 (../shared/corpus): a separate metric each, related where they overlap.
  { key: "surveyed-unemployment", name: "城镇调查失业率", nameEn: "Surveyed urban unemployment rate", synonyms: ["城镇调查失业率", "调查失业率", "全国城镇调查失业率"] },
  { key: "cod-emissions", name: "化学需氧量排放量", nameEn: "Chemical oxygen demand (COD) emissions", synonyms: ["化学需氧量排放量", "化学需氧量排放总量", "化学需氧量", "COD排放量"] },
  { key: "so2-emissions", name: "二氧化硫排放量", nameEn: "Sulphur dioxide emissions", synonyms: ["二氧化硫排放量", "二氧化硫排放总量", "二氧化硫"] },
  { key: "co2-intensity", name: "单位国内生产总值二氧化碳排放", nameEn: "CO2 emissions per unit of GDP", synonyms: ["单位国内生产总值二氧化碳排放", "单位GDP二氧化碳排放", "碳排放强度", "二氧化碳排放强度", "单位生产总值二氧化碳排放", "单位国内生产总值二氧化碳排放量", "单位GDP二氧化碳排放量", "单位生产总值二氧化碳排放量", "单位地区生产总值二氧化碳排放", "单位地区生产总值二氧化碳排放量"] },
  // The 十三五 and 十四五 plans' water target (national 2016: 单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%).
  { key: "water-intensity", name: "单位国内生产总值用水量", nameEn: "Water use per unit of GDP", synonyms: ["单位国内生产总值用水量", "单位GDP用水量", "万元国内生产总值用水量", "万元GDP用水量", "单位地区生产总值用水量", "万元地区生产总值用水量", "单位生产总值用水量", "万元生产总值用水量"] },
  // 减贫1386万人 is the fall of the rural poor, read as negative (extract-indicators.ts).
  // 解决21.8万农村人口饮水安全问题 (people-served.ts), named by readers every way below (batches 1–92).
  { key: "rural-drinking-water", name: "解决饮水安全问题的农村人口", nameEn: "Rural residents given safe drinking water", synonyms: ["解决饮水安全问题的农村人口", "解决农村人口饮水安全", "解决饮水安全问题农村人口", "解决农村人口饮水安全问题", "解决饮水不安全问题的农村人口", "解决农村人口饮水不安全问题", "新解决饮水安全问题农村人口", "解决饮水困难的农村人口", "解决饮水困难人口", "解决饮水安全问题人数", "解决饮水不安全问题人数", "农村饮水安全工程解决饮水问题人数", "解决农村饮水安全问题人口", "解决农村饮水安全人口", "农村饮水安全人口", "解决农村人口安全饮水"] },
  { key: "rural-poor", name: "农村贫困人口", nameEn: "Rural population in poverty", synonyms: ["农村贫困人口", "贫困人口", "农村绝对贫困人口", "减贫"] },
  // Poor villages out of poverty and poor counties off the list, counted each year of the 脱贫攻坚 (2014–2020), named with
  // the verb after the place or before it (541个贫困村出列, 出列贫困村128个, 4个县（区）脱贫摘帽: readers of batches 41–114).
  { key: "poor-villages-exited", name: "贫困村出列", nameEn: "Poor villages lifted out of poverty", synonyms: ["贫困村出列", "出列贫困村", "贫困村退出", "退出贫困村", "贫困村脱贫出列", "脱贫出列贫困村", "贫困村脱贫退出", "贫困村脱贫销号", "脱贫销号贫困村", "贫困村摘帽", "村出列", "出列村"] },
  { key: "poor-counties-exited", name: "贫困县脱贫摘帽", nameEn: "Poor counties lifted off the list", synonyms: ["贫困县脱贫摘帽", "脱贫摘帽贫困县", "贫困县摘帽", "摘帽贫困县", "脱贫摘帽县", "摘帽县", "贫困县退出", "退出贫困县", "脱贫摘帽县区", "脱贫摘帽县市区", "贫困县区摘帽", "贫困县市摘帽", "脱贫摘帽贫困县市", "贫困县区脱贫摘帽", "县脱贫摘帽", "县区脱贫摘帽", "县市区脱贫摘帽", "县摘帽", "县区摘帽"] },
  // Capacity cut in the national reports of 2016–2018 (钢铁行业压减粗钢产能4500万吨 answered by 退出钢铁产能超过6500万吨).
  { key: "steel-capacity", name: "钢铁产能", nameEn: "Steel capacity", synonyms: ["钢铁产能", "粗钢产能", "钢铁过剩产能", "钢铁行业产能"] },
  // Coal output, a headline figure of the coal provinces (山西, 内蒙古, 陕西) and the national reports of the 1980s (batch 35's
  // 山西: 煤炭产量控制在8亿吨左右 answered by 全省原煤产量8.72亿吨).
  { key: "coal-output", name: "煤炭产量", nameEn: "Coal output", synonyms: ["煤炭产量", "原煤产量", "原煤", "煤炭总产量", "原煤总产量", "全省原煤产量", "全省煤炭产量", "生产煤炭", "生产原煤", "煤炭生产"] },
  // Afforestation, counted in 亩 or 公顷 each year, named every way (造林 / 营造林 / 植树造林 / 造林绿化 / 造林面积: readers of
  // eleven batches).
  { key: "afforestation", name: "造林面积", nameEn: "Afforestation area", synonyms: ["造林面积", "造林", "造林更新", "营造林", "营造林面积", "植树造林", "植树造林面积", "造林绿化", "造林绿化面积", "新增造林绿化面积", "新增造林面积", "完成造林", "完成营造林", "人工造林", "人工造林面积", "新增造林面积", "新增造林"] },
  { key: "coal-capacity", name: "煤炭产能", nameEn: "Coal capacity", synonyms: ["煤炭产能", "煤炭过剩产能", "煤炭行业产能"] },
  // The national reports' yearly target of rural migrants settling in towns (推动1300万农业转移人口进城落户).
  {
    key: "urban-settlement",
    name: "农业转移人口落户城镇",
    nameEn: "Rural migrants settled in towns",
    synonyms: ["农业转移人口落户城镇", "农业转移人口进城落户", "农业转移人口在城镇落户", "农业转移人口落户", "进城落户农业转移人口", "进城落户的农业转移人口", "落户城镇农业转移人口", "农业转移人口市民化", "农业转移人口实现市民化"],
  },
  { key: "rd-spending", name: "研究与试验发展经费支出", nameEn: "R&D expenditure", synonyms: ["研究与试验发展经费支出", "R&D经费支出", "研发经费支出", "全社会研发投入"], related: ["rd-intensity"] },
  { key: "resident-income", name: "居民人均可支配收入", nameEn: "Per-capita disposable income of residents", synonyms: ["居民人均可支配收入", "全体居民人均可支配收入", "常住居民人均可支配收入"], related: ["urban-income", "rural-income"] },
  // 城镇居民人均生活费收入: the 1990s name of the urban income a report of 1999 answers as 可支配收入 (batch 25's 四川).
  { key: "urban-income", name: "城镇居民人均可支配收入", nameEn: "Urban per-capita disposable income", synonyms: ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城镇人均可支配收入", "城镇居民人均生活费收入"], related: ["resident-income"] },
  { key: "rural-income", name: "农村居民人均可支配收入", nameEn: "Rural per-capita disposable income", synonyms: ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农村人均可支配收入", "农村牧区常住居民人均可支配收入", "农村牧区居民人均可支配收入", "农牧民人均可支配收入", "农民人均可支配收入"], related: ["rural-net-income", "resident-income"] },
  { key: "rural-net-income", name: "农民人均纯收入", nameEn: "Rural per-capita net income (pre-2014)", synonyms: ["农民人均纯收入", "农村居民人均纯收入"], related: ["rural-income"] },
  { key: "income-ratio", name: "城乡居民收入倍差", nameEn: "Urban–rural income ratio", synonyms: ["城乡居民收入倍差", "城乡收入倍差", "城乡居民收入比", "城乡收入比", "城乡居民人均可支配收入比", "城乡居民人均可支配收入倍差"] },
  { key: "fixed-asset-investment", name: "固定资产投资", nameEn: "Fixed-asset investment", synonyms: ["固定资产投资", "全社会固定资产投资", "固定资产投资规模", "全社会固定资产投资规模"] },
  { key: "retail-sales", name: "社会消费品零售总额", nameEn: "Retail sales of consumer goods", synonyms: ["社会消费品零售总额", "社零总额", "社会消费品零售额", "全社会消费品零售总额", "社零额", "社零", "消费品零售额", "消费品零售总额",
    // (社会商品零售总额, the name of the 1980s and 1990s: batch 54's 开封 1995/96 sets one and reports the other.)
    "社会商品零售总额", "社会商品零售额",
    // (商品零售总额, the 1950s' name: batch 59's 武汉.)
    "商品零售总额", "商品零售额"] },
  { key: "online-retail", name: "网络零售额", nameEn: "Online retail sales", synonyms: ["网络零售额"] },
  { key: "industrial-value-added", name: "规模以上工业增加值", nameEn: "Industrial value added (above designated size)", synonyms: ["规上工业增加值", "规模以上工业增加值", "工业增加值", "规模工业增加值", "规上工业增速", "规模以上工业增速"], related: ["industrial-output"] },
  { key: "industrial-output", name: "规模以上工业销售产值", nameEn: "Industrial sales output (above designated size)", synonyms: ["规模以上工业销售产值", "规上工业销售产值", "规模以上工业总产值", "规上工业总产值", "工业总产值", "工业销售产值"], related: ["industrial-value-added"] },
  { key: "services-value-added", name: "服务业增加值", nameEn: "Services value added", synonyms: ["服务业增加值", "第三产业增加值"] },
  { key: "services-revenue", name: "规模以上服务业营业收入", nameEn: "Services revenue (above designated size)", synonyms: ["规模以上服务业营业收入", "规上服务业营业收入", "规模以上服务业企业营业收入", "规上服务业企业营业收入", "规上服务业营收", "规模以上服务业营收"] },
  { key: "digital-economy-core", name: "数字经济核心产业增加值", nameEn: "Digital economy core industries value added", synonyms: ["数字经济核心产业增加值"], related: ["digital-economy-core-revenue"] },
  // 数字经济规模 and 数字经济增加值 (a province's plan and its review, batch 26's 福建): the whole digital economy, not its core.
  { key: "digital-economy", name: "数字经济规模", nameEn: "Digital economy size", synonyms: ["数字经济规模", "数字经济增加值", "数字经济总量"] },
  // 港口货物吞吐量 and 沿海港口货物吞吐量 (batch 26's 福建; 青岛 and 天津 too).
  // 南通港货物吞吐量 / 全市港口货物吞吐量, 南通港集装箱吞吐量 / 集装箱吞吐量 (batch 40's 南通; a port's name before them comes
  // off in lookup-metric.ts).
  { key: "port-throughput", name: "港口货物吞吐量", nameEn: "Port cargo throughput", synonyms: ["港口货物吞吐量", "沿海港口货物吞吐量", "港口吞吐量", "货物吞吐量", "吞吐量"] },
  { key: "container-throughput", name: "港口集装箱吞吐量", nameEn: "Port container throughput", synonyms: ["港口集装箱吞吐量", "集装箱吞吐量"] },
  { key: "digital-economy-core-revenue", name: "数字经济核心产业主营业务收入", nameEn: "Digital economy core industries revenue", synonyms: ["数字经济核心产业主营业务收入"], related: ["digital-economy-core"] },
  { key: "cultural-creative-value-added", name: "文化创意产业增加值", nameEn: "Cultural and creative industries value added", synonyms: ["文化创意产业增加值", "文创产业增加值"], related: ["cultural-industry-value-added"] },
  { key: "cultural-industry-value-added", name: "文化产业增加值", nameEn: "Cultural industries value added", synonyms: ["文化产业增加值"], related: ["cultural-creative-value-added"] },
  { key: "financial-value-added", name: "金融业增加值", nameEn: "Financial sector value added", synonyms: ["金融业增加值"] },
  { key: "agriculture-value-added", name: "农业增加值", nameEn: "Agriculture value added", synonyms: ["农业增加值", "现代农业增加值"] },
  // The 2000s' job figures besides new jobs: the laid-off back in work, and farm labour moved into other work in the year.
  { key: "laid-off-reemployed", name: "下岗失业人员再就业", nameEn: "Laid-off and unemployed people re-employed", synonyms: ["下岗失业人员再就业", "下岗失业人员实现再就业", "下岗失业人员再就业人数", "帮助下岗失业人员再就业", "下岗职工再就业", "安置下岗职工", "安置下岗职工再就业", "下岗职工实现再就业"] },
  { key: "rural-labour-transfer", name: "新增农村劳动力转移就业", nameEn: "Rural labour newly moved into other work", synonyms: ["新增农村劳动力转移就业", "新增转移农村劳动力", "农村劳动力转移就业新增", "新增农村劳动力转移", "新增农村富余劳动力转移就业", "农村劳动力转移就业", "农村富余劳动力转移就业", "转移农村劳动力就业", "农村劳动力转移", "转移农村劳动力"] },
  { key: "new-jobs", name: "城镇新增就业", nameEn: "New urban jobs", synonyms: ["新增就业", "新增城镇就业", "城镇新增就业", "新增城镇就业人数", "城镇新增就业人数", "城镇新增就业人口", "城镇就业新增", "城镇实名制新增就业", "实名制新增就业"] },
  // 市场主体 was renamed 经营主体 in 2023 (the State Council's wording since): a target of new 市场主体 is answered by new 经营主体.
  { key: "new-business-entities", name: "新增经营主体", nameEn: "New business entities", synonyms: ["新增经营主体", "新增市场主体", "新设经营主体", "新设市场主体", "新登记经营主体", "新登记市场主体", "新增各类经营主体", "新增各类市场主体", "新登记各类经营主体", "新登记各类市场主体", "新设立各类市场主体"] },
  { key: "tourists", name: "接待游客", nameEn: "Tourist arrivals", synonyms: ["游客", "接待游客", "接待国内外游客", "接待国内外游客数", "接待游客数", "游客接待量", "年接待游客", "接待中外游客", "旅游接待人次", "游客接待人次", "接待游客人次",
    // (接待国内外旅游者700万人次 answered by 接待国内外游客762万人次: batch 55's 呼伦贝尔.)
    "旅游者", "接待旅游者", "接待国内外旅游者", "接待中外旅游者",
    // (全盟接待游客突破1300万人次 answered by 全盟旅游接待人数1382万人次: batch 107's 兴安盟.)
    "旅游接待人数", "接待旅游人数", "旅游接待总人数", "接待游客总人数", "游客接待人数"], related: ["domestic-tourists"] },
  { key: "tourism-revenue", name: "旅游总收入", nameEn: "Tourism revenue", synonyms: ["旅游收入", "旅游总收入", "旅游经济总收入", "旅游总花费", "旅游花费总额", "游客总花费", "旅游总消费", "旅游综合收入", "旅游业总收入"], related: ["domestic-tourism-revenue"] },
  // A province's review often gives the domestic figures only (接待国内游客9.62亿人次、实现国内旅游总花费1.05万亿元): a part of
  // the total, so related to it, never the same figure.
  { key: "domestic-tourists", name: "接待国内游客", nameEn: "Domestic tourist arrivals", synonyms: ["接待国内游客", "国内游客", "国内游客接待量", "接待国内游客人次"], related: ["tourists"] },
  { key: "domestic-tourism-revenue", name: "国内旅游收入", nameEn: "Domestic tourism revenue", synonyms: ["国内旅游收入", "国内旅游总收入", "国内旅游总花费", "国内旅游花费"], related: ["tourism-revenue"] },
  // 轨道交通运营里程 and 地铁运营里程 (18 labels), the length a city's metro runs; the length added is another figure.
  { key: "rail-transit-mileage", name: "轨道交通运营里程", nameEn: "Urban rail transit length in operation", synonyms: ["轨道交通运营里程", "城市轨道交通运营里程", "地铁运营里程", "轨道交通运营总里程", "地铁运营总里程"] },
  { key: "energy-intensity", name: "万元GDP能耗", nameEn: "Energy use per 10,000 yuan of GDP", synonyms: ["万元GDP能耗", "单位GDP能耗", "万元生产总值能耗", "单位生产总值能耗", "万元地区生产总值能耗", "单位国内生产总值能耗", "单位国内生产总值能源消耗", "万元国内生产总值能耗", "能源消耗强度", "能耗强度",
    "单位地区生产总值能耗", "单位地区生产总值能源消耗", "单位GDP能源消耗", "万元地区生产总值能源消耗",
    // The 2000s wrote it 综合能耗 (batch 50's 慈溪, batch 51's 巩义).
    "万元GDP综合能耗", "万元生产总值综合能耗", "万元地区生产总值综合能耗", "单位GDP综合能耗", "单位生产总值综合能耗", "单位地区生产总值综合能耗"], related: ["industrial-energy-intensity"] },
  { key: "industrial-energy-intensity", name: "万元工业增加值综合能耗", nameEn: "Energy use per 10,000 yuan of industrial value added", synonyms: ["万元工业增加值综合能耗", "万元工业增加值能耗", "单位工业增加值能耗"], related: ["energy-intensity"] },
  { key: "population", name: "常住人口", nameEn: "Resident population", synonyms: ["常住人口", "人口", "总人口"], related: ["registered-population"] },
  { key: "registered-population", name: "户籍人口", nameEn: "Registered (hukou) population", synonyms: ["户籍人口"], related: ["population"] },
  // Written in ‰ (8‰, 千分之十) or in % (1.17％) from one report to the next: pairing reads both on one scale.
  { key: "population-growth", name: "人口自然增长率", nameEn: "Natural population growth rate", synonyms: ["人口自然增长率", "人口增长率", "人口年自然增长率", "人口的自然增长率", "人口的年自然增长率"] },
  { key: "urbanization-rate", name: "常住人口城镇化率", nameEn: "Urbanisation rate", synonyms: ["常住人口城镇化率", "城镇化率",
    // (城镇化率提高1.5个百分点 answered by 城镇化水平达到35.5%，比上年提高1.6个百分点, batch 110's 邵阳: the same rate, named as a level.)
    "城镇化水平", "常住人口城镇化水平"], related: ["registered-urbanization-rate"] },
  { key: "registered-urbanization-rate", name: "户籍人口城镇化率", nameEn: "Urbanisation rate of the registered (hukou) population", synonyms: ["户籍人口城镇化率"], related: ["urbanization-rate"] },
  { key: "exports", name: "出口总额", nameEn: "Exports", synonyms: ["外贸出口", "出口", "货物出口", "出口总额", "自营出口", "出口额", "外贸出口总额", "外贸出口额", "货物出口额", "出口创汇", "外贸出口创汇"], related: ["trade-total"] },
  { key: "trade-total", name: "进出口总额", nameEn: "Total imports and exports", synonyms: ["自营进出口总额", "进出口总额", "外贸进出口总额", "进出口", "对外贸易", "外贸进出口", "对外贸易总额", "进出口贸易总额", "货物进出口总额", "货物贸易进出口额", "货物贸易进出口总额", "货物贸易进出口", "货物进出口", "货物进出口额", "外贸进出口额", "进出口额", "对外贸易进出口总值", "外贸进出口总值", "进出口总值", "对外贸易进出口总额", "对外贸易进出口额", "海关进出口总额"], related: ["exports"] },
  // The 1980s counted exports as what the trade companies bought for export (batch 52's 无锡 1986/87: 外贸收购总值 set,
  // 外贸出口收购额 reported).
  { key: "export-procurement", name: "外贸收购总值", nameEn: "Goods procured for export by foreign-trade companies", synonyms: ["外贸收购总值", "外贸收购额", "外贸出口收购额", "外贸出口收购总值", "外贸出口商品收购额", "出口商品收购额", "出口商品收购总值",
    // (The 1990s said 外贸出口供货额, what the city supplied to the trade companies: batch 54's 开封.)
    "外贸出口供货额", "出口供货额", "外贸供货额"] },
  { key: "service-trade-exports", name: "服务贸易出口额", nameEn: "Service trade exports", synonyms: ["服务贸易出口", "服务贸易出口额"] },
  { key: "foreign-investment", name: "实际利用外资", nameEn: "Foreign direct investment (actually used)", synonyms: ["实际利用外资", "实际到位外资", "实际使用外资", "到位外资", "到位外资金额", "实际使用外资金额", "实际到位注册外资", "到位注册外资", "注册外资实际到位",
    // 实际利用外资 answered by 实际利用外商直接投资 (batch 103's 萍乡): the same foreign direct investment, named in full.
    "实际利用外商直接投资", "实际使用外商直接投资", "外商直接投资实际到位",
    // (实际使用外资 answered by 实际到账外资, batch 109's 蓬莱: the money arrived is the money used.)
    "实际到账外资", "到账外资",
    // (实际利用外资增长8% answered by 实际吸收外资…增长9.0%, batch 122's 商丘: absorbed is used.)
    "实际吸收外资", "吸收外资"], related: ["contracted-foreign-investment"] },
  { key: "contracted-foreign-investment", name: "合同外资", nameEn: "Contracted foreign investment", synonyms: ["合同外资", "合同利用外资"], related: ["foreign-investment"] },
  { key: "pm25", name: "PM2.5平均浓度", nameEn: "PM2.5 concentration", synonyms: ["PM2.5", "PM2.5浓度", "PM2.5平均浓度", "细颗粒物浓度", "细颗粒物平均浓度",
    // 年均 and 年平均 say the same average; 细颗粒物（PM2.5） names the pollutant twice.
    "PM2.5年均浓度", "PM2.5年平均浓度", "细颗粒物年均浓度", "细颗粒物年平均浓度", "细颗粒物PM2.5浓度", "细颗粒物PM2.5平均浓度", "细颗粒物PM2.5年均浓度"] },
  { key: "good-air-days", name: "空气质量优良天数", nameEn: "Days with good air quality", synonyms: ["空气质量优良天数", "优良天数", "空气优良天数", "空气质量二级以上天数", "空气质量达到二级以上天数", "市区空气质量优良天数", "市区空气质量二级以上天数", "城区空气质量优良天数", "中心城区空气质量优良天数"], related: ["good-air-rate"] },
  { key: "good-air-rate", name: "空气质量优良率", nameEn: "Share of days with good air quality", synonyms: ["空气质量优良率", "空气优良率", "空气质量优良天数比例", "空气质量达标天数比例", "空气质量优良天数比率", "优良天数比率", "优良天数比例", "环境空气质量优良天数比率", "环境空气质量优良率", "空气质量优良天数率", "优良天数率"], related: ["good-air-days"] },
  { key: "life-expectancy", name: "人均预期寿命", nameEn: "Life expectancy", synonyms: ["人均预期寿命", "平均预期寿命"] },
  { key: "labor-productivity", name: "全员劳动生产率", nameEn: "Labour productivity", synonyms: ["全员劳动生产率"] },
  { key: "invention-patents", name: "有效发明专利拥有量", nameEn: "Valid invention patents", synonyms: ["有效发明专利拥有量", "有效发明专利"] },
  { key: "livelihood-spending", name: "民生支出", nameEn: "Spending on people's livelihood", synonyms: ["民生支出", "一般公共预算民生支出"] },
  // 民生支出占财政支出的比重保持在75%以上 answered by 民生支出…占一般公共预算支出的77.1% (batch 123's 海东): the share of the
  // budget's spending on livelihood, whatever the budget is called (some 600 labels under a dozen names).
  { key: "livelihood-spending-share", name: "民生支出占一般公共预算支出比重", nameEn: "Livelihood spending as a share of budget spending", synonyms: [
    "民生支出占一般公共预算支出比重", "民生支出占一般公共预算支出的比重", "民生类支出占一般公共预算支出比重", "民生类支出占一般公共预算支出的比重",
    "民生支出占财政支出比重", "民生支出占财政支出的比重", "民生类支出占财政支出比重", "民生支出占公共财政预算支出比重", "民生支出占公共财政预算支出的比重",
    "民生支出占公共财政支出比重", "民生支出占公共财政支出的比重", "民生支出占一般预算支出比重", "民生支出占一般预算支出的比重", "民生支出占地方财政支出比重",
    "民生支出占地方财政支出的比重", "民生支出占比", "民生支出比重"], related: ["livelihood-spending"] },
  { key: "forest-coverage", name: "森林覆盖率", nameEn: "Forest coverage rate", synonyms: ["森林覆盖率"] },
  { key: "tax-revenue", name: "税收收入", nameEn: "Tax revenue", synonyms: ["税收收入", "税收总收入", "全口径税收收入", "税收总额", "全口径税收"], related: ["general-budget-revenue"] },
  { key: "general-budget-spending", name: "一般公共预算支出", nameEn: "General public budget spending", synonyms: ["一般公共预算支出", "地方一般公共预算支出", "一般公共预算支出规模", "一般公共预算总支出"], related: ["livelihood-spending"] },
  // 招商引资到位资金 and its wordings (内外资实际到位资金: batch 45's 前湾新区): every reader of 40 labels names it 招商引资到位资金
  // or a wording of it; 到位内资 alone is domestic capital, 到位外资 foreign.
  { key: "investment-funds-in-place", name: "招商引资到位资金", nameEn: "Funds in place from investment promotion", synonyms: ["招商引资到位资金", "招商引资实际到位资金", "内外资实际到位资金", "实际到位内外资", "到位内外资", "内外资到位资金"] },
  // 新型农村合作医疗参合率 (2004–2015 reports; 参合率 alone after the scheme is named): 10 labels of 10.
  { key: "rural-coop-medical-rate", name: "新型农村合作医疗参合率", nameEn: "Enrolment in the new rural cooperative medical scheme", synonyms: ["新型农村合作医疗参合率", "新农合参合率", "参合率", "农民参合率", "新农合参合比例"] },
  { key: "domestic-capital", name: "实际到位内资", nameEn: "Domestic capital brought in from elsewhere", synonyms: ["实际到位内资", "到位内资", "引进内资", "利用内资", "实际利用内资", "引进市外内资", "引进省外内资"] },
  // A national indicator of the 14th five-year plan; every reader names it in full, with the age.
  { key: "childcare-places-per-1000", name: "每千人口拥有3岁以下婴幼儿托位数", nameEn: "Childcare places for under-3s per 1,000 people", synonyms: ["每千人口拥有3岁以下婴幼儿托位数", "每千人口拥有婴幼儿托位数", "每千人口婴幼儿托位数", "每千人口托位数"] },
  { key: "green-coverage", name: "绿化覆盖率", nameEn: "Green coverage rate", synonyms: ["绿化覆盖率", "建成区绿化覆盖率"] },
  // 新引进10亿元以上重大产业项目12个: the 10亿元 is the size of a project counted, a threshold inside a name
  // (project-names.ts), no commitment of its own (the readers who completed the pair labels: 3 of 3).
  // 超10亿元的企业集团, 产值超亿元的乡镇企业: the size other things counted must pass (project-names.ts), no commitment.
  // Counties that passed the test of nine-year compulsory education (普九), 1990s reports: one count under either wording.
  {
    key: "compulsory-education-counties", name: "基本普及九年义务教育的县（市、区）", nameEn: "Counties that achieved nine-year compulsory education",
    synonyms: ["基本普及九年义务教育的县（市、区）", "基本普及九年义务教育的县（市）", "基本普及九年义务教育的县（市）区", "通过“普九”验收的县（市、区）", "通过“普九”验收的县（市）区", "通过“普九”验收的县（市）", "通过普九验收的县（市、区）", "通过普九验收的县（市）区", "通过普九验收的县（市）"],
  },
  // A border city's ports of entry (满洲里, 二连浩特, 霍尔果斯): the freight through them.
  { key: "border-port-freight", name: "口岸过货量", nameEn: "Freight through the ports of entry", synonyms: ["口岸过货量", "口岸货运量", "口岸进出口货运量"] },
  { key: "size-threshold", name: "门槛规模", nameEn: "Size threshold of the things counted", notPaired: true, synonyms: ["门槛规模"] },
  { key: "project-size", name: "单个项目投资规模", nameEn: "Size threshold of the projects counted", notPaired: true, synonyms: ["单个项目投资规模", "单个项目总投资规模", "单个项目投资额", "单个项目总投资", "单个工业项目投资规模", "单个技改项目投资规模", "单个产业项目投资规模", "单个制造业项目投资规模", "单个外资项目总投资规模", "单个外资项目投资规模",
    // (单个工业项目总投资5亿元以上, 单个招商项目总投资5000万元以上: batches 123 and 124.)
    "单个工业项目总投资规模", "单个招商项目总投资规模", "单个招商项目投资规模"] },
  // 企业开办压缩至1个工作日: how long opening a business takes (20 labels of 20 name it 企业开办时间 or a wording of it).
  {
    key: "business-startup-time", name: "企业开办时间", nameEn: "Time to open a business",
    synonyms: ["企业开办时间", "企业开办", "开办企业", "开办企业时间", "企业开办时限", "企业开办办结时间", "企业开办全流程", "企业开办全流程办结时间", "企业开办全流程时间"],
  },
  // 重点抓好以下六个方面工作: how many parts the year's work is set out in. A fact about the report, no commitment to keep
  // or drop (notPaired).
  {
    key: "work-areas", name: "重点工作方面", nameEn: "Areas of the year's work", notPaired: true,
    synonyms: ["方面工作", "重点工作方面", "工作方面", "方面重点任务", "重点任务方面", "方面重点工作", "方面任务", "政府工作任务方面", "政府重点工作方面"],
  },
  // The government's account of the congress's suggestions and the CPPCC's proposals it handled, in every local report:
  // 省/市/区/县 before 人大 or 政协 is the government's own congress (浙江's 省人大代表建议 is its 人大代表建议).
  // 发放消费券1.2亿元: vouchers a city hands out to lift spending (17 labels write 发放消费券, 10 消费券).
  // The technology contracts registered in the year, by their value: 技术合同成交额 (106 labels), 技术合同认定登记额,
  // 技术交易额 name one figure.
  { key: "tech-contract-turnover", name: "技术合同成交额", nameEn: "Technology contract turnover", synonyms: ["技术合同成交额", "技术合同认定登记额", "技术合同交易额", "技术交易额", "技术合同登记额", "技术市场成交额", "技术合同成交金额", "技术市场合同交易额", "技术市场合同成交额", "技术合同登记成交额"] },
  // Certified high-tech firms: the stock (国家高新技术企业总数达到…家) and the year's new ones (新增/新认定/净增…), two
  // figures; readers write each in several ways (300+ labels over batches 1–28), and a plan's 新增 is answered by the
  // review's 新认定 or 净增.
  { key: "high-tech-firms", name: "高新技术企业", nameEn: "Certified high-tech enterprises", synonyms: ["高新技术企业", "国家高新技术企业", "国家级高新技术企业", "高新技术企业总数", "国家高新技术企业总数", "高新技术企业数量", "国家高新技术企业数量", "高新技术企业数", "有效期内高新技术企业", "高新技术企业累计", "国家高新技术企业累计"] },
  { key: "new-high-tech-firms", name: "新增高新技术企业", nameEn: "New high-tech enterprises", synonyms: ["新增高新技术企业", "新增国家高新技术企业", "新增国家级高新技术企业", "新认定高新技术企业", "新认定国家高新技术企业", "新认定国家级高新技术企业", "净增高新技术企业", "净增国家高新技术企业", "高新技术企业净增", "国家高新技术企业净增", "新培育高新技术企业", "新培育国家高新技术企业", "高新技术企业新增", "国家高新技术企业新增"] },
  // Industrial firms newly above the size line (入规/升规): a count of the year, never the stock of such firms.
  { key: "new-above-scale-industrial-firms", name: "新增规上工业企业", nameEn: "Industrial firms newly above designated size", synonyms: ["新增规上工业企业", "新增规模以上工业企业", "新入规工业企业", "新升规工业企业", "新进规上工业企业", "新培育规上工业企业", "新增入规工业企业", "规上工业企业净增", "净增规上工业企业", "规模以上工业企业净增", "净增规模以上工业企业", "新增升规工业企业", "规上工业企业新增", "规模以上工业企业新增", "新增规模工业企业", "净增规模工业企业", "新入规企业"] },
  { key: "consumption-vouchers", name: "发放消费券", nameEn: "Consumption vouchers issued", synonyms: ["发放消费券", "消费券", "消费券发放", "累计发放消费券"] },
  { key: "deputies-suggestions", name: "人大代表建议", nameEn: "People's congress deputies' suggestions handled", synonyms: ownCongress(["人大代表建议", "人大代表议案建议"]) },
  { key: "cppcc-proposals", name: "政协提案", nameEn: "CPPCC members' proposals handled", synonyms: ownCongress(["政协提案", "政协委员提案"]) },
  { key: "deputies-suggestions-rate", name: "人大代表建议办复率", nameEn: "Share of deputies' suggestions answered", synonyms: ownCongress(["人大代表建议办复率", "代表建议办复率"]), related: ["deputies-suggestions"] },
  { key: "cppcc-proposals-rate", name: "政协提案办复率", nameEn: "Share of CPPCC proposals answered", synonyms: ownCongress(["政协提案办复率", "政协委员提案办复率"]), related: ["cppcc-proposals"] },
];
