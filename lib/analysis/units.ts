// The one module of units: what may follow a number (find-quantities), which of them count items (extract-indicators:
// 5个医共体 is a count), the units (with their scale) a diff keeps with its number (compare/tokens), and the ones the
// benchmark's text generator changes numbers before (bench/recombine). Longest first where matched.

/** Units that count things, people or times: a number with one of them is a count. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  "头只", "人次", "家次", "户次", "场次", "批次", "剂次", "架次", "班次", "车次", "航次", "个", "家", "项", "人", "名", "户", "件", "所", "座", "条", "台", "辆", "场", "次",
  "宗", "幢", "栋", "套", "张", "处", "例", "起", "部", "支", "批", "篇", "册", "本", "只", "头", "株", "棵", "枚", "位",
  "床", "间", "艘", "架", "道", "剂", "根", "盏", "口", "片", "层", "门", "类", "种", "列", "份", "枝", "款", "趟", "羽",
  // Wells drilled (新打机电井12眼: batch 55's 呼伦贝尔日报).
  "眼",
  // Spindles of spinning capacity (新增纺纱产能30万锭: batch 57's 石河子) and bags of fungus grown (栽培黑木耳9.1亿袋: 伊春).
  "锭", "袋",
  // Bolts of cloth and bricks, as the 1950s count them (棉布二百一十万匹, 机制砖二亿一千万块: batch 59's 武汉, the national
  // reports of the time).
  "匹", "块",
  // Orders delivered (无人机配送订单12.6万单: batch 66's 龙岗); 单位 (of blood, of vaccine) before 单, longest first.
  "单位", "单",
]);

/** Weights in tonnes (a 担 is fifty kilograms: 茶叶4.3万担 against 2180吨, batch 60's 淳安): a weight in 斤 or 公斤 set against one in 吨 is read in tonnes (compare/pair-indicators, and the eval's
 * pair scorer that finds a label written in 斤 on the pair's side). */
export const TONNES_PER_UNIT: Readonly<Record<string, number>> = { 吨: 1, 公斤: 0.001, 千克: 0.001, 斤: 0.0005, 担: 0.05 };

export const UNITS = [
  "%", "‰", "个百分点", "百分点", "倍",
  "元", "美元", "欧元", "港元",
  "平方公里", "平方千米", "平方米", "立方米", "公里",
  // The metric units as the 1950s named them (职工宿舍十六万五千平方公尺, 土方二百八十万公方: batch 59's 武汉).
  "平方公尺", "立方公尺", "公尺", "公方", "千米", "米", "亩", "公顷", "千升", "升",
  "吨标准煤", "吨公里", "人公里", "蒸吨", "吨", "公斤", "千克", "斤", "担", "千瓦时", "千瓦", "千伏安", "兆瓦时", "兆瓦", "吉瓦时", "吉瓦", "马力", "标准箱", "标箱", "载重吨", "重量箱", "箱", "微克/立方米", "微克每立方米", "度",
  "EFLOPS", "PFLOPS", "TFLOPS", "GWh", "GW", "MW", "TEU", "分钟", "小时", "秒", "个工作日", "工作日", "天", "个月", "年", "周岁", "周", "岁",
  ...COUNT_UNITS,
];
/** Units written out as they are said (26微克每立方米, a speech-to-text transcript's: batch 121's 贺州): the written form. */
export const SPOKEN_UNIT_FORMS: Readonly<Record<string, string>> = { 微克每立方米: "微克/立方米" };
/** Words after a number that make it a date, an ordinal or part of a name. */
/** (1000千伏特高压交流, 110千伏变电站: a voltage grade names the line or the station, batch 49's 锡林郭勒.) */
export const NOT_A_QUANTITY = ["年代", "周年", "千伏", "号线", "号", "届", "期", "版", "级", "代", "强", "月", "日", "时", "路", "型", "号楼"];
export const SUFFIXES = [...UNITS.map((w) => ({ w, skip: false })), ...NOT_A_QUANTITY.map((w) => ({ w, skip: true }))].sort(
  (a, b) => b.w.length - a.w.length,
);
export const AFTER_QUALIFIERS = ["以上", "以下", "以内", "之内", "左右", "上下"];
// (A superscript footnote mark too: 城乡居民收入倍差缩小至1.57² in a Word export.)
export const BARE_FOLLOWERS = ",，。;；、)）:：! \n\t和及与¹²³⁴⁵⁶⁷⁸⁹⁰";

/**
 * What a diff keeps with the number before it, scale word included (8.5万亿元 is one token, so that a changed figure
 * shows as one change): compare/tokens. Narrower than UNITS on purpose, so that the diffs stay as they were made.
 */
export const DIFF_TOKEN_UNITS: readonly string[] = [
  "个百分点", "万亿元", "亿美元", "万美元", "亿元", "万元", "千元", "美元", "元",
  "万平方米", "平方米", "平方公里", "公里", "万立方米", "立方米", "万人次", "人次", "万家次", "家次",
  "万人", "人", "万户", "户", "万亩", "亩", "万吨", "吨", "万千瓦", "千瓦", "%", "％", "‰",
  "倍", "个", "项", "家", "名", "件", "所", "条", "座", "辆", "次", "宗", "幢", "年", "万", "亿", "千", "百",
];

/** The first characters after a number that the benchmark's generator (bench/recombine) treats as a figure to vary. */
export const FIGURE_FOLLOWERS: readonly string[] = [
  "%", "亿", "万", "千", "个", "家", "项", "倍", "元", "吨", "公里", "平方", "人", "户", "所", "座", "条", "次", "米", "亩",
  "套", "件", "辆", "分", "天", "小时", "公顷", "余",
];

/** Units of a relative figure (a change or a share, not an amount): an amount of them never names a thing of its own. */
export const RELATIVE_UNITS: ReadonlySet<string> = new Set(["%", "‰", "个百分点", "百分点", "倍"]);
