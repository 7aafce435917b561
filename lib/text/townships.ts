// A township's report (镇, 乡, 街道: below the county-level units the division list knows) names its township in its title.
import { pinyin } from "pinyin-pro";

/** 北滘镇 from a township's title (佛山市顺德区北滘镇人民政府工作报告, 北滘镇2019年政府工作报告, …在北滘镇第十七届人民代表大会…),
 * null for any other text. */
export function townshipOf(title: string): string | null {
  return /((?:(?![省市区县州盟旗镇乡])[\u4e00-\u9fa5]){1,5}(?:镇|乡|街道))(?:人民政府工作报告|\d{4}年政府工作报告|政府工作报告|第[一二三四五六七八九十]+届人民代表大会)/.exec(title)?.[1] ?? null;
}

/** beijiao for 北滘镇: the township's name in pinyin without its unit word, for its reports' slugs. */
export function townshipSlug(township: string): string {
  return pinyin(township.replace(/(?:镇|乡|街道)$/, ""), { toneType: "none", type: "array", nonZh: "removed" }).join("").replace(/[^a-z]/g, "");
}
