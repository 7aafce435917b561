// The one list of units: what may follow a number (find-quantities), which of them count items (extract-indicators:
// 5个医共体 is a count), and the units a compare token may carry (compare/tokens). Longest first where matched.

/** Units that count things, people or times: a number with one of them is a count. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  "人次", "家次", "户次", "场次", "批次", "个", "家", "项", "人", "名", "户", "件", "所", "座", "条", "台", "辆", "场", "次",
  "宗", "幢", "栋", "套", "张", "处", "例", "起", "部", "支", "批", "篇", "册", "本", "只", "头", "株", "棵", "枚", "位",
  "床", "间", "艘", "架", "道", "根", "盏", "口", "片", "层", "门", "类", "种",
]);

export const UNITS = [
  "%", "‰", "个百分点", "百分点", "倍",
  "元", "美元", "欧元", "港元",
  "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "米", "亩", "公顷",
  "吨标准煤", "吨", "公斤", "千克", "斤", "千瓦时", "千瓦", "兆瓦", "微克/立方米",
  "分钟", "小时", "秒", "天", "个月", "年", "周", "岁",
  ...COUNT_UNITS,
];
/** Words after a number that make it a date, an ordinal or part of a name. */
export const NOT_A_QUANTITY = ["年代", "周年", "号线", "号", "届", "期", "版", "级", "代", "强", "月", "日", "时", "路", "型", "号楼"];
export const SUFFIXES = [...UNITS.map((w) => ({ w, skip: false })), ...NOT_A_QUANTITY.map((w) => ({ w, skip: true }))].sort(
  (a, b) => b.w.length - a.w.length,
);
export const AFTER_QUALIFIERS = ["以上", "以下", "以内", "之内", "左右", "上下"];
export const BARE_FOLLOWERS = ",，。;；、)）:：! \n\t和及与";
