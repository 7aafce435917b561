// 解决21.8万农村人口饮水安全问题: people counted by the problem solved for them. Their number is the people whose drinking
// water was made safe, a figure of every rural report of the 2000s and 2010s, which readers name 解决饮水安全问题的农村人口
// (32 labels; the lexicon's synonyms hold the other ways they write it).
import { relabel } from "./lookup-metric";
import type { Indicator } from "./types";

/** The people, then their drinking water's problem, right after the figure. */
// (…农村人口的安全饮水问题: the safe water said before 饮水, as the national reports of 2010–2011 write it.)
const DRINKING_WATER_AFTER_RE = /^(?:多|余)?(?:名|个)?(?:农村|农民|城乡|山区)?(?:人口|群众|居民|农民|人)?的?(?:安全饮水|饮水(?:安全|不安全|困难|难))/;
/** 解决, 解决了, 新解决 in the clause before the figure; 巩固提升 of a plan that answers it (batch 41's 威宁). */
const SOLVED_BEFORE_RE = /(?:解决|巩固提升|提升|保障)(?:了)?[^，,。；;]{0,6}$/;

/** `ordered`: the sentence's indicators in reading order; renamed in place. */
export function namePeopleServed(text: string, ordered: Indicator[]): void {
  for (const people of ordered) {
    if (people.unit !== "人" && people.unit !== "") continue;
    if (!DRINKING_WATER_AFTER_RE.test(text.slice(people.end)) || !SOLVED_BEFORE_RE.test(text.slice(Math.max(0, people.start - 12), people.start))) continue;
    relabel(people, "解决饮水安全问题的农村人口");
    if (people.unit === "") people.unit = "人";
  }
}
