// What a report search asks for: 余杭 2021, yh2021, 杭州 2020 新闻 — years (four digits from 1949 on) apart from the
// region's name or pinyin. Pure; the data module turns it into a query.

export interface ReportQuery {
  /** Years named in the query; a report matches when its year (the plan year, else the year after the review) is one. */
  years: number[];
  /** The rest: a region's name, pinyin or initials, or words of a title. */
  text: string;
}

export function parseReportQuery(query: string): ReportQuery {
  const years: number[] = [];
  const text = query
    .replace(/(?<!\d)(19[4-9]\d|20\d\d)(?:年)?(?!\d)/g, (_, year: string) => {
      years.push(Number(year));
      return " ";
    })
    .replace(/\s+/g, " ")
    .trim();
  return { years: [...new Set(years)], text };
}
