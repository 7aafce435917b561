// Reads the words between a clause start (or the previous number) and a number: the metric label, the verb
// (增长 → growth, 提高到 → level), the qualifiers (力争, 确保, 达到, 突破…) and list markers (分别, 均).

import { parseChineseNumeral } from "@/lib/text/chinese-numerals";
import { isPlaceName } from "@/lib/text/divisions";
import { placeAndMetric } from "./neighbour-names";
import { lookupMetric } from "./lookup-metric";
import { ANSWER_SPEAKER_RE, INTERVIEW_QUESTION_RE, namesSpeaker } from "./cues";

export interface PrefixInfo {
  /** The metric label as written, without verbs and qualifiers; "" when the number has none of its own. */
  label: string;
  /** The labels before 分别/均, split and expanded (城乡居民… → 城镇居民…, 农村居民…). */
  list: string[];
  respectively: boolean;
  each: boolean;
  /** growth: 增长/下降 X; to: 增长至/提高到 X (a level). */
  verb: "growth" | "to" | null;
  negative: boolean;
  /** The fall is a cut of a stock (贫困人口再减少1000万), not a saving (节约标准煤700万吨): an amount of it is negative. */
  cut: boolean;
  qualifiers: string[];
  estimate: boolean;
  /** 由 X (增长至 Y). */
  from: boolean;
  /** 转为/减为 Y after 由 X: Y is where the change ended. */
  turn: boolean;
  /** 比上年, 同比, 比2012年: the number is measured against an earlier period. */
  against: boolean;
  /** 涨幅回落到2.6%, 增速提高到8%: the number is a rate of change whatever the verb. */
  growthNoun: boolean;
  /** 增加中央预算内经常性建设投资100亿元: the name opened on 增加, so the amount is added to a level. */
  added: boolean;
  /** 增幅回落17个百分点: the rate-of-change word the number's change is of (增幅, 增速, 涨幅), "" when none. */
  growthWord: string;
}

const QUALIFIER_WORDS: Record<string, string> = {
  力争: "力争", 确保: "确保", 争取: "争取", 达到: "达到", 达: "达到", 突破: "突破", 超过: "超过", 超: "超过",
  近: "近", 约: "约", 大约: "约", 将近: "近", 接近: "近", 控制在: "控制在", 保持在: "保持在", 稳定在: "稳定在", 不低于: "不低于", 不少于: "不少于",
  不超过: "不超过", 高于: "高于", 低于: "低于", 由: "由", 年均: "年均", 平均每年: "年均", 每年平均: "年均",
};

/** `last`: the characters such a word can end on, checked before the regex (a cheap filter for the costly ones). */
/** `silent`: the words stripped compare a result with the plan, and qualify no figure (超过原定的). */
const TRAILING: { re: RegExp; verb?: "growth" | "to"; negative?: boolean; cut?: boolean; last?: string; silent?: boolean }[] = [
  // 由上升0.2%转为下降1.2%, 由增长5.6%减为增长1.2%: the second figure of the same metric (before 为 alone is cut).
  { re: /(?:转为|转而|减为|降为|变为|改为|回落为|扭转为)$/ },
  { re: /(?:增长|提高|提升|上升|增加|扩大|回升|跃升)(?:到|至)$/, verb: "to" },
  { re: /(?:下降|降低|减少|回落|缩小|压减|降)(?:到|至)$/, verb: "to" },
  // “一件事一次办”事项拓展至86项: a reach extended to a level.
  // 优质专用小麦种植面积发展到1900万亩: grown to a level.
  { re: /(?:增至|升至|降至|调整为|达到了|(?:拓展|扩展|延伸|延长|扩大|扩围|扩|恢复|发展)(?:到|至))$/, verb: "to" },
  // 地区生产总值降幅收窄至8%以内 (a 2020 plan after the lockdown): a fall held to a level is a fall of that size (batch 95's 江汉).
  { re: /降幅(?:收窄|缩小|控制)(?:至|到|在)$/, verb: "growth", negative: true },
  // 固定资产投资目标则由8%下调为6%以上: a target moved to a new level, not a fall by it.
  { re: /(?:下调|调低|调减|上调|调高)(?:为|到|至)$/, verb: "to" },
  // 企业开办时间压缩至0.5个工作日: a time or a cost cut down to a level.
  { re: /(?:压缩|缩短|压减|精简)(?:到|至)$/, verb: "to" },
  { re: /(?:预期)?增长(?:预期)?目标(?:拟定|确定|定)?[为在]?$/, verb: "growth" },
  // (1.地区生产总值：年度目标增长7%左右: the year's target, named after the metric, batch 72's 济宁.)
  { re: /(?:(?<=^|[：:]\s*)(?:年度|全年)|预期|调控|控制)?目标(?:拟定|确定|定)?[为在]?$|拟定为?$|预期$/ },
  { re: /(?:增长|提高|提升|上升|增加|扩大|增幅|增速|回升|翻|递增|增产|上涨|涨幅|增长速度|多出|超出|高出|上调|调高)$/, verb: "growth" },
  // 地区生产总值…，先后跨越3万亿元、4万亿元两个台阶: a level crossed is the metric's level.
  { re: /(?:先后)?(?:跨越|跨上|迈上|站上|跃上)$/, last: "越上" },
  // 涉及5300多个税目, 社会保障基金积累6927亿元: the verb joins the name to its amount and is no part of either.
  { re: /(?:涉及|包括|惠及|积累|覆盖(?:到|了)?)$/, last: "及括累盖到了" },
  // 省级行政审批项目再精简18%: a list of items cut by a share; 办结时限平均缩短40%: a time shortened (4 labels of 4).
  { re: /(?:下降|降低|减少|回落|缩小|压减|压缩|递减|减产|削减|核减|裁减|降幅|精简|缩短|缩减)$/, verb: "growth", negative: true, cut: true },
  // 赤字率拟按2.8%安排，比去年预算高0.2个百分点: 高 or 低 after a comparison base is the change.
  // (A margin over a place, 增幅比全省低0.4个百分点, is read elsewhere: 低于, under its own key.)
  { re: /(?<=(?:比|较)(?:上年|去年|上一年)(?:预算|同期)?)高$/, verb: "growth", last: "高" },
  { re: /(?<=(?:比|较)(?:上年|去年|上一年)(?:预算|同期)?)低$/, verb: "growth", negative: true, last: "低" },
  // 超过原定的近2万亿元规模: the plan's figure quoted beside the result; its name is the result's.
  { re: /(?:超过|高于|低于|好于|完成|达到)?(?:原定|预定|既定)的?$/, last: "定的", silent: true },
  // 今年的增长目标下调了0.5个百分点: a target moved down.
  { re: /(?:下调|调低|调减|收紧)$/, verb: "growth", negative: true },
  // 物价涨幅控制目标则放宽了1个百分点: a ceiling let out.
  { re: /放宽$/, verb: "growth", last: "宽" },
  // 规上工业增加值 ↑4.9% (an infographic's arrows): up is a growth, down a fall.
  { re: /[↑↗]\s*$/, verb: "growth" },
  { re: /[↓↘]\s*$/, verb: "growth", negative: true, cut: true },
  { re: /(?:节约|节省)$/, verb: "growth", negative: true },
  // 断面水质优Ⅲ类比例保持100%: 保持 alone holds a level as 保持在 does.
  // (固定资产投资首度逾千亿元: 逾, a Hong Kong paper's 超过, batch 92's 乐山 reprint.)
  { re: /(?:定在|定为|(?<=.{2})定的是|设定为|设定在|控制在|保持在|稳定在|不低于|不少于|不超过|高于|低于|达到|突破|超过|相当于|继续保持|保持|(?<=.{2})逾)$/ },
  // 新旧动能转换重大项目要实施一百个 (a mayor's answer): the modal and the task's verb after the name are no part of it.
  { re: /(?<=[\u4e00-\u9fa5”]{2})(?:要|将|拟|计划)(?:实施|建成|开工|新建|建设|推进|引进|培育|打造|新增|落地)$/, last: "施成工设进育造增地" },
  // 全市地区生产总值迈上2万亿元台阶: stepping up to a level is no part of the name.
  { re: /(?:迈上|跃上|站上|登上|跨上|迈入|跨入|跃升至|跃居)$/, last: "上入至居" },
  // 涨幅仍然高达21.7%, 受灾人口多达…: how high is no part of the name.
  { re: /(?:仍然|依然|仍|还|竟)?(?:高达|多达|长达|达)$/, last: "达" },
  { re: /由?(?:每(?:人|户)|人均)$|已经$|继续$/ },
  // 税收收入占比始终保持在90%以上, 粮食年产量连续稳定在1.3万亿斤以上, 集体经济经营性收入全部达到50万元: how steadily or
  // how many is no part of the name.
  // (省直机关公用经费一律压减5%: batch 40's 吉林.)
  { re: /(?:始终|一直|持续|连续|全部|全都|一律)$/, last: "终直续部都律" },
  // 技术合同成交额剑指3000亿元 (a headline's aim): the verb of aiming is no part of the name.
  { re: /(?:剑指|冲刺)$/, last: "指刺" },
  // 社会消费品零售总额未能实现增长7%左右的目标, 产值有望增长三成: a target missed, or a hope, is no part of the name.
  // (食品产业营业收入没有突破650亿元, PM2.5平均浓度未控制在…, 营业收入距离650亿元…: batch 58's 鹤壁, a shortfall said plainly.)
  { re: /(?:未能|没能|尚未|有望|没有|(?<=.{2})[没未]|(?<=.{2})距离?)$/, last: "能未望有没离距" },
  // 经济增长连续四年达到或略高于10%: the span and the hedge are not the metric.
  // (增幅连续３年保持在…: full-width digits as well, batch 95's 四平.)
  { re: /(?:达到)?或略?$|连续(?:[一二三四五六七八九十两]+|[\d０-９]+)年$/ },
  // Before the single 均 of the next rules: 每年平均递增 is 年均, not 每年平 + 均.
  { re: /(?:平均每年|每年平均|每年|平均|拥有|形成|的速度|速度|幅度|扣除物价因素后?|实际)$/ },
  // 较区成立之初翻一番, 比建市之初增长: a base that is no year.
  { re: /(?:较|比)[^，,。；;\d]{1,10}?(?:之初|之时|之前)$/ },
  // (地区生产总值按年增长10.3%: 按年, a Hong Kong paper's 同比.)
  { re: /(?:同比|按年|同口径|可比口径|自然口径|按可比价格?计算|(?:比|较)(?:上年|去年|上一年|前一年)(?:年初)?(?:预算|预算执行数|同期|实际)?|(?:比|较)(?:上届|首届|上一届)|年均|分别|其中|力争|确保|争取|预计|实现|完成|累计|共计|合计|总计|再|均|都|又)$/ },
  // (比一九五五年增长: a year in numerals as well, batch 59's 武汉.)
  { re: /(?:(?:比|较)?(?:(?:19|20)(?:\d\d|xx|XX)|[一二][〇○零一二三四五六七八九]{3})年(?:末|底|初)?|上年|去年)的?$/ },
  { re: /(?:达|为|是|超|接近|近|大约|将近|(?<![条节制契公签合预履集特违])约|在|由|共|的|了|和|及|将|要|拟|可|会|就|也|还|都|仍|又|已|有|以|即|则|仅|只|(?<![人英天奇鬼干秀将帅全])才|,|、|\s)$/ },
  // 居民储蓄存款余额五年增长1倍多, 最低收购价每50公斤, 消费水平计划提高, 试点工作: spans, rates and plan words.
  { re: /(?:前|近|过去)?(?:[一二三四五六七八九十两]+|\d+)年(?:来|间|中|内)?$/, last: "年来间中内" },
  // (地方国营工业全员劳动生产率要求提高百分之十二: the plan's 要求 as well, batch 59's 武汉.)
  { re: /每$|计划(?:要求)?$|(?<=.{2})要求$|工作$/ },
  // 移动网络流量资费年内至少降低30%: how soon and how much at least are no part of the name.
  { re: /(?:年内|年底前|今年|全年)?(?:至少|最少|起码)$/, last: "少码" },
  // 审批“最多60天”: the cap of a time limit, said before it.
  { re: /[“"「]?(?:最多|最长|最快|只需|仅需)$/, last: "多长快需" },
  // 总额首次突破万亿元: how often is no part of the name.
  { re: /(?:首次|再次|首度|历史上首次)$/, last: "次度" },
  // 外贸进出口总额逆势增长7.2%: how the figure moved against the times is no part of the name.
  { re: /(?:逆势|逆市|逆势而上)$/, last: "势市上" },
  { re: /从$/ },
  // 国内生产总值从不到70万亿元增加到超过100万亿元: how far short is no part of the name.
  { re: /(?:从|由)?不到$|(?<=.{2})(?:仍|还|仅)?不足$/, last: "到足" },
  // 中央财政用于“三农”的投入拟安排9884.5亿元, 远程教育工程已投入80亿元: the verb before the amount.
  { re: /(?:拟|将|已经?)?安排$|(?:拟|将|已经?)投入$/, last: "排入" },
  // 购置税按7.5%征收: the rule's 按 is no part of the name.
  { re: /按照?$/, last: "按照" },
  // 进出口贸易总额比一九八五年增长40%: what is left of a comparison once its date is gone (占比 and 之比 are names).
  // (城乡居民收入比, 产业结构比: a ratio's name ends on 比.)
  { re: /(?<![占之对相]|收入|结构)(?:比|较)$/, last: "比较" },
];

// (记者注意到，…, 今年希望突破1万人次: a reporter's lead and a deputy's hope are no part of the name, batch 113's 鹰潭日报.)
const LEADING =
  /^(?:[、,，;；:：\s]|(?:记者|笔者|小编)(?:注意到|了解到|获悉|看到|发现)|(?:今年|明年|全年)?(?:还)?希望(?=[\u4e00-\u9fa5]{0,4}$)|>{1,3}(?=\s|[\u4e00-\u9fa5])|【[^【】\n]{1,30}】|〖[^〖〗\n]{1,30}〗|的(?=[\u4e00-\u9fa5]{2})|按?(?:自然|可比|同)口径(?:计算)?|同比|多(?:渠道|途径|方(?!面|案|式|位))(?:筹资|筹措资金|筹集资金)?(?=[\u4e00-\u9fa5]{4})|(?:离|距离?)$|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|“?我们(?=[\u4e00-\u9fa5]{3})|让(?![利渡步])(?=[\u4e00-\u9fa5]{4})|(?:[\u4e00-\u9fa5]{2,3}(?<![量值率额数])|[\u4e00-\u9fa5]{2,4}(?:新区|区|市|县|州|旗|盟))(?:今年)?(?:还将|将|准备|打算)(?=[\u4e00-\u9fa5]{4})|(?:前|后)?[一二三四两]个季度(?=[\u4e00-\u9fa5A-Z]{2})|还(?!款|贷|本|清|债|原)|依法(?=[\u4e00-\u9fa5]{3})|发生(?=[\u4e00-\u9fa5]{3})|获得(?![省市国部][优级])(?=[\u4e00-\u9fa5]{4})|为(?=(?:城乡|城镇|农村)?(?:户籍)?(?:老年人|残疾人|适龄妇女|妇女|儿童|学生|孕产妇|新生儿|困难职工))|(?:仍|尚)?有(?![效色机线关序形害限毒奖轨力益利偿些的所])(?=(?:农村|城镇|城市|建档立卡)?(?:贫困|低保|特困|困难|失业|未脱贫|待|危房|二级))|落实(?=[\u4e00-\u9fa5“]{2})|认真(?=[\u4e00-\u9fa5“]{2})|及时(?=[\u4e00-\u9fa5“]{4})|全面(?:消除|完成)(?=[\u4e00-\u9fa5]{4})|新创建(?=省级|国家级|市级|各级|全国)|延续(?:执行|实施)?|继续执行|对(?!外|口|台|港|澳|华|比|标|接|象|话|冲|应|策|照)(?![\u4e00-\u9fa5]{1,8}(?:贸易|进出口|出口|进口))(?![\u4e00-\u9fa5]{0,10}的?贡献)(?=[\u4e00-\u9fa5]{4})|(?:办结|办好|到位|出证)、|这(?:[一二两三四五六七八九十几]+(?:部分|项|个方面|方面))?(?:共计|合计|总计|共)(?=[\u4e00-\u9fa5]{2})|就?可以|和(?![谐美平])|及(?![时早格])|与|并|且|而|把|其中|同时|全年预计|全年|(?:本次)?(?:大会|会议)(?=应到|实到|应出席|实出席)|同期(?=[\u4e00-\u9fa5]{2})|截至(?:年底|年末|目前|当年底|去年底|上年底|今年底)?|全地区|全林区|全区|全市|全省|原(?:(?![市县区])[\u4e00-\u9fa5]){2,5}[市县区](?:区域|口径|范围)?(?=[\u4e00-\u9fa5]{2})|全县|全国|全州|全旗|全盟|全镇|全乡|积极(?!性|分子)(?=[\u4e00-\u9fa5]{4})|所有(?=[\u4e00-\u9fa5“]{3})|(?:相邻|紧邻|毗邻|邻近)的?(?=[\u4e00-\u9fa5]{3})|新?创成(?=[\u4e00-\u9fa5“]{3})|我国|我区|我市|我县|我省|我州|我旗|新区(?!建设|开发|设立|成立|规划)(?=[\u4e00-\u9fa5“]{3})|该区|该市|该县|该省|预计|(?:顺利|圆满|胜利)?(?:实现了?|完成)|累计|力争|确保|争取|共计|合计|总计|先后有|先后|共有|共(?!建(?!成|设)|享|治|同)|新建成|[一二三四五六七八九十]+是|已经|已|又|仍然|仍|目前|现在|决定|要|将|拟|计划(?!生育|单列)|(?:年度|全年)?目标(?:是|为)?|今年|明年|去年|年内|这五年|今后(?:[一二三四五六七八九十两几]+年)?|未来[一二三四五六七八九十两几]+年|(?:[一二三四五六七八九十两]+年)(?!期|制|义务教育|一贯制)(?:累计|来|内|间|中)?|从(?![业事])|发放|取得|投入|扣除物价因素后?[,，]?|再(?!就业|生产|贷款|融资|制造)|使(?!用|命)|特别是|据(?!点)|为此|通过各种(?:方式|渠道)|规划建设|谋划(?:实施|推进)?(?=[\u4e00-\u9fa5]{2})|(?:他|她|他们|她们|我|我们)(?:所在)?的(?=[\u4e00-\u9fa5“]{2})|(?:他|她|我)们?所在(?=[\u4e00-\u9fa5“]{2})|打造|培育|统筹(?:推进|实施|使用|投入|安排|整合)(?=[\u4e00-\u9fa5“]{2})|(?:出台|推出)(?:实施)?(?=[\u4e00-\u9fa5“]{2})|新命名(?=[\u4e00-\u9fa5“]{2})|实施|推进|开展|举办|引进|招引|创建|安排|发行|继续|每年|提前|为(?=到)|到(?!位|期|岗|户|村|人)|用于(?![^的]{1,8}的部分)|仅|启动了?(?!区)|国务院各部门|各地区、各部门|包括|(?:新建|改扩建|扩建|改建|改造)[和、](?:改造提升|改造|加固|提升)(?=[\u4e00-\u9fa5“]{2})|(?:建成(?!区|率)|建设(?!用地|规模)|加固|拍摄|扶持|形成|坚持)(?:[和、](?:改造|改扩建|改建|扩建|加固))?(?:各类|各种)?(?:交付使用的?)?(?=[\u4e00-\u9fa5“]{2})|年均|平均每年|用[^，,]{1,4}时间|分[一二三四五两几]+(?:轮|批|次|步)|(?:中央和地方财政|各级财政|各级政府)对|(?:新建|建成|改扩建|扩建|改建)(?:和改造|、改扩建)?(?:各类|各种)(?=[\u4e00-\u9fa5]{2})|各部门|各地区|各地|(?:地方)?各级政府|增加(?!值)(?=[\u4e00-\u9fa5]{4}))/;

/** A quarter or a half of the year: 一季度, 第二季度, 前三季度, 上半年. */
const PART_OF_YEAR = "第?[一二三四]季度|前三季度|上半年|下半年";
/** A part of the year that opens a name is kept only before a measure (一季度地区生产总值, not 四季度增发). */
const PERIOD_BEFORE_VERB_RE = new RegExp(`^(?:${PART_OF_YEAR})(?![\\u4e00-\\u9fa5“”]{2,}[率额值数量入出资比重度积费价])`);
/** 四季度全省地区生产总值: the whole region after the period is the report's own. */
const PERIOD_WHOLE_RE = new RegExp(`^(${PART_OF_YEAR})(?:全省|全市|全区|全县|全国)`);

/** Dates and comparison bases inside a label (一九八一年比一九八○年, 比“六五”期间, 2019年末): not part of a metric's name. */
const DATE_PHRASES = [
  // 在首届中国吉林·东北亚投资贸易博览会上签约项目41个: the fair a figure was won at is where, not the name (batch 95's 四平).
  /^在?[^，,。；;]{2,28}?(?:博览会|交易会|洽谈会|推介会|招商会|论坛|峰会|展会|大会)(?:期间|上)(?=[\u4e00-\u9fa5]{2})/g,
  /(?:比|较|同)(?:上年|去年|上一年|前一年|同期|上年同期|去年同期|[^,，、]{0,10}?(?:年|期间|时期))(?:同期)?(?:的?(?:预计|预算|实际|预计执行|预算执行|执行)数)?/g,
  /(?:(?:19|20)\d\d|1 9 \d ?\d|2 0 \d ?\d|[一二三四五六七八九〇○零]{4}|[０-９]{4}) ?年(?:[末底初]|上半年|下半年|度)?/g,
  /(?:到|至)?本世纪(?:末|初|中叶)?/g,
  // 粮食总产量在上年大幅度增长的基础上，又增产…: the circumstance is no part of the name.
  /在[^，,。]{0,24}?的?基础上/g,
  // 由五十年代的…: a decade as the base of a change.
  /(?:由|从)?(?:[一二三四五六七八九十]+|\d+)年代(?:初|末|中期)?的?/g,
  // 国内生产总值（GDP）, 城镇居民人均可支配收入（元）: a gloss in brackets is no part of the name, but a short word inside
  // it is (每千人口执业（助理）医师数), unless it names a place (中国（安徽）自由贸易试验区, 乡镇（街道）, 经开区（高新区））; so are
  // the kinds of place after a county or a village that end the name (试点县(市), 县（市、区）: 10 labels of batches 18–32;
  // 村（社区）集体经济 in mid-name readers split on).
  /(?<![\u4e00-\u9fa5](?<![区镇国市县乡省])(?=[(（][\u4e00-\u9fa5]{1,3}(?<![区道省市县镇乡])[)）][\u4e00-\u9fa5]))(?<![县村](?=[(（](?:(?:市|区|县|社区|居)[、，]?){1,3}[)）](?![\u4e00-\u9fa5])))[(（][^)）]{0,30}[)）]/g,
  // 最低收购价平均每50公斤: the base a price is given for is no part of its name.
  /(?:平均)?每[0-9０-９.]+[万千百]?(?:公斤|千克|斤|吨|亩|公顷|平方米|人口|人|户)/g,
  // 按可比口径计算, 按可比价格: the basis of a figure is no part of its name.
  /按(?:可比口径|可比价格?|不变价格?|现行价格)(?:计算)?/g,
  // 由年初的400多万人扩大到年末的1120多万人: points of the year are when.
  /(?:年初|年末|年底|年中)的?/g,
  // “十一五”期间单位国内生产总值能源消耗: a plan period is when, not the name.
  /[“"]?十[一二三四五六七八九]?五[”"]?(?:期间|时期|前[一二三四两]年(?:累计)?)/g,
  // 工业总产值第一季度, 今年1到10月, 10月份: a part of the year is when, not the name. (A quarter or a half that opens the
  // name is kept: 一季度地区生产总值下降39.4% is no figure of the year, and readers name it so.)
  /(?<=.)(?:第[一二三四]季度|前三季度|(?<!第|前)[一二三四]季度|上半年|下半年)|前[一二三四五六七八九十]{1,2}个月|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:[-－—~～至到](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))?月(?:份|底前|底|初|末|前|中旬前|上旬前|下旬前|中旬|上旬|下旬)?(?![\u4e00-\u9fa5]*[率额值数量])/g,
  // 考虑价格下降因素, 扣除价格因素后: the basis of a figure.
  /(?:考虑|扣除|剔除)[^，,]{0,16}?因素后?/g,
  // 基本养老金今年再提高: when, inside the name.
  /(?:今年|明年|去年|当年|全年)/g,
  // 今后人口的年自然增长率: a time from now on is when, not the name.
  // (未来乡村, 未来社区 are Zhejiang's programmes: 未来 is when only before a span of years.)
  /^(?:(?:今后|此后|以后|将来)(?:[一二三四五六七八九十两几]+年)?|未来[一二三四五六七八九十两几]+年)(?:内|间)?/g,
  /今明两年|今后[一二三四五两几]年/g,
  // 中央财政为此新增支出: a pointer back to the sentence before is no part of the name.
  /为此|对此/g,
  // 我们要力争使全国人口增长率降到…: what is made to move is the metric, not who moves it.
  /^[^，,]{0,6}?(?:要|将|应|必须)?(?:力争|努力|争取|继续)?使(?!用|命|馆|者|节|劲)(?=[\u4e00-\u9fa5“]{3})/g,
  // 已经由五年前的百分之五十左右扩大到…: when the base figure was is no part of the name.
  /(?:由|从)?(?:[一二三四五六七八九十两几]+|\d{1,2})年(?:前|以前)的?/g,
  // 工业总产值要在一九五四年的基数上增长…: the base of a change is no part of the name.
  /(?:要|将)?在[^，,]{0,12}?基数上/g,
  // 从1953年到1980年的二十八年中农业总产值: a span of years in front of the name, and everything before it.
  /^.{0,12}?(?:[一二三四五六七八九十两几]+|\d+)(?:个)?年(?:中|里|间|内)/g,
];

/** 比原来设想的六百亿元: the base a figure is measured against names nothing of its own. */
const BASE_PHRASE_RE = /^(?:比|较)(?:上年|去年|上一年)?(?:原来|原定|原先|原计划|计划|预算|设想|预期)[^，,、]{0,10}$/;

const EXAMPLES_RE = /(?<=[\u4e00-\u9fa5”]{2})(?<![平高中初同均对超上次优特头一二三四五六七八九甲乙丙])等(?![等的则而也都就是方各多一诸领])(?=[\u4e00-\u9fa5“]{2})/;

const BULLET_LEAD_RE = /^(?:[▶►▸▷●•■◆◇□★☆◎○▪▲△✓√·✅☑✔➤➢◉①-⑳]|🎯|📌|👉|🔹|🔸|📍)\s*/u;

/** 规划纲要确定的25项主要指标中，21项…: 中 says where the part is counted, and is no part of the whole's name. */
export const dropCountedIn = (name: string) => name.replace(/(?<=.{2}(?:指标|项目|企业|任务|事项|工程|单位|学校|乡镇|村|社区))中$/, "");

/** 12月份, 十一月份, 1—5月 opening a name (not 3月底, 4月上旬: points in the month). */
// (A single month without 份, 5月区级…, may be the end of a range the clause cut: read below, as a point.)
const MONTH_OPENING_RE = /^(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月份|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[-－—–~～至到](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月份?)(?![底初末前中上下旬起])(?=[\u4e00-\u9fa5]{2})/;

const FOOTNOTE_MARK_RE = /\[\d{1,2}\]|［\d{1,2}］|〔\d{1,2}〕|[①-⑳]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

/** 📈, 🌾, 5️⃣, #政府工作报告#, 【产业名片】 (a Weibo post's emoji, keycaps, hashtags and bracketed title, batch 105's 平顶山). */
const POST_MARKS_RE = /\p{Extended_Pictographic}|[\uFE0F\u20E3]|(?<![0-9])[0-9](?=\uFE0F?\u20E3)|#[^#\s]{1,30}#|^【[^【】]{1,12}】/gu;

/** A character that may open such a mark: #, 【, a keycap's or a variation selector, a symbol or a surrogate of an emoji. */
const POST_MARK_HINT_RE = /[#【\u20e3\ufe0f\u2190-\u2bff\ud800-\udbff]/;
const LAST_EMOJI_RE = /^.*\p{Extended_Pictographic}\uFE0F?(?=[^\p{Extended_Pictographic}]*$)/u;

const QUOTED_WORDING_RE = /^(?:在|将)?第[\d一二三四五六七八九十]{1,3}页“([^“”]{2,})”后$/;
const OPEN_QUOTE_LEAD_RE = /^[^“”]*“(?=[^“”]{2,}$)/;

/** 按照市政府工作报告确定的, “十三五”规划纲要确定的到: the document a figure was set by, before its name. */
const SET_BY_DOCUMENT_LEAD_RE = /^(?:按照|根据|对照|实现)?[^，,。、]{0,20}?(?:政府工作报告|规划纲要|规划|纲要|计划|会议)(?:所)?(?:确定|提出|明确)的(?:到(?:(?:19|20)\d\d年)?)?(?=[\u4e00-\u9fa5“]{3})/;
/** Zones named together before one figure of them all: 旺高工业区、华润循环经济产业示范区新引进…. */
const ZONE_NAME = String.raw`[\u4e00-\u9fa5]{2,14}(?:工业区|工业园区|产业园区|示范区|开发区|高新区|经开区|产业园)`;
const JOINT_ZONES_LEAD_RE = new RegExp(String.raw`^(?:${ZONE_NAME}、)+${ZONE_NAME}(?=新引进|新增|引进|新入驻|入驻|新落户|落户)`);

export function cleanLabel(label: string): string {
  // ▶ 地区生产总值, 记者：今年的增长目标…: a list's bullet and the speaker of an interview's turn are no part of the name.
  // (…再创历史新高🌾PM2.5年均浓度…: a post's emoji ends a sentence as a full stop would; the name starts after it.)
  // (The cheap test first: this runs for every name of every figure, and few hold a mark. The marks come off twice: a
  // post's title 【…】 is taken only at the name's start, where it stands once the hashtags before it are off.)
  const marked = POST_MARK_HINT_RE.test(label) ? label.replace(LAST_EMOJI_RE, "").replace(POST_MARKS_RE, "").replace(POST_MARKS_RE, "") : label;
  let out = marked.replace(BULLET_LEAD_RE, "").replace(INTERVIEW_QUESTION_RE, "").replace(ANSWER_SPEAKER_RE, "");
  // 专精特新“小巨人”企业[2]77家 (a Word or web copy's footnote mark): no part of the name.
  out = out.replace(FOOTNOTE_MARK_RE, "");
  // 旺高工业区、华润循环经济产业示范区新引进碳酸钙及下游企业31家: zones named together before one figure of them all (batch
  // 121's 贺州); the figure is theirs together, named by what they did.
  out = out.replace(JOINT_ZONES_LEAD_RE, "");
  // 按照市政府工作报告确定的新增城区集中供热面积, “十三五”规划纲要确定的到2020年生产总值: the document that set the figure
  // is no part of its name (batch 122's 商丘), nor is 年底前, when it must be reached.
  out = out.replace(SET_BY_DOCUMENT_LEAD_RE, "").replace(/^(?:年底|年末|月底)前(?=[\u4e00-\u9fa5]{4})/, "");
  // 将第5页“地区生产总值增长7.5%左右”, 修改为“城镇新增就业3.3万人, 在第7页“新增规上工业企业”后增加“150户以上”: a wording a
  // revision quotes names its figure inside the quote (batch 111's 宣城 说明).
  if (out.includes("“")) out = out.replace(QUOTED_WORDING_RE, "$1").replace(OPEN_QUOTE_LEAD_RE, "");
  if (namesSpeaker(out)) return "";
  // 地区生产总值 目标 (an infographic's line): blanks between words of a name are layout.
  out = out.replace(/(?<=[\u4e00-\u9fa5])[ \t\u3000]+(?=[\u4e00-\u9fa5])/g, "");
  // 12月份外贸出口下降12.4%, 十一月份出口, 1—5月社会消费品零售总额: a month or months opening a lexicon measure's name date it
  // (readers keep them, and a month's fall is no year's result: batch 98's 沧州); a point in a month (3月底) is read below.
  const month = MONTH_OPENING_RE.exec(out);
  if (month && lookupMetric(cleanLabel(out.slice(month[0].length))).known) return month[0] + cleanLabel(out.slice(month[0].length));
  for (const re of DATE_PHRASES) out = out.replace(re, "");
  // 中国（广西）自由贸易试验区新设企业: readers name the zone 自由贸易试验区 (9 labels of 9).
  out = out.replace(/^中国(?:[(（][\u4e00-\u9fa5]{1,6}[)）])?(?=自由贸易试验区|自贸试验区)/, "");
  // (一季度 before a verb, 四季度增发, is when the thing was done.)
  out = out.replace(PERIOD_BEFORE_VERB_RE, "").replace(PERIOD_WHOLE_RE, "$1");
  if (BASE_PHRASE_RE.test(out.replace(/的$/, ""))) return "";
  // 在工农业总产值中，农业所占比重: the share of the part in the whole, named the way a reader writes it.
  const scopeShare = /^在(.{2,12}?)中(.{2,12}?)(?:所|已|将|又)?占(?:的)?(?:比重|比例)?$/.exec(out);
  if (scopeShare) return `${scopeShare[2]}占${scopeShare[1]}比重`;
  // 预计今年比改革前减轻企业税负: the base of a change (比改革前, 较建区之初) is no part of the name after it.
  out = out.replace(/^(?:比|较)[^，,。；;\d]{1,8}?(?:之初|之前|以前|前)(?=[\u4e00-\u9fa5]{2})/, "");
  // 在能源增长不到3％的情况下, 在执行中, 在全国注册登记的…: circumstances, times and a place before the name.
  out = out
    .replace(/在[^，,]{1,16}?的?(?:情况|条件|前提|基础|过程)(?:下|上|中)/g, "")
    .replace(/^在(?:执行|实施|调整|建设|改革)?(?:中|初期|期间|过程中)/, "")
    // 在现有145家…的基础上: the opening of the base a plan builds on; what is counted follows the figure.
    .replace(/^在(?:现有?|已有?|原有?|已经?(?:建成|建设|创建|培育|形成))$/, "")
    .replace(/^在(?![校建押职岗读线册途编园营库网业])(?![^，,]{2,14}中)(?=[\u4e00-\u9fa5“]{3})/, "");
  // 开工建设新工社区等项目, 尿毒症等8类大病: the examples before 等 are no part of what is measured
  // (but they are in 科技、教育等方面的支出 and 行政费、事业费等各项开支, where what follows only sums them up).
  const examples = EXAMPLES_RE.exec(out);
  if (examples) out = out.slice(examples.index + 1);
  // 我们将确保制造业投资增长8%以上: who acts, then the modal; the name comes after them, so the modal ends nothing.
  out = out.replace(/^(?:我们|我区|我市|我县|我省|该区|该市|该县|全区|全市|全县|全省)(?=要|将|拟|必须|务必)/, "");
  out = out.replace(MODAL_TAIL_RE, "");
  // 为实现“十二五”末全市地区生产总值: the aim's lead is no part of the name (batch 90's 益阳).
  out = out.replace(/^为了?实现(?=[\u4e00-\u9fa5“]{2})/, "");
  // 企业计划新增研发投入, 镇里计划建设高标准农田 (a deputy's words in a news article): the plan's modal after who plans is no
  // part of the name (年度计划投资, 项目计划投资 keep theirs: a plan's own amount).
  out = out.replace(/(?<=^[\u4e00-\u9fa5]{1,4})(?<!年度|全年|年)计划(?:再|还要|还将|将|要)?(?=新增|新建|建设|实现|引进|腾退|改造|增加|培训|发展|种植|扩大)/, "");
  // 停车便民工程新增公共停车泊位2210个 (a review's run through the year's livelihood works): the works' programme before the
  // task's verb is no part of what was added (batch 87's 青羊; readers never keep it).
  out = out.replace(/^[\u4e00-\u9fa5]{2,8}(?:工程|行动)(?=新增|新建|新开|改造|建成|开发|开展|培训|帮扶)(?=[\u4e00-\u9fa5]{4})/, "");
  // 努力把全年零售物价上涨幅度控制在…: the thing 把 takes is the name.
  out = out.replace(/^[^，,把]{0,6}把(?=[\u4e00-\u9fa5“]{2})/, "");
  // 中央财政拟投入社会保障资金: the payer's verb (and its modal) is no part of the fund's name.
  out = out.replace(/^(中央财政|中央预算内|地方财政|各级财政|中央政府|省财政|市财政|区财政|县财政)(?:拟|将|要|已|共|又|再)?(?:投入|安排|下达|拨付|支出)(?:了)?(?=[\u4e00-\u9fa5“]{2})/, "$1");
  // 受行业周期影响下降3.2%: the cause is no name; the metric named before it is.
  if (/^(?:受|因|由于)[^，,]{1,14}(?:影响|冲击|制约)$/.test(out)) return "";
  // 农业总产值由于受灾只完成2.31亿元: the cause after the name is no part of it (batch 81's 大同, 1981).
  out = out.replace(/(?<=[\u4e00-\u9fa5]{3})(?:由于|因为|因受|受)[\u4e00-\u9fa5]{1,10}?(?:影响|冲击|制约|灾害|受灾)?$/, (cause) => (/^(?:由于|因为|因受)/.test(cause) || /(?:影响|冲击|制约)$/.test(cause) ? "" : cause));
  // 推动数字经济核心产业增加值增长10%, 带动夜间消费额增长23%, 但跨境电商交易额…, 为企业减税降费及退税42亿元,
  // 用心办好52项民生实事项目, 办理人大代表建议, 获评省级示范工厂, 各类高层次人才: a task verb, a conjunction, a
  // beneficiary or 各类 (of every kind) before the name is no part of it.
  out = out.replace(LEADING_TASK_RE, "");
  // …一段据《扬州日报》刊载稿校补】人均地区生产总值: the end of a bracketed note that opened before the clause (a legal
  // database's 【注：…】, batch 71's 扬州) is no part of the name.
  // (…28006元【批注：上年25860元】、农村居民…, ［代表意见…］新增…: a reader's comment closed before the clause, batch 80's
  // 上饶 annotated copy.)
  out = out.replace(/^[^【】［］]*[】］][、，,；;]?(?=[\u4e00-\u9fa5“]{2})/, "");
  // 现行标准下剩余86户: the standard the count is made by is no part of its name (batch 62's 神农架).
  out = out.replace(/^(?:按|在)?现行(?:扶贫|贫困)?标准下(?=[\u4e00-\u9fa5]{2})/, "");
  // 全市经济社会发展的主要预期目标是地区生产总值 (a copy that lost the colon after 是): the lead names the plan, not the figure.
  out = out.replace(/^[^，,。；;]{0,16}(?:主要预期目标|主要目标|预期目标)(?:是|为)(?=[\u4e00-\u9fa5“]{2})/, "");
  // 孙明远作政府工作报告　今年地区生产总值预期增长6%左右 (a headline whose space the sentence lost): who reported is no name.
  out = out.replace(/^[\u4e00-\u9fa5]{1,8}(?:作|做)了?(?:政府)?工作报告(?:今年|明年)?(?=[\u4e00-\u9fa5A-Z“]{2})/, "");
  // 最低收购价平均每斤: the quantity a price or a yield is per is no part of its name.
  out = out.replace(/(?<=.{2})(?:平均)?每(?:斤|公斤|千克|吨|亩|百斤|担)$/, "");
  // 高新技术企业新增53家 (batch 42's 江阴): the firms added, named as the lexicon names them (新增高新技术企业), where it does.
  const addedAfter = /^(.{4,})(新增|净增)$/.exec(out);
  if (addedAfter && lookupMetric(addedAfter[2] + addedAfter[1]).key.startsWith("new-")) return addedAfter[2] + addedAfter[1];
  // 企业退休人员养老金人均每月新增: per head and per month is how it is given, 新增 what it did.
  out = out.replace(/(?<=.{4})(?:人均)?(?:每(?:月|年|人))?(?:新增|增加|提高)?$/, "");
  out = dropCountedIn(out);
  // 全民所有制单位基本建设投资不得突破4.5亿元: a prohibition's modal is no part of the name (batch 72's 镇江).
  out = out.replace(/(?<=[\u4e00-\u9fa5]{2})(?:不得|不能|不要|不应)$/, "");
  // 请问，今年的地区生产总值增长目标为什么定为6.5%? (a press conference's or an explainer's question): the question's
  // words are no part of the name it asks about.
  out = out.replace(/(?<=[\u4e00-\u9fa5]{2})(?:增长|增速)?(?:目标)?(?:为什么|为何|怎么|如何|是多少|有多少)$/, "");
  // 她建议今年城区新增学位 (a deputy's words in a news article): who proposes is no part of what is proposed.
  out = out.replace(/^(?:他|她|他们|她们)(?:还)?(?:建议|提出|希望)(?=[\u4e00-\u9fa5“]{3})/, "");
  // 把我国人口控制在12亿左右的目标: a target is what the figure is, not part of the name.
  out = out.replace(/(?<=[\u4e00-\u9fa5]{2})的?(?:宏伟)?目标$/, "");
  return out.replace(/^的|的$/g, "").trim();
}

const PARTNERS_RE = /^(?:与|同|跟)[^，,。；;]{1,24}?(?=新签|签约|签订|共建|合作共建|联合|互派|结对)/;

// (严格控制一般性支出，压减5%: what is held down is the name, batch 89's 丰台.)
// (为企业减负降本45.8亿元: readers keep the beneficiary of a lightened burden, 22 labels of 23; 为企业和个人减税降费 drops
// both beneficiaries.)
const BENEFICIARIES = "企业|市场主体|各类市场主体|小微企业|群众|居民|农民|纳税人|经营主体|个人";
const LEADING_TASK_RE = new RegExp(
  `^(?:但是?|而且?|并且?|同时[，,]?)?(?:为(?:${BENEFICIARIES})(?:(?:和|、)(?:${BENEFICIARIES}))?(?:累计)?(?!(?:新增)?减负))?` +
    "(?:(?:用心|全力|着力|大力|努力|高效|重点)?(?:推动|带动|促进|推进|稳定|办好|抓好|力促|拉动|办理|获评|开通|滚动实施|滚动推进|严格控制|从严控制|严控))?(?:各类)?(?=[\\u4e00-\\u9fa5“]{3})",
);

/** 必须控制在…, 一律削减…, 今年拟先增加…, 这八十亿元: adverbs, modals and pointers, never a name (the metric is before them).
 * (…旅游综合收入533.7亿元，虽然分别增长11.3%和14.7%: a concession's 虽然 too, batch 117's 黄山日报.) */
const ADVERB_ONLY_RE = /^从[^，,]{1,6}到[^，,]{1,6}$|^(?:虽然?|尽管|但是?|却|必须|务必|一律|一概|开始|先|再|又|也|都|还|就|才|仍|仍然|即|这|那|其|共|仅|只|总共|逐步|逐年|进一步|大体|基本|争取|力争|确保|必须先?|过|超|率先|在全[省市区县国]率先)+$/;

/** 集团购买力要按上年实际数额核减: a name ends where a modal (要, 将, 拟, 必须) starts what is to be done. */
const MODAL_TAIL_RE = /(?<=[\u4e00-\u9fa5”]{2})(?:(?<![主重纲需只不提概简扼必])要(?![求素点闻害])|将(?![军近])|拟|必须|务必)(?:按|把|在|从|以|使|对|由|向|比|继续|逐步|进一步|大力|切实|力争|确保|争取|保证(?![金率]))[^]*$/;

export const LEFTOVER_RE = /^(?:比|较|到|至|离|距|距离|未|尚未|没有|没|未能|全国|全省|全市|全区|全县|全镇|全乡|前|中|末|底|初|由|从|在|大大|高出|其中|以上|以下|同期|上年|去年|目标|转|速度|水平|幅度)$/;

// (会议、文件数量均削减10%以上: a cut said 削减, 压减, 压缩 or 减少 is each item's too, batch 85's 西城.)
const EACH = /(?<![人年平首])[均都](?=(?:要|将|可|能)?(?:实际)?(?:增长|为|达|保持|下降|提高|超过|在|突破|实现|列|居|控制|削减|压减|压缩|减少|降低|精简))/;

const QUALIFIER_ENTRIES = Object.entries(QUALIFIER_WORDS);

function noteWord(word: string, info: PrefixInfo) {
  for (const [w, q] of QUALIFIER_ENTRIES) {
    // A one-character qualifier only as the whole word (条约, 节约 and 接近 hold no 约 or 近); 不低于 is not 低于.
    if (w.length === 1 ? word === w : word.includes(w) && !(word.includes(`不${w}`) && !w.startsWith("不"))) {
      if (!info.qualifiers.includes(q)) info.qualifiers.push(q);
    }
  }
  if (word.includes("预计")) info.estimate = true;
  if (/^[由从]/.test(word) && !/^从而/.test(word)) info.from = true;
  if (/^(?:转为|转而|减为|降为|变为|改为|回落为|扭转为)/.test(word)) info.turn = true;
  if (/^(?:比|较|同比)/.test(word)) info.against = true;
  if (/^(?:涨幅|增幅|增速|降幅|增长速度|增长率)$/.test(word)) info.growthNoun = true;
  const rateWord = /^(涨幅|增幅|增速)/.exec(word);
  if (rateWord && !info.growthWord) info.growthWord = rateWord[1];
  // 五年累计, 五年来: a total over several years, which never answers one year's target.
  // 五年城镇新增就业4500万人 (a five-year plan's goal) too: a span of years, not one year.
  // (Not the end of a year in numerals: 比一九五五年 is one year, batch 59's 武汉.)
  if (/(?:^|[^第十前〇○零一二三四五六七八九])[二三四五六七八九十两]年(?:累计|来|内|间|中)?$/.test(word) && !info.qualifiers.includes("累计")) info.qualifiers.push("累计");
}

/** Every TRAILING word is short: matching against the tail alone keeps the end-anchored rules from scanning long prefixes. */
const TAIL = 16;

function stripTrailing(text: string, info: PrefixInfo): string {
  let rest = text;
  for (let guard = 0; guard < 16 && rest; guard++) {
    const tail = rest.length > TAIL ? rest.slice(-TAIL) : rest;
    const end = tail[tail.length - 1];
    const hit = TRAILING.find((t) => (!t.last || t.last.includes(end)) && t.re.test(tail));
    if (!hit) break;
    const found = hit.re.exec(tail)!;
    if (hit.verb && !info.verb) {
      info.verb = hit.verb;
      info.negative = !!hit.negative && hit.verb === "growth";
      info.cut = info.negative && !!hit.cut;
    }
    if (!hit.silent) noteWord(found[0], info);
    rest = rest.slice(0, rest.length - tail.length + found.index);
  }
  return rest;
}

/** 中央提出今年…, 国务院决定今年…: a reporting clause in front of the metric (checked once, not on every pass). */
// (报告说今年农民人均纯收入再增…, 报告里说机采率…: a news article's 说 of the report, batches 54 and 57.)
const REPORTING_RE = /^[^,，。]{0,8}(?:提出|提到|决定|要求|规定|确定|明确)了?(?:今年|明年|全年)?|^(?:政府工作)?报告(?:里|中)?(?:说|称|指出)(?:今年|明年|全年)?/;
const REPORTING_WORDS = ["提出", "提到", "决定", "要求", "规定", "确定", "明确", "报告"];

/** 中央财政已按…的4%编制预算: the payer and the basis in front of the figure's name. */
const BASIS_LEAD_RE = /^(?:中央财政|地方财政|各级财政|财政|中央|国家|政府)(?:已经?|将|要)?按照?(?=[\u4e00-\u9fa5]{4})/;

const SEASON_YEARS_RE = /^(?:(?:19|20|１９|２０)[0-9０-９]{2}[—–－-])?(?:19|20|１９|２０)?[0-9０-９]{2}(?=(?:冰雪季|雪季|冰雪旅游季|赛季|采暖季|供暖季))/;

function stripLeading(text: string, info: PrefixInfo): string {
  let rest = text;
  if (REPORTING_WORDS.some((w) => rest.includes(w))) rest = rest.replace(REPORTING_RE, "");
  if (rest.includes("按")) rest = rest.replace(BASIS_LEAD_RE, "");
  // 与上海、浙江等地新签合作项目, 与江西万载、铜鼓共建产业园区: the partners are no part of what was signed or built.
  rest = rest.replace(PARTNERS_RE, "");
  // 2022—2023冰雪季接待游客, ２０２３雪季: a season's years are its date, no part of the name.
  rest = rest.replace(SEASON_YEARS_RE, "");
  for (let guard = 0; guard < 8 && rest; guard++) {
    const match = LEADING.exec(rest);
    if (!match) break;
    noteWord(match[0], info);
    if (match[0] === "增加") info.added = true;
    rest = rest.slice(match[0].length);
  }
  return rest;
}

/** 化学需氧量、二氧化硫排放量分别下降…: heads every item of the list takes, even one that already ends like a metric. */
const SHARED_HEADS = ["排放总量", "排放量"];
// (群众诉求解决率…、满意率…: a rate of handling after another of the same subject, batch 85's 西城.)
export const HEADS = ["排放总量", "排放量", "存栏", "出栏", "主营业务收入", "营业收入", "人均可支配收入", "增加值", "销售产值", "产值", "总收入", "收入", "参保率", "覆盖率", "满意率", "完成率", "解决率", "响应率", "办结率", "投资额", "投资", "最低收购价"];
/** A list's shared measure also includes output (家用空调、冰箱产量 → 家用空调产量: batch 39's 佛山), which a bare 产量 after a
 * break does not borrow (label-context.ts keeps HEADS for that). */
const LIST_HEADS = [...HEADS, "产量"];
/** (游客人次 ends on its measure too: 游客人次和旅游收入 lends 收入 to no item, batch 41's 威宁.) */
const METRIC_END = /(?:[率额值数量入出资比重度积费价]|人次)$/;

/** 安全生产事故起数: what is tallied (events of a kind) and the tally. */
const TALLY = "(?:死亡|受伤|伤亡)?(?:人数|起数|次数)";
const TALLY_RE = new RegExp(`^(.{2,}?事故)${TALLY}$`);
/** 死亡人数, 起数: a tally alone, of no events named. */
const BARE_TALLY_RE = new RegExp(`^${TALLY}$`);
const PER_GDP_RE = /^(单位(?:国内|地区)?生产总值|单位GDP|万元(?:国内|地区)?生产总值|万元GDP)(?=.{2})/;

/** 汽车及零部件、绿色石化两大产业集群规模: items, how many, then the head they share. */
const COUNTED_LIST_RE = /^(.{2,}?)([两二三四五六七八九十])(?:大|个|项|类)(.{2,})$/;

/** 、和及 part a list's items; 地级及以上城市 and 规模及以上 are one item (及以上 is a threshold), and 和谐, 和美乡村, 和平 are words. */
const LIST_SEPARATOR_RE = /、|和(?![谐美平])|及(?!以[上下])/;
/** Two or more quoted names, nothing else between them but 、/和/及, then a measure they share (group 2). */
const QUOTED_NAMES_RE = /^((?:“[^“”]{1,12}”[、和及]?){1,}“[^“”]{1,12}”)([\u4e00-\u9fa5]{2,8})$/;

/** Two words said by their first characters only, the rest written once: 存、贷款 (存款, 贷款), 进、出口, 中、小学. */
const PAIRED_CHARACTERS = new Set(["存贷", "进出", "中小", "初高"]);
/** A township, or a park or zone said by its short name (高新区, 经开区: batch 117's 渭南), that no division list names. */
const SUB_PLACE = "[\\u4e00-\\u9fa5]{1,4}(?:镇|乡|街道)|[\\u4e00-\\u9fa5]{0,4}(?:高新区|经开区|开发区|工业园区|综保区|产业园)";
const SUB_PLACE_ITEM_RE = new RegExp(`^(?:${SUB_PLACE})$`);
const SUB_PLACE_THEN_METRIC_RE = new RegExp(`^(${SUB_PLACE})([\\u4e00-\\u9fa5]{3,})$`);

/** 高新技术产业、生物医药产业增加值 → 高新技术产业增加值, 生物医药产业增加值; 城镇和农村居民X → 城镇居民X, 农村居民X. */
export function splitLabelList(text: string, count?: number): string[] {
  // A list that counts its items takes them by that count: 汽车及零部件 is one item of two, and each takes the head.
  const counted = COUNTED_LIST_RE.exec(text);
  if (counted) {
    const n = parseChineseNumeral(counted[2]);
    const byPause = counted[1].split("、");
    const byAll = counted[1].split(LIST_SEPARATOR_RE);
    const items = byPause.length === n ? byPause : byAll.length === n ? byAll : null;
    if (items && items.every((item) => item.length >= 2)) return items.map((item) => item + counted[3]);
  }
  // “湄潭翠芽”“遵义红”品牌价值: quoted names side by side are a list, and what follows the last quote is each one's.
  const quoted = QUOTED_NAMES_RE.exec(text);
  if (quoted) return quoted[1].split(/(?<=”)(?:[、和及]?)(?=“)/).map((name) => name + quoted[2]);
  const byAll = text.split(LIST_SEPARATOR_RE).map((s) => s.trim()).filter(Boolean);
  // 软件和信息服务业、智能电网、集成电路产业营业收入分别达到…(three values): where the values say how many items there
  // are, a 和 inside an item (软件和信息服务业) parts nothing when the 、 alone give that many.
  const byPause = count !== undefined && byAll.length !== count ? text.split("、").map((s) => s.trim()).filter(Boolean) : null;
  const items = byPause && byPause.length === count ? byPause : byAll;
  if (items.length < 2) return items;
  const last = items[items.length - 1];
  // 对俄罗斯、韩国出口 → 对俄罗斯出口, 对韩国出口: trade with each partner, the 对 of the first and the flow of the last (batch
  // 95's 四平).
  const flow = items[0].startsWith("对") ? /(出口|进口|进出口|贸易额|贸易|投资)$/.exec(last)?.[1] : undefined;
  if (flow && items.every((item) => item.length <= 8)) return items.map((item) => `${item.startsWith("对") ? "" : "对"}${item}${item.endsWith(flow) ? "" : flow}`);
  const measure = LIST_HEADS.find((h) => last.endsWith(h) && last.length > h.length);
  // 生物医药、新材料、大数据云计算产业产值: 产业 before the shared measure is every item's (生物医药产业产值), except
  // an item that names its own trade (软件和信息服务业).
  const head = measure && new RegExp(`[^产行]产业${measure}$`).test(last) ? `产业${measure}` : measure;
  // 广播和电视的人口覆盖率 → 广播人口覆盖率, 电视人口覆盖率: short items share what follows the last one's 的.
  const ofHead = /^([\u4e00-\u9fa5]{1,4})的(.{2,})$/.exec(last);
  const size = items[0].length;
  const parallel = size >= 2 && size <= 4 && items.slice(0, -1).every((item) => item.length === size) && last.length >= size + 2 && METRIC_END.test(last) && !METRIC_END.test(last.slice(0, size));
  // 中、高等职业教育在校生 → 中等…, 高等…; 大、中型企业 → 大型企业, 中型企业: one character short for the same word.
  const sharedTail = /^[\u4e00-\u9fa5]([等级型])[\u4e00-\u9fa5]{2,}/.test(last) ? last.slice(1) : null;
  // 单位国内生产总值用水量、能耗、二氧化碳排放量: a per-GDP prefix on the first item is every item's, and each item
  // keeps its own measure.
  const perGdp = PER_GDP_RE.exec(items[0])?.[1];
  if (perGdp) return items.map((item, n) => (n === 0 || PER_GDP_RE.test(item) ? item : perGdp + item));
  // 安全生产事故起数、死亡人数: the events counted with the first measure are the bare measures' after it (5 readers of 5).
  const events = TALLY_RE.exec(items[0])?.[1];
  if (events && items.slice(1).every((item) => BARE_TALLY_RE.test(item))) {
    return items.map((item, n) => (n === 0 ? item : events + item));
  }
  // 玉溪、红河两地规模以上工业增加值: places before a metric named once (两地 counting them) each take all of it.
  const placed = items.slice(0, -1).every(isPlaceName) ? lastPlaceAndMetric(last) : null;
  if (placed) return [...items.slice(0, -1), placed.place].map((place) => place + placed.metric);
  // 克井镇、五龙口镇一般公共预算收入: townships (no division list names them) before a metric named once, each take all of it
  // (batch 112's 济源, a city without counties).
  // 金融机构人民币存、贷款余额, 进、出口总额: one character each for two words that share the rest, and what stands before the
  // first is both's (batch 109's 安顺).
  if (items.length === 2) {
    const [first] = items;
    const pair = first.slice(-1) + last[0];
    if (PAIRED_CHARACTERS.has(pair) && last.length >= 3) return [first + last.slice(1), first.slice(0, -1) + last];
  }
  const subPlaces = items.slice(0, -1).every((item) => SUB_PLACE_ITEM_RE.test(item)) ? SUB_PLACE_THEN_METRIC_RE.exec(last) : null;
  if (subPlaces) return [...items.slice(0, -1), subPlaces[1]].map((place) => place + subPlaces[2]);
  return items.map((item, n) => {
    if (sharedTail && n < items.length - 1 && item.length === 1) return item + sharedTail;
    if (ofHead && n === items.length - 1) return ofHead[1] + ofHead[2];
    if (ofHead && item.length <= 4 && !METRIC_END.test(item)) return item + ofHead[2];
    if (n === items.length - 1) return item;
    // 城镇、农村牧区常住居民人均可支配收入: the side word of the last item (农村牧区 is four characters) gives way.
    const side = /^(?:农村牧区|城镇|城市|农村|城乡|牧区)/.exec(last);
    if (item.length <= 3 && side && last.length > side[0].length + 2) {
      return item + last.slice(side[0].length);
    }
    if (head && head !== measure && /业$/.test(item)) return item + measure;
    // 基本养老、基本医疗保险参保率: items of one length that open alike share all the last adds, not only its measure
    // (基本养老保险参保率; 二氧化硫、化学需氧量排放量 share the measure alone).
    if (head && parallel && item[0] === last[0] && !METRIC_END.test(item) && last.slice(item.length).length > head.length) return item + last.slice(item.length);
    if (head && !item.endsWith(head) && (!METRIC_END.test(item) || SHARED_HEADS.includes(head))) return item + head;
    // 鄱阳湖、洞庭湖还湖面积: names of one length before a last item of that name and a metric share the metric.
    // (外贸出口和实际利用外资: an item the lexicon knows is a measure of its own, not a name waiting for one, batch 115's 随州.)
    if (!head && parallel && !METRIC_END.test(item) && !lookupMetric(item).known) return item + last.slice(item.length);
    return item;
  });
}

/** 红河两地规模以上工业增加值: the last place, the places counted (两地, 三市), then the metric they share. */
function lastPlaceAndMetric(last: string): { place: string; metric: string } | null {
  const split = placeAndMetric(last);
  if (!split || split.metric.length < 3) return null;
  const metric = split.metric.replace(/^[两二三四五六](?:地|市|区|县|州)/, "");
  return metric.length >= 2 && !/^[市区县州省]/.test(metric) ? { place: split.place, metric } : null;
}

/** 城乡居民人均可支配收入 with two values → the urban and the rural metric. */
export function expandPair(label: string): string[] | null {
  const match = /^(.*?)城乡(居民)?(.+)$/.exec(label);
  if (!match) return null;
  // 城乡低保标准分别提高到…: the urban 低保 is 城市低保 (7 labels of 7), urban income 城镇居民's.
  const urban = /低保|最低生活保障/.test(match[3]) ? "城市" : "城镇";
  return [`${match[1]}${urban}${match[2] ?? ""}${match[3]}`, `${match[1]}农村${match[2] ?? ""}${match[3]}`];
}

const REPLACED_WORDING_RE = /(?:则)?(?:由|从)?的?[“"][^“”"]{0,30}[”"](?:修改|调整|更改|改|下调|上调)(?:为|成)$/;

/** 修改为“城镇新增就业 (a revision's new wording): the figure is named inside the quote it stands in; 目标则由“下降5%”改为“下降 (a
 * quote of a few words): by the words before the replaced wording, the quote's verb kept (batch 111's 宣城, batch 68's news). */
function insideOpenQuote(prefix: string): string {
  // (将"一般公共预算收入增长4%"修改为"…: straight quotes open and close alike; an odd count leaves the last one open.)
  const straight = (prefix.match(/"/g)?.length ?? 0) % 2 === 1 ? prefix.lastIndexOf('"') : (/(?<=[为成])"(?=[^"]*$)/.exec(prefix)?.index ?? -1);
  const curly = prefix.indexOf("”", prefix.lastIndexOf("“")) === -1 ? prefix.lastIndexOf("“") : -1;
  const open = Math.max(straight, curly);
  if (open <= 0) return prefix;
  // (“……确保固定资产投资增长8%以上……”: the quote's ellipsis says the wording goes on around it.)
  const inside = prefix.slice(open + 1).replace(/^[…．.]+/, "");
  if (/[\u4e00-\u9fa5]{4}/.test(inside)) return inside;
  return prefix.slice(0, open).replace(REPLACED_WORDING_RE, "") + inside;
}

export function parsePrefix(prefix: string): PrefixInfo {
  const info: PrefixInfo = {
    label: "", list: [], respectively: false, each: false, verb: null, negative: false, cut: false, qualifiers: [], estimate: false, from: false, turn: false, against: false, growthNoun: false, added: false, growthWord: "",
  };
  // 由“5.5%以内”改为“5.5%左右”: the quotes around a figure are no part of the words before it.
  // “今年石嘴山将力争完成营造林8万亩…”她说: a quote's opening mark, never closed before the figure, opens speech, not a name.
  const unquoted = insideOpenQuote(prefix.trim()).replace(/^[”"]+|(?<=[^“"])[“"]+$/g, "").replace(/^“(?=[^”]+$)/, "");
  let text = stripLeading(unquoted, info);
  const respectively = text.lastIndexOf("分别");
  const each = respectively === -1 ? EACH.exec(text) : null;
  if (respectively !== -1 || each) {
    const at = respectively !== -1 ? respectively : each!.index;
    info.respectively = respectively !== -1;
    info.each = !info.respectively;
    stripTrailing(text.slice(at), info);
    text = stripTrailing(text.slice(0, at), info);
    text = stripLeading(cleanLabel(text), info);
    if (ADVERB_ONLY_RE.test(text)) text = "";
    info.list = text ? splitLabelList(text) : [];
    info.label = text;
    // 家用空调、冰箱产量分别占全国的15%和11%: each item's share of the whole named after 分别 (batch 39's 佛山).
    const whole = info.respectively ? /^分别占([\u4e00-\u9fa5]{1,8}?)的?(?:比重|比例)?$/.exec(unquoted.slice(unquoted.lastIndexOf("分别")).trim()) : null;
    if (whole && info.list.length > 1) info.list = info.list.map((item) => `${item}占${whole[1]}比重`);
    return info;
  }
  text = stripTrailing(text.trim(), info);
  text = stripLeading(text, info).trim();
  text = stripTrailing(stripLeading(cleanLabel(text), info), info).trim();
  // What is left of 比一九八一年, 到一九八五年, 一九七八年前的 is no name: the number belongs to the metric before it.
  if (LEFTOVER_RE.test(text) || ADVERB_ONLY_RE.test(text)) text = "";
  // 经济增长7.5%: with its verb gone, 经济 alone would name nothing; 经济增长 is the GDP growth.
  if (text === "经济" && info.verb === "growth") text = "经济增长";
  // 今年的增长目标下调了0.5个百分点: the target itself moved, and names the figure; 今年的增长目标比去年的6%…: the
  // target is compared with last year's, which the figure is.
  if (!text && /增长目标(?:(?:下调|调低|调减|上调|调高|提高|降低)了?|(?:比|较)(?:去年|上年)的?)$/.test(prefix.trim())) text = "增长目标";
  // 100亿元以上项目力争开工25个: a commitment word inside the name qualifies the figure and is no part of the name.
  const inner = INNER_COMMITMENT_RE.exec(text);
  if (inner) {
    noteWord(inner[2], info);
    text = inner[1] + inner[3];
  }
  info.label = text.length > 30 ? cappedLabel(text) : text;
  return info;
}

/** (工业集中发展区力争新引进投资亿元以上项目: a longer name after the word when it opens on what is done, batch 44's 成都.) */
const INNER_COMMITMENT_RE = /^([\u4e00-\u9fa5“”]{2,}?)(力争|确保)([\u4e00-\u9fa5]{1,6}|(?:新|引进|实现|完成|建成|开工)[\u4e00-\u9fa5“”]{1,14})$/;

/** A name longer than 30 characters keeps its last 30, cut where a word of a list starts (下岗职工基本生活费水平、失业保险金水平、…
 * loses whole items, never half a word); with no list mark to cut at, the last 30 characters. */
function cappedLabel(text: string): string {
  const tail = text.slice(-30);
  const mark = tail.search(/[、和及与]/);
  if (mark > 0 && mark < tail.length - 4) {
    // The first item, when the list starts the name: 下岗职工基本生活费水平、… is named by its first figure's item.
    const first = text.split(/[、]/)[0];
    if (first.length >= 2 && first.length <= 20 && text.includes("、")) return first;
    return tail.slice(mark + 1);
  }
  return tail;
}
