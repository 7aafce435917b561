import { lookupMetric } from "@/lib/analysis/lookup-metric";
import type { Indicator } from "@/lib/analysis/types";

/** A number with no label (x-value) names no metric, so it can be compared with nothing. */
export const NAMELESS = "x-value";

/**
 * A derived key whose label still carries a lead (经济发展持续“加速度”——预计全年地区生产总值) gets a second
 * lexicon lookup on the part after the lead, so that it meets the report's gdp.
 */
export function canonicalMetric(indicator: Indicator): string {
  if (!indicator.metric.startsWith("x-")) return indicator.metric;
  // 我们要力争使全国人口增长率（降到千分之十）: what a causative 使 / 让 makes move is the metric.
  for (const tail of [indicator.label.split(/——|—|:|：/).pop() ?? "", indicator.label.split(/[使让](?!用)/).pop() ?? ""]) {
    const match = tail && tail !== indicator.label ? lookupMetric(tail) : null;
    if (match?.known) return match.key;
  }
  return indicator.metric;
}
