import { describe, expect, it } from "vitest";
import { htmlSource } from "./html-source";
import { citationLine, isoDay, validSourceFields } from "./report-source";

describe("htmlSource", () => {
  it("reads the canonical URL, the site name and the publication date of a government page", () => {
    const page = `<!doctype html><html><head><meta charset="utf-8">
      <link rel="canonical" href="https://www.yuhang.gov.cn/art/2020/1/20/art_1532128_41870245.html">
      <meta property="og:url" content="https://m.yuhang.gov.cn/x">
      <meta property="og:site_name" content="杭州市余杭区人民政府">
      <meta name="PubDate" content="2020-01-20 09:30">
      </head><body><p>各位代表：</p></body></html>`;
    expect(htmlSource(page)).toEqual({ url: "https://www.yuhang.gov.cn/art/2020/1/20/art_1532128_41870245.html", publisher: "杭州市余杭区人民政府", published: "2020-01-20" });
  });

  it("falls back to og:url and reads article:published_time", () => {
    const page = `<html><head><meta property="og:url" content="http://zjnews.zjol.com.cn/a.shtml"><meta property="article:published_time" content="2020-01-17T08:00:00+08:00"></head><body></body></html>`;
    expect(htmlSource(page)).toEqual({ url: "http://zjnews.zjol.com.cn/a.shtml", published: "2020-01-17" });
  });

  it("drops what is not a source: a relative URL, a javascript: URL, a date it cannot read", () => {
    expect(htmlSource(`<html><head><link rel="canonical" href="/art/1.html"><meta name="publishdate" content="last week"></head></html>`)).toEqual({});
    expect(htmlSource(`<html><head><meta property="og:url" content="javascript:alert(1)"></head></html>`)).toEqual({});
  });
});

describe("isoDay and validSourceFields", () => {
  it("reads the date forms the web uses", () => {
    expect(isoDay("2021年1月8日")).toBe("2021-01-08");
    expect(isoDay("2021/1/8 10:00")).toBe("2021-01-08");
    expect(isoDay("Jan 8")).toBeUndefined();
  });
  it("keeps valid fields and drops the rest", () => {
    expect(validSourceFields({ url: "ftp://x", publisher: " 国务院 ", published: "2021-03-05", retrieved: "yesterday" })).toEqual({ publisher: "国务院", published: "2021-03-05" });
  });
});

describe("citationLine", () => {
  it("names publisher, title, date, URL and retrieval date when known", () => {
    expect(citationLine({ title: "2020年余杭区政府工作报告" }, { publisher: "杭州市余杭区人民政府", published: "2020-01-20", url: "https://www.yuhang.gov.cn/a.html", retrieved: "2026-12-01" }))
      .toBe("杭州市余杭区人民政府：《2020年余杭区政府工作报告》，2020-01-20发布，https://www.yuhang.gov.cn/a.html（访问日期：2026-12-01）。");
  });
  it("is the title alone when nothing else is known", () => {
    expect(citationLine({ title: "政府工作报告" }, {})).toBe("《政府工作报告》。");
  });
});
