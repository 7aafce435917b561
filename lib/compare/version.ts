/** Bump when alignment, diff or status rules change, so cached comparisons are recomputed. 5: five-year levels and period changes; 6: five-year targets dated by their section heading; 7: ‰ against % on one scale, five-year totals under a span heading never answer one year; 9: names the lexicon does not know pair when one is a fuller wording of the other. */
export const COMPARE_VERSION = 9;
