// 新能源汽车及关键零部件、高端装备、绿色家居三大产业集群产值突破3000亿元: one figure for a group of named items that the
// text counts (三大, 四类) is the group's, named by its count: 三大产业集群产值 (18 labels of 22 in batches 29–35; the other
// four keep the list). A list whose items take a figure each (分别) was split before this pass and never reaches it.
import { parseChineseNumeral } from "@/lib/text/chinese-numerals";
import { relabel } from "./lookup-metric";
import type { Indicator } from "./types";

/** Items parted by 、, how many (三大, 两类), then the head the group shares. */
const COUNTED_GROUP_RE = /^(.{2,}?、.{2,}?)([两二三四五六七八九十])(大|类)(.{2,})$/;

/** `ordered`: the sentence's indicators; renamed in place. */
export function nameCountedGroups(ordered: Indicator[]): void {
  for (const indicator of ordered) {
    const group = COUNTED_GROUP_RE.exec(indicator.label);
    if (!group || group[1].split("、").length !== parseChineseNumeral(group[2])) continue;
    // 三大主导产业集群实现产值: the verb between the group and its measure is no part of the name.
    relabel(indicator, group[2] + group[3] + group[4].replace(/(?:实现|完成)(?=[\u4e00-\u9fa5]{2})/, ""));
  }
}
