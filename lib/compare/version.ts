/** Bump when alignment, diff or status rules change, so cached comparisons are recomputed. 5: five-year levels and period changes. */
export const COMPARE_VERSION = 5;
