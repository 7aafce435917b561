// Two names of one figure that the lexicon does not know, written a little fuller or shorter in the next report:
// 中央财政扶贫资金 / 中央财政专项扶贫资金投入, 高职院校扩招 / 高职院校大规模扩招.

/** Words whose insertion leaves what a name measures unchanged: scope and manner words, not a narrower subject
 * (工业投资 against 工业技改投资 stays two metrics: 技改 is not here). */
const NEUTRAL_INSERTS = new Set(["专项", "投入", "大规模", "规模", "总", "总额", "总量", "全", "全年", "实际", "累计", "稳定", "新增", "完成", "共", "合计", "资金", "地方政府", "总数", "新建", "及国有控股", "全省", "全市",
  // A list's joining word (新建和改建公路 / 新建改建公路), a grade's 以上 (4A级以上), the levels of government named.
  "和", "及", "以上", "省市县", "省市区", "省市", "市县",
  // An industry's output with its 产业 or without, capacity grid-connected, a task's area done (batch 31's 鄂尔多斯).
  "产业", "并网", "容量", "任务",
  // A year's sales of the firms counted (年销售收入超过10亿元的工业企业 / 销售收入超过10亿元的工业企业: batch 32's 河南); an
  // average time limit and a trade named with its 业 (行政审批事项平均办理时限, 林果业提质增效: batch 34's 郫县 and 喀什).
  "年", "平均", "业",
  // What a measure is called with its 量 or 额 or without (郊区蔬菜上市 / 郊区蔬菜上市量, 基本建设投资完成额 / 基本建设投资完成:
  // batch 59's 武汉).
  "量", "额",
  // An area's measure said with its 面积 or without (水土流失治理面积 / 水土流失治理: batch 63's 龙岩).
  "面积",

  // Firms listed at home or abroad (新增上市公司 / 新增境内外上市公司), the projects brought in this year (新引进10亿元以上产业项目
  // / 引进10亿元以上产业项目: batch 35's 湖州).
  "境内外", "新引进", "引进",
  // Greenhouses built, rebuilt and upgraded (新建改造大棚 / 新建改造提升大棚: batch 36's 寿光); funds that arrived (援疆资金 /
  // 到位援疆资金: batch 34's 喀什).
  "提升", "到位",
  // Projects a plan takes on and the ones begun (重点抓好500个亿元以上项目 / 全年开工建设亿元以上项目612个: batch 40's 吉林).
  "开工建设", "开工", "新开工",
  // Projects signed this year (招商引资项目 / 新签约招商引资项目: batch 41's 威宁).
  "新签约", "签约",
  // Compulsory education named with its nine years or without (义务教育巩固率 / 九年义务教育巩固率: batch 41's 威宁).
  "九年",
  // Livestock counted in the pastoral year (牲畜存栏 / 牧业年度牲畜存栏: batch 39's 准格尔旗).
  "牧业年度",
  // Trains through a port (经二连浩特口岸中欧班列 / 经二连浩特口岸通行中欧班列), a project one of a chain (风光制氢项目 /
  // 风光制氢一体化项目), a brand's 生态 and the town's 城镇 (铝产业产值 / 生态铝产业产值, 改造城镇老旧小区 / 改造老旧小区: batch 49).
  "通行", "进出境", "一体化", "生态", "城镇",
  // A list's 、 (新建、扩建中小学校 / 新建扩建中小学校), a modal left in a name (开发区要完成基础设施投资 / 开发区完成基础设施投资),
  // people counted (新增养老保险参保人数 / 新增养老保险参保), the size of the
  // projects said as their investment (新引进投资亿元以上项目 / 新引进亿元以上项目): batches 50 and 51.
  "、", "要", "将", "人数", "投资",
  // Works basically finished (建成保障性住房 / 基本建成保障性住房: batch 51's 双流).
  "基本",
  // Loans of every kind (新增贷款 / 新增各项贷款: batch 53's 孝感).
  "各项",
  // Vegetable bases built to a high standard (新建蔬菜基地 / 新建高标准蔬菜基地: batch 54's 开封).
  "高标准",
  // Roads built and renewed as the roads built (新建改造农村公路500公里 / 建设农村公路528公里: batch 56's 漳州), as 新建 alone is.
  "新建改造",
  // Units named as models (新命名州级民族团结进步示范单位 / 命名州级…示范单位: batch 61's 恩施).
  "命名", "新命名",
  // Firms of every kind, a headquarters firm or firm of the headquarters type, training that is subsidised (新增市场主体 /
  // 新登记各类市场主体, 新引进总部企业 / 新引进总部型企业, 职业技能培训 / 补贴性职业技能培训: batch 81's 鼓楼区).
  "各类", "型", "补贴性",
  // Parking spaces that count (新增停车位 / 新增有效停车位: batch 85's 西城).
  "有效",
  // A city's roads, public kindergartens, modern machinery co-operatives named with their kind or without (新建改造城市道路 /
  // 新建改造道路, 新建改扩建公办幼儿园 / 新建改扩建幼儿园, 新建现代农机专业合作社 / 新建农机专业合作社: batch 96's 佳木斯).
  "城市", "公办", "现代",
  // Headquarters firms newly certified are the ones brought in (新引进总部企业 / 新认定总部企业: batch 95's 江汉).
  "新认定",
  // An industry's revenue, said of its cluster or not (尼龙新材料产业集群主营业务收入 / 尼龙新材料产业营业收入: batch 105's 平顶山).
  "集群",
  // The registered poor, and the ones remaining, lifted out (确保剩余3120名建档立卡贫困人口脱贫 answered by 全年3206名贫困人口脱贫:
  // batch 121's 鄂州).
  "建档立卡", "剩余"]);

const MIN_SHORTER = 4;
/** The most a fuller name may add in one place: a zone's whole name (数字福建长乐产业园, batch 86's 长乐). */
const MAX_ADDED = 12;
/** 经济适用住房竣工: works finished, said after a name of four characters or more. */
// (城市绿道建成58公里 answering 建设城市绿道50公里: batch 97's 通州.)
const FINISHED_AFTER_RE = /(?<=.{4})(?:竣工|建成)$/;
/** The part's measure before 占…比重, which names no other share. */
const SHARE_MEASURE_RE = /(?:增加值|规模|总量)(?=占)/;
/** 新增 and its kin, after a place the two names share (天津港新开通… / 天津港新增…). */
// (新批 too: 新引进台资项目80个 answered by 新批台资项目96个, batch 56's 漳州.)
// (新评定 too: 新增星级农家乐和民宿50家 answered by 新评定…54家, batch 62's 神农架.)
// (新设 too: 新增港澳投资企业 answered by 新设港澳资企业, batch 88's 越秀.)
// (新创建 too: 新创建国家4A级旅游景区 answered by 新增…, batch 104's 北仑.)
// (新发展农民专业合作社, 新创国家A级旅游景区: batch 110's 邵阳 and 眉山.)
const NEWLY_ADDED_RE = /新增|新认定|新评定|新培育|新开通|新引进|新获|新批|新设|新创建|新创|新发展/;
/** 碧道, 绿道, 公厕: a short name of one kind of works, which 新建 against 建成 leaves specific (新建碧道100公里 answered by 建成碧道
 * 104公里, batch 89's 惠州); never 项目 or 工程, whose begun and finished are two counts. */
const SHORT_WORKS_RE = /^[\u4e00-\u9fa5]{1,2}(?:道|桥|站|馆|厕|园)$/;
/** Words that name one figure on either side of a year pair, and the one word both are read as. */
const SAME_FIGURE_WORDS: [RegExp, string][] = [
  // 拆除城区燃煤锅炉100台 answered by 拆改城区燃煤锅炉87台 (batch 123's 海东): pulled down or converted, the boilers removed.
  [/^拆(?:除|改)(?=.{3})/, "拆·"],
  // 新建社区长者饭堂4个 answered by 建成社区长者饭堂5个: what a plan builds is what the review reports built.
  // (新开工建设廉租住房3万套 answered by 新建廉租住房2.7万套: batch 40's 吉林.)
  [/^(?:新开工建设|新建成|新建|建成|开工建设)/, ""],
  // 市级重点项目年度计划投资2500亿元 answered by 市级重点项目完成投资2618亿元: the projects' investment, planned or done.
  // (中新广州知识城固定资产投资500亿元 answered by 中新广州知识城完成投资486亿元: batch 44's 黄埔, a zone's investment.)
  // (区级重点工程年度计划完成投资420亿元: planned to be done, batch 48's 海淀.)
  [/(?:年度计划完成|计划完成|完成年度|年度完成|全年完成|年度计划|年度|计划|完成|固定资产)投资$/, "投资"],
  // 实施20个苏木乡镇所在地提升工程 answered by 完成21个苏木乡镇所在地提升改造: the works planned are the works done.
  [/(?:工程|改造)$/, ""],
  // 马铃薯种植面积稳定在50万亩 answered by 马铃薯播种面积51.2万亩 (batch 33's 会宁): sown is planted.
  [/(?:播种|种植)面积$/, "面积"],
  // 棉花产量稳定在80万吨 answered by 棉花…总产83.6万吨 (batch 34's 喀什): the crop's output, however named.
  // (棉纱产量要达到十四万件 answered by 主要产品中，棉纱生产十四万六千件: output said by its verb, batch 59's 武汉.)
  [/(?:总产量|总产|产量|(?<=.{2})生产)$/, "总产量"],
  // 食品工业产值突破1400亿元 answered by 食品产业产值1452亿元 (batch 56's 漳州): an industry named 工业 or 产业.
  [/^(.{2,}?)(?:工业|产业)(产值|增加值|营业收入|主营业务收入|销售收入)$/, "$1·业$2"],
  // 竹产业总产值 answered by 竹产业全产业链产值 (batch 35's 湖州): an industry's output value, its whole chain's or its total.
  // (硒产业总产值 answered by 硒产业综合产值: batch 61's 恩施.)
  [/(?:全产业链|全链条|综合|总)产值$/, "产值"],
  // 海上风电新增并网装机50万千瓦 answered by 海上风电新增并网容量62万千瓦 (batch 40's 南通): capacity installed, however named.
  [/(?:装机容量|装机|容量)$/, "·装机"],
  // 新开工保障性住房28万套 answered by 保障性住房开工建设31.4万套 (batch 35's 山西): works begun, the verb before or after.
  // (Read as one written form that neither text holds, the works then a mark, so that both sides change.)
  [/^(?:新开工建设|新开工|开工建设)(.{2,})$|^(.{2,}?)(?:新开工建设|新开工|开工建设|开工)$/, "$1$2·开工"],
  // 新建改建农村公路800公里 answered by 新改建农村公路852公里 (batch 53's 孝感 and 平阳): 新改建 is short for 新建改建.
  // 新改建农村公路3000公里 answered by 完成农村公路建设2860公里 (batch 54's 黔东南): the roads' building, said as a noun.
  // (新建改造农村公路300公里 answered by 新改建农村公路346公里: batch 63's 龙岩.)
  [/^(?:新(?:建[、和及]?)?改(?:扩?建|造)|新建)(.{2,}?(?:公路|道路))$|^(.{2,}?(?:公路|道路))建设$/, "$1$2·修建"],
  [/^新(?:建[、和及]?)?改(扩)?建/, "·新改$1建"],
  // 基本建成保障性住房15万套 answered by 保障性住房基本建成12.6万套: works finished, the verb before or after.
  [/^基本建成(.{2,})$|^(.{2,}?)基本建成$/, "$1$2·建成"],
  // 中欧班列开行350列 answered by 开行中欧班列368列, 班列开行量 by 班列开行 (batches 27 and 28): trains run, the verb before
  // or after.
  [/^(?:全年)?开行(.{2,})$|^(.{2,}?)开行量?$/, "$1$2·开行"],
  // 影视产业营业收入突破260亿元 answered by 影视产业营收248.6亿元 (batch 42's 横店): 营收 is short for 营业收入.
  // (电子信息产业销售收入突破1000亿元 answered by 电子信息产业主营业务收入达到1036亿元: batch 44's 成都, an industry's sales.)
  [/(?:主营业务收入|销售收入|营业收入|营收)$/, "·营收"],
  // 马铃薯种植面积稳定在160万亩 answered by 种植马铃薯162.5万亩 (batch 41's 威宁): the crop's area, the verb before or after.
  [/^(?:种植|播种)(.{2,})$|^(.{2,}?)(?:种植|播种)(?:面积)?$/, "$1$2·种植"],
  // 贫困村出列90个 answered by 退出贫困村95个 (read 贫困村退出: batch 41's 威宁): places that left poverty.
  // 500万元以上工业技改项目 answered by 500万元以上技改项目 (batch 59's 安庆): technical renovation is industry's (新引进工业项目
  // is a part of 新引进项目, so 工业 is no neutral insert).
  [/(?:工业)?技改/, "·技改"],
  // (出列贫困村86个, the verb before: batch 59's 安庆.)
  [/^(?:出列|退出)(.{2,})$|^(.{2,}?)(?:出列|退出|摘帽)$/, "$1$2·退出"],
  // 改造老旧小区60个 answered by 完成老旧小区改造67个 (batch 40's 南通): works renewed, the verb before or after.
  // (改造老旧小区45个 answered by 完成老旧小区整治48个, 改造背街小巷 by 整治背街小巷: batch 81's 鼓楼区, a renewal said as 整治.)
  [/^(?:改造|整治)(.{2,})$|^(.{2,}?)(?:改造|整治)$/, "$1$2·改造"],
  // 科技型中小企业评价入库1200家 answered by 入库科技型中小企业1326家 (batch 81's 鼓楼区): firms entered in the register, the
  // verb before or after.
  [/^(?:评价)?入库(.{2,})$|^(.{2,}?)(?:评价)?入库$/, "$1$2·入库"],
  // 全年转移农村劳动力1.2万人 answered by 农村劳动力转移1.38万人 (batch 51's 巩义): workers moved, the verb before or after.
  [/^转移(.{2,})$|^(.{2,}?)转移$/, "$1$2·转移"],
  // 新产品试制200项 answered by 试制新产品214项 (batch 120's 石家庄, 1987): new products trialled, the verb before or after.
  [/^试制(.{2,})$|^(.{2,}?)试制$/, "$1$2·试制"],
  // 安置城镇待业人员1.5万人 answered by 安排城镇待业人员就业1.62万人 (batch 120's 石家庄): the 1980s' job-seekers placed in work.
  // (人员 is off the end already: ONE_THING_WORDS.)
  [/^(?:安置|安排)?(城镇待业|待业)(?:人员|青年)?(?:就业)?$/, "$1·就业"],
  // 烟叶收购九十万担 answered by 收购烟叶八十六万担 (batch 56's 南阳): a crop bought in, the verb before or after.
  [/^收购(.{2,})$|^(.{2,}?)收购量?$/, "$1$2·收购"],
  // 帮扶就业困难人员就业3000人 answered by 就业困难人员实现就业3510人 (batch 89's 丰台): people helped into work, the helping
  // said or not.
  [/^(?:帮扶|帮助|援助|促进)?(就业困难人员|困难人员|失业人员|零就业家庭成员|失业人员再就业)(?:实现)?(?:再)?就业$/, "$1·就业"],
  // 增加病床八百张 answered by 新增病床位九百二十张 (batch 59's 武汉): beds added, however the adding and the bed are named.
  [/^(?:增加|新增)(?=.{2})/, "·新增"],
  [/(?:病床位|床位|病床)$/, "·病床"],
];

/** Words that name one thing, read as one before names are compared (each side may hold either). */
const ONE_THING_WORDS: [RegExp, string][] = [
  // 新批外商投资企业1000家 answered by 新批“三资”企业1126家 (batch 67's 大连): the firms of foreign capital, by their 1990s name.
  [/三资企业/g, "外商投资企业"],
  // 新增公共停车位1500个 answered by 新增公共停车泊位1620个 (batch 70's 浦江).
  [/停车泊位/g, "停车位"],
  // 全年新建住宅200万平方米左右 answered by 全年竣工住宅215万平方米 (batch 67's 大连): the homes a plan builds are the ones finished.
  [/^竣工(?=住宅|商品房|保障房|保障性住房)/, "新建"],
  // 招引亿元以上产业项目30个 answered by 引进亿元以上产业项目33个 (batch 70's 浦江): projects brought in, however said.
  [/^(?:新招引|招引)/, "引进"],
  // 新增规模以上服务业企业40家 answered by 规上服务业企业新增37家, 税收亿元楼宇 by 税收过亿元楼宇 (batch 95's 江汉): 规上 is short
  // for 规模以上, and 过 before a sum is the threshold's own word.
  [/规上/g, "规模以上"],
  // 棚户区改造开工1800套 answered by 棚改安置住房开工1960套 (batch 117's 黄山): 棚改 is short for 棚户区改造.
  [/棚改/g, "棚户区改造"],
  // 服装城市场交易额 answered by 服装城市场成交额 (batch 93's 常熟), 行政审批事项 by 行政许可事项 (batch 92's 东营): one thing.
  [/交易额/g, "成交额"],
  [/行政许可事项/g, "行政审批事项"],
  // 文件数量均削减10%以上 answered by 发文数量削减9.2% (batch 85's 西城): the documents a government issues.
  [/发文数量/g, "文件数量"],
  // 引进市外资金30亿元 answered by 引进域外资金33.6亿元 (batch 99's 鸡西): funds from outside the region, however said.
  [/(?:域外|区外|县外)资金/g, "市外资金"],
  // 引进区外资金到位150亿元 answered by 实际到位区外资金156.3亿元 (batch 118's 巴彦淖尔): the funds arrived, 到位 before or after.
  [/^(?:实际)?到位(?=.{2,8}资金$)/, ""],
  [/(?<=资金)(?:实际)?到位$/, ""],
  // 改造农村厕所1.8万座 answered by 完成农村户厕改造1.62万座, 精品钢材比重 by 高端精品钢材占比 (batch 119's 迁安).
  [/户厕/g, "厕所"],
  // 城乡居民基本医疗保险人均财政补助标准 answered by 城乡居民医保人均财政补助标准 (batch 118's 永州): 医保 is short for it.
  [/(?:基本)?医疗保险/g, "医保"],
  // 疏解一般制造业企业60家 answered by 疏解退出一般制造业企业52家, 运河商务区新注册企业 by …新增注册企业 (batch 97's 通州).
  [/疏解退出/g, "疏解"],
  [/新增注册/g, "新注册"],
  // 新增港澳投资企业150家 answered by 新设港澳资企业163家 (batch 88's 越秀): firms of outside capital, said short or long.
  [/港澳投资企业/g, "港澳资企业"],
  [/台商投资企业/g, "台资企业"],
  [/外商投资企业/g, "外资企业"],
  [/(?:过|超)(?=[十百千]?亿元|千万元)/g, ""],
  // 新增上市企业3家 answered by 新增上市公司2家, 新创建国家4A级旅游景区 by 新增国家AAAA级旅游景区 (batch 104's 北仑): a listed
  // firm is a listed company, and a scenic area's grade is written in letters or with its count.
  [/上市企业/g, "上市公司"],
  // 力争整车产量达到90万辆 answered by 汽车产量86.4万辆 (batch 104's 南沙): the cars made, counted whole.
  [/整车(?=产量|生产)/g, "汽车"],
  // 实施扶贫生态移民搬迁2万人 answered by 实施易地扶贫搬迁2.3万人, 民生支出占公共财政预算支出比重 by …占一般公共预算支出的比重
  // (batch 109's 安顺): a programme and a budget renamed in 2015, one thing before and after.
  [/(?:扶贫)?生态移民搬迁/g, "易地扶贫搬迁"],
  [/公共财政预算/g, "一般公共预算"],
  // 开工建设保障性住房1.6万套 answered by 开工建设保障性安居工程1.72万套 (batch 110's 邵阳): the homes of the programme.
  [/保障性安居工程/g, "保障性住房"],
  // 总投资10亿元以上项目 answered by 十亿元以上重大产业项目 (batch 110's 眉山 read-out script): a size class in words is the
  // same class in digits.
  [/(?<![\d一二两三四五六七八九十百千])十(?=亿元|万元)/g, "10"],
  [/(?<![\d一二两三四五六七八九十百千])一?百(?=亿元|万元)/g, "100"],
  [/(?<![\d一二两三四五六七八九十百千])一?千(?=亿元|万元)/g, "1000"],
  [/AAAAA级/g, "5A级"],
  [/AAAA级/g, "4A级"],
  [/AAA级/g, "3A级"],
  // 养老保险新增参保1万人 answered by 新增养老保险参保人员9200人 (batch 99's 鸡西): the people counted, named by what they do or
  // as its 人员.
  [/(?<=.{4})(?:人员|人数)$/, ""],
];
/** A name with its one-thing words read as one, remembered: the near names ask it of every name on the other side, for every
 * target left unpaired (a comparison of two long texts asks the same few hundred names again and again). */
const oneThingForms = new Map<string, string>();
const FORMS_MAX = 5000;
function oneThing(name: string): string {
  let form = oneThingForms.get(name);
  if (form === undefined) {
    if (oneThingForms.size >= FORMS_MAX) oneThingForms.clear();
    form = ONE_THING_WORDS.reduce((t, [re, word]) => t.replace(re, word), name);
    oneThingForms.set(name, form);
  }
  return form;
}

/** 和, 及, 与 and 、 join the items of a list alike. */
const LIST_JOINERS_RE = /[和及与、]/g;

/**
 * Whether two labels name one figure: the shorter one's characters appear in the longer one in order, the shorter is
 * at least four characters, and everything the longer adds is a neutral insert; or the two differ only in 新增 against
 * 新认定, 新培育 or 新获 before a name of four characters or more (新培育专精特新中小企业 set, 新增… reported: batch 22's 广东). Equal labels are not "near" (they share a key already).
 */
export function nearNames(written: string, other: string): boolean {
  if (written === other) return false;
  const [a, b] = [oneThing(written), oneThing(other)];
  if (a === b) return a.length >= MIN_SHORTER;
  if (reordered(a, b) || swapped(a, b) || threeSwapped(a, b)) return true;
  // 新建改扩建中小学和幼儿园 answered by 新建改扩建中小学、幼儿园 (batch 63's 包头): one list, joined by 和 or by 、.
  if (a.length >= MIN_SHORTER && a.replace(LIST_JOINERS_RE, "、") === b.replace(LIST_JOINERS_RE, "、")) return true;
  // 新增国家高新技术企业300家 answered by 新认定国家高新技术企业326家: firms newly certified are the ones added.
  const [restA, restB] = [a.replace(NEWLY_ADDED_RE, ""), b.replace(NEWLY_ADDED_RE, "")];
  if (restA !== a && restB !== b && restA === restB && restA.length >= MIN_SHORTER) return true;
  const built = (name: string) => name.replace(/^(?:新建成|新建|建成)/, "");
  if (built(a) === built(b) && SHORT_WORKS_RE.test(built(a))) return true;
  // 新增社区养老服务综合体5个 answered by 新建社区养老服务综合体5个 (batch 87's 青羊): what is added is what is built.
  const addedOrBuilt = (x: string, y: string) => x.startsWith("新增") && built(y) !== y && x.slice(2) === built(y) && built(y).length >= MIN_SHORTER;
  if (addedOrBuilt(a, b) || addedOrBuilt(b, a)) return true;
  let [plainA, plainB] = [a, b];
  for (const [re, word] of SAME_FIGURE_WORDS) {
    const [wordA, wordB] = [plainA.replace(re, word), plainB.replace(re, word)];
    if (wordA === plainA || wordB === plainB) continue;
    if (wordA === wordB && wordA.length >= MIN_SHORTER) return true;
    // (重点项目年度投资 against 省市县重点项目完成投资: the same investment, the levels of government written once.)
    [plainA, plainB] = [wordA, wordB];
  }
  // 建设经济适用住房10万平方米 answered by 经济适用住房竣工8.6万平方米 (batch 50's 慈溪): the works, finished, said after them
  // (竣工亿元以上项目 before the name is another count: projects finished are no projects begun).
  if (a.replace(FINISHED_AFTER_RE, "") === b.replace(FINISHED_AFTER_RE, "") && FINISHED_AFTER_RE.test(a) !== FINISHED_AFTER_RE.test(b)) return true;
  // 民生支出占一般公共预算支出比重 answered by 民生支出占比 (batch 104's 北仑): a share said short, the whole left to the reader.
  const shortShare = (x: string, y: string) => {
    const part = /^(.{2,})占比$/.exec(x)?.[1];
    return part !== undefined && part === /^(.{2,}?)占.{2,}(?:比重|比例)$/.exec(y)?.[1];
  };
  if (shortShare(a, b) || shortShare(b, a)) return true;
  // 数字经济增加值占地区生产总值比重 against 数字经济占地区生产总值比重: one share, the part's measure said or not.
  const [shareA, shareB] = [plainA.replace(SHARE_MEASURE_RE, ""), plainB.replace(SHARE_MEASURE_RE, "")];
  if (shareA === shareB && (shareA !== plainA || shareB !== plainB)) return true;
  const [short, long] = plainA.length <= plainB.length ? [plainA, plainB] : [plainB, plainA];
  if (short.length < MIN_SHORTER) return false;
  const neutral = (gaps: string[] | null) => gaps !== null && gaps.length > 0 && gaps.every(neutralRun);
  // Matched from the left, then from the right: 现代煤化工产值 in 现代煤化工产业产值 leaves 产业 only when its 产 is the later one.
  return neutral(insertedRuns(short, long)) || neutral(insertedRuns(reversed(short), reversed(long))?.map(reversed) ?? null);
}

/** A name of three characters that is a measure of something (过货量, 交易额, 总收入): what it measures must be said before it, so a
 * fuller name whose added words its sentence says is that (加快甘其毛都口岸智慧口岸建设，过货量突破2000万吨: batch 118's 巴彦淖尔);
 * a thing counted of three characters (新建校) stays too short. */
const MEASURE_OF_THREE_RE = /^[\u4e00-\u9fa5]{2}[量额率值入数]$/;

/**
 * The words (two to twelve characters, in one place) the fuller of two names adds to the shorter, which is at least four
 * characters or a measure of three: 新组建股份制合作社 / 新组建生态畜牧业股份制合作社 → 生态畜牧业. Null when the shorter is not
 * the fuller one so written.
 */
export function wordsAdded(a: string, b: string): string | null {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (a === b || (short.length < MIN_SHORTER && !MEASURE_OF_THREE_RE.test(short)) || long.length - short.length > MAX_ADDED) return null;
  const one = (runs: string[] | null) => (runs !== null && runs.length === 1 && runs[0].length >= 2 ? runs[0] : null);
  return one(insertedRuns(short, long)) ?? one(insertedRuns(reversed(short), reversed(long))?.map(reversed) ?? null);
}

/** Words that turn a name into another count when added: what is left undone, kept out or cut, a second item of a list
 * (淘汰落后炼铁产能 / 淘汰落后炼铁、焦炭产能, batch 35's 山西), and 高价值 (the 十四五's own indicator of high-value patents). */
const OTHER_COUNT_RE = /[未不非无除减降、和及与]|以下|之外|剩|高价值/;

/**
 * Whether one name is the other with one run of words added, whatever the words (新建5G基站 / 新建5G宏基站, 鲜切花交易量 /
 * 斗南花卉市场鲜切花交易量, 新增学位 / 新增中小学学位: batches 21–47). Looser than nearNames, so pair-indicators.ts takes it only
 * when it is the one such name on both sides.
 */
export function oneRunAdded(a: string, b: string): boolean {
  // (Or once words that name one thing are read as one: 棚户区改造开工 / 棚改安置住房开工, batch 117's 黄山; and a share said
  // 占比 as 比重, 精品钢材比重 / 高端精品钢材占比, batch 119's 迁安: nearNames reads 民生支出占比 apart, as the share of its part.)
  const plain = (name: string) => oneThing(name).replace(SHARE_SAID_SHORT_RE, "比重");
  return runAdded(a, b) || runAdded(plain(a), plain(b));
}
const SHARE_SAID_SHORT_RE = /(?<=.{2})占比$/;

function runAdded(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (a === b || short.length < MIN_SHORTER || long.length - short.length > MAX_ADDED) return false;
  // (One run added at the head, the tail or inside leaves the first or the last character shared: a cheap test first, as this
  // is asked of every name on the other side.)
  if (short[0] !== long[0] && short.at(-1) !== long.at(-1)) return false;
  const one = (runs: string[] | null) => runs !== null && runs.length === 1 && !OTHER_COUNT_RE.test(runs[0]);
  return one(insertedRuns(short, long)) || one(insertedRuns(reversed(short), reversed(long))?.map(reversed) ?? null);
}

/** The most characters a word swapped inside a name may have (国际 / 境外, 村 / 社区). */
const SWAPPED_WORD_MAX = 3;
/** What two swapped names must share after the swap: the measure they end with. */
const SHARED_END_MIN = 2;

/**
 * Whether two names differ in one word of up to three characters swapped for another inside them, sharing at least four
 * characters and the measure they end with (新开通国际航线 / 新开通境外航线, 村集体经济总收入 / 社区集体经济总收入). Looser
 * still than oneRunAdded, so taken only when it is the one such name on both sides.
 */
export function oneWordSwapped(a: string, b: string): boolean {
  if (a === b || a.at(-1) !== b.at(-1) || a.at(-2) !== b.at(-2)) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const [wordA, wordB] = [a.slice(head, a.length - tail), b.slice(head, b.length - tail)];
  if (!wordA || !wordB || wordA.length > SWAPPED_WORD_MAX || wordB.length > SWAPPED_WORD_MAX) return false;
  return tail >= SHARED_END_MIN && head + tail >= MIN_SHORTER && !OTHER_COUNT_RE.test(wordA) && !OTHER_COUNT_RE.test(wordB);
}

/**
 * Two names of one figure the lexicon does not know, where the words the fuller one adds are said elsewhere in the
 * shorter one's own sentence: 深化生态畜牧业合作社股份制改造，新组建股份制合作社20个 answered by 新组建生态畜牧业股份制合作社24个
 * (batch 65's 玉树). The sentence names what the shorter name leaves to it.
 */
export function nearInContext(a: string, aSentence: string, b: string, bSentence: string): boolean {
  const added = wordsAdded(a, b);
  if (added === null) return false;
  const [short, sentence] = a.length <= b.length ? [a, aSentence] : [b, bSentence];
  const rest = sentence.replace(short, "");
  if (rest.includes(added)) return true;
  // (政务服务事项“一网通办”率 answered by “一网通办”率: a rate of a quoted name is that name's, whatever the fuller one says of
  // the field before it, batch 104's 北仑.)
  const quoted = /^(.{3,})[率数量额]$/.exec(short)?.[1];
  const long = short === a ? b : a;
  if (quoted && long.endsWith(short) && (aSentence.includes(`“${quoted}”`) || bSentence.includes(`“${quoted}”`))) return true;
  // (支持叶县建设尼龙新材料产业园，新入驻项目20个 answered by 叶县尼龙新材料产业园新入驻项目21个: the place and its zone said
  // apart, batch 105's 平顶山.)
  const placeAndZone = /^([\u4e00-\u9fa5]{1,4}[县区市镇旗])(.{3,})$/.exec(added);
  return placeAndZone !== null && rest.includes(placeAndZone[1]) && rest.indexOf(placeAndZone[2]) > rest.indexOf(placeAndZone[1]);
}

/** A run of neutral inserts written together (新建和改扩建乡镇卫生院 / 改扩建乡镇卫生院: 新建 and 和, batch 44's 成都). */
function neutralRun(run: string): boolean {
  if (NEUTRAL_INSERTS.has(run)) return true;
  for (let k = 1; k < run.length; k++) if (NEUTRAL_INSERTS.has(run.slice(0, k)) && neutralRun(run.slice(k))) return true;
  return false;
}

const reversed = (t: string) => [...t].reverse().join("");

/** 新增新能源并网装机 / 新增并网新能源装机 (batch 39's 准格尔旗): the same words in another order, opening and closing alike. */
function reordered(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < REORDERED_MIN || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  const sorted = (t: string) => [...t].sort().join("");
  return sorted(a) === sorted(b);
}
const REORDERED_MIN = 6;

/** 村卫生室规范化建设 / 规范化建设村卫生室, 提升改造农村供水工程 / 农村供水工程提升改造 (batch 70's 浦江): the work and what it
 * is done to, in either order, each of two characters or more. */
// (文物腾退 / 腾退文物: a short name whose one part is the work done, batch 85's 西城.)
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < SWAPPED_MIN) return false;
  for (let k = SWAPPED_PART_MIN; k <= a.length - SWAPPED_PART_MIN; k++) {
    if (a.slice(k) + a.slice(0, k) !== b) continue;
    if (a.length >= REORDERED_MIN || SWAPPED_WORK_RE.test(a.slice(0, k)) || SWAPPED_WORK_RE.test(a.slice(k))) return true;
  }
  return false;
}
const SWAPPED_PART_MIN = 2;
const SWAPPED_MIN = 4;

/** 开工改造棚户区 / 棚户区改造开工 (batch 100's 淮北): three words of two characters or more, in the reverse order (two
 * words swapped inside a name, 提升改造 / 改造提升, may name two works). */
function threeSwapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < REORDERED_MIN || a === b) return false;
  for (let i = SWAPPED_PART_MIN; i <= a.length - 2 * SWAPPED_PART_MIN; i++) {
    for (let j = i + SWAPPED_PART_MIN; j <= a.length - SWAPPED_PART_MIN; j++) {
      const [x, y, z] = [a.slice(0, i), a.slice(i, j), a.slice(j)];
      if (z + y + x === b) return true;
    }
  }
  return false;
}
/** The work done to a thing, which may stand before or after it in a name of four characters. */
const SWAPPED_WORK_RE = /^(?:腾退|修缮|治理|退出|出列|入库|转移|搬迁)$/;

/** The runs of `long` left over when `short` is matched in order, leftmost-first; null when it is not a subsequence. */
function insertedRuns(short: string, long: string): string[] | null {
  const runs: string[] = [];
  let run = "";
  let k = 0;
  for (const ch of long) {
    if (k < short.length && ch === short[k]) {
      if (run) runs.push(run);
      run = "";
      k++;
    } else run += ch;
  }
  if (run) runs.push(run);
  return k === short.length ? runs : null;
}
