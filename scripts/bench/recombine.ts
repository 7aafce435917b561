// Rewrites a seed paragraph for another region and year, with varied numbers. Used by the corpus and the compare pair.
import { FIGURE_FOLLOWERS } from "@/lib/analysis/units";
import { int, type Rng } from "./prng";
import type { Paragraph } from "./seeds";

/** The plan year of each seed (004 masks its years as 20xx; its plan year is 2012). */
const SEED_PLAN_YEAR: Record<string, number> = {
  "000_6f0d3471dae921c8.txt": 2020,
  "001_6e2dc38416b95792.txt": 2020,
  "002_28b7e1935f0577e3.txt": 2021,
  "003_d850761e47ed951d.txt": 2020,
  "004_eb0d6571eb462b03.txt": 2012,
};

export interface Place {
  /** Full name, e.g. 余杭区, 义乌市, 杭州市. */
  name: string;
  /** The city it belongs to, written before a district or county name (杭州市余杭区); "" for cities. */
  city: string;
}

const UNITS = FIGURE_FOLLOWERS.join("|");
const NUMBER_RE = new RegExp(`(?<![A-Za-z\\d.])(\\d+(?:\\.\\d+)?)(?=(?:${UNITS}))`, "g");
const YEAR_RE = /(?<!\d)(19\d\d|20\d\d)(?=年)/g;
const MASKED_YEAR_RE = /20[xX×]{2}(?=年)/g;
const SEED_PLACES = /余杭区|上城区|西湖区|余杭|上城/g;

/** Scale a number by a factor in [0.8, 1.25], keeping its number of decimals (and integers ≥ 1). */
export function varyNumber(raw: string, rng: Rng): string {
  const decimals = raw.includes(".") ? raw.split(".")[1].length : 0;
  const value = Number(raw) * (0.8 + rng() * 0.45);
  return decimals ? value.toFixed(decimals) : String(Math.max(1, Math.round(value)));
}

export function rewriteParagraph(p: Paragraph, rng: Rng, target: { place: Place; planYear: number }): string {
  const delta = target.planYear - (SEED_PLAN_YEAR[p.seed] ?? target.planYear);
  const unit = target.place.name.slice(-1);
  return p.text
    .replace(MASKED_YEAR_RE, () => String(p.part === "review" ? target.planYear - 1 : target.planYear))
    .replace(YEAR_RE, (y) => String(Number(y) + delta))
    .replace(SEED_PLACES, (m) => (m.endsWith("区") ? target.place.name : target.place.name.slice(0, -1)))
    .replace(/(全|我|该)区/g, `$1${unit}`)
    .replace(/区(政府|委|人大)/g, `${unit}$1`)
    .replace(NUMBER_RE, (n) => varyNumber(n, rng));
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "建国华明伟强军平东海波涛宏志国庆林峰立新永德春晓文斌勇杰亮红英敏丽俊辉宇鹏飞忠良荣刚毅";

export function personName(rng: Rng): string {
  const s = SURNAMES[int(rng, 0, SURNAMES.length - 1)];
  const g = Array.from({ length: int(rng, 1, 2) }, () => GIVEN[int(rng, 0, GIVEN.length - 1)]).join("");
  return s + g;
}
