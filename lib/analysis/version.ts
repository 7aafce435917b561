/** Bump when the analysis changes in a way that stored rows should be rebuilt (npm run db:reanalyze). */
export const ANALYSIS_VERSION = 51;
