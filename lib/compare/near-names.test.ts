import { describe, expect, it } from "vitest";
import { nearInContext, nearNames } from "./near-names";

describe("nearNames", () => {
  it("pairs a name with a fuller wording of it (national 2016 → 2017, 2019 → 2020)", () => {
    expect(nearNames("中央财政扶贫资金", "中央财政专项扶贫资金投入")).toBe(true);
    expect(nearNames("高职院校大规模扩招", "高职院校扩招")).toBe(true);
    // A year's sales (batch 32's 河南) and a plan's 新建 against the review's 新建成 (batch 32's 柳市).
    expect(nearNames("年销售收入超过10亿元工业企业", "销售收入超过10亿元工业企业")).toBe(true);
    expect(nearNames("新建社区养老服务中心", "新建成社区养老服务中心")).toBe(true);
    expect(nearNames("马铃薯种植面积", "马铃薯播种面积")).toBe(true);
    expect(nearNames("新建保障性住房", "开工建设保障性住房")).toBe(true);
    expect(nearNames("棉花产量", "棉花总产")).toBe(true);
    expect(nearNames("行政审批事项办理时限", "行政审批事项平均办理时限")).toBe(true);
    expect(nearNames("林果业提质增效", "林果提质增效")).toBe(true);
  });

  it("takes firms newly certified for the ones added (新增 / 新认定国家高新技术企业, batch 16's 滨江 pair)", () => {
    expect(nearNames("新增国家高新技术企业", "新认定国家高新技术企业")).toBe(true);
    expect(nearNames("新增国家高新技术企业", "新认定省级研发机构")).toBe(false);
    // 新培育 as well, and the local government named before the special bonds it issues (batch 22's 广东 pair).
    expect(nearNames("新培育专精特新中小企业", "新增专精特新中小企业")).toBe(true);
    expect(nearNames("新增专项债券", "新增地方政府专项债券")).toBe(true);
    expect(nearNames("新增企业", "新认定企业")).toBe(false);
  });

  it("reads a plan's build and its done build, its planned and its done project investment, a total and its count as one (batches 22 and 24)", () => {
    expect(nearNames("新建社区长者饭堂", "建成社区长者饭堂")).toBe(true);
    expect(nearNames("市级重点项目年度计划投资", "市级重点项目完成投资")).toBe(true);
    expect(nearNames("省重点项目年度计划投资", "省重点项目完成投资")).toBe(true);
    // 加快平陆运河建设，年度完成投资180亿元以上 answered by 平陆运河全年完成投资192亿元 (a 广西 pair, batch 27).
    expect(nearNames("平陆运河年度完成投资", "平陆运河完成投资")).toBe(true);
    expect(nearNames("平陆运河全年完成投资", "平陆运河年度完成投资")).toBe(true);
    expect(nearNames("高新技术企业总数", "高新技术企业")).toBe(true);
    expect(nearNames("市级重点项目年度计划投资", "省重点项目完成投资")).toBe(false);
    expect(nearNames("新建学校", "建成医院")).toBe(false);
    // Batch 25: routes newly opened are routes added; farmland built is the farmland a plan builds; the state firms
    // with the state-controlled ones are the state firms of the plan.
    expect(nearNames("天津港新开通集装箱航线", "天津港新增集装箱航线")).toBe(true);
    expect(nearNames("高标准农田", "新建高标准农田")).toBe(true);
    expect(nearNames("国有工业企业亏损额", "国有及国有控股工业企业亏损额")).toBe(true);
    // The region's whole named or not (batch 26's 福建: 数字经济规模占全省地区生产总值比重).
    expect(nearNames("数字经济规模占地区生产总值比重", "数字经济规模占全省地区生产总值比重")).toBe(true);
  });

  it("a manner word leaves the figure unchanged (稳定开行: batch 22's 兰州)", () => {
    expect(nearNames("中欧班列稳定开行", "中欧班列开行")).toBe(true);
  });

  it("reads a list's joining word, a grade's 以上, the levels of government and a share's part measure as no change (batches 29 and 30)", () => {
    expect(nearNames("新建和改建公路", "新建改建公路")).toBe(true);
    expect(nearNames("新增国家4A级以上旅游景区", "新增国家4A级旅游景区")).toBe(true);
    expect(nearNames("重点项目年度投资", "省市县重点项目完成投资")).toBe(true);
    expect(nearNames("数字经济增加值占地区生产总值比重", "数字经济占地区生产总值比重")).toBe(true);
    expect(nearNames("数字经济增加值占地区生产总值比重", "数字经济核心产业增加值占地区生产总值比重")).toBe(false);
    expect(nearNames("新建学校", "新建学校和医院")).toBe(false);
    // Batch 31's 鄂尔多斯: an industry's output with 产业 or without, capacity grid-connected, the task's area done.
    expect(nearNames("现代煤化工产值", "现代煤化工产业产值")).toBe(true);
    expect(nearNames("新增新能源装机", "新增新能源并网装机")).toBe(true);
    expect(nearNames("防沙治沙和生态修复", "防沙治沙和生态修复任务")).toBe(true);
    expect(nearNames("苏木乡镇所在地提升工程", "苏木乡镇所在地提升改造")).toBe(true);
  });

  it("keeps a narrower subject apart", () => {
    expect(nearNames("工业投资", "工业技改投资")).toBe(false);
    expect(nearNames("农村公路", "农村公路改造")).toBe(false);
  });

  it("needs the shorter name to be at least four characters", () => {
    expect(nearNames("项目", "项目投入")).toBe(false);
  });

  it("needs the shorter name's characters in order", () => {
    expect(nearNames("扶贫资金中央", "中央财政扶贫资金")).toBe(false);
  });

  it("does not call equal names near", () => {
    expect(nearNames("高职院校扩招", "高职院校扩招")).toBe(false);
  });
});

describe("nearNames: batch 35 of the eval (湖州, 山西)", () => {
  it("reads an industry's total output value and its whole chain's as one figure", () => {
    expect(nearNames("竹产业总产值", "竹产业全产业链产值")).toBe(true);
  });

  it("reads works begun or finished with the verb before or after the works", () => {
    expect(nearNames("新开工保障性住房", "保障性住房开工建设")).toBe(true);
    expect(nearNames("新开工建设保障性租赁住房", "新开工保障性租赁住房")).toBe(true);
    expect(nearNames("基本建成保障性住房", "保障性住房基本建成")).toBe(true);
    // Begun is not finished.
    expect(nearNames("新开工保障性住房", "保障性住房基本建成")).toBe(false);
  });

  it("takes 境内外 and 新引进 as scope words", () => {
    expect(nearNames("新增上市公司", "新增境内外上市公司")).toBe(true);
    expect(nearNames("新引进10亿元以上产业项目", "10亿元以上产业项目")).toBe(true);
  });
});

describe("nearNames: batch 36 of the eval (寿光)", () => {
  it("reads greenhouses built, rebuilt and upgraded as those built and rebuilt", () => {
    expect(nearNames("新建改造大棚", "新建改造提升大棚")).toBe(true);
  });
});

describe("nearNames: trains run and funds arrived (batches 27, 28 and 34)", () => {
  it("reads 中欧班列开行 and 开行中欧班列, 班列开行量 and 班列开行 as one figure", () => {
    expect(nearNames("中欧班列开行", "开行中欧班列")).toBe(true);
    expect(nearNames("海铁联运班列开行量", "海铁联运班列开行")).toBe(true);
  });

  it("takes 到位 as a scope word of funds", () => {
    expect(nearNames("援疆资金", "到位援疆资金")).toBe(true);
  });
});

describe("nearNames: batch 39 of the eval (准格尔旗)", () => {
  it("reads the same words in another order as one figure, when the names open and close alike", () => {
    expect(nearNames("新增新能源并网装机", "新增并网新能源装机")).toBe(true);
    expect(nearNames("新能源并网装机新增", "新增并网新能源装机")).toBe(false);
  });

  it("takes the pastoral year as the basis of a livestock count", () => {
    expect(nearNames("牲畜存栏", "牧业年度牲畜存栏")).toBe(true);
  });
});

describe("nearNames: batch 40 of the eval (南通, 吉林)", () => {
  it("reads capacity installed however it is named", () => {
    expect(nearNames("海上风电新增并网装机", "海上风电新增并网容量")).toBe(true);
    expect(nearNames("新能源装机", "新能源装机容量")).toBe(true);
  });

  it("reads works renewed with the verb before or after", () => {
    expect(nearNames("改造老旧小区", "老旧小区改造")).toBe(true);
  });

  it("reads works begun as the works built, and the projects a plan takes on as the ones begun", () => {
    expect(nearNames("新开工建设廉租住房", "新建廉租住房")).toBe(true);
    expect(nearNames("亿元以上项目", "开工建设亿元以上项目")).toBe(true);
    expect(nearNames("10亿元以上项目", "开工10亿元以上项目")).toBe(true);
    // A finished project is no project begun.
    expect(nearNames("亿元以上项目", "竣工亿元以上项目")).toBe(false);
  });
});

describe("nearNames: batch 41 of the eval (上海, 威宁)", () => {
  it("reads headquarters brought in as the ones newly certified", () => {
    expect(nearNames("新引进跨国公司地区总部", "新认定跨国公司地区总部")).toBe(true);
  });

  it("reads villages out of poverty, a crop's area and signed projects however named", () => {
    expect(nearNames("贫困村出列", "贫困村退出")).toBe(true);
    expect(nearNames("马铃薯种植面积", "种植马铃薯")).toBe(true);
    expect(nearNames("招商引资项目", "新签约招商引资项目")).toBe(true);
    expect(nearNames("义务教育巩固率", "九年义务教育巩固率")).toBe(true);
  });
});

describe("nearNames: batch 42 of the eval (横店)", () => {
  it("reads 营收 as short for 营业收入", () => {
    expect(nearNames("影视产业营业收入", "影视产业营收")).toBe(true);
  });
});

describe("nearNames: batch 44 of the eval (成都, 黄埔)", () => {
  it("takes a run of neutral inserts written together as neutral", () => {
    expect(nearNames("新建和改扩建乡镇卫生院", "改扩建乡镇卫生院")).toBe(true);
  });

  it("reads an industry's sales however named, and a zone's fixed-asset investment as its investment done", () => {
    expect(nearNames("电子信息产业销售收入", "电子信息产业主营业务收入")).toBe(true);
    expect(nearNames("中新广州知识城固定资产投资", "中新广州知识城完成投资")).toBe(true);
    expect(nearNames("工业投资", "工业技改投资")).toBe(false);
  });
});

describe("investment planned to be done (batch 48's 海淀)", () => {
  it("reads 年度计划完成投资 as the projects' investment, as 完成投资 is", () => {
    expect(nearNames("区级重点工程年度计划完成投资", "区级重点工程完成投资")).toBe(true);
  });

  it("joins names of batches 49–51 a neutral word apart, and no others (一体化, 生态, 通行, 、, 要, 竣工, 人数, 基本, 新获, 转移)", () => {
    expect(nearNames("开工建设风光制氢项目", "开工建设风光制氢一体化项目")).toBe(true);
    expect(nearNames("经二连浩特口岸中欧班列", "经二连浩特口岸通行中欧班列")).toBe(true);
    expect(nearNames("新建扩建中小学校", "新建、扩建中小学校")).toBe(true);
    expect(nearNames("慈溪经济开发区要完成基础设施投资", "慈溪经济开发区完成基础设施投资")).toBe(true);
    expect(nearNames("经济适用住房", "经济适用住房竣工")).toBe(true);
    expect(nearNames("新增养老保险参保人数", "新增养老保险参保")).toBe(true);
    expect(nearNames("建成保障性住房", "基本建成保障性住房")).toBe(true);
    expect(nearNames("新增中国驰名商标", "新获中国驰名商标")).toBe(true);
    expect(nearNames("转移农村劳动力", "农村劳动力转移")).toBe(true);
    expect(nearNames("新引进项目", "新引进工业项目")).toBe(false);
    expect(nearNames("淘汰黄标车", "淘汰黄标车及老旧车辆")).toBe(false);
  });
});

describe("nearNames: batch 56 of the eval (南阳, 漳州)", () => {
  it("an industry named 工业 or 产业, 新批 as 新引进, roads built and renewed, a crop bought in with the verb before or after", () => {
    expect(nearNames("食品工业产值", "食品产业产值")).toBe(true);
    expect(nearNames("新引进台资项目", "新批台资项目")).toBe(true);
    expect(nearNames("新建改造农村公路", "农村公路")).toBe(true);
    expect(nearNames("烟叶收购", "收购烟叶")).toBe(true);
    expect(nearNames("工业产值", "产业产值")).toBe(false);
    expect(nearNames("改造农村公路", "新建农村公路")).toBe(false);
  });
});

describe("nearNames: batch 59 of the eval (武汉 1956/57, 安庆)", () => {
  it("a measure with its 量 or 额 or without, technical renovation with or without 工业, villages out of poverty with the verb before", () => {
    expect(nearNames("郊区蔬菜上市", "郊区蔬菜上市量")).toBe(true);
    expect(nearNames("基本建设投资完成", "基本建设投资完成额")).toBe(true);
    expect(nearNames("500万元以上技改项目", "500万元以上工业技改项目")).toBe(true);
    expect(nearNames("出列贫困村", "贫困村出列")).toBe(true);
    // (工业 stays no neutral insert elsewhere: industrial projects are a part of the projects.)
    expect(nearNames("新引进项目", "新引进工业项目")).toBe(false);
  });
});

describe("nearNames: the thirty-second round (batch 59's 武汉 1956/57)", () => {
  it("output said by its verb is the output, beds added are beds added however named", () => {
    expect(nearNames("棉纱产量", "棉纱生产")).toBe(true);
    expect(nearNames("增加病床", "新增病床位")).toBe(true);
    expect(nearNames("棉纱生产", "棉布产量")).toBe(false);
    expect(nearNames("增加病床", "新增养老床位")).toBe(false);
  });
});

describe("nearNames: batch 61 (恩施)", () => {
  it("an industry's 综合产值 is its 总产值, and units named as models with 命名 or without", () => {
    expect(nearNames("硒产业总产值", "硒产业综合产值")).toBe(true);
    expect(nearNames("州级民族团结进步示范单位", "命名州级民族团结进步示范单位")).toBe(true);
    expect(nearNames("硒产业综合产值", "硒产业增加值")).toBe(false);
  });
});

describe("nearNames: batch 62 (神农架)", () => {
  it("places newly rated are the ones added", () => {
    expect(nearNames("新增星级农家乐和民宿", "新评定星级农家乐和民宿")).toBe(true);
    expect(nearNames("新评定星级农家乐和民宿", "星级农家乐和民宿总数")).toBe(false);
  });
});

describe("nearNames: batch 63 (包头)", () => {
  it("a list joined by 和 is the list joined by 、", () => {
    expect(nearNames("新建改扩建中小学和幼儿园", "新建改扩建中小学、幼儿园")).toBe(true);
    expect(nearNames("新建改扩建中小学和幼儿园", "新建改扩建中小学")).toBe(false);
  });
});

describe("nearNames: batch 63 (龙岩)", () => {
  it("roads built new or rebuilt, and an area said with its 面积 or without", () => {
    expect(nearNames("新建改造农村公路", "新改建农村公路")).toBe(true);
    expect(nearNames("水土流失治理面积", "水土流失治理")).toBe(true);
    expect(nearNames("新改建农村公路", "农村公路养护")).toBe(false);
  });
});

describe("a kind of the thing said or left out (城市, 公办, 现代)", () => {
  it("is one figure: 新建改造城市道路 / 新建改造道路, 新建改扩建公办幼儿园 / 新建改扩建幼儿园, 新建现代农机专业合作社 / 新建农机专业合作社", () => {
    expect(nearNames("新建改造城市道路", "新建改造道路")).toBe(true);
    expect(nearNames("新建改扩建公办幼儿园", "新建改扩建幼儿园")).toBe(true);
    expect(nearNames("新建现代农机专业合作社", "新建农机专业合作社")).toBe(true);
    expect(nearNames("新建改造城市道路", "新建改造农村道路")).toBe(false);
  });
});

describe("short forms of one name (规上, 过亿元) and firms newly certified", () => {
  it("reads 规上 as 规模以上 and 过 before a sum as no word of the name", () => {
    expect(nearNames("新增规模以上服务业企业", "规上服务业企业")).toBe(true);
    expect(nearNames("税收亿元楼宇", "税收过亿元楼宇")).toBe(true);
    expect(nearNames("总部企业", "新认定总部企业")).toBe(true);
    expect(nearNames("税收亿元楼宇", "税收十亿元楼宇")).toBe(false);
  });
});

describe("one thing under two words (交易额 / 成交额, 行政审批事项 / 行政许可事项)", () => {
  it("is one figure", () => {
    expect(nearNames("常熟服装城市场交易额", "常熟服装城市场成交额")).toBe(true);
    expect(nearNames("市级行政审批事项", "市级行政许可事项")).toBe(true);
  });
});

describe("people helped into work", () => {
  it("are one figure whether the helping is said (帮扶就业困难人员就业 / 就业困难人员实现就业)", () => {
    expect(nearNames("帮扶就业困难人员就业", "就业困难人员实现就业")).toBe(true);
    expect(nearNames("帮助失业人员再就业", "失业人员实现再就业")).toBe(true);
    expect(nearNames("帮扶就业困难人员就业", "城镇新增就业")).toBe(false);
  });
});

describe("a short name of one kind of works, planned 新建 and reported 建成", () => {
  it("is one figure (新建碧道 / 碧道 after 建成), never 项目 begun against 项目 finished", () => {
    expect(nearNames("新建碧道", "碧道")).toBe(true);
    expect(nearNames("新建绿道", "建成绿道")).toBe(true);
    expect(nearNames("新建项目", "建成项目")).toBe(false);
  });
});

describe("nearInContext: a fuller name whose added words the shorter one's sentence says", () => {
  const target = "深化生态畜牧业合作社股份制改造，新组建股份制合作社20个。";
  const result = "新组建生态畜牧业股份制合作社24个，合作社牧户入社率达到86%。";

  it("pairs the two names when the target's own sentence names what its name leaves out", () => {
    expect(nearNames("新组建股份制合作社", "新组建生态畜牧业股份制合作社")).toBe(false);
    expect(nearInContext("新组建股份制合作社", target, "新组建生态畜牧业股份制合作社", result)).toBe(true);
    // Either side may be the shorter: the result's sentence then names what its name leaves out.
    expect(nearInContext("新组建生态畜牧业股份制合作社", "新组建生态畜牧业股份制合作社20个。", "新组建股份制合作社", `生态畜牧业提质增效，新组建股份制合作社24个。`)).toBe(true);
  });

  it("keeps them apart when nothing in the shorter one's sentence says the added words", () => {
    expect(nearInContext("新组建股份制合作社", "新组建股份制合作社20个。", "新组建生态畜牧业股份制合作社", result)).toBe(false);
    // A narrower group said elsewhere in the fuller name's sentence is no reason: only the shorter one's sentence counts.
    expect(nearInContext("城镇新增就业", "城镇新增就业2万人。", "城镇困难人员新增就业", "帮扶困难人员就业，城镇困难人员新增就业800人。")).toBe(false);
  });

  it("asks for one run of added words, and a shorter name of four characters or more", () => {
    expect(nearInContext("新增企业贷款", "支持小微企业发放中长期贷款，新增企业贷款50亿元。", "新增小微企业中长期贷款", "新增小微企业中长期贷款62亿元。")).toBe(false);
    expect(nearInContext("新建校", "集团化办学，新建校3所。", "新建集团化校", "新建集团化校4所。")).toBe(false);
  });

  it("reaches a zone's whole name put before the figure's (数字福建某某产业园…), said in the target's own sentence", () => {
    const plan = "加快数字福建某某产业园建设，新引进大数据企业20家。";
    expect(nearInContext("新引进大数据企业", plan, "数字福建某某产业园新引进大数据企业", "数字福建某某产业园新引进大数据企业31家。")).toBe(true);
    expect(nearInContext("新引进大数据企业", "新引进大数据企业20家。", "数字福建某某产业园新引进大数据企业", "数字福建某某产业园新引进大数据企业31家。")).toBe(false);
  });
});

describe("nearNames: the work and what it is done to, in either order", () => {
  it("pairs 规范化建设村卫生室 with 村卫生室规范化建设, each part two characters or more", () => {
    expect(nearNames("村卫生室规范化建设", "规范化建设村卫生室")).toBe(true);
    expect(nearNames("提升改造农村供水工程", "农村供水工程提升改造")).toBe(true);
  });

  it("keeps names apart that only share their characters in another arrangement", () => {
    expect(nearNames("新建学校", "学校新建")).toBe(false); // too short to tell
    expect(nearNames("农村供水工程提升改造", "农村供水工程改造提升")).toBe(false);
  });
});

describe("nearNames: words that name one thing", () => {
  it("reads 三资企业 as 外商投资企业, 停车泊位 as 停车位, homes finished as homes built, and 招引 as 引进 (batches 67 and 70)", () => {
    expect(nearNames("新批外商投资企业", "新批三资企业")).toBe(true);
    expect(nearNames("新增公共停车位", "新增公共停车泊位")).toBe(true);
    expect(nearNames("新建住宅", "竣工住宅")).toBe(true);
    expect(nearNames("招引亿元以上产业项目", "亿元以上产业项目")).toBe(true);
  });

  it("keeps other works finished, and other firms, apart", () => {
    expect(nearNames("新建学校", "竣工学校")).toBe(false);
    expect(nearNames("新批外商投资企业", "新批民营企业")).toBe(false);
  });
});

describe("nearNames: batch 81 of the eval (鼓楼区)", () => {
  it("reads firms of every kind, a firm of a type and subsidised training as the figure named without them", () => {
    expect(nearNames("新引进总部企业", "新引进总部型企业")).toBe(true);
    expect(nearNames("职业技能培训", "补贴性职业技能培训")).toBe(true);
  });

  it("reads a renewal said as 整治, and firms entered in a register, with the verb before or after", () => {
    expect(nearNames("改造老旧小区", "老旧小区整治")).toBe(true);
    expect(nearNames("改造背街小巷", "整治背街小巷")).toBe(true);
    expect(nearNames("科技型中小企业评价入库", "入库科技型中小企业")).toBe(true);
  });

  it("keeps other works and other firms apart", () => {
    expect(nearNames("改造老旧小区", "改造背街小巷")).toBe(false);
    expect(nearNames("入库科技型中小企业", "入库高新技术企业")).toBe(false);
  });
});

describe("added against built (batch 87's 青羊)", () => {
  it("reads 新增 and 新建 before one facility as one figure", () => {
    expect(nearNames("新增社区养老服务综合体", "新建社区养老服务综合体")).toBe(true);
    expect(nearNames("建成社区养老服务综合体", "新增社区养老服务综合体")).toBe(true);
  });
  it("keeps a narrower subject apart (新增学位 against 新建公办学位)", () => {
    expect(nearNames("新增学位", "新建公办学位")).toBe(false);
  });
});

describe("a short name's work and its object in either order (batch 85's 西城)", () => {
  it("reads 文物腾退 and 腾退文物 as one figure", () => {
    expect(nearNames("文物腾退", "腾退文物")).toBe(true);
  });
  it("keeps four characters of two nouns apart (企业上市 against 上市企业)", () => {
    expect(nearNames("企业上市", "上市企业")).toBe(false);
  });
  it("reads 发文数量 as 文件数量", () => {
    expect(nearNames("文件数量", "发文数量")).toBe(true);
  });
});

describe("firms of outside capital, newly set up (batch 88's 越秀)", () => {
  it("reads 新增港澳投资企业 and 新设港澳资企业 as one figure", () => {
    expect(nearNames("新增港澳投资企业", "新设港澳资企业")).toBe(true);
  });
  it("keeps firms of outside capital apart from all firms", () => {
    expect(nearNames("新设港澳资企业", "新设企业")).toBe(false);
  });
});

describe("round 39's near names (batches 97 and 99)", () => {
  it("reads 疏解退出 as 疏解, 新增注册 as 新注册, 域外资金 as 市外资金", () => {
    expect(nearNames("疏解一般制造业企业", "疏解退出一般制造业企业")).toBe(true);
    expect(nearNames("运河商务区新注册企业", "运河商务区新增注册企业")).toBe(true);
    expect(nearNames("引进市外资金", "引进域外资金")).toBe(true);
  });
  it("reads works finished, said after their name, as the works (城市绿道建成)", () => {
    expect(nearNames("建设城市绿道", "城市绿道建成")).toBe(false);
    expect(nearNames("城市绿道", "城市绿道建成")).toBe(true);
  });
});

describe("people counted by what they do or as its 人员 (round 40, batch 99's 鸡西)", () => {
  it("reads 养老保险新增参保 and 新增养老保险参保人员 as one figure", () => {
    expect(nearNames("养老保险新增参保", "新增养老保险参保人员")).toBe(true);
  });
  it("keeps two groups of people apart", () => {
    expect(nearNames("新增医疗保险参保人员", "新增养老保险参保")).toBe(false);
  });
});

describe("round 40's near names (batch 104's 北仑)", () => {
  it("reads a listed 企业 as a listed 公司 and a grade in letters as its count (AAAA级 / 4A级)", () => {
    expect(nearNames("新增上市企业", "新增上市公司")).toBe(true);
    expect(nearNames("新创建国家4A级旅游景区", "新增国家AAAA级旅游景区")).toBe(true);
    expect(nearNames("新增国家5A级旅游景区", "新增国家AAAA级旅游景区")).toBe(false);
  });
  it("reads the cars made counted whole as the cars made (整车产量 / 汽车产量)", () => {
    expect(nearNames("整车产量", "汽车产量")).toBe(true);
    expect(nearNames("整车产量", "新能源汽车产量")).toBe(false);
  });
  it("reads a share said short as the share of its part (民生支出占比)", () => {
    expect(nearNames("民生支出占一般公共预算支出比重", "民生支出占比")).toBe(true);
    expect(nearNames("民生支出占比", "教育支出占一般公共预算支出比重")).toBe(false);
  });
});

describe("round 40's near names (batch 105's 平顶山)", () => {
  it("reads an industry's cluster as the industry (产业集群主营业务收入 / 产业营业收入)", () => {
    expect(nearNames("尼龙新材料产业集群主营业务收入", "尼龙新材料产业营业收入")).toBe(true);
  });
  it("finds a place and its zone said apart in the shorter name's sentence", () => {
    expect(nearInContext("新入驻项目", "支持叶县建设尼龙新材料产业园，新入驻项目20个。", "叶县尼龙新材料产业园新入驻项目", "叶县尼龙新材料产业园新入驻项目21个。")).toBe(true);
    expect(nearInContext("新入驻项目", "加快产业园建设，新入驻项目20个。", "叶县尼龙新材料产业园新入驻项目", "叶县尼龙新材料产业园新入驻项目21个。")).toBe(false);
  });
});

describe("round 41's near names", () => {
  it("reads three words in another order as one name (开工改造棚户区 / 棚户区改造开工, batch 100's 淮北)", () => {
    expect(nearNames("开工改造棚户区", "棚户区改造开工")).toBe(true);
    expect(nearNames("开工改造棚户区", "棚户区改造建成")).toBe(false);
  });
  it("reads the rate of a quoted name as that name's, the field before it said or not (“一网通办”率)", () => {
    expect(nearInContext("政务服务事项一网通办率", "政务服务事项“一网通办”率达到90%。", "一网通办率", "“一网通办”率达到93.6%。")).toBe(true);
    expect(nearInContext("政务服务事项网上办理率", "政务服务事项网上办理率达到90%。", "网上办理率", "网上办理率达到93.6%。")).toBe(false);
  });
});

describe("round 41's renamed programmes (batch 109's 安顺)", () => {
  it("reads the 2015 names of resettlement and the budget as the earlier ones", () => {
    expect(nearNames("扶贫生态移民搬迁", "易地扶贫搬迁")).toBe(true);
    expect(nearNames("民生支出占公共财政预算支出比重", "民生支出占一般公共预算支出比重")).toBe(true);
    expect(nearNames("扶贫生态移民搬迁", "易地扶贫搬迁安置点")).toBe(false);
  });
});

describe("round 41's near names (batch 110's 眉山 read-out and 邵阳)", () => {
  it("reads a size class in words as the class in digits, and 新发展/新创 as 新增", () => {
    expect(nearNames("引进总投资10亿元以上项目", "引进总投资十亿元以上项目")).toBe(true);
    expect(nearNames("新增农民专业合作社", "新发展农民专业合作社")).toBe(true);
    expect(nearNames("新增国家A级旅游景区", "新创国家A级旅游景区")).toBe(true);
    expect(nearNames("引进总投资10亿元以上项目", "引进总投资五十亿元以上项目")).toBe(false);
  });
  it("reads the housing programme's homes as its homes (保障性安居工程 / 保障性住房)", () => {
    expect(nearNames("开工建设保障性住房", "开工建设保障性安居工程")).toBe(true);
  });
});
