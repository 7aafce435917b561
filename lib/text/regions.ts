// Which region a report is about, on top of the GB/T 2260 division index (divisions.ts): names found in a place
// string or counted in the body, and a name shared by several units (西湖区 in Hangzhou and Nanchang) resolved by
// the parent the text names.
import { NATIONAL, divisionMentions, divisionSlug, divisionsNamed, parentOf, type Division } from "./divisions";
import { ESTABLISHED_SLUGS } from "./divisions-supplement";
import type { ReportMetadata } from "./types";

/** The regions Duizhao shipped with, offered first when a user corrects a report's region. */
export const SUGGESTED_REGIONS = ["全国", "杭州市", "上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区"];

/** Two-character names that are also common words (城区面积, 郊区, 矿区): never counted as a mention. */
export const GENERIC_NAMES: ReadonlySet<string> = new Set(["城区", "郊区", "矿区", "市区", "新区", "开发区"]);

/**
 * The unit a name means in this text: the only one of that name, or, for a shared name, the one whose city or
 * province the text names most (南昌 → Nanchang's 西湖区), else the one with an established slug, else the first.
 */
export function resolveRegion(name: string | null, text = ""): Division | null {
  if (!name) return null;
  if (name === NATIONAL.name) return NATIONAL;
  const units = divisionsNamed(name);
  if (units.length <= 1) return units[0] ?? null;
  let best: Division | null = null;
  let bestScore = 0;
  for (const unit of units) {
    let score = 0;
    for (let p = parentOf(unit); p && p.level !== "national"; p = parentOf(p)) score += countOccurrences(text, shortName(p.name));
    if (score > bestScore) [best, bestScore] = [unit, score];
  }
  return best ?? units.find((u) => ESTABLISHED_SLUGS[u.code]) ?? units[0];
}

/** The metadata fields a resolved unit gives: its slug, GB/T 2260 code and parent (all null for an unknown name). */
export function regionFields(unit: Division | null): Pick<ReportMetadata, "regionSlug" | "regionCode" | "regionParent"> {
  const parent = unit ? parentOf(unit) : null;
  return {
    regionSlug: unit ? divisionSlug(unit) : null,
    regionCode: unit?.code ?? null,
    regionParent: parent ? { code: parent.code, name: parent.name } : null,
  };
}

/** 杭州市 → 杭州, 内蒙古自治区 → 内蒙古: how a text names a place in passing. */
function shortName(name: string): string {
  return name.length > 2 ? name.replace(/(?:维吾尔|壮族|回族)?自治区$|特别行政区$|[省市]$/, "") : name;
}

/**
 * The most specific region named in a place string such as `在杭州市西湖区` → 西湖区. Known names win; otherwise the
 * last administrative unit (…市/区/县) is taken, but only when `generic` (a congress line says it is a place;
 * in a headline `创新活力之区` is not one).
 */
export function lastRegionIn(place: string, generic = true): string | null {
  if (/全国人民代表大会|国务院/.test(place)) return NATIONAL.name;
  const known = divisionMentions(place).filter((m) => !GENERIC_NAMES.has(m.name));
  if (known.length || !generic) return known.at(-1)?.name ?? null;
  // Only what follows a date or 在/于 names the place: `2011年2月23日在瑞安市` → 瑞安市.
  const units = place.replace(/^.*[在于日月年\d\s—-]/, "").match(/[\u4e00-\u9fff]{1,6}?(?:市|区|县)/g);
  return units ? units[units.length - 1] : null;
}

/** Names the text mentions, and how often it speaks as a district or city (全区, 市政府…), as a lower unit (全省, 全县…) or as the country (全国, 我国, 国务院). */
export function regionMentions(text: string): { counts: Map<string, number>; district: number; city: number; local: number; national: number } {
  const counts = new Map<string, number>();
  for (const { name } of divisionMentions(text)) {
    if (!GENERIC_NAMES.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // A city is often named without 市 (杭州的发展): count the short form for the cities the text names in full.
  for (const name of [...counts.keys()]) {
    if (!divisionsNamed(name).some((d) => d.level === "city")) continue;
    counts.set(name, Math.max(counts.get(name)!, countOccurrences(text, shortName(name))));
  }
  const district = countPattern(text, /全区|我区|区政府|区委|区人民政府|该区|区人大/g);
  const city = countPattern(text, /全市|我市|市政府|市委|市人民政府|该市|市人大/g);
  const local = district + city + countPattern(text, /全省|我省|省政府|省委|全县|我县|县政府|县委|全州|我州/g);
  const national = countPattern(text, /全国|我国|国务院|中央/g);
  return { counts, district, city, local, national };
}

export function levelOf(name: string): Division["level"] | null {
  return divisionsNamed(name)[0]?.level ?? (name === NATIONAL.name ? "national" : null);
}

function countOccurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

function countPattern(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
