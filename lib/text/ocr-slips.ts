// Text recognised by OCR from a scanned page confuses characters that look alike: 未 and 末, 已 and 己, 亿 and 忆, 人 and 入
// after a figure (a letter read for a digit, 16O.2亿元, is read in the figure itself: chars.ts OCR_DIGIT_RE); a speech
// transcript writes 增涨 for 增长 and spells 微克每立方米. The analysis reads the text through a view that puts back what was
// meant, character for character, so every offset stays the stored text's; the stored text is not touched.

/** 末完成, 末达到, 末能 (未): not after a time word that ends on 末 (年末完成, 月末实现). */
const NOT_YET_RE = /(?<![年月周期季岁纪本])末(?=完成|达到|实现|达标|能|按期|如期)/g;
/** 己全面完成, 己建成 (已): not in 自己, 知己, 利己, 克己. */
const ALREADY_RE = /(?<![自知利舍克异])己(?=经|全面|完成|建成|实现|达到|累计|基本|初步|开工|形成|超过|突破|启动|投产)/g;

/** 71.5忆元 (亿): after a figure, before a unit. */
const HUNDRED_MILLION_RE = /(?<=\d\s?)忆(?=元|美元|斤|吨|人|千瓦|立方米|平方米|标准)/g;
/** 4.36万入 (人): after a figure's scale, where the clause ends. */
const PERSONS_RE = /(?<=\d[万亿]?)入(?=[，。、；）)]|次|$)/gm;

/** 增涨百分之十点一, 增涨8.5% (增长): a homophone slip of a transcript or a typist, before a figure. */
const GROWS_RE = /增涨(?=了?[0-9０-９百零一二两三四五六七八九十])/g;
/** 十九微克每立方米 (微克/立方米): the unit as spoken, one character for one. */
const PER_CUBIC_METRE_RE = /(?<=微克)每(?=立方米)/g;

/** 高薪技术企业 (高新技术企业), 新增市场主题9.1万户 (市场主体): a transcript's homophones of a common name, before the figure or
 * the name's own words (batch 89's 惠州 broadcast transcript). */
const HIGH_TECH_RE = /(?<=高)薪(?=技术(?:企业|产业|产品|开发区))/g;
const MARKET_ENTITY_RE = /(?<=市场主)题(?=[0-9０-９零一二两三四五六七八九十]|总量|数量|达到|突破|增长|[，。、；])/g;

/** The text as the page printed it, and how many characters were read back. */
export function readOcrSlips(text: string): { text: string; slips: number } {
  let slips = 0;
  const put = (by: string) => () => {
    slips++;
    return by;
  };
  const read = text.replace(NOT_YET_RE, put("未")).replace(ALREADY_RE, put("已")).replace(HUNDRED_MILLION_RE, put("亿")).replace(PERSONS_RE, put("人")).replace(GROWS_RE, put("增长")).replace(PER_CUBIC_METRE_RE, put("/"))
    .replace(HIGH_TECH_RE, put("新")).replace(MARKET_ENTITY_RE, put("体"));
  return { text: read, slips };
}
