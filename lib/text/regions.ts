/** Known regions with stable slugs. Others are still detected by name (slug null). */
export interface Region {
  name: string;
  slug: string;
  level: "city" | "district";
}

export const REGIONS: Region[] = [
  { name: "杭州市", slug: "hangzhou", level: "city" },
  { name: "上城区", slug: "shangcheng", level: "district" },
  { name: "下城区", slug: "xiacheng", level: "district" },
  { name: "江干区", slug: "jianggan", level: "district" },
  { name: "拱墅区", slug: "gongshu", level: "district" },
  { name: "西湖区", slug: "xihu", level: "district" },
  { name: "滨江区", slug: "binjiang", level: "district" },
  { name: "萧山区", slug: "xiaoshan", level: "district" },
  { name: "余杭区", slug: "yuhang", level: "district" },
  { name: "临平区", slug: "linping", level: "district" },
  { name: "钱塘区", slug: "qiantang", level: "district" },
  { name: "富阳区", slug: "fuyang", level: "district" },
  { name: "临安区", slug: "linan", level: "district" },
  { name: "桐庐县", slug: "tonglu", level: "district" },
  { name: "淳安县", slug: "chunan", level: "district" },
  { name: "建德市", slug: "jiande", level: "district" },
];

export function regionSlug(name: string | null): string | null {
  return REGIONS.find((r) => r.name === name)?.slug ?? null;
}

/**
 * The most specific region named in a place string such as `在杭州市西湖区` → 西湖区. Known names win; otherwise the
 * last administrative unit (…市/区/县) is taken, but only when `generic` (a congress line says it is a place;
 * in a headline `创新活力之区` is not one).
 */
export function lastRegionIn(place: string, generic = true): string | null {
  let best: { name: string; at: number } | null = null;
  for (const r of REGIONS) {
    const at = place.lastIndexOf(r.name);
    if (at !== -1 && (!best || at > best.at)) best = { name: r.name, at };
  }
  if (best || !generic) return best?.name ?? null;
  // Only what follows a date or 在/于 names the place: `2011年2月23日在瑞安市` → 瑞安市.
  const units = place.replace(/^.*[在于日月年\d\s—-]/, "").match(/[\u4e00-\u9fff]{1,6}?(?:市|区|县)/g);
  return units ? units[units.length - 1] : null;
}

/** Mentions of each known region, plus how strongly the text speaks as a district (全区, 我区) or a city (全市). */
export function regionMentions(text: string): { counts: Map<string, number>; district: number; city: number } {
  const counts = new Map<string, number>();
  for (const r of REGIONS) {
    const n = countOccurrences(text, r.name);
    if (n > 0) counts.set(r.name, n);
  }
  const hangzhou = countOccurrences(text, "杭州");
  if (hangzhou > 0) counts.set("杭州市", Math.max(counts.get("杭州市") ?? 0, hangzhou));
  const district = countPattern(text, /全区|我区|区政府|区委|区人民政府|该区|区人大/g);
  const city = countPattern(text, /全市|我市|市政府|市委|市人民政府|该市|市人大/g);
  return { counts, district, city };
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

function countPattern(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
