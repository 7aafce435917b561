/** Bump when alignment, diff or status rules change, so cached comparisons are recomputed. */
export const COMPARE_VERSION = 4;
