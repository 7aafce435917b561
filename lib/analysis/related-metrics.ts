import { getMetric } from "./lookup-metric";

/** Two metrics the lexicon links as related but not identical (e.g. 农民人均纯收入 ~ 农村居民人均可支配收入). */
export function areRelatedMetrics(a: string, b: string): boolean {
  if (a === b) return false;
  return Boolean(getMetric(a)?.related?.includes(b) || getMetric(b)?.related?.includes(a));
}
