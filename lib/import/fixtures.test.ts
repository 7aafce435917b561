import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentHash, decodeInput, isImportError, normalizeForHash, simplifiedView } from "@/lib/import";
import { ACCEPTED, FIXTURE_DIR, REJECTED, SEEDS } from "@/tests/fixtures/import/manifest";
import { splitNewsSeed } from "@/tests/fixtures/import/pages";
import type { DecodedInput } from "./types";

const root = path.resolve(__dirname, "../..");
const seed = (name: string) => readFileSync(path.join(root, "seeds", name), "utf8");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(root, FIXTURE_DIR, name)));

function decodeFixture(file: string, contentType?: string): DecodedInput {
  const result = decodeInput(fixture(file), { fileName: file, contentType });
  if (isImportError(result)) throw new Error(`${file}: ${result.message}`);
  return result;
}

function identicalRatio(a: string, b: string): number {
  expect(a.length).toBe(b.length);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

describe("accepted fixtures", () => {
  it.each(ACCEPTED)("$file decodes as $encoding / $format / $script", ({ file, encoding, format, script, contentType }) => {
    const decoded = decodeFixture(file, contentType);
    expect({ encoding: decoded.encoding, format: decoded.format, script: decoded.script }).toEqual({ encoding, format, script });
  });

  const plain = ACCEPTED.filter((f) => f.format === "text");
  it.each(plain)("$file normalises to its seed and has the seed's hash", ({ file, seed: name }) => {
    const decoded = decodeFixture(file);
    expect(normalizeForHash(decoded.text)).toBe(normalizeForHash(seed(name)));
    expect(contentHash(decoded.text)).toBe(contentHash(seed(name)));
  });

  it("keeps plain text verbatim apart from the BOM (CRLF stays)", () => {
    const decoded = decodeFixture("000-utf8-bom-crlf.txt");
    expect(decoded.text).toBe(seed(SEEDS.yuhang).replace(/\n/g, "\r\n"));
    expect(decodeFixture("000-gb18030.txt").text).toBe(seed(SEEDS.yuhang));
    expect(decodeFixture("004-utf16le-no-bom.txt").text).toBe(seed(SEEDS.xihu));
  });
});

describe("the news page (HTML)", () => {
  const decoded = decodeFixture("001-news-page.html");
  const article = splitNewsSeed(seed(SEEDS.news));

  it("starts with the title and contains every paragraph of the article body", () => {
    const lines = decoded.text.split("\n");
    expect(lines[0]).toBe(article.title);
    expect(lines.slice(1)).toEqual(article.paragraphs);
  });

  it("keeps no script, style, navigation, share links, footer or markup", () => {
    for (const junk of ["alert", "cookie", "统计代码", "样式里的文字", "首页", "浙江新闻", "您当前的位置", "搜索", "分享到", "相关推荐", "版权", "Copyright", "请启用脚本", "<", ">", "&nbsp;", "&ldquo;"]) {
      expect(decoded.text, junk).not.toContain(junk);
    }
    expect(decoded.text).toContain("“双创”");
  });

  it("gets the same hash as the same text uploaded as .txt", () => {
    expect(contentHash(decoded.text)).toBe(contentHash([article.title, ...article.paragraphs].join("\n")));
  });
});

describe("traditional copies", () => {
  const original = seed(SEEDS.hangzhou);

  it("traditional text: the simplified view keeps every offset and matches the seed", () => {
    const decoded = decodeFixture("002-traditional.txt");
    const ratio = identicalRatio(simplifiedView(decoded.text), original);
    expect(ratio).toBeGreaterThanOrEqual(0.995);
    expect(contentHash(decoded.text)).toBe(contentHash(original));
  });

  it("Big5 page: the charset comes from <meta>, and the article is the seed's paragraphs", () => {
    const decoded = decodeFixture("002-traditional-big5.html");
    const paragraphs = original.split("\n").map((l) => l.trim()).filter(Boolean);
    const view = simplifiedView(decoded.text);
    expect(identicalRatio(view, paragraphs.join("\n"))).toBeGreaterThanOrEqual(0.995);
    expect(contentHash(decoded.text)).toBe(contentHash(paragraphs.join("\n")));
  });
});

describe("rejected fixtures", () => {
  it.each(REJECTED)("$file is rejected as $code", ({ file, code }) => {
    const result = decodeInput(fixture(file), { fileName: file });
    expect(isImportError(result) && result.code).toBe(code);
    expect(isImportError(result) && result.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
  });
});
