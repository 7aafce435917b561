// A report's source: declared by the HTML page, given at import, corrected by hand, kept across re-analysis.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";

prepareFreshDatabase("report_source");
const { importReport, correctReport, reanalyzeReport } = await import("./report-imports");
const { getReportSummary } = await import("./reports");

const today = () => new Date().toISOString().slice(0, 10);
const seedHtml = (seed: string, head: string) =>
  new TextEncoder().encode(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article>${readFileSync(`seeds/${seed}`, "utf8").split("\n").map((l) => `<p>${l}</p>`).join("")}</article></body></html>`);

describe("the source of a report", () => {
  it("comes from the page's canonical link, site name and date, with today as the retrieval date", async () => {
    const head = `<link rel="canonical" href="https://www.hangzhou.gov.cn/art/2021/1/8/a.html"><meta property="og:site_name" content="杭州市人民政府"><meta name="publishdate" content="2021-01-08">`;
    const outcome = await importReport({ bytes: seedHtml("002_28b7e1935f0577e3.txt", head), fileName: "hangzhou.html" });
    expect(outcome.status).toBe("imported");
    const summary = await getReportSummary({ slug: (outcome as { slug: string }).slug });
    expect(summary?.origin).toEqual({ url: "https://www.hangzhou.gov.cn/art/2021/1/8/a.html", publisher: "杭州市人民政府", published: "2021-01-08", retrieved: today() });
  });

  it("takes what the user gave over what the file declares, and keeps hand corrections across re-analysis", async () => {
    const head = `<meta property="og:site_name" content="浙江在线">`;
    const outcome = await importReport({ bytes: seedHtml("001_6e2dc38416b95792.txt", head), fileName: "news.html", source: { publisher: "浙江在线新闻网站", retrieved: "2020-01-20" } });
    const slug = (outcome as { slug: string }).slug;
    expect((await getReportSummary({ slug }))?.origin).toEqual({ publisher: "浙江在线新闻网站", retrieved: "2020-01-20" });

    expect(await correctReport({ slug, corrections: { source: { url: "https://zjnews.zjol.com.cn/a.shtml", retrieved: "" } } })).toEqual({ ok: true });
    await reanalyzeReport({ slug });
    expect((await getReportSummary({ slug }))?.origin).toEqual({ publisher: "浙江在线新闻网站", url: "https://zjnews.zjol.com.cn/a.shtml" });
  });

  it("refuses a correction whose URL is not http(s), and changes nothing", async () => {
    const outcome = await importReport({ bytes: readFileSync("seeds/003_d850761e47ed951d.txt"), fileName: "shangcheng.txt" });
    const slug = (outcome as { slug: string }).slug;
    const before = (await getReportSummary({ slug }))?.origin;
    const result = await correctReport({ slug, corrections: { source: { url: "javascript:alert(1)" } } });
    expect(result.ok).toBe(false);
    expect((await getReportSummary({ slug }))?.origin).toEqual(before);
  });
});
