// Patterns found in the national reports of the development corpus (../shared/corpus): real sentences, shortened.
import { describe, expect, it } from "vitest";
import { extractIndicators } from "./extract-indicators";
import { achieved, planned } from "./test-readers";

describe("labels hold no dates, comparison bases or verbs", () => {
  it("重工业总产值一九八一年比一九八○年下降4.7% → 重工业总产值, −4.7 (1982)", () => {
    expect(achieved("重工业总产值一九八一年比一九八○年下降4.7%。")[0]).toMatchObject({ label: "重工业总产值", value: -4.7, type: "growth" });
  });
  it("国内财政收入１９８７年达到２２４３.６亿元 → 国内财政收入 (1988, full-width digits)", () => {
    expect(achieved("国内财政收入１９８７年达到２２４３．６亿元。")[0]).toMatchObject({ label: "国内财政收入", value: 224360000000, scale: "亿" });
  });
  it("城镇化率从47.5%提高到51.3%: the label drops 从 (2011)", () => {
    expect(achieved("城镇化率从47.5%提高到51.3%。")[0]).toMatchObject({ label: "城镇化率", metric: "urbanization-rate" });
  });
});

describe("growth words of older reports", () => {
  it("平均每年递增7% is an average annual growth (年均)", () => {
    expect(planned("社会商品零售总额平均每年递增7%。")[0]).toMatchObject({ label: "社会商品零售总额", type: "growth", qualifiers: ["年均"] });
  });
  it("百分之四点一: Chinese decimals", () => {
    expect(planned("消费水平平均每年递增百分之四点一。")[0]).toMatchObject({ value: 4.1, unit: "%", type: "growth" });
  });
  it("百分之四十 after 增长 is growth, not a share; 三分之二 stays a share", () => {
    expect(planned("社会商品零售总额比一九八○年增长百分之四十。")[0]).toMatchObject({ type: "growth", value: 40 });
    expect(achieved("民生支出占三分之二。")[0]).toMatchObject({ type: "share" });
  });
});

describe("numbers split by spaces in PDF copies (1998)", () => {
  it("8 5 ％ is 85%", () => {
    expect(achieved("电视人口覆盖率达到8 5 ％以上。")[0]).toMatchObject({ value: 85, unit: "%", qualifiers: expect.arrayContaining(["以上"]) });
  });
  it("2 ．5 亿千瓦 is 2.5亿千瓦", () => {
    expect(achieved("发电装机容量达到2 ．5 亿千瓦。")[0]).toMatchObject({ value: 250000000, unit: "千瓦", scale: "亿" });
  });
  it("a space between a number and the next word is not a split number", () => {
    expect(achieved("完成投资120亿元 其中基建50亿元。").map((i) => i.value)).toEqual([12000000000, 5000000000]);
  });
});

describe("numbers written the older way (1980s reports)", () => {
  it("Chinese numerals with a scale or a measuring unit: 由一百九十一元增加到二百五十五元, 四十万人, 二千九百亿元", () => {
    const found = planned("全国平均每个农民的纯收入将由一百九十一元增加到二百五十五元。");
    expect(found.map((i) => i.value)).toEqual([191, 255]);
    expect(found[1]).toMatchObject({ unit: "元", label: found[0].label });
    expect(found[0].label).toContain("平均每个农民的纯收入");
    expect(planned("在校学生达到一百三十万人。")[0]).toMatchObject({ value: 1300000, unit: "人", scale: "万", type: "count" });
    expect(planned("社会商品零售总额将达到二千九百亿元。")[0]).toMatchObject({ value: 290000000000, unit: "元", scale: "亿" });
    expect(achieved("招收研究生三十多万人。")[0]).toMatchObject({ value: 300000, qualifiers: expect.arrayContaining(["多"]) });
  });
  it("years, ordinals and set phrases in Chinese numerals are not quantities", () => {
    expect(achieved("一九八五年，两个文明建设关系千家万户，十分重要，第五届大会召开。")).toEqual([]);
  });
  it("a comma grouping thousands: 1，120亿元, 2，360万只", () => {
    expect(achieved("用于积累的部分为1，120亿元。")[0]).toMatchObject({ value: 112000000000, scale: "亿" });
    expect(planned("表2，360万只，增加260万只。")[0]).toMatchObject({ value: 23600000, unit: "只" });
  });
  it("a comma between plain numbers is a list, not a thousands separator", () => {
    expect(achieved("三项指标分别为120，340和560。").map((i) => i.value)).toEqual([120, 340, 560]);
  });
  it("a range with the scale on both ends: 700万到800万吨", () => {
    expect(planned("争取明年节约能源700万到800万吨。")[0]).toMatchObject({ value: 7000000, upper: 8000000, unit: "吨" });
  });
});

describe("labels without spans, plan words and leading verbs", () => {
  it("居民储蓄存款余额五年增长1倍多 → 居民储蓄存款余额", () => {
    expect(achieved("居民储蓄存款余额五年增长1倍多。")[0]).toMatchObject({ label: "居民储蓄存款余额" });
  });
  it("城乡居民按人口平均的消费水平计划提高百分之二十二 → without 计划", () => {
    expect(planned("城乡居民按人口平均的消费水平计划提高百分之二十二。")[0].label).toBe("城乡居民按人口平均的消费水平");
  });
  it("今年要再取消和下放行政审批事项200项以上 → without 再; 再就业 keeps its 再", () => {
    expect(planned("今年要再取消和下放行政审批事项200项以上。")[0].label).toBe("取消和下放行政审批事项");
    expect(planned("再就业资金增加到50亿元。")[0].label).toBe("再就业资金");
  });
  it("国务院组成部门从40个减少到29个: both numbers belong to 国务院组成部门", () => {
    expect(achieved("国务院组成部门从40个减少到29个。").map((i) => i.label)).toEqual(["国务院组成部门", "国务院组成部门"]);
  });
  it("化学需氧量、二氧化硫排放量分别下降: each substance takes the shared head 排放量 (2011)", () => {
    expect(achieved("化学需氧量、二氧化硫排放量分别下降12.45%、14.29%。").map((i) => i.label)).toEqual(["化学需氧量排放量", "二氧化硫排放量"]);
  });
  it("a dated list before 分别 keeps its metrics: 农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元", () => {
    const found = achieved("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。");
    expect(found.map((i) => i.label)).toEqual(["农村居民人均纯收入", "城镇居民人均可支配收入"]);
  });
});

describe("changes that turn, lists without 分别, and multi-year reviews", () => {
  it("由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%: the earlier figures are the base, the last is where it turned (2007)", () => {
    const found = achieved("单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%。");
    expect(found.map((i) => i.metric)).toEqual(Array(4).fill("energy-intensity"));
    expect(found.map((i) => i.phase)).toEqual(["before", "before", "before", "after"]);
    expect(found[3].value).toBe(-1.2);
  });
  it("城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％: one value each (2012)", () => {
    const found = achieved("城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。");
    expect(found.map((i) => [i.metric, i.value, i.type])).toEqual([["urban-income", 8.4, "growth"], ["rural-net-income", 11.4, "growth"]]);
  });
  it("a metric's two figures in two clauses are not a list: 消费水平计划提高百分之二十二，平均每年递增百分之四点一", () => {
    const found = planned("城乡居民按人口平均的消费水平计划提高百分之二十二，平均每年递增百分之四点一。");
    expect(new Set(found.map((i) => i.label)).size).toBe(1);
  });
  it("in a five-year review, a flow or a growth rate is a total over the years; a level reached is not", () => {
    const review = (text: string) => extractIndicators(text, { kind: "achievement", part: "review", multiYear: true });
    expect(review("城镇新增就业5771万人。")[0].qualifiers).toContain("累计");
    expect(review("国内生产总值达到39.8万亿元。")[0].qualifiers).not.toContain("累计");
    expect(review("城镇居民人均可支配收入年均实际增长9.7%。")[0].qualifiers).toEqual(["年均"]);
    expect(achieved("城镇新增就业1168万人。")[0].qualifiers).not.toContain("累计");
  });
  it("五年城镇新增就业4500万人 (a five-year goal) spans the years", () => {
    expect(planned("五年城镇新增就业4500万人。")[0].qualifiers).toContain("累计");
  });
});

describe("fiscal sentences of the plan (2005, 2011)", () => {
  it("拟安排中央财政赤字3000亿元，比上年预算减少198亿元: the deficit, then a change against last year's budget", () => {
    const found = planned("拟安排中央财政赤字3000亿元，比上年预算减少198亿元。");
    expect(found.map((i) => [i.metric, i.increment ?? false])).toEqual([["deficit", false], ["deficit", true]]);
    expect(found[1].value).toBe(-19800000000);
  });
  it("发行1000亿元长期国债，重点投向…: the thing issued, written after the amount, is the label", () => {
    expect(planned("发行1000亿元长期国债，重点投向水利。")[0].label).toBe("长期国债");
  });
});

describe("last year's figures inside a plan, and rates of change (2013)", () => {
  const planFigures = (text: string) => extractIndicators(text, { kind: "goal", part: "plan", planYear: 2013 });
  it("去年居民消费价格涨幅回落到2.6%: a result, and a growth rate although the verb is 回落到", () => {
    expect(planFigures("去年居民消费价格涨幅回落到2.6%，这是一个重要成果。")[0]).toMatchObject({ metric: "cpi", type: "growth", modality: "actual" });
  });
  it("2012年，…国内生产总值增长7.8%: a year opening the sentence dates every figure", () => {
    const found = planFigures("2012年，我们扭转经济下滑趋势，国内生产总值增长7.8%，城镇新增就业1266万人。");
    expect(found.map((i) => i.modality)).toEqual(["actual", "actual"]);
  });
  it("由每人240元提高到280元: the base is what was, the level reached is the target", () => {
    const found = planFigures("新农合财政补助标准由每人240元提高到280元。");
    expect(found.map((i) => [i.label, i.modality])).toEqual([["新农合财政补助标准", "actual"], ["新农合财政补助标准", "target"]]);
  });
  it("经济增长预期目标定为7.5%左右 is the GDP growth target", () => {
    expect(planFigures("今年经济增长预期目标定为7.5%左右。")[0]).toMatchObject({ metric: "gdp", type: "growth", qualifiers: ["左右"] });
  });
});

describe("units and things that are not quantities", () => {
  it("‰ is a unit, also split by spaces: 人口自然增长率下降到1 0 ．0 6 ‰ (1998)", () => {
    expect(achieved("人口自然增长率下降到1 0 ．0 6 ‰。")[0]).toMatchObject({ value: 10.06, unit: "‰" });
  });
  it("the full-width ratio colon and 万亿元 (2013)", () => {
    expect(achieved("三次产业结构为10.1：45.3：44.6。")[0]).toMatchObject({ type: "ratio", parts: [10.1, 45.3, 44.6] });
    expect(achieved("国内生产总值达到56.9万亿元。")[0]).toMatchObject({ value: 56900000000000, scale: "万亿", unit: "元" });
  });
  it("a range written with 至 and one unit: 6至6.5%", () => {
    expect(planned("国内生产总值增长6至6.5%。")[0]).toMatchObject({ value: 6, upper: 6.5, unit: "%" });
  });
  it("captions, anniversaries and ordinals are not quantities; a count after 代表 is", () => {
    expect(achieved("表1：主要指标完成情况")).toEqual([]);
    expect(achieved("隆重庆祝新中国成立70周年，成功举办第五届世界互联网大会。")).toEqual([]);
    expect(achieved("走访人大代表120名。")[0]).toMatchObject({ value: 120, unit: "名" });
  });
});

describe("labels that are only a leftover, and doublings", () => {
  it("一九八二年预计比一九八一年增长百分之九: what is left of 比一九八一年 is no name, the metric before it is", () => {
    const found = achieved("重工业总产值一九八一年比一九八○年下降百分之四点七，一九八二年预计比一九八一年增长百分之九。");
    expect(found.map((i) => i.label)).toEqual(["重工业总产值", "重工业总产值"]);
  });
  it("到一九八五年全日制高等学校招生数将从…增加到四十万人: no 到 in the label", () => {
    expect(planned("到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人。")[0].label).toBe("全日制高等学校招生数");
  });
  it("翻一番 is twice, 翻两番 four times", () => {
    expect(planned("到2020年社会消费品零售总额翻一番。")[0]).toMatchObject({ value: 2, unit: "倍", type: "multiple" });
    expect(planned("国民生产总值翻两番。")[0]).toMatchObject({ value: 4, unit: "倍" });
  });
});

describe("a list of products in a plan (1980)", () => {
  it("棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨…: each product takes 产量, and 比…预计 is a comparison base, not an estimate", () => {
    const found = planned("棉纱产量286.5万吨，比1980年预计增加9万吨；纸520万吨，增加20万吨；自行车1，484万辆，增加224万辆。");
    expect(found.map((i) => i.label)).toEqual(["棉纱产量", "棉纱产量", "纸产量", "纸产量", "自行车产量", "自行车产量"]);
    expect(found.map((i) => i.modality)).toEqual(Array(6).fill("target"));
    expect(found[1].increment).toBe(true);
  });
});

describe("verbs, payers and subjects around the amount (2007, 2011, 2013, 2014)", () => {
  it("关停5000万千瓦小火电机组，今年要关停1000万千瓦: the object written after the amount, then repeated", () => {
    expect(planned("“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。").map((i) => i.label)).toEqual(["关停小火电机组", "关停小火电机组"]);
  });
  it("服务业快速发展，在国内生产总值中占比提高2.5个百分点: the share takes the subject of the clause before", () => {
    expect(achieved("服务业快速发展，在国内生产总值中占比提高2.5个百分点。")[0].label).toBe("服务业在国内生产总值中占比");
  });
  it("中央财政预算拟安排补助资金1030亿元: the payer and the fund, without the verb", () => {
    expect(planned("中央财政预算拟安排补助资金1030亿元。")[0].label).toBe("中央财政补助资金");
  });
  it("标准增加到人均280元, 经济增长连续四年达到或略高于10%: per head and hedges leave the label", () => {
    expect(planned("城乡居民基本医保财政补助标准增加到人均280元。")[0].label).toBe("城乡居民基本医保财政补助标准");
    expect(achieved("经济增长连续四年达到或略高于10%。")[0]).toMatchObject({ label: "经济增长", metric: "gdp" });
  });
  it("a product list's head is not doubled: 淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨", () => {
    expect(achieved("淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨。").map((i) => i.label)).not.toContain("炼钢产能产能");
  });
});

describe("分别 over two lists, and one value over four items (hand-made in the corpus' wording)", () => {
  it("two metrics, their two levels, then their two growth rates", () => {
    const found = achieved("城镇居民人均可支配收入和农村居民人均纯收入分别达到26955元和8896元，分别增长9.7%和12.4%。");
    expect(found.map((i) => [i.metric, i.value, i.type])).toEqual([
      ["urban-income", 26955, "level"], ["rural-net-income", 8896, "level"], ["urban-income", 9.7, "growth"], ["rural-net-income", 12.4, "growth"],
    ]);
  });
  it("城镇和农村居民… expands to both metrics; 均 gives one value to each of four items", () => {
    expect(achieved("城镇和农村居民人均可支配收入分别达到5.2万元和3.1万元。").map((i) => i.label)).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
    expect(planned("规上工业增加值、服务业增加值、固定资产投资和社会消费品零售总额均增长10%。").map((i) => [i.label, i.value])).toEqual([
      ["规上工业增加值", 10], ["服务业增加值", 10], ["固定资产投资", 10], ["社会消费品零售总额", 10],
    ]);
  });
});

describe("scopes, stages and spaced years (1980, 1984, 1998, seeds)", () => {
  it("国民收入中，用于积累的部分为1，120亿元: the scope in the clause before belongs to the label", () => {
    expect(achieved("国民收入中，用于积累的部分为1，120亿元。")[0].label).toBe("国民收入中用于积累的部分");
  });
  it("开工安置房805万平方米，竣工124万平方米: a new stage of the same object", () => {
    expect(planned("开工安置房805万平方米,竣工124万平方米。").map((i) => i.label)).toEqual(["开工安置房", "竣工安置房"]);
    expect(planned("拆迁安置房竣工50万平方米、交付40万平方米。").map((i) => i.label)).toEqual(["拆迁安置房竣工", "拆迁安置房交付"]);
  });
  it("已由五十年代的50%左右，上升到80%以上: the decade is the base, the metric is the clause's subject", () => {
    expect(achieved("目前国营建筑企业固定职工的比例，已由五十年代的５０％左右，上升到８０％以上。").map((i) => i.label)).toEqual(["国营建筑企业固定职工的比例", "国营建筑企业固定职工的比例"]);
  });
  it("比1 9 8 0 年翻两番的目标: a spaced year is no quantity and 的目标 no label", () => {
    const found = achieved("提前实现了本世纪末国民生产总值比1 9 8 0 年翻两番的目标。");
    expect(found.map((i) => [i.text, i.value])).toEqual([["翻两番", 4]]);
    expect(found[0].label).toContain("国民生产总值");
  });
});

describe("an amount added to a level (2006)", () => {
  it("同时增加中央预算内经常性建设投资100亿元 is an increment; 减少… one is negative", () => {
    expect(planned("拟发行长期建设国债600亿元，同时增加中央预算内经常性建设投资100亿元。")[1]).toMatchObject({ increment: true, value: 10000000000 });
    expect(planned("减少一般性支出50亿元。")[0]).toMatchObject({ increment: true, value: -5000000000 });
  });
  it("比去年预算高0.2个百分点 restates the deficit ratio against last year's budget; 比上年提高1个百分点 is a target (batches 9 and 15)", () => {
    const found = planned("今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。");
    expect(found.map((i) => [i.metric, i.value, i.increment ?? false])).toEqual([["deficit-ratio", 2.6, false], ["deficit-ratio", -0.4, true]]);
    expect(planned("常住人口城镇化率比上年提高1个百分点。")[0].increment).toBeUndefined();
  });
  it("减轻企业税负5000多亿元 is relief promised, a commitment of its own (negative), not a change of a level (batch 10)", () => {
    expect(planned("预计今年比改革前减轻企业税负5000多亿元。")[0]).toMatchObject({ metric: "x-企业税负", value: -500000000000 });
    expect(planned("预计今年比改革前减轻企业税负5000多亿元。")[0].increment).toBeUndefined();
    expect(planned("减少一般性支出50亿元。")[0].increment).toBe(true);
  });
});

describe("qualifier words inside other words, and 每年平均 (1983, 1987, 1998)", () => {
  it("条约 and 节约 hold no 约; 不低于 is not also 低于", () => {
    expect(achieved("五年来，我国缔结或者参加国际条约187个。")[0]).toMatchObject({ label: "缔结或者参加国际条约", qualifiers: [] });
    expect(planned("城镇新增就业人数不低于900万人。")[0].qualifiers).toEqual(["不低于"]);
  });
  it("仍以每年平均递增百分之七点五的速度: 年均, and the label ends before 仍以", () => {
    expect(achieved("全国农业总产值仍以每年平均递增百分之七点五的速度前进。")[0]).toMatchObject({ label: "农业总产值", qualifiers: ["年均"], value: 7.5 });
  });
  it("钢产量达到1 亿吨以上: a space before a scale is a PDF artefact", () => {
    expect(achieved("1 9 9 7 年钢产量达到1 亿吨以上。")[0]).toMatchObject({ value: 100000000, scale: "亿", unit: "吨", qualifiers: expect.arrayContaining(["以上"]) });
  });
});

describe("a list named in the clause before 分别, then a second verb (2001)", () => {
  it("…，2000年分别达到2253元和6280元，平均每年实际增长4.7%和5.7%: the levels, then the rates, of the same two metrics", () => {
    const found = achieved("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％。");
    expect(found.map((i) => [i.metric, i.value, i.type])).toEqual([
      ["rural-net-income", 2253, "level"], ["urban-income", 6280, "level"], ["rural-net-income", 4.7, "growth"], ["urban-income", 5.7, "growth"],
    ]);
    expect(found[2].qualifiers).toContain("年均");
  });
});

describe("Chinese numerals that run across their scale word (1950s–1980s reports)", () => {
  it("一千三百七十四万五千余人 is one number, 1374.5万 (1954)", () => {
    expect(achieved("一九五三年全国公私企业的职工已经达到一千三百七十四万五千余人。")).toEqual([
      expect.objectContaining({ text: "一千三百七十四万五千余人", value: 13_745_000, scale: "万", unit: "人" }),
    ]);
  });
  it("三十二亿六千万元 is 32.6亿元, and the share after it keeps its own label (1955)", () => {
    const found = achieved("农业、林业和水利部门为三十二亿六千万元，占百分之七点六。");
    expect(found[0]).toMatchObject({ text: "三十二亿六千万元", value: 3_260_000_000, scale: "亿", unit: "元" });
    expect(found).toHaveLength(2);
  });
  it("五年招收研究生四万三千多人 is 4.3万人 (1983)", () => {
    expect(achieved("五年招收研究生四万三千多人。")[0]).toMatchObject({ label: "招收研究生", value: 43_000, scale: "万" });
  });
  it("leaves 三万五 alone and keeps 二十八万人 whole", () => {
    expect(achieved("全年招收二十八万人。")[0]).toMatchObject({ value: 280_000, scale: "万" });
  });
});

describe("verbs, spans and circumstances around a name (1990s–2010s reports)", () => {
  it("中央财政用于“三农”的投入拟安排9884.5亿元: the verb is no part of the name (2011)", () => {
    expect(planned("今年中央财政用于“三农”的投入拟安排9884.5亿元。")[0].label).toBe("中央财政用于“三农”的投入");
  });
  it("现代远程教育工程已投入80亿元 (2007)", () => {
    expect(achieved("农村中小学现代远程教育工程已投入80亿元。")[0].label).toBe("农村中小学现代远程教育工程");
  });
  it("今后五年国家财政新增义务教育经费 drops the span (2006)", () => {
    expect(planned("今后五年国家财政新增义务教育经费累计将达2182亿元。")[0].label).toBe("国家财政新增义务教育经费");
  });
  it("粮食总产量在上年大幅度增长的基础上 drops the circumstance (2006)", () => {
    expect(achieved("粮食总产量在上年大幅度增长的基础上又增产291亿斤。")[0].label).toBe("粮食总产量");
  });
  it("28个省（区、市） counts provinces (2006)", () => {
    expect(achieved("已有28个省（区、市）开展试点。")[0].label).toBe("省（区、市）");
  });
});

describe("a bare scale counts the noun after it", () => {
  it("全国2235万城市居民得到最低生活保障 (2004)", () => {
    expect(achieved("全国2235万城市居民得到最低生活保障。")[0]).toMatchObject({ label: "城市居民", value: 22_350_000, scale: "万" });
  });
});

describe("a span of years before the clause is no scope of the metric", () => {
  it("从一九五三年到一九八○年的二十八年中，农业总产值… → 农业总产值 (1982)", () => {
    expect(achieved("从一九五三年到一九八○年的二十八年中，农业总产值平均每年增长百分之三点四。")[0].label).toBe("农业总产值");
  });
  it("国民收入中，用于积累的部分… keeps its scope (1980)", () => {
    expect(achieved("国民收入中，用于积累的部分为一千一百二十亿元。")[0].label).toBe("国民收入中用于积累的部分");
  });
});

describe("what a number before people or households counts (2010, 2012)", () => {
  it("解决了6398万农村人口的饮水困难: people, a count in 人", () => {
    expect(achieved("解决了6398万农村人口的饮水困难。")[0]).toMatchObject({ value: 63_980_000, unit: "人", type: "count" });
  });
  it("组织2100万城乡劳动者参加职业培训: 劳动者 are people", () => {
    expect(achieved("全年组织2100万城乡劳动者参加职业培训。")[0]).toMatchObject({ unit: "人", type: "count" });
  });
  it("新增510万沼气用户: households", () => {
    expect(achieved("新增510万沼气用户。")[0]).toMatchObject({ unit: "户", type: "count" });
  });
  it("500万元 stays money and 300万人民币 is no people", () => {
    expect(achieved("安排500万元。")[0]).toMatchObject({ unit: "元", type: "level" });
    expect(achieved("捐助300万人民币。")[0]).toMatchObject({ unit: "元", value: 3_000_000 });
  });
});

describe("numbers that measure nothing (2010, 2012)", () => {
  it("经过30多年改革开放, 新中国外交走过了60年: spans of time", () => {
    expect(planned("经过30多年改革开放，我国经济实力显著增强。")).toEqual([]);
    expect(planned("新中国外交走过了60年光辉历程。")).toEqual([]);
  });
  it("民间投资新36条, 新10年农村扶贫纲要: names", () => {
    expect(planned("认真落实国务院关于鼓励引导民间投资新36条。")).toEqual([]);
    expect(planned("制定实施新10年农村扶贫开发纲要。")).toEqual([]);
  });
  it("最低收购价平均每50公斤分别提高7.4元和16元: 50公斤 is the base, each grain its price", () => {
    const found = planned("今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。");
    expect(found.map((i) => [i.label, i.value])).toEqual([["小麦最低收购价", 7.4], ["稻谷最低收购价", 16]]);
  });
  it("城镇新增就业1102万人 still counts jobs, and 增长20年 of a duration still reads", () => {
    expect(achieved("城镇新增就业1102万人。")[0]).toMatchObject({ label: "城镇新增就业", value: 11_020_000 });
  });
});

describe("labels lose the words around the name (2010, 2012)", () => {
  it("城镇居民…17175元，农村居民…5153元，实际增长9.8%和8.5%: each growth rate to its own metric", () => {
    const found = achieved("城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。");
    expect(found.slice(2).map((i) => [i.label, i.value, i.type])).toEqual([
      ["城镇居民人均可支配收入", 9.8, "growth"],
      ["农村居民人均纯收入", 8.5, "growth"],
    ]);
  });
  it("提出居民消费价格涨幅控制在4%左右 drops 提出", () => {
    expect(planned("提出居民消费价格涨幅控制在4％左右。")[0].label).toBe("居民消费价格");
  });
  it("安排200亿元技改专项资金支持…: the fund after the amount", () => {
    expect(achieved("鼓励企业加快技术改造，安排200亿元技改专项资金支持4441个技改项目。")[0].label).toBe("技改专项资金");
  });
  it("购置税按7.5%征收 drops 按; 基本养老金今年再提高10% drops 今年", () => {
    expect(planned("小排量汽车购置税按7.5％征收。")[0].label).toBe("小排量汽车购置税");
    expect(planned("企业退休人员基本养老金今年再提高10%。")[0].label).toBe("企业退休人员基本养老金");
  });
});

describe("lists and classes (2008)", () => {
  it("化学需氧量、二氧化硫排放总量…出现双下降，比上年分别下降3.14%和4.66%: the list in the clause before", () => {
    const found = achieved("单位国内生产总值能耗比上年下降3.27%，化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％。");
    expect(found.map((i) => [i.label, i.value])).toEqual([
      ["单位国内生产总值能耗", -3.27],
      ["化学需氧量排放总量", -3.14],
      ["二氧化硫排放总量", -4.66],
    ]);
  });
  it("千万吨级炼油厂, 30万吨级码头: a class of plant is no amount", () => {
    expect(achieved("京沪高速铁路和千万吨级炼油厂、百万吨级乙烯等工程进展顺利。")).toEqual([]);
    expect(achieved("建成30万吨级码头2个。").map((i) => i.text)).toEqual(["2个"]);
  });
});

describe("a value that holds for each item of a counted list (seed 004)", () => {
  it("…和民生保障投入六项指标,全部实现“翻一番”目标: six metrics, each ×2; a quoted doubling is a quantity", () => {
    const found = planned("到20xx年,全区社会消费品零售总额、全社会固定资产投资、文化创意产业增加值、旅游经济总收入、楼宇面积和民生保障投入六项指标,全部实现“翻一番”目标。");
    expect(found.map((i) => i.label)).toEqual(["社会消费品零售总额", "全社会固定资产投资", "文化创意产业增加值", "旅游经济总收入", "楼宇面积", "民生保障投入"]);
    expect(found.every((i) => i.value === 2 && i.type === "multiple")).toBe(true);
  });
  it("a list that does not hold as many items as it counts is not spread", () => {
    expect(planned("社会消费品零售总额和楼宇面积三项指标,全部实现“翻一番”目标。").length).toBe(1);
  });
  it("“两年翻一番”工程 is a name", () => {
    expect(planned("实施“两年翻一番”工程。")).toEqual([]);
  });
});

describe("facts inside a plan's sentences (1984, 1987, 1997, 2006)", () => {
  it("a past event (…了) or what exists (全国有…) in the number's clause is an actual", () => {
    expect(planned("国家已经组织了５７户企业集团进行试点。")[0].modality).toBe("actual");
    expect(planned("全国有２４万多户国有小企业，要放开搞活。")[0].modality).toBe("actual");
    expect(planned("今年第一季度，工业生产又比去年同期增长１２％。")[0].modality).toBe("actual");
  });
  it("a target set earlier (提出了…) stays a target, without 提出了 or the plan period in its name", () => {
    expect(planned("《建议》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右。")[0]).toMatchObject({
      modality: "target", label: "单位国内生产总值能源消耗", value: -20,
    });
    expect(planned("国内生产总值增长7.5%左右。")[0].modality).toBe("target");
  });
  it("９０年代 is a decade, no quantity", () => {
    expect(planned("提出了９０年代民族工作的主要任务。")).toEqual([]);
  });
});

describe("names made of the action, the payer and the fund (2005, 2013, 2014, 1998)", () => {
  it("中央财政安排109亿元资金支持再就业 → 中央财政再就业资金", () => {
    // (The increase is named as one since the twenty-fourth round; its metric is the fund's.)
    const [fund, increase] = planned("今年中央财政安排109亿元资金支持再就业，比上年增加26亿元。");
    expect([fund.label, increase.label]).toEqual(["中央财政再就业资金", "中央财政再就业资金比上年增加"]);
    expect(increase.metric).toBe(fund.metric);
  });
  it("淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨: the action carries along the list of the same head", () => {
    expect(achieved("共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨、水泥产能7.75亿吨。").map((i) => i.label)).toEqual([
      "淘汰落后炼铁产能", "淘汰落后炼钢产能", "淘汰落后水泥产能",
    ]);
    expect(achieved("粮食产量5.31亿吨，棉花产量640万吨。").map((i) => i.label)).toEqual(["粮食产量", "棉花产量"]);
  });
  it("分批取消和下放了416项行政审批等事项: the actions are part of what is counted", () => {
    expect(achieved("分批取消和下放了416项行政审批等事项。")[0].label).toBe("取消和下放行政审批等事项");
  });
  it("广播和电视的人口覆盖率都达到了85%以上: 都 gives the value to each, the shared name after 的 to both", () => {
    expect(achieved("广播和电视的人口覆盖率都达到了8 5 ％以上。").map((i) => [i.label, i.value])).toEqual([
      ["广播人口覆盖率", 85], ["电视人口覆盖率", 85],
    ]);
  });
});

describe("bases and points of the year leave the name (2002)", () => {
  it("按可比口径计算增加2400亿元 is the revenue's increase", () => {
    expect(achieved("全国财政收入达到１６３７１亿元，按可比口径计算增加２４００亿元。")[1].label).toBe("财政收入");
  });
  it("比上年末增加466亿美元 is the reserves' increase", () => {
    expect(achieved("年末国家外汇储备达到２１２２亿美元，比上年末增加４６６亿美元。").map((i) => i.label)).toEqual(["国家外汇储备", "国家外汇储备"]);
  });
  it("由年初的400多万人扩大到年末的1120多万人: the subject of the clause before, 居民 whole", () => {
    expect(achieved("城市居民最低生活保障的覆盖人数，由年初的４００多万人扩大到年末的１１２０多万人。").map((i) => i.label)).toEqual([
      "城市居民最低生活保障的覆盖人数", "城市居民最低生活保障的覆盖人数",
    ]);
  });
});

describe("changes over several years never answer one year's target (2006, 2008)", () => {
  const review2008 = (text: string) => extractIndicators(text, { kind: "achievement", part: "review", planYear: 2008 });
  it("比2002年增长65.5% in the 2008 report is a total over the years; 比上年增长 is not", () => {
    const found = review2008("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。");
    expect(found.map((i) => [i.value, i.qualifiers])).toEqual([[24_660_000_000_000, ["达到"]], [65.5, ["累计"]], [10.6, ["年均"]]]);
    expect(review2008("国内生产总值比上年增长11.4%。")[0].qualifiers).toEqual([]);
  });
  it("今后五年年均增长7.5% is an average per year, not a total", () => {
    expect(planned("今后五年国内生产总值年均增长7.5%。")[0].qualifiers).toEqual(["年均"]);
  });
});

describe("what a bare count counts (eighth round: 2003–2010 reports and the seeds)", () => {
  const labels = (found: { label: string }[]) => found.map((i) => i.label);
  it("a place counted by the pilot it runs: 在320个县开展…试点 (2010), 88个城市启动…试点 (2008)", () => {
    expect(labels(achieved("在320个县开展新型农村社会养老保险试点。"))).toEqual(["新型农村社会养老保险试点县"]);
    expect(labels(achieved("88个城市启动城镇居民基本医疗保险试点。"))).toEqual(["城镇居民基本医疗保险试点城市"]);
  });
  it("a place counted by what it did, after a list of counted places (1988, 2007)", () => {
    expect(labels(achieved("我们先后同安哥拉、乌拉圭等１０个国家建立了外交关系。"))).toEqual(["建立外交关系的国家"]);
    expect(labels(achieved("已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了农村最低生活保障制度。"))).toEqual([
      "建立农村最低生活保障制度的省（自治区、直辖市）", "建立农村最低生活保障制度的县（市、区）",
    ]);
  });
  it("a counted place before a list comma takes no word of the item before it (seed 001)", () => {
    expect(labels(achieved("目前,区级、20个镇街及342个村社已建立社会矛盾纠纷调处化解中心。"))[0]).toBe("镇街");
  });
  it("people counted as benefiting: 5700多万人受益 (2012), 工程使6069万农民受益 (2010)", () => {
    expect(labels(achieved("全年人均增加1680元，5700多万人受益。")).at(-1)).toBe("受益人数");
    expect(labels(achieved("农村饮水安全工程使6069万农民受益，新增510万沼气用户。"))[0]).toBe("农村饮水安全工程受益农民");
  });
  it("a verb of handling alone handles what the verb before gathered (seed 003)", () => {
    expect(labels(achieved("走访企业4894家,收集问题952个,协调解决919个。"))).toEqual(["走访企业", "收集问题", "协调解决问题"]);
  });
  it("a stage verb after 开工建设… replaces the whole verb (seed 000)", () => {
    expect(labels(achieved("开工建设治水项目834个、完工720个。"))).toEqual(["开工建设治水项目", "完工治水项目"]);
  });
  it("examples before 等 are no part of the name, unless what follows only sums them up (seed 003, 2006)", () => {
    expect(labels(achieved("开工建设新工社区等项目6个。"))).toEqual(["项目"]);
    expect(labels(achieved("中央财政用于科技、教育、卫生、文化等方面的支出1168亿元。"))[0]).toBe("中央财政用于科技、教育、卫生、文化等方面的支出");
    expect(labels(achieved("其他如麦类黑穗病、水稻螟虫等等的危害损失率一般在2%以下。"))[0]).toContain("水稻螟虫等等");
  });
});

describe("lists restated after a turn, and parallel names (2003, 2007)", () => {
  it("由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%: the turn restates the list in order", () => {
    const found = achieved("化学需氧量、二氧化硫排放量由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%。");
    expect(found.map((i) => [i.metric, i.value, i.phase ?? null])).toEqual([
      ["cod-emissions", 5.6, "before"], ["so2-emissions", 13.1, "before"], ["cod-emissions", 1.2, "after"], ["so2-emissions", 1.8, "after"],
    ]);
  });
  it("鄱阳湖、洞庭湖还湖面积分别达到…: names of one length share the metric of the last", () => {
    expect(achieved("其中鄱阳湖、洞庭湖还湖面积分别达到880平方公里和600平方公里。").map((i) => i.label)).toEqual(["鄱阳湖还湖面积", "洞庭湖还湖面积"]);
  });
});

describe("names completed from the sentence around them (eighth round: 1979–2014 reports)", () => {
  const labels = (found: { label: string }[]) => found.map((i) => i.label);
  it("a payer and what the money is for: 中央财政安排51亿元，用于支持地方加强公共卫生服务 (2007)", () => {
    expect(labels(achieved("中央财政安排51亿元，用于支持地方加强公共卫生服务，艾滋病等重大疾病防控取得明显进展。"))).toEqual(["中央财政公共卫生服务资金"]);
  });
  it("a pointer back (这个速度) is the metric just named (1982)", () => {
    const found = planned("农民的纯收入将由一九八○年的一百九十一元增加到一九八五年的二百五十五元，平均每年递增百分之六，这个速度高于过去平均每年递增百分之四点三的水平。");
    expect(new Set(labels(found)).size).toBe(1);
    expect(found.at(-1)).toMatchObject({ value: 4.3, type: "growth" });
  });
  it("an action repeating part of its item keeps it once: 淘汰落后炼铁产能…、落后炼钢产能 (2007)", () => {
    expect(labels(achieved("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨。"))).toEqual(["淘汰落后炼铁产能", "淘汰落后炼钢产能"]);
  });
  it("a scope before a verb is no subject; the rate after 的 is (2003)", () => {
    expect(labels(achieved("全国实现基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率，由1997年的65%提高到2002年的91%。"))).toEqual([
      "人口地区覆盖率", "人口地区覆盖率",
    ]);
  });
  it("the sector a sentence opens on owns its bare 总产值 and 产量 (1992, 1981, 1979)", () => {
    expect(labels(achieved("工业生产增长较快，总产值比上年增长百分之十四点二。"))).toEqual(["工业总产值"]);
    expect(labels(achieved("重工业生产，由于正在调整中，今年的产值预计比去年下降５％左右。"))).toEqual(["重工业产值"]);
    expect(achieved("粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨。")[0].metric).toBe("grain-output");
  });
  it("办事提速51.6% is a change (seed 000)", () => {
    expect(achieved("机关内部“最多跑一次”改革覆盖事项367项,办事提速51.6%。")[1]).toMatchObject({ value: 51.6, type: "growth" });
  });
  it("a bare 新开工 takes the works named in the clause before (2014)", () => {
    expect(labels(planned("加大保障性安居工程建设力度，今年新开工700万套以上。"))).toEqual(["保障性安居工程新开工"]);
  });
  it("measures counted are named by what they are about: 关于搞好国营大中型企业的２０条措施 (1992)", () => {
    expect(labels(achieved("去年提出的关于搞好国营大中型企业的２０条措施，正在逐步落实。"))).toEqual(["搞好国营大中型企业的措施"]);
  });
});

describe("a figure always has a name (eighth round: a label-free scan of the corpus found 37 without one)", () => {
  it("大豆要求增长百分之四点四: 要求 here asks the figure of the crop, it reports nothing (1958)", () => {
    expect(planned("大豆要求增长百分之四点四。")[0].label).toBe("大豆");
  });
  it("钢：从一百三十五万吨增加到四百十二万吨: the name before a colon heads its figures (1955)", () => {
    expect(achieved("钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。").map((i) => i.label)).toEqual(["钢", "钢", "钢"]);
  });
  it("我国有十亿多人口 is a count of the population (1986)", () => {
    expect(achieved("我国有十亿多人口，目前主要的问题是就业。")[0]).toMatchObject({ label: "人口", metric: "population" });
  });
  it("今后三年各级政府拟投入8500亿元: the span and 拟 leave the name, the spending stays (2009)", () => {
    expect(planned("今后三年各级政府拟投入8500亿元，其中中央政府投入3318亿元。")[0].label).toBe("各级政府投入");
  });
  it("把…转为国家资本金，今年再转500亿元: what the clause before does, named whole (1998)", () => {
    expect(planned("继续把“拨改贷”和基本建设经营性基金转为国家资本金，今年再转5 0 0 亿元。")[0].label).toBe("“拨改贷”和基本建设经营性基金转为国家资本金");
  });
  it("使 and a base of a change leave the name: 要力争使全国人口增长率降到…, 要在…的基数上增长 (1979, 1955)", () => {
    expect(planned("今年我们要力争使全国人口增长率降到千分之十左右。")[0].label).toMatch(/^(?:全国)?人口增长率$/);
    expect(planned("工业总产值要在一九五四年的基数上增长百分之二十九。")[0].label).toBe("工业总产值");
    expect(achieved("实际使用外商直接投资1160亿美元。")[0].label).toBe("实际使用外商直接投资");
  });
});

describe("Chinese numerals across 亿 with 多 inside, and bases years ago (1982, 1985, 1993)", () => {
  it("四亿零七百多万吨 is 4.07亿吨 and more, not 700万吨", () => {
    expect(achieved("粮食产量达到四亿零七百多万吨，比上年增长５．１％。")[0]).toMatchObject({ label: "粮食产量", value: 407_000_000, scale: "亿" });
    expect(achieved("一九八二年粮食预计达到三亿三千五百多万吨。")[0]).toMatchObject({ value: 335_000_000 });
  });
  it("由五年前的百分之五十 names the share, not the time", () => {
    expect(achieved("目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。").map((i) => i.label)).toEqual([
      "由市场决定价格的比重", "由市场决定价格的比重",
    ]);
  });
});

describe("circumstances and scopes opened by 在 (1980–1987, 2011)", () => {
  it("在工农业总产值中，农业所占比重…，轻工业所占比重…: each part's share of the whole (1983)", () => {
    const found = achieved("在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，轻工业所占比重由百分之三十一点一提高到百分之三十三点五。");
    expect(found.map((i) => i.label)).toEqual(["农业占工农业总产值比重", "农业占工农业总产值比重", "轻工业占工农业总产值比重", "轻工业占工农业总产值比重"]);
  });
  it("a place or a circumstance before the name leaves it; 在校学生 and a scope before 占比 stay", () => {
    expect(achieved("目前在全国注册登记的各种经济联合体有３２０００多个。")[0].label).not.toMatch(/^在/);
    expect(achieved("在校学生达到一百三十万人。")[0].label).toBe("在校学生");
    expect(achieved("服务业快速发展，在国内生产总值中占比提高2.5个百分点。")[0].label).toBe("服务业在国内生产总值中占比");
  });
});

describe("a per cent of the things named after it (2010)", () => {
  it("在60％政府举办的基层医疗卫生机构实施…: a share of the institutions, named without the verb after them", () => {
    expect(planned("在60％政府举办的基层医疗卫生机构实施国家基本药物制度。")[0]).toMatchObject({ label: "政府举办的基层医疗卫生机构", type: "share", value: 60 });
  });
});
