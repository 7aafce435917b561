/**
 * Stable ids for rows and indicator pairs (issue 13, "shared links"). They are URL fragments (#r-12-40) and UI keys, so
 * they are derived from what a link points at rather than from positions: a row from its two sentences, an indicator
 * pair from its metric, type and sentence. A re-analysis that leaves those sentences alone keeps the ids.
 *
 *   row        r-<left sentence>-<right sentence>, x for a missing side:   r-12-40, r-12-x, r-x-40
 *   indicator  i-<metric>-<type>-l<left sentence>, or -r<right sentence> for a right-only pair; a second pair of the
 *              same metric and type in one sentence gets -2:                 i-gdp-growth-l3, i-gdp-growth-r7-2
 *
 * Before this, ids were positions (r-0, r-1…; i-gdp-growth, i-gdp-growth-2). `legacyTarget` maps such an id to the
 * item at that position, so links shared before keep landing where they pointed.
 */

/** s-12 → 12 (the number a sentence id carries). */
export function sentenceNumber(sentenceId: string): number | null {
  const m = /^s-(\d+)$/.exec(sentenceId);
  return m ? Number(m[1]) : null;
}

const part = (sentenceId: string | undefined) => (sentenceId === undefined ? "x" : String(sentenceNumber(sentenceId) ?? sentenceId.replace(/^s-/, "")));

export function rowId(leftSentenceId: string | undefined, rightSentenceId: string | undefined): string {
  return `r-${part(leftSentenceId)}-${part(rightSentenceId)}`;
}

/** A pair's id before the duplicate suffix; `unique` adds -2, -3… to repeats. */
export function indicatorId(metric: string, type: string, side: "l" | "r", sentenceId: string): string {
  return `i-${metric}-${type}-${side}${part(sentenceId)}`;
}

/** Makes ids unique in the order they are asked for: the first keeps its id, a repeat gets -2, -3… */
export function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  };
}

const STABLE_INDICATOR = /-[lr]\d+(?:-\d+)?$/;
const STABLE_ROW = /^r-(\d+|x)-(\d+|x)$/;
const LEGACY_ROW = /^r-(\d+)$/;

/** i-gdp-growth-l3-2 → i-gdp-growth (the metric and type, without the sentence). */
export function indicatorBase(id: string): string {
  return id.replace(STABLE_INDICATOR, "");
}

/** The indicator type a pair id names after its metric: i-gdp-growth-l3 → growth. */
export function indicatorTypeOf(id: string, metric: string): string {
  return indicatorBase(id).slice(`i-${metric}-`.length);
}

export const isStableRowId = (id: string) => STABLE_ROW.test(id);
export const isLegacyRowId = (id: string) => LEGACY_ROW.test(id);
export const isLegacyIndicatorId = (id: string) => id.startsWith("i-") && !STABLE_INDICATOR.test(id);

/**
 * What a position-style id (r-12; i-gdp-growth, i-gdp-growth-2) pointed at, in the full list of the comparison (rows or
 * indicator pairs in their order): the id of that item now, or null when the id is not an old one or the list is
 * shorter. Old indicator ids numbered the pairs of one metric and type in order, so the nth pair with that base answers.
 */
export function legacyTarget(items: readonly { id: string }[], id: string): string | null {
  const row = LEGACY_ROW.exec(id);
  if (row) return items[Number(row[1])]?.id ?? null;
  if (!isLegacyIndicatorId(id)) return null;
  const m = /^(.*?)(?:-(\d+))?$/.exec(id)!;
  const candidates = (base: string, nth: number) => items.filter((p) => p.id.startsWith("i-") && indicatorBase(p.id) === base)[nth - 1]?.id ?? null;
  // i-gdp-growth-2 is the second gdp growth pair, unless "2" belongs to the metric's own name.
  return (m[2] ? candidates(m[1], Number(m[2])) : null) ?? candidates(id, 1);
}

/**
 * Where an id sits for "nearest" landing: the family it belongs to and the number to measure distance by. A row is
 * measured by its left sentence (by its right one when the asked row had no left side); a pair by its sentence within
 * its metric and type; a sentence by its number.
 */
export function anchorPosition(id: string, side?: "left" | "right"): { family: string; n: number } | null {
  const row = STABLE_ROW.exec(id);
  if (row) {
    const wanted = side ?? (row[1] === "x" ? "right" : "left");
    const n = wanted === "left" ? row[1] : row[2];
    return n === "x" ? null : { family: `r-${wanted}`, n: Number(n) };
  }
  const legacy = LEGACY_ROW.exec(id);
  if (legacy) return { family: "r-position", n: Number(legacy[1]) };
  const pair = /^(i-.*-[lr])(\d+)(?:-\d+)?$/.exec(id);
  if (pair) return { family: pair[1], n: Number(pair[2]) };
  const plain = /^([a-z]+-)(\d+)$/.exec(id);
  return plain ? { family: plain[1], n: Number(plain[2]) } : null;
}
