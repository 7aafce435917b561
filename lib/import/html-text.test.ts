import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extractHtml, extractHtmlText, isHtmlInput } from "./html-text";
import { decodeInput } from "./decode-input";
import { contentHash } from "./normalize";
import { countCjk } from "./cjk";

const P1 = "2019年,全区实现地区生产总值1800亿元,增长8%左右。";
const P2 = "2020年,确保一般公共预算收入增长5%以上。";

describe("isHtmlInput", () => {
  it("goes by content type, file extension, or the text itself", () => {
    expect(isHtmlInput(`<p>${P1}</p>`, { contentType: "text/html; charset=utf-8" })).toBe(true);
    expect(isHtmlInput(`<p>${P1}</p>`, { fileName: "report.HTM" })).toBe(true);
    // A name or content type that says HTML is not enough without any markup: the text is kept as it is.
    expect(isHtmlInput(P1, { contentType: "text/html" })).toBe(false);
    expect(isHtmlInput(`  <!DOCTYPE html><p>${P1}</p>`)).toBe(true);
    expect(isHtmlInput(Array(10).fill(`<p>${P1}</p>`).join("\n"))).toBe(true);
    expect(isHtmlInput(`${P1}\n增长<5%的企业,见<附件>。`, { fileName: "report.txt" })).toBe(false);
  });
});

describe("extractHtmlText", () => {
  it("prefers <article> and drops navigation, scripts, forms and asides", () => {
    const html = `<body><nav>首页 新闻</nav><div class="sidebar"><p>热门文章一</p><p>热门文章二</p></div>
      <article><p>${P1}</p><aside>相关阅读</aside><p>${P2}</p><script>document.write("脚本")</script></article>
      <form><label>搜索</label></form><footer>版权所有</footer></body>`;
    expect(extractHtmlText(html)).toBe(`${P1}\n${P2}`);
  });

  it("picks the container with the most Han text in its paragraphs, and keeps the <h1> outside it", () => {
    const html = `<div class="top"><h1>2020年政府工作报告</h1><div class="info">来源:杭州网</div></div>
      <div class="list"><p>推荐</p></div><div id="zoom"><p>${P1}</p><p>${P2}</p></div>`;
    expect(extractHtmlText(html)).toBe(`2020年政府工作报告\n${P1}\n${P2}`);
  });

  it("turns <br>, blocks, list items and table rows into lines, and decodes entities", () => {
    const html = `<div>各位代表&#xff1a;<br>现在&nbsp;&ldquo;我&rdquo;代表&amp;区人民政府<br/>
      <ul><li>一是稳增长</li><li>二是促改革</li></ul><table><tr><td>指标</td><td>目标</td></tr><tr><td>GDP</td><td>7.5%</td></tr></table></div>`;
    expect(extractHtmlText(html)).toBe("各位代表：\n现在 “我”代表&区人民政府\n一是稳增长\n二是促改革\n指标\t目标\nGDP\t7.5%");
  });

  it("joins source lines wrapped between Han characters, and keeps spaces elsewhere", () => {
    expect(extractHtmlText("<p>全面深化\n    改革, 推进 2020\n年 工作</p>")).toBe("全面深化改革, 推进 2020 年 工作");
  });

  it("never keeps markup or attributes", () => {
    const html = `<p>${P1}<img src=x onerror="alert(1)"><a href="javascript:alert(2)">点此</a><iframe src="//evil"></iframe>&lt;script&gt;</p>`;
    const text = extractHtmlText(html);
    expect(text).toBe(`${P1}点此<script>`);
    expect(text).not.toMatch(/alert|onerror|evil/);
  });
});

// Issue 12, finding 3: seed texts wrapped in HTML at test time.
const seed = (name: string) => readFileSync(`seeds/${name}`, "utf8");
const SEED_000 = seed("000_6f0d3471dae921c8.txt");
const paragraphs = (lines: string[]) => lines.filter((l) => l.trim()).map((l) => `<p>${l.trim()}</p>`).join("\n");
const lineKeys = (text: string) => text.split("\n").map((l) => l.replace(/\s+/g, "")).filter(Boolean);

describe("HTML extraction keeps every text block", () => {
  it("keeps both halves of a report split into two sibling <div>s", () => {
    const lines = SEED_000.split("\n");
    const half = Math.floor(lines.length / 2);
    const html = `<!doctype html><html><body><div class="top"><a href="/">首页</a></div>
      <div class="part">${paragraphs(lines.slice(0, half))}</div><div class="part">${paragraphs(lines.slice(half))}</div></body></html>`;
    const { text, warnings } = extractHtml(html);
    expect(lineKeys(text).filter((l) => l !== "首页")).toEqual(lineKeys(SEED_000));
    expect(countCjk(text)).toBeGreaterThanOrEqual(countCjk(SEED_000));
    expect(warnings).toEqual([]);
  });

  it("keeps every seed whole when its paragraphs are spread over nested and sibling containers", () => {
    for (const name of ["001_6e2dc38416b95792.txt", "003_d850761e47ed951d.txt", "004_eb0d6571eb462b03.txt"]) {
      const lines = seed(name).split("\n").filter((l) => l.trim());
      const third = Math.ceil(lines.length / 3);
      const html = `<html><body><div id="main"><section>${paragraphs(lines.slice(0, third))}</section>
        <div><div>${paragraphs(lines.slice(third, 2 * third))}</div></div></div><div>${paragraphs(lines.slice(2 * third))}</div></body></html>`;
      expect(lineKeys(extractHtmlText(html)), name).toEqual(lineKeys(seed(name)));
    }
  });

  it("warns when the extracted text is much shorter than the page's readable text", () => {
    const lines = SEED_000.split("\n");
    const cut = Math.floor(lines.length * 0.6);
    // A class that reads like a comment box hides the last 40 % of the report.
    const html = `<html><body><div>${paragraphs(lines.slice(0, cut))}</div><div class="comments">${paragraphs(lines.slice(cut))}</div></body></html>`;
    const { warnings } = extractHtml(html);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/holds only \d+% of the page's readable text/);
  });
});

describe("a text file with a few tags is text", () => {
  // About 760 characters of sentences, ten of them ending in <br> as copied from a web page.
  const sentences = SEED_000.split("。").map((l) => l.trim()).filter((l) => l.length > 10);
  const memo: string[] = [];
  for (const sentence of sentences) if (memo.join("\n").length < 700) memo.push(`${sentence}。`);
  const withTags = (n: number) => `${memo.map((l, i) => (i < 10 ? `${l}<br>` : l)).join("\n").replace(/\d+(\.\d+)?亿元/, `${n}亿元`)}\n`;

  it("reads a .txt with about ten tags as text without its tags, and two such files with different numbers are not duplicates", () => {
    const first = decodeInput(new TextEncoder().encode(withTags(726)), { fileName: "notes.txt", contentType: "text/plain" });
    const second = decodeInput(new TextEncoder().encode(withTags(999)), { fileName: "notes-2.txt" });
    if ("code" in first || "code" in second) throw new Error("rejected");
    expect(withTags(726).match(/<br>/g)).toHaveLength(10);
    expect(withTags(726).length).toBeLessThan(1000);
    expect(withTags(726)).not.toBe(withTags(999));
    // (The tags are the saved page's residue, taken out of the text the analysis reads: lib/import/tag-residue.ts.)
    expect(first).toMatchObject({ format: "text", text: withTags(726).replaceAll("<br>", "") });
    expect(first.warnings).toHaveLength(1);
    expect(second.format).toBe("text");
    expect(contentHash(first.text)).not.toBe(contentHash(second.text));
  });

  it("still takes a document for HTML whatever its name", () => {
    const page = `<!DOCTYPE html><html><body><p>${P1}</p></body></html>`;
    expect(isHtmlInput(page, { fileName: "saved.txt" })).toBe(true);
    expect(isHtmlInput(`<!-- saved from url -->\n<html><p>${P1}</p></html>`, { fileName: "saved.txt" })).toBe(true);
  });
});
