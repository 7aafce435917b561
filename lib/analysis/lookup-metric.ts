import { METRICS, type MetricDef } from "./metrics";
import { foldWidth } from "@/lib/text/width";
import { placeAndMetric } from "./neighbour-names";
import type { Indicator } from "./types";

export interface MetricMatch {
  key: string;
  name: string;
  nameEn?: string;
  related?: string[];
  /** False when the key was derived from the label because no lexicon entry matched. */
  known: boolean;
}

/** Words a label may start with that do not change the metric (region, time, verbs). */
const LEADING_NOISE = [
  "全年预计", "全年", "全区", "全市", "全省", "全县", "全镇", "全国", "我区", "我市", "我省", "我县", "本区", "本市", "本省", "本县", "该区", "辖区",
  "预计", "实现", "完成", "其中", "累计", "力争", "确保", "争取", "今年", "明年", "当年", "年度", "全社会",
  // 积极争取中央和省预算内资金 (a task's manner word before its verb, batch 92's 东营).
  "积极",
  // 这一增长目标 (a news article pointing back to the target it has just named).
  "这一", "这个",
  // 办理人大代表建议, 引进各类首店, 实施重大项目, 发行新增地方政府专项债券: what was handled, brought in, carried out or
  // issued is the count, whether or not the verb stays in the name (readers write both).
  "办理", "引进", "实施", "发行",
  // 本次大会应出席代表, 大会应出席代表: the session counted is the one reported on.
  "本次大会", "大会",
  // 区级一般公共预算收入, 市本级: the level of government that keeps the account.
  "区本级", "市本级", "县本级", "区级", "市级", "县级", "本级",
  // (地方级一般公共预算收入: the local level's, as 地方一般公共预算收入 is, batch 100's 儋州.)
  "地方级",
  // 地级及以上城市细颗粒物平均浓度: the cities a national air figure is measured over.
  "地级及以上城市", "地级以上城市", "设区市", "设区城市",
];

/** Marks that change no name: blanks, quotes, brackets, and the pause mark inside a list (新增中小学、幼儿园学位 is 新增中小学幼儿园学位). */
export function normalizeLabel(label: string): string {
  return foldWidth(label.replace(/[\s“”"'‘’《》「」()（）、]/g, ""), /[Ａ-Ｚａ-ｚ０-９]/g)
    .replace(/[a-z]+/g, (w) => w.toUpperCase())
    .replace(/的/g, "");
}

const INDEX = buildIndex(METRICS);

function buildIndex(metrics: MetricDef[]): Map<string, MetricDef> {
  const index = new Map<string, MetricDef>();
  for (const metric of metrics) {
    for (const synonym of [metric.name, ...metric.synonyms]) {
      const key = normalizeLabel(synonym);
      if (!index.has(key)) index.set(key, metric);
    }
  }
  return index;
}

/** Candidates for a label: itself, then with known leading words removed. */
function candidates(normalized: string, withPlace = true): string[] {
  const out = [normalized];
  let rest = normalized;
  for (let guard = 0; guard < 6; guard++) {
    const word = LEADING_NOISE.find((w) => rest.startsWith(w) && rest.length > w.length);
    if (!word) break;
    rest = rest.slice(word.length);
    out.push(rest);
  }
  // 余杭区城镇新增就业: a leading place name, only ever used to reach an exact synonym (not a port area, 吕四港区).
  const place = withPlace ? /^(?![城地社小市县区新旧])[\u4e00-\u9fa5]{2,3}(?<!港)[区市县](?![场民级])/.exec(rest) : null;
  if (place && rest.length > place[0].length) out.push(rest.slice(place[0].length));
  // 南通港集装箱吞吐量, 宁波舟山港货物吞吐量: the port a throughput is measured at (not a port area, 吕四港区, which is part of it).
  const port = withPlace ? /^[\u4e00-\u9fa5]{2,5}港(?![区口务])/.exec(rest) : null;
  if (port && rest.length > port[0].length + 1) out.push(rest.slice(port[0].length));
  // 辽宁经济增长, 宁波国内生产总值: a place written without its unit word, found in the division list.
  const bare = withPlace && !place ? placeAndMetric(rest) : null;
  if (bare && bare.metric.length >= 2) out.push(bare.metric);
  // 社会消费品零售总额增长率, 单位GDP能耗降低率 (a table's row names): the rate of change of a metric is that metric's
  // (its figure is typed a growth); only used to reach an exact synonym (人口自然增长率 is a synonym of its own). Not 增速
  // or 增幅: 规上工业增加值增速 is how a margin over another place is named, under a key of its own.
  for (const c of [...out]) {
    // (固定资产投资增长（%）, a table's row named by the change it gives, batch 8's 许昌: 增长 as 增长率.)
    const change = /^(.{2,})(?:增长率|增长|降低率|下降率)$/.exec(c);
    if (change) out.push(change[1]);
  }
  return out;
}

const CARD_SUFFIX_RE = /(?:增长目标|增速目标|预期目标|目标|总量|增速|增幅)$/;

/** A stable key for a metric that is not in the lexicon: "x-" followed by the normalised label. */
export function derivedMetricKey(label: string): string {
  // 对俄贸易额, 对俄进出口, 对东盟贸易总额: trade with one partner, however it is worded, is one metric.
  const normalized = normalizeLabel(label)
    .replace(/^(对[\u4e00-\u9fa5]{1,4}?)(?:进出口总额|进出口额|贸易总额|贸易额|贸易)$/, "$1进出口")
    // 托育服务扩容投入资金 and 托育服务扩容投入 (the funds an item was given), 十件民生实事投入资金 and 民生实事投入资金 (the count of
    // the items is no part of what was spent): one metric each.
    .replace(/(?<=.{2})投入资金$/, "投入")
    .replace(/^(?:[\d一二三四五六七八九十]{1,3})[件项](?=民生)/, "")
    .slice(0, 40);
  return `x-${normalized || "value"}`;
}

export function lookupMetric(label: string): MetricMatch {
  const normalized = normalizeLabel(typeof label === "string" ? label : "");
  // 占一般公共预算收入60.37% is a share of that metric, not the metric itself.
  if (/^(占|相当于)/.test(normalized)) return { key: derivedMetricKey(normalized), name: normalized, known: false };
  const all = candidates(normalized);
  const known = (candidate: string): MetricMatch | null => {
    const metric = INDEX.get(candidate);
    return metric ? { key: metric.key, name: metric.name, nameEn: metric.nameEn, related: metric.related, known: true } : null;
  };
  for (const candidate of all) {
    const match = known(candidate);
    if (match) return match;
  }
  // GDP总量, GDP增速, 社零增长目标, 新增就业目标 (an 一图读懂 card's names): the metric, named with what its figure is;
  // only used to reach an exact synonym, and only worked out when the label's own words reach none.
  for (const candidate of all.flatMap((c) => [c.replace(CARD_SUFFIX_RE, ""), c.replace(/(?:增长|增速)目标$/, "增速")])) {
    const match = candidate.length >= 2 ? known(candidate) : null;
    if (match) return match;
  }
  const rest = candidates(normalized, false).at(-1) ?? normalized;
  return { key: derivedMetricKey(rest), name: rest || label, known: false };
}

export function getMetric(key: string): MetricDef | undefined {
  return METRICS.find((m) => m.key === key);
}

export { METRICS as METRIC_LEXICON };

/** Gives an indicator a new name and the metric that name is (the post-passes that rename a figure by its context). */
export function relabel(indicator: Pick<Indicator, "label" | "metric">, label: string): void {
  indicator.label = label;
  indicator.metric = lookupMetric(label).key;
}
