// Qualifiers and signs written once for several figures of a sentence, spread over them after every figure is read:
// 力争 over a list, 左右 after the last of joined values, the cut a list opens on.
import { passedSize } from "./project-names";
import type { Indicator } from "./types";

/** The words that commit to a figure (力争, 确保, 争取), as against the bounds (以上, 左右…). */
export const COMMITMENT_WORDS: ReadonlySet<string> = new Set(["力争", "确保", "争取"]);

/** The figures of one sentence in reading order: commitments, trailing bounds and cuts spread where the sentence means
 * them to reach (changes the indicators in place). */
export function spreadQualifiers(text: string, ordered: Indicator[]): void {
  spreadCommitments(text, ordered);
  spreadTrailingBounds(text, ordered);
  spreadCuts(text, ordered);
}

/** “…确保…增长8%以上”修改为“…增长6%以上”: a revision's new wording commits to what it says itself (batch 68's 盘锦 说明). */
const REVISED_TO_RE = /(?:修改|调整|更改|改)(?:为|成)/;

/** 10亿元以上重大产业项目: a figure with 以上 that qualifies the noun after it is a threshold, not a commitment. */
const THRESHOLD_AFTER_RE = /^(?:以上|以下)(?=[\u4e00-\u9fa5“])(?!的?(?:目标|水平|增长))/;

/** Counts of projects and firms, which 力争 or 争取 in the clause before reaches across one comma (确保 does not: 确保城镇新增
 * 就业11万人以上，新增普惠托位3000个, 16 readers' labels of 17). */
const REACHED_COUNT_UNITS: ReadonlySet<string> = new Set(["个", "家"]);

/**
 * 力争全年引进10亿元以上重大产业项目8个、世界500强企业投资项目3个: the commitment covers the items of a list joined by
 * 、 (11 of 13 labelled cases), and passes over a threshold to the figure it qualifies. Across a comma it reaches a
 * 其中 clause (5 of 5: 确保固定资产投资增长10%以上，其中工业投资增长15%) and a count of projects or firms (18 of 23:
 * 全年力争完成固定资产投资800亿元，新引进10亿元以上重大产业项目12个); other figures after a comma stand alone (about
 * 30 of 36), and a semicolon or a full stop ends it.
 */
function spreadCommitments(text: string, ordered: Indicator[]): void {
  let carry: string[] = [];
  let lastEnd = -1;
  for (const cur of ordered) {
    // A threshold (10亿元以上) takes no commitment and passes the carry on to the figure it qualifies.
    const threshold = THRESHOLD_AFTER_RE.test(text.slice(cur.end)) || passedSize(text, cur);
    if (lastEnd >= 0) {
      const between = text.slice(lastEnd, cur.start);
      const commas = between.match(/[，,：:]/g)?.length ?? 0;
      const reached = commas === 1 && (/^[^，,：:]*[，,：:]其中/.test(between) || (cur.type === "count" && REACHED_COUNT_UNITS.has(cur.unit) && !carry.every((w) => w === "确保")));
      if (threshold) {
        if (/[；;。！!？?]/.test(between)) [carry, lastEnd] = [[], cur.start];
      } else if (/[；;。！!？?]/.test(between) || (commas > 0 && !reached) || REVISED_TO_RE.test(between)) carry = [];
    }
    if (threshold) {
      const own = cur.qualifiers.filter((w) => COMMITMENT_WORDS.has(w));
      if (own.length) [carry, lastEnd] = [own, cur.start];
      cur.qualifiers = cur.qualifiers.filter((w) => !COMMITMENT_WORDS.has(w));
      if (lastEnd < 0) lastEnd = cur.start;
      continue;
    }
    let mine = cur.qualifiers.filter((w) => COMMITMENT_WORDS.has(w));
    if (!mine.length && carry.length) {
      cur.qualifiers = [...carry, ...cur.qualifiers];
      mine = carry;
    }
    carry = mine;
    lastEnd = cur.end;
  }
}

/** The words after the last value of a list that bound every value of it. */
const BOUND_WORDS: ReadonlySet<string> = new Set(["左右", "以上", "以内", "以下"]);

/**
 * 城乡居民人均可支配收入分别增长5.5%和7%左右: a bound written once after values joined by 和/、 alone bounds each of
 * them (both readers of the two labelled lists read it so).
 */
function spreadTrailingBounds(text: string, ordered: Indicator[]): void {
  for (let k = ordered.length - 2; k >= 0; k--) {
    const cur = ordered[k];
    const next = ordered[k + 1];
    if (cur.unit !== next.unit || !/^\s*[和、与]\s*$/.test(text.slice(cur.end, next.start))) continue;
    if (cur.qualifiers.some((w) => BOUND_WORDS.has(w))) continue;
    const bound = next.qualifiers.filter((w) => BOUND_WORDS.has(w));
    if (bound.length) cur.qualifiers = [...cur.qualifiers, ...bound];
  }
}

/** Between two items of a list: a bound, 、, and the next item's name with no verb of its own. */
const CUT_LIST_GAP_RE = /^(?:以上|左右)?、[\u4e00-\u9fa5“”]{2,12}?(?:超过|近|约)?$/;
const OWN_VERB_RE = /增长|增加|提高|提升|达到|完成|实现|新增|建成|下降|减少|压减|退出|淘汰|化解/;

/**
 * 退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨: the cut a list opens on is each item's cut, when an item of the same
 * kind adds no verb of its own (the readers of the national reports take 煤炭产能 negative as 钢铁产能).
 */
function spreadCuts(text: string, ordered: Indicator[]): void {
  for (let k = 1; k < ordered.length; k++) {
    const [prev, cur] = [ordered[k - 1], ordered[k]];
    if (!(prev.value < 0) || !(cur.value > 0) || prev.unit !== cur.unit || prev.type !== cur.type || prev.increment) continue;
    if (prev.type !== "level" && prev.type !== "count") continue;
    const gap = text.slice(prev.end, cur.start);
    // Items of one kind (钢铁产能、煤炭产能 share 产能): 减少贫困人口1000万、易地扶贫搬迁280万人 are two things.
    if (!CUT_LIST_GAP_RE.test(gap) || OWN_VERB_RE.test(gap) || prev.label.slice(-2) !== cur.label.slice(-2)) continue;
    cur.value = -cur.value;
    if (cur.upper !== undefined) cur.upper = -cur.upper;
  }
}
