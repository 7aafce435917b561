// Limits a figure sets on what follows it: an age on the people after it, a boiler's size on the boilers.
// 35岁以下大学生, 3岁以下婴幼儿: an age with 以下/以上 before the people it bounds is the age limit of those people, not a
// measure of the words before it. Readers of batches 9–12 name it the way one says it (大学生年龄, 婴幼儿年龄), and the
// count after it keeps the words before the age (新引进35岁以下大学生4.2万人 → 新引进大学生).
import { relabel } from "./lookup-metric";
import { SIZE_THRESHOLD } from "./project-names";
import type { Indicator } from "./types";

/** The people an age limit bounds, written right after 以下/以上. */
// (65周岁以上户籍老年人, 60岁以上农村老人: a word of residence or kind before the people, batch 89's 丰台.)
const BOUNDED_PEOPLE_RE = /^(?:以下|以上|及以下|及以上)的?((?:户籍|常住|城乡|城镇|农村|本市|本区|困难|特困|失能|留守|独居|空巢)?(?:婴幼儿|幼儿|儿童|青少年|青年|大学生|高校毕业生|毕业生|学生|老年人|老人|人口|人才|职工|农民工))/;

/** The words written before the k-th figure in its own clause or list item, when they are words only ("" otherwise). */
function wordsBefore(text: string, ordered: Indicator[], k: number): string {
  const at = ordered[k].start;
  const from = Math.max(ordered[k - 1]?.end ?? 0, ...[..."，,、；;。：:"].map((mark) => text.lastIndexOf(mark, at - 1) + 1));
  return /^[\u4e00-\u9fa5]*$/.test(text.slice(from, at)) ? text.slice(from, at) : "";
}

/** `ordered`: the sentence's indicators in reading order; renamed in place. */
export function nameAgeLimits(text: string, ordered: Indicator[]): void {
  ordered.forEach((age, k) => {
    if (age.unit !== "岁" && age.unit !== "周岁") return;
    const people = BOUNDED_PEOPLE_RE.exec(text.slice(age.end));
    if (!people) return;
    // The words written before the age in its own clause or list item (新引进, 新增), not a label borrowed from elsewhere.
    const before = wordsBefore(text, ordered, k);
    relabel(age, `${people[1]}年龄`);
    // 新引进35岁以下大学生4.2万人: the count of the people bounded keeps the words before the age.
    const count = ordered[k + 1];
    if (!count) return;
    const after = text.slice(age.end, count.start).replace(/^(?:及)?(?:以下|以上)的?/, "");
    // 每千人口拥有3岁以下婴幼儿托位数: a rate per head of population is named in full, with the age (13 readers of 13).
    if (/^每[千万百]人/.test(before) && after.startsWith(count.label)) {
      const bounded = text.slice(age.start, count.start);
      relabel(count, before + bounded.slice(0, bounded.lastIndexOf(count.label) + count.label.length));
    } else if (before && count.label === after) relabel(count, before + after);
  });
}

/** 燃煤锅炉, 燃煤小锅炉: what a boiler's size in 蒸吨 bounds, right after 以下/以上. */
const BOUNDED_BOILERS_RE = /^(?:及)?(?:以下|以上)的?((?:燃煤|燃油|燃气)?(?:小)?锅炉)/;

/**
 * 淘汰10蒸吨以下燃煤锅炉236台: a boiler's size with 以下 before the boilers is the size of those boilers, as an age is of the
 * people after it; the count keeps the verb before the size (淘汰燃煤锅炉), so that the plan's and the review's counts meet
 * (batch 93's 营口, 燃煤锅炉规模 to its readers).
 */
export function nameSizeLimits(text: string, ordered: Indicator[]): void {
  ordered.forEach((size, k) => {
    if (size.unit !== "蒸吨") return;
    const boilers = BOUNDED_BOILERS_RE.exec(text.slice(size.end));
    if (!boilers) return;
    const before = wordsBefore(text, ordered, k);
    relabel(size, `${boilers[1]}规模`);
    // (The size the boilers counted must stay under is no commitment of its own: never paired.)
    size.metric = SIZE_THRESHOLD;
    const count = ordered[k + 1];
    if (count && text.slice(size.end, count.start).replace(/^(?:及)?(?:以下|以上)的?/, "") === boilers[1]) relabel(count, before + boilers[1]);
  });
}
