/** Rendered rows a page at most (issue 13: a 5 MB report gives pages under 2 MB; the seeded views fit one page). */
export const ROWS_PER_PAGE = 150;
/** Indicator pairs a page of the 对照表 at most (the page's own table and GET /api/compare/indicators). */
export const PAIRS_PER_PAGE = 150;
