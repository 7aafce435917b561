// Where a number's label comes from when it is not simply the words before it: the noun after a count,
// the subject of the clause before, a list in the clause before, a bare head (增加值) completed from the label
// before it, and the sector a sentence is about.
import { lookupMetric } from "./lookup-metric";
import { HEADS, cleanLabel, dropCountedIn, splitLabelList } from "./parse-prefix";

/** 降幅比一季度收窄: how a metric's rate moved against a named base, named after the metric. */
const CHANGE_OF_RE = /(降幅|增幅|增速|涨幅)(?:比|较)([\u4e00-\u9fa5]*?)(?:收窄|扩大|回落|提高|加快|放缓)$/;

/** An industry's firms' own measures, which readers give the industry named before them. */
const INDUSTRY_FIRM_MEASURE_RE = /^(?:利润|利润总额|利税|利税总额|主营业务收入|营业收入)$/;

/** 主营业务收入突破2万亿元、增加值突破7000亿元: a bare head (增加值) takes the subject of the label before it;
 * 占一般公共预算支出76.9% becomes 民生支出占一般公共预算支出. */
export function completeLabel(raw: string, previous: string | undefined, unit = ""): string {
  // 规上工业实现增加值…, 生物医药产业实现产值312亿元, 星沙物流园区完成货运量: the verb between the owner and the
  // measure is no part of the name.
  const inner = /^(.{2,16}?)(?:实现|完成)(.{2,})$/.exec(raw);
  // (预算内工业企业实现利税1280万元: a firm's taxes and profits too, batch 60's 淳安.)
  // (环保产业实现销售466亿元: an industry's sales said 销售, batch 88's 宜兴.)
  const named = inner && (lookupMetric(inner[2]).known || (inner[1].length <= 12 && /(?:[值额量入数率税润]|销售)$/.test(inner[2]))) ? inner[1] + inner[2] : raw;
  // 出栏牦牛4.3万头: the herd's count is named herd first, as 牦牛存栏 is (every reader).
  const label = named.replace(/^(出栏|存栏)([\u4e00-\u9fa5]{1,4})$/, "$2$1");
  if (!previous) return label;
  // 农业占工农业总产值比重…，轻工业所占比重…: the next part's share is of the same whole.
  const whole = /^.+占(.+)比重$/.exec(previous)?.[1];
  const part = whole ? /^(.{1,8}?)所占的?比重$/.exec(label)?.[1] : undefined;
  if (part) return `${part}占${whole}比重`;
  // 工农业总产值…增长百分之八点五，其中工业增长百分之九，农业增长百分之三: a sector alone after the output of the sectors
  // together is measured by it (batch 52's 无锡 1986; the corpus's national reports of the 1950s–80s write the same).
  const sectors = /^(?:工农业|农轻重|工业|农业|轻工业|重工业)(总产值|产值)$/.exec(previous)?.[1];
  if (sectors && /^(?:工业|农业|轻工业|重工业)$/.test(label)) return label + sectors;
  // 新增公办学位2.2万个，其中城区新增6000个: a part of the place, with the verb alone, adds the thing just named (batch 124's
  // 汕尾 message board).
  const placeVerb = /^([\u4e00-\u9fa5]{0,4}(?:城区|市区|县城|农村|乡镇|城镇))(新增|新建|完成|建成|改造)$/.exec(label);
  if (placeVerb && previous.startsWith(placeVerb[2]) && previous.length > placeVerb[2].length + 1) return placeVerb[1] + previous;
  // 棉花种植面积486万亩、总产83.6万吨: a bare output after a crop's area is the crop's.
  const crop = /^(.{1,6}?)(?:种植|播种)面积$/.exec(previous)?.[1];
  if (crop && /^(?:总产量|总产|产量|单产)$/.test(label)) return crop + label;
  // 今年地区生产总值预期增长6%左右，比上年目标调低了0.5个百分点: a bare 目标 is the target of the metric just named.
  if (label === "目标") return `${previous.replace(/目标$/, "")}目标`;
  // …平均每年递增百分之六，这个速度高于…: a pointer back (这个速度) is the metric just named.
  if (/^(?:这个|这一|这|此)(?:速度|增速|幅度|水平|比例|数字|数)/.test(label)) return previous;
  // 规模以上工业增加值增长19.8%，实现利润182亿元: a firm's bare measure after the industry's first figure is the industry's.
  const industry = /^(?:规模以上工业|规上工业)(?:企业)?/.exec(previous)?.[0];
  if (industry && INDUSTRY_FIRM_MEASURE_RE.test(label)) return industry + label;
  // 全体居民人均可支配收入增长5.4%，其中农村居民增长6.8%: a group of residents alone has the measure just named.
  const measure = /^(?:全体|城乡|全市|全省|全区)?居民(人均可支配收入|人均消费支出)$/.exec(previous)?.[1];
  if (measure && /^(?:城镇|农村)(?:常住)?居民$/.test(label)) return label + measure;
  // 全年地区生产总值下降5.3%，降幅比一季度收窄34.1个百分点: how the fall of the metric just named moved against a
  // named base is that metric's.
  // (With its base gone as a date, 降幅比收窄, it is the metric's fall: 全社会固定资产投资增幅.)
  const change = CHANGE_OF_RE.exec(label);
  const base = change?.index === 0 ? previous.replace(CHANGE_OF_RE, "") : "";
  if (change && base) return base + (change[2] ? label : change[1]);
  // 关停5000万千瓦小火电机组，今年要关停1000万千瓦: a bare verb repeats the metric named just before.
  if (label.length <= 3 && previous.length > label.length && previous.startsWith(label)) return previous;
  // 开工安置房805万平方米，竣工124万平方米 → 竣工安置房; 拆迁安置房竣工…、交付… → 拆迁安置房交付: a new verb, the same object.
  if (STAGE_VERB_RE.test(label)) {
    const lead = STAGE_VERB_LEAD_RE.exec(previous);
    // (新开工亿元以上项目96个，竣工投产67个: readers name those finished 竣工投产项目, 4 labels of 5: the threshold and the
    // sector words stay with the projects started.)
    if (lead) return label + (/投产$/.test(label) && /项目$/.test(lead[2]) ? "项目" : lead[2]);
    const tail = STAGE_VERB_TAIL_RE.exec(previous);
    if (tail) return tail[1] + label;
  }
  // 新增规模以上工业企业31家，退出10家, 新登记市场主体2.3万户，注销4100户: firms leaving are of the kind just counted
  // entering (batch 78's 酒泉).
  const entered = EXIT_VERB_RE.test(label) ? ENTRY_LEAD_RE.exec(previous)?.[1] : undefined;
  if (entered) return label + entered;
  // 收集问题952个,协调解决919个: a verb of handling alone handles the object of the verb before it.
  if (HANDLED_RE.test(label)) {
    const object = GATHERED_RE.exec(previous)?.[1];
    if (object) return label + object;
  }
  // 总量突破110万户，约占全省的二十分之一: a share with no name of its own (its hedge before 占) is of the figure just named
  // (棉花产量511.2万吨，占全国的91%: before a list of products takes the 产量).
  if (/^(?:约|近|接近|将近|超过)?(?:占|相当于)/.test(label)) return previous + label;
  // 棉纱产量286.5万吨；纸520万吨；糖260万吨, 出栏牦牛4.3万头、藏羊15.8万只: a list of products after the first one's
  // 产量 (or a herd's 出栏) shares it.
  // (棉纱生产十四万六千件，机制砖三亿零六百万块: output said by its verb, batch 59's 武汉, is the list's 产量.)
  const listHead = /(产量|产能|生产能力|出栏|存栏|(?<=.{2})生产)$/.exec(previous);
  // 粮食总产量5.6万吨，新建高标准农田1.2万亩: an area or a length is never an output. (棉花总产76万担 names its output
  // already: batch 54's 开封; 电力总装机588万千瓦 after 原煤产量 is a capacity, batch 55's 呼伦贝尔.)
  // (全年安排就业二万五千人, 行政管理费控制在八百万元以内 after 粮食产量: people, money and rates are no product either,
  // batch 59's 武汉.)
  if (listHead && !/^(?:亩|万亩|平方米|平方公里|公顷|公里|千米|米|人|名|户|人次|元|美元|%|‰|个百分点)$/.test(unit) && label.length <= 5 && !label.includes(listHead[1]) && !lookupMetric(label).known && !/(?:[量值额率数入出能]|存栏|出栏|总产|单产|装机)$/.test(label)) {
    return label + (listHead[1] === "生产" ? "产量" : listHead[1]);
  }
  // 城镇居民人均可支配收入增长5.1%，农村居民增长6.8%: the other side of a pair takes the rest of the name before it.
  const side = PAIRED_SIDES.find(([a, b]) => (label === b && previous.startsWith(a)) || (label === a && previous.startsWith(b)));
  if (side && previous.length > side[0].length + 1) return label + previous.slice((previous.startsWith(side[0]) ? side[0] : side[1]).length);
  // 大会应出席代表757名，实到721名: those present are the deputies just counted (4 news articles of 4).
  if (/^(?:实到|实际出席|出席|缺席)$/.test(label) && /代表$/.test(previous)) return `${label}代表`;
  // 改造老旧小区320个、惠及居民3.8万户: the residents the renovation reached (10 labels of 15 name the renovation).
  if (label === "惠及居民" && /老旧小区/.test(previous)) return `老旧小区改造${label}`;
  // 国家级专精特新“小巨人”企业累计达到289家，当年新增42家: what was added is more of the thing whose total was just named.
  if (/^(?:新增|净增)$/.test(label) && previous.length >= 2 && !/^(?:新增|净增)/.test(previous)) return label + previous.replace(/(?<=.{2})(?:总数|总量|累计)$/, "");
  // 高新技术企业净增120家、总数达到860家, 新增上市企业6家、累计31家: the total is of the thing whose increase was
  // just named, not the increase.
  const total = /^(?:总数|总量|总额|累计)$/.exec(label);
  // (…退出10家，总数达到247家: the total after those leaving is of the same kind.)
  const grown = total ? (/^(.{2,}?)(?:净增|新增|增加|增长)$/.exec(previous)?.[1] ?? /^(?:净增|新增|新建|新引进|新设|新培育|新登记|新认定|新招引|退出|注销|关停|关闭)(.{2,})$/.exec(previous)?.[1]) : undefined;
  if (total && grown) return label === "累计" ? grown : `${grown}${label}`;
  // 实施重点项目186个，完成投资482亿元: the investment of the projects just counted.
  if (/^(?:完成|累计完成)?投资$/.test(label) && /(?:项目|工程)$/.test(previous)) return `${previous}投资`;
  // 葡萄种植面积8.5万亩、产量19.2万吨, 新开工高速公路10条、里程600公里: a bare measure names the output, value or
  // length of what was just named. (总投资 and 年度投资 stay bare: readers name them so, 储备项目总投资 as often as 总投资.)
  if (BARE_MEASURE_RE.test(label)) {
    const owner = OWNER_MEASURE_RE.exec(previous)?.[1];
    if (owner && !OWNER_MEASURE_RE.test(owner)) return owner + label;
    if (COUNTED_WORKS_RE.test(previous)) return previous + label;
  }
  // 国家财政收入比上年增加1501亿元，总额首次突破万亿元: the total of the metric just named.
  if (/^(?:总额|总量|总规模|规模|总数)$/.test(label) && !/(?:比重|比例|占比|率)$/.test(previous)) {
    // 新增新能源装机容量100万千瓦、总规模突破900万千瓦: the total of what was added is no addition.
    const added = /^(?:新增|新建)(.{2,}?)(?:容量|规模|数量|量)?$/.exec(previous);
    return added && label.startsWith("总") ? added[1] + label : previous;
  }
  // 淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨: the list's action carries to each item of the same head.
  const action = /^(淘汰落后的?|淘汰|关停|压减|化解)(.+)$/.exec(previous);
  // 淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨: an item that repeats part of the action keeps it once.
  if (action && label.length <= 6 && !label.startsWith(action[1]) && label.slice(-2) === previous.slice(-2)) {
    const overlap = action[1].endsWith("落后的") || action[1].endsWith("落后") ? "落后" : "";
    return overlap && label.startsWith(overlap) ? action[1].slice(0, action[1].indexOf(overlap)) + label : action[1] + label;
  }
  if (!HEADS.includes(label)) return label;
  const head = HEADS.find((h) => previous.endsWith(h) && previous.length > h.length);
  return head ? previous.slice(0, -head.length) + label : label;
}

/** A measure that names no owner of its own. */
const BARE_MEASURE_RE = /^(?:总产量|产量|综合产值|总产值|产值|总里程|里程|种植面积|播种面积)$/;
/** 葡萄种植面积 → 葡萄, 粮食播种面积 → 粮食: the owner before a measure. */
const OWNER_MEASURE_RE = /^([\u4e00-\u9fa5]{1,10}?)(?:种植面积|播种面积|总产量|产量|综合产值|总产值|产值|总里程|里程|总投资|年度投资|投资)$/;
/** Works, counted: their length follows. */
const COUNTED_WORKS_RE = /(?:公路|铁路|道路|轨道交通|管网|线路)$/;

// Longest first: 开工建设治水项目834个、完工720个 is 完工治水项目, not 完工建设治水项目.
const STAGE_VERBS = "开工建设|建成投用|竣工投产|建成投产|新开工|开工|竣工|交付|基本建成|建成|完工|回迁|安置";
/** Two sides of one name: 城镇居民人均可支配收入 and 农村居民…, 出口总额 and 进口…. The longer words first. */
// (大会应到代表258名，实到241名: the delegates due and the delegates present.)
const PAIRED_SIDES: [string, string][] = [["城镇常住居民", "农村常住居民"], ["城镇居民", "农村居民"], ["城市居民", "农村居民"], ["出口", "进口"], ["应到", "实到"]];
const HANDLED_RE = /^(?:协调|帮助|及时|累计)?(?:解决|办结|化解|处置|答复|整改|办理|回复|落实|销号|调处)了?$/;
const GATHERED_RE = /^(?:收集|受理|排查|发现|征集|收到|梳理|摸排|接到|接收|交办|梳理出|排查出)(.{2,8})$/;
/** Leaving a register (退出, 注销), after a count of those entering it (新增, 新登记…) whose object it shares. */
const EXIT_VERB_RE = /^(?:退出|注销|关停|关闭|迁出|吊销)$/;
const ENTRY_LEAD_RE = /^(?:净增|新增|新登记|新设立|新设|新引进|新培育|新认定|新注册)(.{2,})$/;
const STAGE_VERB_RE = new RegExp(`^(?:${STAGE_VERBS})$`);
const STAGE_VERB_LEAD_RE = new RegExp(`^(${STAGE_VERBS})(.{2,})$`);
const STAGE_VERB_TAIL_RE = new RegExp(`^(.{2,}?)(${STAGE_VERBS})$`);

// (苏木乡镇所在地提升改造26个: 所在 is part of a name, no verb; 十二件为民办实事工程: 为民 is part of one too, batch 88's 宜兴.)
const VERB_STOP = /对(?!外|口|象|话)|(?<!公)共(?=安置|完成|实施|建成|新增|引进|培育|帮扶|带动|吸纳|接待|服务|开展|举办|有)|实施|推行|执行|减少|增加(?!值)|增长|下降|提高|降低|到|至|荣获|获|入选|被|成功|实现|列入|位列|列全|位居|跃居|居全|居首|集中|启动|开工|竣工|落户|落地|相继|陆续|先后|开始|免征|补助了|通过|达|为(?!民办|民服务)|是|(?<!所)在|及|和|或|已|均|可以|建立|运行|住上|住进|参加|享受|受益|覆盖|纳入|得到|得以|受到|全部|开展|免除|免费|发放|提供|领取|加快|全面完成|基本完成|顺利完成|完成(?!率)|就业总体|总体平稳|总体稳定|稳步推进|有序推进|顺利推进|(?<=.{2})(?:建成开通|开通|投入使用|投入运行)|(?<=.{2})(?<![合兼吞])并(?=[\u4e00-\u9fa5]{2})/;

/** 500多万名集体企业退休人员养老保障的历史…: people counted, then what is done for them. */
const PEOPLE_THEN_MORE_RE = /^(.{0,8}?(?:人口|居民|群众|农民工|农民|职工|工人|毕业生|学生|儿童|老人|人员))(?:[\u4e00-\u9fa5]{2,})?的/;
/** 3000多万名农村寄宿制学生住宿费: when people are counted, the noun ends with them. */
const PEOPLE_WORD_RE = /^(.{0,10}?(?:人口|居民|群众|农民工|农民|职工|工人|毕业生|学生|儿童|老人|人员))(?!子女|家庭|工资|收入|队伍|参保|参合|参加|受益|就业|脱贫|转移|定居)/;
const PEOPLE_NOUN_RE = /(?:人口|居民|群众|农民工|农民|职工|工人|学生|人员|劳动力)$/;
/** What people counted reached: 实现了再就业, 实现脱贫 (the name of the count is the outcome's). */
/** 区通过省“普九”验收, 达到省级标准: a test the places counted passed. */
const PASSED_RE = /^(区)?((?:通过|达到)[^，,。；;]{1,10}?(?:验收|标准|评估|认定)|基本普及九年义务教育)/;
const OUTCOME_RE = /(?:实现了?|得到)(再就业|转移就业|就业|脱贫)/;
/** Where people counted settle: 1300万农业转移人口进城落户, 5.3万农业转移人口实现市民化 (batch 117's 渭南). */
const SETTLED_RE = /^(进城落户|落户城镇|在城镇落户|(?:实现)?市民化)/;
/** "bare": a scale with no unit (900多万个体工商户), which counts people or households. */
const PEOPLE_UNITS = new Set(["人", "名", "人次", "位", "bare"]);
const HOUSEHOLD_WORD_RE = /^(.{0,8}?(?:工商户|个体户|农户|住户|用户|贫困户))/;
const HOUSEHOLD_UNITS = new Set(["户", "bare"]);

const COUNT_CHANGE_RE = /^(?:扩大|提高|增加|增长|减少|下降|达到|超过|突破|降低|上升|降至|升至|增至|精简|压减|压缩|缩减|削减|调整(?:为|到|至)|比|较|占)/;

/** 省、市（地）级疾病预防控制中心: levels (one place word each, joined by 、/和) closed by 级, and what follows. */
const GRADED_RE = /^((?:省|市|县|区|乡|镇|村|地|国家|地市)(?:[、和](?:省|市|县|区|乡|镇|村|地|地市))*(?:[(（][^)）]{1,4}[)）])?级)([\u4e00-\u9fa5]{2,16})/;
/** The thing named at the start of `text`, up to its verb or adverb (疾病预防控制中心基本建成 → 疾病预防控制中心). */
function headOf(text: string): string {
  const stops = [text.search(/基本|全部|都|建成|完成|投入|达到|正在/), text.search(VERB_STOP)].filter((at) => at >= 0);
  const stop = stops.length ? Math.min(...stops) : -1;
  const head = stop === -1 ? text : text.slice(0, stop);
  return head.length >= 2 ? head : text;
}

/** …的年度目标, …的预期目标 after a figure. */
const OF_TARGET_AFTER_RE = /^的(?:预期|年度|全年|年初)?(?:增长)?目标/;
/** A kind of place, then what is measured of each (省辖市生产总值). */
const PLACE_KINDS = "省辖市|地级市|设区市|县市区|县区|区县|旗区|旗县|市县|市州|乡镇|镇街|街道|城市|行政村|村（社区）|村|社区";
const PLACES_THEN_METRIC_RE = new RegExp(`^(${PLACE_KINDS})(.{2,})$`);
/** 145家国家高新技术企业的基础上: the base a plan builds on, no part of the thing counted. */
const BASE_TAIL_RE = /的?基础上?$/;
/** 、1.18万人, 、近3000户: the next count of households or people, its unit in group 1. */
const JOINED_COUNT_RE = /^、(?:约|近|共)?[\d０-９][\d０-９.．,，]*(?:万|亿|千)?(户|人)(?![\d０-９次])/;
/** A count of places alone (行政村), as countedNoun gives one before their metric. */
export const PLACE_KIND_RE = new RegExp(`^(?:${PLACE_KINDS})$`);
/** What is measured of each place counted: a lexicon metric, or an income or output of its own (集体经济收入). */
const MEASURE_OF_PLACE_RE = /(?:收入|总值|产值|增加值|总额|总量)$/;

/** 5个医共体 / 4家企业入选…: the noun right after a count is what is counted. */
/** `unit`: the count's unit, or "bare" for a scale with none; people and households are counted without what follows. */
export function countedNoun(text: string, from: number, unit = ""): string {
  const noun = countedThing(text, from, unit);
  // 541个贫困村出列, 41个贫困村全部出列, 4个县（区）脱贫摘帽: villages and counties counted by their leaving poverty, the
  // lexicon's names of those counts (readers of batches 41–114).
  if (POOR_PLACE_RE.test(noun)) {
    const at = text.indexOf(noun, from);
    const exit = at === -1 ? null : PLACE_EXIT_RE.exec(text.slice(at + noun.length, at + noun.length + 12));
    if (exit) return noun + exit[1];
  }
  return noun;
}

/** Villages and counties, poor or not yet named so: 贫困村, 村, 县（区）, 贫困县（市、区）. */
/** (8个贫困嘎查村全部出列: Inner Mongolia's villages, batch 118's 巴彦淖尔.) */
const POOR_PLACE_RE = /^(?:贫困|深度贫困)?(?:嘎查村|嘎查|村|县|旗县)(?:[(（][^)）]{1,8}[)）])?$/;
/** What they did, said after them: 全部出列, 脱贫摘帽, 如期退出. */
const PLACE_EXIT_RE = /^(?:全部|均|都|已经?|相继|先后|陆续|如期|顺利|整体|实现)*(脱贫出列|脱贫退出|脱贫摘帽|脱贫销号|出列|退出|摘帽)/;

function countedThing(text: string, from: number, unit: string): string {
  // 有3260户、1.18万人脱贫: households with no noun of their own, joined by 、 to the people of those households, count what
  // the people do (not 减少贫困人口6万人、60个贫困村脱贫出列, two things counted).
  const joined = JOINED_COUNT_RE.exec(text.slice(from, from + 20));
  if (joined && (unit === "户" ? joined[1] === "人" : unit === "人" && joined[1] === "户")) return countedThing(text, from + joined[0].length, unit);
  // 28个省（区、市）, 2147个县（市、区）: a one-character unit with the kinds it stands for.
  const units = /^[省县市区乡镇村][(（][^)）]{1,10}[)）]|^(?:省|自治区|直辖市)(?:、(?:省|自治区|直辖市|计划单列市))+/.exec(text.slice(from, from + 20));
  if (units) {
    // 6个县（市）区通过省“普九”验收, 15个县（市、区）基本普及九年义务教育: the places counted by the test they passed (4
    // labels of 4, batches 5 and 46).
    const passed = PASSED_RE.exec(text.slice(from + units[0].length, from + units[0].length + 24));
    return passed ? `${passed[2].replace(/^通过(?:省|市|国家)(?=[“"])/, "通过")}的${units[0]}${passed[1] ?? ""}` : units[0];
  }
  // 250个省、市（地）级疾病预防控制中心: the levels named, then the thing at those levels.
  const graded = GRADED_RE.exec(text.slice(from, from + 30));
  if (graded) return (graded[1] + headOf(graded[2])).replace(BASE_TAIL_RE, "");
  // 先后有1800多万人通过多种渠道和方式实现了再就业: people counted by what they reached.
  if (PEOPLE_UNITS.has(unit) && unit !== "bare") {
    const outcome = OUTCOME_RE.exec(/^[^，,。；;]*/.exec(text.slice(from))![0]);
    if (outcome && !PEOPLE_WORD_RE.test(text.slice(from, from + 12)) && !OUTCOME_RE.test(text.slice(from, from + 4))) return `${outcome[1]}人数`;
  }
  // 离突破150万只的年度目标尚有差距: the figure is a target's, and counts nothing named after it.
  if (OF_TARGET_AFTER_RE.test(text.slice(from, from + 12))) return "";
  // 1500万人次以上的职工: the 的 after the figure joins it to the noun and is no part of it.
  const start = text[from] === "的" ? from + 1 : from;
  const match = /^[\u4e00-\u9fa5“”]{2,16}/.exec(text.slice(start, start + 16));
  // 400多万人扩大到…, 5万人增加到…: a change follows the number, not the thing it counts.
  if (!match || COUNT_CHANGE_RE.test(match[0])) return "";
  let stop = match[0].search(VERB_STOP);
  // 105个专项和部门应急预案: a word too short to be the thing counted is one of two joined by 和 (not 5个区和3个县).
  if (stop > 0 && stop <= 2 && /[和及]/.test(match[0][stop]) && match[0].length > stop + 2 && !/^[一二三四五六七八九十两几]/.test(match[0].slice(stop + 1))) {
    const rest = match[0].slice(stop + 1).search(VERB_STOP);
    stop = rest === -1 ? -1 : stop + 1 + rest;
  }
  // (145家国家高新技术企业的基础上: the base a plan builds on ends the thing counted.)
  const noun = dropCountedIn((stop === -1 ? match[0] : match[0].slice(0, stop)).replace(BASE_TAIL_RE, "").replace(/(?<=.{4})(?:工作|任务)$|(?<=.{2})(?:改造)?建设$/, ""));
  // 18个省辖市生产总值全部实现两位数增长, 9个旗区地区生产总值均超…, 284个行政村集体经济收入全部达到…: the places are
  // counted, not their metric.
  const places = PLACES_THEN_METRIC_RE.exec(noun);
  if (places && (lookupMetric(places[2]).known || MEASURE_OF_PLACE_RE.test(places[2]))) return places[1];
  const people =
    PEOPLE_THEN_MORE_RE.exec(noun) ??
    (PEOPLE_UNITS.has(unit) ? PEOPLE_WORD_RE.exec(noun) : null) ??
    (HOUSEHOLD_UNITS.has(unit) ? HOUSEHOLD_WORD_RE.exec(noun) : null);
  if (people) return people[1];
  // 1410个县级和250个省、市（地）级疾病预防控制中心: a level alone takes the thing the next item of the list names.
  if (/^[\u4e00-\u9fa5]{1,3}级$/.test(noun)) {
    const next = new RegExp(`^${noun}[和、及与][\\d０-９一二三四五六七八九十百千万多余]+[个所家座]?`).exec(text.slice(from, from + 20));
    const nextGraded = next ? GRADED_RE.exec(text.slice(from + next[0].length, from + next[0].length + 30)) : null;
    if (nextGraded) return noun + headOf(nextGraded[2]);
  }
  // 把人口控制在12亿左右的目标: a qualifier and 的目标 are no thing counted; nor is the mark of a level reached (突破百万户大关).
  if (/^(?:左右|以上|以下|以内|上下)?的?(?:目标|任务|水平|规模)$|^(?:新)?(?:台阶|大关|关口|量级)$/.test(noun)) return "";
  // 在320个县开展…: a one-character place counts too.
  return noun.length >= 2 || /^[省县市区乡镇村]$/.test(noun) ? noun : "";
}

/** A bare place or unit counted (县, 城市, 国家, 县（市、区）) says nothing of what was counted about it. */
const BARE_PLACE_RE = /^(?:省|县|市|区|城市|国家|地区|乡镇|镇|乡|村|街道|社区)(?:[(（][^)）]{1,10}[)）])?$/;
const ABSTRACT_COUNTED_RE = /^(?:措施|政策|办法|意见|举措|任务|事项|条例|规定)$/;
const ADVERBS_RE = /^(?:已经|已|都|均|先后|陆续|相继|初步|基本|全部|率先)+/;

/** A bare count names what it counts by what happened to it. `from`: where the counted noun starts.
 * 在320个县开展新型农村社会养老保险试点 → 新型农村社会养老保险试点县; 10个国家建立了外交关系 → 建立外交关系的国家;
 * 2300个县（市）已初步建立社会救助体系的基本框架 → 建立社会救助体系的县（市）;
 * 农村饮水安全工程使6069万农民受益 → 农村饮水安全工程受益农民. */
/** 实施数字化智能化改造, 开展数字化转型: a change a counted firm makes, up to the clause's end. */
const CHANGE_MADE_RE = /^((?:实施|开展|完成)[\u4e00-\u9fa5]{2,10}?(?:改造|转型|升级))(?=[，,。；;、]|$)/;

/** People counted named with what they reached or where they settled, said after them, or null. */
export function peopleWithOutcome(text: string, from: number, counted: string): string | null {
  if (!PEOPLE_NOUN_RE.test(counted)) return null;
  // 505万下岗失业人员实现再就业: the people and what they reached.
  const outcome = OUTCOME_RE.exec(text.slice(from + counted.length, from + counted.length + 8));
  if (outcome && outcome.index <= 2) return counted + outcome[1];
  // 推动1300万农业转移人口进城落户: the people and where they settle.
  const settled = SETTLED_RE.exec(text.slice(from + counted.length));
  return settled ? counted + settled[1] : null;
}

export function describeCounted(text: string, from: number, counted: string, start: number): string {
  const reached = peopleWithOutcome(text, from, counted);
  if (reached) return reached;
  if (/^(?:受益|受惠|获益)/.test(text.slice(from + counted.length))) {
    const cause = /([\u4e00-\u9fa5“”]{2,12}?)使$/.exec(text.slice(Math.max(0, start - 13), start))?.[1];
    if (cause) return `${cause}受益${counted}`;
  }
  // 关于搞好国营大中型企业的20条措施: an abstract thing counted is named by what it is about.
  if (ABSTRACT_COUNTED_RE.test(counted)) {
    const about = /([^的，,。；;、：:]{2,18})的$/.exec(text.slice(Math.max(0, start - 20), start))?.[1]
      ?.replace(/^.*?(?:关于|有关)/, "")
      .replace(/^(?:出台|制定|提出|推出|实施|落实|印发|发布)了?/, "");
    if (about && about.length >= 2 && !/^[比较同]/.test(about)) return `${about}的${counted}`;
  }
  // 推动1200家规上工业企业开展数字化智能化改造: the firms counted are the ones that made the change (6 labels of 6).
  const changed = /企业$/.test(counted) ? CHANGE_MADE_RE.exec(text.slice(from + counted.length)) : null;
  if (changed) return `${changed[1]}的${counted}`;
  if (!BARE_PLACE_RE.test(counted)) return counted;
  // 28个省（区、市）、2300个县（市）已…: the clause's verb follows the whole list of counted places.
  const rest = text.slice(from + counted.length, from + counted.length + 60).replace(/^(?:[、和及][\d０-９一二三四五六七八九十百千万多余]+[个座家]?[\u4e00-\u9fa5]{1,3}(?:[(（][^)）]{1,10}[)）])?)+/, "");
  const clause = /^[^，,。；;：:]*/.exec(rest)![0];
  const pilot = /^(?:[\u4e00-\u9fa5]{0,4}?)(?:开展|启动|进行|实施)([\u4e00-\u9fa5“”]{2,16}?)试点/.exec(clause.replace(ADVERBS_RE, ""));
  if (pilot) return `${pilot[1]}试点${counted}`;
  const did = /^((?:建立|实行|实现|完成|推行|设立|建成|签订|签署)了?[\u4e00-\u9fa5“”]{2,12}?)(?:的|$)/.exec(clause.replace(ADVERBS_RE, ""));
  return did ? `${did[1].replace(/^(.{2})了/, "$1")}的${counted}` : counted;
}

/** The clause before the one `at` stands in, looking back at most `span` characters; "" when there is none. */
export function clauseBefore(text: string, at: number, span: number): string {
  const clauses = text.slice(Math.max(0, at - span), at).split(/[,，;；:：。]/);
  return clauses.length >= 2 ? clauses[clauses.length - 2] : "";
}

/** 预计数字经济核心产业增加值居全市首位,增长18%: a bare growth rate belongs to the subject of the clause before. */
export function subjectBefore(text: string, at: number): string {
  const previous = clauseBefore(text, at, 60);
  const subject = cleanLabel(previous)
    .replace(/^(预计|全年|实现|完成|其中|目前|现在|当前)+/, "")
    // 要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元: the task's verb is no part of what it increases.
    .replace(/^(?:要|将|拟|必须|继续)?(?:逐年|逐步|适当|进一步|继续|大力|较大幅度地?)*(?:增加|提高|扩大|减少|降低|压缩|削减)(?=[一-龥]{4})/, "")
    // 连续第7年提高企业退休人员基本养老金，全年人均增加1680元: the raise is the verb; the pension is the subject.
    .replace(/^(?:连续(?:第)?(?:[一二三四五六七八九十]+|\d+)年)?(?:提高|调高|上调|提升)(?=[\u4e00-\u9fa5]{4})/, "")
    .split(/位居|跃居|居(?=全|首|第|前|榜|同|世界|全国)|列(?=全|第|前|入|世界)|蝉联|实现|成为|排名|保持/)[0]
    .replace(/(?:快速|持续|稳步|加快|蓬勃|不断)(?:发展|增长|提升)$/, "")
    // 外贸出口从7月份开始大幅度回升，全年达到…: how the subject moved is said of it, not its name.
    .replace(/(?:从|自)(?:开始|起)?[\u4e00-\u9fa5]{0,6}?(?:回升|回落|上升|下降|好转|反弹|加快|放缓)$/, "");
  // 全国实现基本普及九年义务教育…的人口地区覆盖率，由…: the scope before a verb is not the subject; the rate after 的 is.
  if (SCOPE_ONLY_RE.test(subject)) {
    const rate = /的([\u4e00-\u9fa5]{2,10}?[率额值数量])$/.exec(previous)?.[1];
    if (rate) return rate;
  }
  // (记者注意到，今年的经济增长目标…高出0.5个百分点: the reporter's lead names nothing, batch 113's 鹰潭日报.)
  if (REPORTING_LEAD_RE.test(subject)) return "";
  return subject.length >= 2 && subject.length <= 20 ? subject : "";
}

const REPORTING_LEAD_RE = /^(?:记者|笔者|小编)(?:注意到|了解到|获悉|看到|发现|观察到)$|^据(?:了解|悉|统计|介绍)$/;

const SCOPE_ONLY_RE = /^(?:全国|全省|全市|全区|全县|我国|我省|我市|我区|我县)$/;

const TOPIC_METRICS = new Set(["general-budget-revenue", "fiscal-total-revenue"]);

/** 金融服务业持续做强,完成一般公共预算收入18.08亿元: the sector's share, not the district's revenue. */
export function withTopic(label: string, topic: string | null): string {
  if (!topic || label.startsWith(topic)) return label;
  return HEADS.includes(label) || /^(?:总产值|总产量|总产|产量|(?:年度|全年)?完成投资)$/.test(label) || TOPIC_METRICS.has(lookupMetric(label).key) ? topic + label : label;
}

/** 实施国家高新技术企业和“雏鹰企业”双倍增计划,分别新增1650家、800家: the list is in the clause before. */
export function listBefore(text: string, at: number, count: number): string[] {
  const previous = clauseBefore(text, at, 80)
    .replace(/^(实施|推进|推动|加快|完成|实现|开展)/, "")
    .replace(/(双倍增|倍增|翻番|提升)?(计划|工程|行动)$/, "")
    // …排放总量近年来首次出现双下降: what is said about the list is no part of its last name.
    .replace(/(?:近年来|首次|出现|继续|保持|同时|大幅|明显|有所|稳步).*$/, "");
  const items = splitLabelList(previous);
  return items.length === count ? items : [];
}

/**
 * 帮助企业解决用工、融资、用地等问题5800余个: problems solved, listed by kind, are named by who solved them for whom
 * (帮助企业解决问题, 12 labels of 14), not by the last word of the list. `before` is the text up to the number.
 */
export function solvedProblems(label: string, before: string): string | null {
  if (!/^(?:实际)?问题$/.test(label)) return null;
  const clause = /[^，,；;。：:]*$/.exec(before)![0];
  const solved = /^(?:累计|全年|共|先后)?([\u4e00-\u9fa5“”]{0,10}?(?:解决|化解))(企业|群众|市场主体)?[\u4e00-\u9fa5、“”]{1,24}等(?:实际)?问题$/.exec(clause);
  return solved ? `${solved[1]}${solved[2] ?? ""}问题` : null;
}

/**
 * 企业产值增长23%…，产值力争突破15亿元, “去年我们企业产值增长了18%，今年计划研发投入增长20%以上: a deputy speaking of the
 * firm goes on about the firm; a bare measure of a firm after a figure named 企业… or 公司… (`owner`, the first such
 * name's 企业 or 公司) is the firm's.
 */
export function ownerOfRepeat(label: string, owner: string | undefined): string {
  return owner && FIRM_MEASURE_RE.test(label) ? owner + label : label;
}
/** The firm a figure's name opens on (企业产值, 公司研发投入). */
export const FIRM_OWNER_RE = /^(?:企业|公司)/;
const FIRM_MEASURE_RE = /^(?:产值|营收|营业收入|销售额|销售收入|利润|研发投入|研发费用|出口额)$/;

/** 年度完成投资180亿元, 确保完成投资…: a bare investment right after the clause that names the works. */
const BARE_INVESTMENT_AHEAD = String.raw`(?=(?:确保|力争)?(?:年度|全年|今年|年内)?(?:完成)?投资)`;
const WORKS_BUILT_RE = new RegExp(String.raw`^(?:加快|推进|推动|全力推进|高质量推进|抓好)([\u4e00-\u9fa5“”]{2,10}?)(?:工程)?建设[，,]${BARE_INVESTMENT_AHEAD}`);
const WORKS_PROGRAMME_RE = new RegExp(String.raw`^(?:实施|推进|推动)([\u4e00-\u9fa5“”]{2,20}?(?:工程|行动)”?)[，,]${BARE_INVESTMENT_AHEAD}`);

/**
 * 加快平陆运河建设，年度完成投资180亿元以上; 实施疫后重振补短板强功能“十大工程”，完成投资4000亿元以上: the works or the
 * programme a sentence opens on own its bare investment (the sentence's topic for withTopic); null when it opens on none.
 */
export function worksOwningInvestment(text: string): string | null {
  return WORKS_BUILT_RE.exec(text)?.[1] ?? WORKS_PROGRAMME_RE.exec(text)?.[1] ?? null;
}

/** 推动磷化工产业精细化发展，产值增长10%以上; 做大生物医药产业，产值增长10%以上: the industry a task opens on owns the
 * bare measure right after its clause (the sentence's topic for withTopic); null when it opens on none. */
// (做大做强绿色食品加工业，力争产值突破200亿元: a trade named 加工业 or 制造业, the hedge before its measure, batch 96's 佳木斯.)
const INDUSTRY_TASK_RE = /^(?:推动|推进|促进|加快|做大|做强|做优|壮大|发展|培育)(?:做强|壮大)?([\u4e00-\u9fa5“”]{2,12}?(?:产业|加工业|制造业))[^，,。；;]{0,10}[，,](?=(?:力争|确保|争取)?(?:全年|年度)?(?:总产值|产值|营业收入|营收|增加值|规模))/;
export function industryOfTask(text: string): string | null {
  return INDUSTRY_TASK_RE.exec(text)?.[1] ?? null;
}

/**
 * 城镇新增就业目标比去年多100万人, …比去年少2万人: a target moved from last year's is named so (two readers of two) and is a
 * target; `fewer` when it is a fall. `before` is the text just before the number. Null for any other label.
 */
export function targetMovedFromLastYear(label: string, before: string): { label: string; fewer: boolean } | null {
  const moved = /^(.{2,}目标)(多|少)$/.exec(label);
  const from = moved ? /比(去年|上年)(?:多|少)了?$/.exec(before)?.[1] : undefined;
  if (!moved || !from) return null;
  return { label: `${moved[1]}比${from}${moved[2] === "多" ? "增加" : "减少"}`, fewer: moved[2] === "少" };
}
