// A list whose items each take their figure, parted by 、, names its measure once, on its first item: 哈密市完成棚户区改造
// 3016户、巴里坤县820户、伊吾县460户 (the places' share of one measure), 改造城市棚户区2.6万户、农村危房2.1万户 (one work
// done to two things). A later item's name is completed from the first's: 巴里坤县棚户区改造, 改造农村危房 (batch 116's 哈密
// and 江西 readers; the place's 完成 is no part of the name either).
import { relabel } from "./lookup-metric";
import type { Indicator } from "./types";

/** A county's, a city's, a district's, a township's or a banner's name (not 全市, 该县, 本区, 我镇, 各乡; nor 老旧小区, 工业园区,
 * 景区, 社区, 校区, things that end in 区). */
const PLACE = "(?![全该本我各])[\\u4e00-\\u9fa5]{1,6}?(?:市|县|(?<![小园景社校])区|镇|乡|旗|街道)";
/** Such a name alone. */
const PLACE_RE = new RegExp(`^${PLACE}$`);
/** A place named at the head of the first item, with the verb that says it did the work. */
const PLACE_HEAD_RE = new RegExp(`^(${PLACE})(?:完成|实现|新增)?(?=[\\u4e00-\\u9fa5]{2})`);
/** The works a first item names before what they were done to (the verb the later items leave out), compounds whole:
 * 新建改造, 新建和翻修, 新建改扩建. (新增 is left to each item: readers name a later item without it.) */
const WORK_VERB_RE = /^(?:新建|改造|改扩建|扩建|建成|新开工|治理|整治|翻修)(?:[和及、]?(?:新建|改造|改扩建|扩建|提升|翻修|加固))*(?=[\u4e00-\u9fa5]{2})/;
/** A later item that names its own verb (or a measure) needs none. */
const OWN_VERB_RE = /^(?:加装|安装|配备|改造|新建|改扩建|扩建|建成|新增|新开工|开工|竣工|投产|通车|治理|整治|翻修|创建|培育|引进|实施|完成|实现|建设|提升|发展)/;

/** `text`: the sentence; `ordered`: its indicators in reading order, renamed in place. */
export function nameListItems(text: string, ordered: Indicator[]): void {
  for (let k = 1; k < ordered.length; k++) {
    const [first, item] = [ordered[k - 1], ordered[k]];
    if (first.type !== item.type || !first.metric.startsWith("x-") || !item.metric.startsWith("x-")) continue;
    // The item follows the figure before it, parted by 、 only: 3016户、巴里坤县820户.
    const between = text.slice(first.end, item.start);
    if (between !== `、${item.label}`) continue;
    const place = PLACE_HEAD_RE.exec(first.label);
    if (PLACE_RE.test(item.label) && place && first.unit === item.unit) {
      const measure = first.label.slice(place[0].length);
      if (place[0] !== place[1]) relabel(first, place[1] + measure);
      relabel(item, item.label + measure);
      // (The list's next item completes from this one, which now names the place's measure the same way.)
      continue;
    }
    // (改造棚户区3000套、老旧小区40个: one work done to things counted in units of their own, batch 118's 巴彦淖尔.)
    const verb = WORK_VERB_RE.exec(first.label)?.[0];
    // (城中村改造项目 after 改造…: an item that names the work itself takes no verb.)
    if (verb && !OWN_VERB_RE.test(item.label) && !PLACE_RE.test(item.label) && !item.label.includes(verb.slice(-2))) relabel(item, verb + item.label);
  }
}
