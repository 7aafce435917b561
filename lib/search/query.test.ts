import { describe, expect, it } from "vitest";
import { sentenceSearchText } from "./bigrams";
import { parseSearchQuery, termTokens, termTexts, toFtsMatch, toLikePatterns, toTsQuery, MAX_QUERY_CHARS, MAX_TERMS } from "./query";

/** What the index promises: a form's tokens appear side by side in the search string of any text containing it. */
function indexFinds(text: string, query: string): boolean {
  const padded = ` ${sentenceSearchText(text)} `;
  return parseSearchQuery(query).terms.every((t) =>
    t.forms.some((f) => padded.includes(` ${f.tokens.join(" ")}${f.prefix ? "" : " "}`)),
  );
}

describe("query tokens", () => {
  it("turns a phrase into its consecutive bigrams, a two-character word into one token", () => {
    expect(termTokens("数字经济")).toEqual({ tokens: ["数字", "字经", "经济"], prefix: false });
    expect(termTokens("增长")).toEqual({ tokens: ["增长"], prefix: false });
  });

  it("makes a lone last character a prefix, and requires the closing unigram of inner runs", () => {
    expect(termTokens("增")).toEqual({ tokens: ["增"], prefix: true });
    expect(termTokens("r&d")).toEqual({ tokens: ["r", "d"], prefix: true });
    expect(termTokens("增长8%")).toEqual({ tokens: ["增长", "长8", "8"], prefix: false });
  });

  it("finds every substring of a real sentence through the index tokens", () => {
    const sentence = "全区实现地区生产总值1300.6亿元,增长8.5%;R&D经费支出占GDP比重达3.6%,“5G+”基站建成1200个。";
    const chars = [...sentence];
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j <= Math.min(chars.length, i + 8); j++) {
        const q = chars.slice(i, j).join("");
        if (parseSearchQuery(q).terms.length === 0) continue;
        expect(indexFinds(sentence, q), q).toBe(true);
      }
    }
  });
});

describe("parseSearchQuery", () => {
  it("trims, simplifies and keeps the typed spelling when simplifying changes it", () => {
    expect(termTexts(parseSearchQuery("  數字經濟 "))).toEqual([["数字经济", "數字經濟"]]);
    expect(termTexts(parseSearchQuery("著"))).toEqual([["着", "著"]]);
    expect(termTexts(parseSearchQuery("增长"))).toEqual([["增长"]]);
  });

  it("folds full-width letters and digits and lower-cases", () => {
    expect(termTexts(parseSearchQuery("ＧＤＰ"))).toEqual([["gdp"]]);
  });

  it("drops search syntax: quotes, stars, parentheses, operators and leading minus", () => {
    const q = parseSearchQuery('"增长" AND (亚运*) -数字 OR NOT ^:+');
    expect(termTexts(q)).toEqual([["增长"], ["亚运"], ["数字"]]);
    expect(toFtsMatch(q)).toBe('"增长" AND "亚运" AND "数字"');
  });

  it("returns no terms for an empty, blank or punctuation-only query", () => {
    for (const q of ["", "   ", null, undefined, "。,、", '"*()"']) expect(parseSearchQuery(q).terms).toEqual([]);
  });

  it("limits length and the number of terms, and drops terms inside others", () => {
    expect(parseSearchQuery("增".repeat(200)).terms[0].forms[0].text).toHaveLength(MAX_QUERY_CHARS);
    expect(parseSearchQuery("一二 三四 五六 七八 九十 百千").terms).toHaveLength(MAX_TERMS);
    expect(termTexts(parseSearchQuery("增长 经济增长"))).toEqual([["经济增长"]]);
  });

  it("marks single-character queries", () => {
    expect(parseSearchQuery("增").singleChar).toBe(true);
    expect(parseSearchQuery("增 长").singleChar).toBe(true);
    expect(parseSearchQuery("增长").singleChar).toBe(false);
  });
});

describe("query rendering", () => {
  it("renders FTS5 phrases, tsquery lexemes and LIKE patterns", () => {
    const q = parseSearchQuery("数字经济 增 數據");
    expect(toFtsMatch(q)).toBe('"数字 字经 经济" AND "增" * AND ("数据" OR "數據")');
    expect(toTsQuery(q)).toBe("('数字' & '字经' & '经济') & '增':* & ('数据' | '數據')");
    expect(toLikePatterns(q)).toEqual([["% 数字 字经 经济 %"], ["% 增%"], ["% 数据 %", "% 數據 %"]]);
  });
});
