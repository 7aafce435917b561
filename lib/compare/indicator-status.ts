import type { Indicator } from "@/lib/analysis/types";
import { scaleFactor } from "@/lib/analysis/scales";
import { compareQualifiers, pickQualifier, qualifierInfo } from "./commitment";
import { displayIndicator, formatDelta, formatNumber, isPercent, round } from "./format";
import type { ChangeType, IndicatorStatus } from "./types";

/** Exceeded: actual beats a target by ≥ 0.5 个百分点 (% values, and values in 个百分点) or ≥ 10% of the target (other units). */
export const EXCEED_POINTS = 0.5;
export const EXCEED_RELATIVE = 0.1;
/** 左右: met within ±0.5 个百分点 (% values, and values in 个百分点) or ±5% of the target (other units). */
export const APPROX_POINTS = 0.5;
export const APPROX_RELATIVE = 0.05;

/** Metrics where less is better, when the target carries no 以内/以下 to say so. Population growth: every national
 * report of the corpus (1979–2014) sets it as a ceiling (降到千分之十左右, 控制在千分之十三左右). */
const LOWER_IS_BETTER = /unemploy|energy|emission|pm2|accident|death|cpi|deficit|poor|population-growth|startup-time|失业|能耗|排放|事故|死亡|浓度|污染|物价|价格|赤字|贫困|人口.{0,2}增长率|(?:审批|办结|办理|开办)(?:时间|时限)/i;
/** Metrics set as a level to keep to, neither more nor less being better: money supply (M2) 增长13%左右 is missed at 11.3%
 * as at 13.6% (the readers of 2013→2014 and 2016→2017). Its target is a band around the figure, written 左右 or not. */
const TWO_SIDED = /money-supply|货币/i;

export interface Verdict {
  status: IndicatorStatus;
  reason: string;
  delta: number | null;
  qualifierChange?: ChangeType;
}

const equalValues = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function margin(target: Indicator, points: number, relative: number): number {
  // 城镇化水平提高1.5个百分点 against 1.7个百分点: a change in points is measured in points, as a percentage is.
  return isPercent(target.unit) || target.unit === "个百分点" ? points : Math.abs(target.value) * relative;
}

/** Counted up, though 贫困, 失业 and 污染 name lower-is-better metrics: the poor lifted out (解决温饱的贫困人口, 脱贫人口), poor
 * villages and counties taken off the list (贫困村退出400个 met by 439: batch 36's 青海), the jobless placed in work
 * (户籍失业人员实现再就业1500名) and the polluters closed (关闭淘汰高耗能、重污染企业200家: batch 38's 宝安); the poor still
 * left, and the poor villages and counties, counted in a plan (确保剩余3.1万贫困人口全部脱贫、128个贫困村全部出列: batch 49's 百色). */
// (出列贫困村160个, 培训贫困劳动力3万人次: the villages taken off and the poor trained, counted up too: batch 61's 恩施.)
const COUNTED_UP_START_RE = /^(?:解决|脱贫|减贫|摆脱|关闭|淘汰|关停|取缔|整治|拆除|清理|腾退|剩余|出列|退出|培训|帮扶|资助|救助|安置|转移|搬迁|扶持|带动)/;
const COUNTED_UP_END_RE = /(?:脱贫|退出|摘帽|出列|销号|再就业|实现就业|培训|转移就业|搬迁|安置|^贫困(?:村|县|乡镇|乡))$/;

/** 建档立卡贫困人口住院费用实际报销比例稳定在90%左右 (batch 66's 澜沧): a share of a benefit reached is better the higher,
 * whatever group it is measured for. */
const BENEFIT_RATE_END_RE = /(?:报销比例|报销比|覆盖率|参保率|保障率|入学率|巩固率|就业率|达标率|满意率|签约率|救治率|到位率)$/;

export function lowerIsBetter(target: Indicator): boolean {
  const bound = pickQualifier(target.qualifiers, "bound");
  if (bound && qualifierInfo(bound)?.bound === "ceiling") return true;
  if (COUNTED_UP_START_RE.test(target.label) || COUNTED_UP_END_RE.test(target.label) || BENEFIT_RATE_END_RE.test(target.label)) return false;
  return LOWER_IS_BETTER.test(`${target.metric} ${target.label}`);
}

function twoSided(target: Indicator): boolean {
  const bound = pickQualifier(target.qualifiers, "bound");
  const written = bound ? qualifierInfo(bound)?.bound : undefined;
  return (written === undefined || written === "approx") && target.value >= 0 && TWO_SIDED.test(`${target.metric} ${target.label}`);
}

const AMOUNT_TYPES: ReadonlySet<string> = new Set(["level", "count"]);

const WORDS: Record<"met" | "exceeded" | "missed", string> = { met: "完成", exceeded: "超额完成", missed: "未完成" };

/** Goal (left) against achievement (right): did they do it? The rules are written down in the README (Status rules). */
export function judgeGoal(target: Indicator, actual: Indicator, related: boolean): Verdict {
  const t = target.value;
  // 压减粗钢产能4500万吨 (a cut, −4500万) answered by 退出钢铁产能6500万吨 (the amount cut, written as it is): an amount
  // against a cut is the size of that cut.
  const cutAnswered = t < 0 && actual.value > 0 && AMOUNT_TYPES.has(target.type) && AMOUNT_TYPES.has(actual.type);
  const a = cutAnswered ? -actual.value : actual.value;
  const band = twoSided(target);
  const written = band ? "approx" : (qualifierInfo(pickQualifier(target.qualifiers, "bound") ?? "")?.bound ?? "plain");
  // 下降4%以上, 再减少1000万以上: a bound on a fall bounds its size, so 以上 asks for at least that fall (a ≤ t).
  const bound = t < 0 && written === "floor" ? "ceiling" : t < 0 && written === "ceiling" ? "floor" : written;
  // A cut or a fall set as the target (压减…4500万吨左右, −4500万) is met by cutting at least as much, whatever the metric.
  const lower = lowerIsBetter(target) || t < 0;
  const exceed = margin(target, EXCEED_POINTS, EXCEED_RELATIVE);
  const fmt = (v: number) =>
    isPercent(target.unit) ? `${formatNumber(v)}%` : `${formatNumber(v / scaleFactor(target.scale))}${target.scale ?? ""}${target.unit}`;
  let status: IndicatorStatus;
  let rule: string;
  if (target.upper !== undefined && target.upper !== null) {
    // A range (6%－6.5%) is met inside it.
    // 降低2%到3% is −2 to −3 as written: the band is the same whichever end comes first.
    const low = Math.min(t, target.upper);
    const top = Math.max(t, target.upper);
    if (a >= low - 1e-9 && a <= top + 1e-9) status = "met";
    else status = (a > top) !== lower ? "exceeded" : "missed";
    rule = status === "met" ? `${fmt(a)} 在 ${fmt(low)}–${fmt(top)} 内` : `${fmt(a)} 在 ${fmt(low)}–${fmt(top)} 外`;
  } else if (bound === "ceiling" && written === "floor") {
    // 减少1000万以上, 下降3%以上: a floor on the size of a fall is met by that fall and exceeded by the margin beyond it.
    status = a <= t || equalValues(a, t) ? (t - a >= exceed - 1e-9 ? "exceeded" : "met") : "missed";
    rule = status === "missed" ? `${fmt(a)} > ${fmt(t)}` : `${fmt(a)} ≤ ${fmt(t)}`;
  } else if (bound === "ceiling" || (bound === "approx" && lower)) {
    // 左右 on a lower-is-better metric (CPI, unemployment, deficit) is a ceiling: "not much above".
    status = a <= t || equalValues(a, t) ? "met" : "missed";
    rule = status === "met" ? `${fmt(a)} ≤ ${fmt(t)}` : `${fmt(a)} > ${fmt(t)}`;
    if (bound === "approx") rule += "（越低越好的指标，左右视作上限）";
  } else if (bound === "approx") {
    const tol = margin(target, APPROX_POINTS, APPROX_RELATIVE);
    const off = a - t;
    if (Math.abs(off) <= tol + 1e-9) status = "met";
    else status = band ? "missed" : (off > 0) !== lower ? "exceeded" : "missed";
    const range = `${fmt(t - tol)}–${fmt(t + tol)}`;
    rule = status === "met" ? `${fmt(a)} 在 ${range} 内` : `${fmt(a)} 在 ${range} 外`;
    if (band) rule += "（货币供应量按区间判断，偏高偏低都算未完成）";
  } else if (lower && bound !== "floor") {
    status = a <= t || equalValues(a, t) ? (t - a >= exceed - 1e-9 ? "exceeded" : "met") : "missed";
    rule = status === "missed" ? `${fmt(a)} > ${fmt(t)}` : `${fmt(a)} ≤ ${fmt(t)}`;
  } else {
    status = a >= t || equalValues(a, t) ? (a - t >= exceed - 1e-9 ? "exceeded" : "met") : "missed";
    rule = status === "missed" ? `${fmt(a)} < ${fmt(t)}` : `${fmt(a)} ≥ ${fmt(t)}`;
  }
  const notes: string[] = [];
  if (cutAnswered) notes.push("实绩为削减量，按削减比较");
  const modal = pickQualifier(target.qualifiers, "modal");
  if (status === "missed" && modal && modal !== "确保") notes.push(`${modal}目标, 属努力方向`);
  if (status === "missed" && modal === "确保") notes.push("确保目标未达成");
  if (related) notes.push(RELATED_NOTE);
  const delta = deltaOf(target, actual);
  return {
    status,
    delta,
    reason: `目标 ${displayIndicator(target)}，实绩 ${displayIndicator(actual)}，${rule} → ${WORDS[status]}${
      notes.length ? `（${notes.join("；")}）` : ""
    }`,
  };
}

export const RELATED_NOTE = "相关指标，非同一指标 (related metric, not identical)";

/**
 * Same kind on both sides, or achievement against the next goal: same / changed with a delta. Qualifiers only
 * count between like statements: a result's 以上 and a target's 以上 are not the same promise.
 */
export function judgeChange(
  left: Indicator,
  right: Indicator,
  related: boolean,
  labels: [string, string],
  qualifiers: "commitment" | "neutral" | "none" = "commitment",
): Verdict {
  const delta = deltaOf(left, right);
  const moved = qualifiers === "none" ? null : compareQualifiers(left.qualifiers, right.qualifiers);
  const qualifierChange = (moved && qualifiers === "neutral" ? "qualifier" : moved) || undefined;
  const sameValue = equalValues(left.value, right.value);
  const status: IndicatorStatus = sameValue && !qualifierChange && !related ? "same" : "changed";
  const parts = [`${labels[0]} ${displayIndicator(left)}，${labels[1]} ${displayIndicator(right)}`];
  if (sameValue) parts.push("数值相同");
  else if (delta !== null) parts.push(`差 ${formatDelta(delta, left.unit, left.scale)}`);
  if (qualifierChange) parts.push(QUALIFIER_WORDS[qualifierChange]);
  if (related) parts.push(RELATED_NOTE);
  return { status, delta, qualifierChange, reason: `${parts.join("，")} → ${status === "same" ? "相同" : "变化"}` };
}

const QUALIFIER_WORDS: Record<ChangeType, string> = {
  weakened: "限定词减弱 (weakened)",
  strengthened: "限定词加强 (strengthened)",
  qualifier: "限定词变化",
  number: "数值变化",
};


/** right − left; for % values that is 个百分点. */
export function deltaOf(left: Indicator, right: Indicator): number | null {
  if (left.unit !== right.unit) return null;
  return round(right.value - left.value);
}
