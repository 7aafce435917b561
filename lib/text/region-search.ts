// Finding a region among China's ~3,400 divisions by what people type: its Chinese name (余杭, 杭州余杭), its full
// pinyin (yuhang) or its initials (yh). The pinyin of every name is computed once, into a small index kept for the
// life of the process, so a keystroke is a scan of short strings and never a pinyin conversion.
import { pinyin } from "pinyin-pro";
import { DIVISIONS, divisionByCode, divisionSlug, parentOf, type Division, type DivisionLevel } from "./divisions";

export interface RegionEntry {
  code: string;
  slug: string;
  name: string;
  level: DivisionLevel;
  /** Names above it, from the province down, without 全国 (余杭区 → 浙江省, 杭州市). */
  parents: string[];
  /** Full pinyin of the name without tones or spaces (余杭区 → yuhangqu). */
  spelled: string;
  /** First letters of each syllable (余杭区 → yhq). */
  initials: string;
  /** The same two for the nearest parent in front (杭州市余杭区 → hangzhoushiyuhangqu, hzsyhq). */
  spelledWithParent: string;
  initialsWithParent: string;
  abolished?: number;
}

const syllables = (name: string) => pinyin(name, { toneType: "none", type: "array", nonZh: "removed", v: true }).map((s) => s.replace(/[^a-z]/g, "")).filter(Boolean);

function ancestry(d: Division): string[] {
  const names: string[] = [];
  for (let p = parentOf(d); p && p.level !== "national"; p = parentOf(p)) names.unshift(p.name);
  return names;
}

function toEntry(d: Division): RegionEntry {
  const own = syllables(d.name);
  const parent = parentOf(d);
  const above = parent && parent.level !== "national" ? syllables(parent.name) : [];
  const initialsOf = (list: string[]) => list.map((s) => s[0]).join("");
  return {
    code: d.code, slug: divisionSlug(d), name: d.name, level: d.level, parents: ancestry(d),
    spelled: own.join(""), initials: initialsOf(own),
    spelledWithParent: [...above, ...own].join(""), initialsWithParent: initialsOf([...above, ...own]),
    ...(d.abolished ? { abolished: d.abolished } : {}),
  };
}

let index: RegionEntry[] | null = null;

/** Every division as a search entry; built on first use (about half a second) and kept. */
export function regionIndex(): RegionEntry[] {
  index ??= [...DIVISIONS.values()].map(toEntry);
  return index;
}

const HAN = /[\u3400-\u9fff]/;

/** What the user typed, reduced to what is compared: no spaces, apostrophes or case; ü as v. */
export function normalizeRegionQuery(query: string): string {
  return query.trim().toLowerCase().replace(/ü/g, "v").replace(/[\s'’·・,，、]/g, "");
}

/** How well an entry answers the query: 0 for no match, higher is better. */
export function matchScore(entry: RegionEntry, query: string): number {
  if (!query) return 0;
  if (HAN.test(query)) {
    const full = entry.parents.join("") + entry.name;
    if (entry.name === query) return 100;
    if (entry.name.startsWith(query)) return 90;
    if (entry.name.includes(query)) return 60;
    // 杭州余杭, 杭州市余杭区: the parent's name (with or without its unit word) before the name.
    const parent = entry.parents.at(-1) ?? "";
    const loose = (parent.replace(/[省市]$/, "") + entry.name);
    if (full.endsWith(query) || loose.startsWith(query) || (parent + entry.name).startsWith(query)) return 50;
    return 0;
  }
  if (entry.spelled === query) return 95;
  if (entry.spelled.startsWith(query)) return 85;
  if (entry.initials.startsWith(query)) return 80;
  if (query.length >= 3 && (entry.spelledWithParent.startsWith(query) || entry.initialsWithParent.startsWith(query))) return 45;
  if (query.length >= 3 && entry.spelled.includes(query)) return 30;
  return 0;
}

const LEVEL_ORDER: Record<DivisionLevel, number> = { national: 0, province: 1, city: 2, district: 3 };

export interface RegionMatch extends RegionEntry {
  /** How many stored reports the region has (given by the caller). */
  reportCount: number;
}

/**
 * The best matches for a query: a region with reports before one without, then the closer match, then the higher
 * level (杭州市 before a district), a current unit before an abolished one, then by code. Deterministic.
 */
export function searchRegions(query: string, options: { limit?: number; reportCounts?: ReadonlyMap<string, number>; entries?: RegionEntry[] } = {}): { matches: RegionMatch[]; total: number } {
  const q = normalizeRegionQuery(query);
  const counts = options.reportCounts ?? new Map<string, number>();
  const scored: { entry: RegionEntry; score: number; reports: number }[] = [];
  for (const entry of options.entries ?? regionIndex()) {
    const score = matchScore(entry, q);
    if (score > 0) scored.push({ entry, score, reports: counts.get(entry.slug) ?? 0 });
  }
  scored.sort((a, b) =>
    Number(b.reports > 0) - Number(a.reports > 0) || b.score - a.score || LEVEL_ORDER[a.entry.level] - LEVEL_ORDER[b.entry.level] ||
    Number(Boolean(a.entry.abolished)) - Number(Boolean(b.entry.abolished)) || a.entry.code.localeCompare(b.entry.code));
  return { matches: scored.slice(0, options.limit ?? 12).map((s) => ({ ...s.entry, reportCount: s.reports })), total: scored.length };
}

/** The entry of a slug, for showing a chosen region (余杭区 · 浙江省 杭州市). */
export function regionEntryBySlug(slug: string): RegionEntry | null {
  return regionIndex().find((e) => e.slug === slug) ?? null;
}

/** Whether a report's region is the chosen one or lies within it (杭州市 holds 余杭区). */
export function regionHolds(chosen: RegionEntry, report: { regionSlug: string | null; regionCode: string | null }): boolean {
  if (report.regionSlug === chosen.slug) return true;
  for (let d = divisionByCode(report.regionCode); d; d = parentOf(d)) if (d.code === chosen.code) return true;
  return false;
}

const within = new Map<string, string[]>();

/** Every division code that is the chosen one or lies within it: what `regionHolds` accepts, as a list a query can use. */
export function regionCodesWithin(chosen: Pick<RegionEntry, "code">): string[] {
  let codes = within.get(chosen.code);
  if (!codes) {
    codes = [];
    for (const d of DIVISIONS.values()) {
      for (let p: Division | null = d; p; p = parentOf(p)) if (p.code === chosen.code) { codes.push(d.code); break; }
    }
    within.set(chosen.code, codes);
  }
  return codes;
}
