import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import type { TrajectoryReport } from "./build-trajectory";
import { countWords, findTerms, FOUND_PER_DIRECTION } from "./found-terms";
import { POLICY_TERMS } from "./policy-terms";

const NATIONAL = path.resolve("../shared/corpus/national");
const raw = (file: string) => readFileSync(file, "utf8");
const report = (file: string, slug: string): TrajectoryReport => {
  const a = analyzeReport(raw(file), { fileName: path.basename(file) });
  return { slug, title: a.metadata.title, region: a.metadata.region, year: a.metadata.planYear, kind: a.metadata.kind, sentences: a.sentences };
};
const occurrences = (text: string, word: string) => text.split(word).length - 1;
const exclude = POLICY_TERMS.flatMap((t) => t.forms);

describe("jieba segmentation, offline with its bundled dictionary", () => {
  it("keeps nouns and noun-like words, with their sentences", () => {
    const counts = countWords([{ index: 4, text: "加快建设共同富裕示范区，推进乡村振兴和数字经济。" }, { index: 5, text: "建设共同富裕示范区。" }]);
    expect(counts.get("共同富裕")).toEqual({ count: 2, sentenceIds: ["s-4", "s-5"] });
    expect(counts.has("加快")).toBe(false); // a verb
    expect(counts.has("建设")).toBe(false); // too general
  });
});

describe("terms found automatically", () => {
  const seeds = [report("seeds/004_eb0d6571eb462b03.txt", "xihu-2012"), report("seeds/000_6f0d3471dae921c8.txt", "yuhang-2020")];
  const found = findTerms(seeds, seeds.map((r) => countWords(r.sentences)), { exclude });

  it("gives at most ten each way, never a steady one or a curated term's spelling", () => {
    expect(found.length).toBeGreaterThan(4);
    const up = found.filter((t) => t.class === "emerging" || t.class === "rising");
    const down = found.filter((t) => t.class === "dropped" || t.class === "fading");
    expect(up.length + down.length).toBe(found.length);
    expect(up.length).toBeLessThanOrEqual(FOUND_PER_DIRECTION);
    expect(down.length).toBeLessThanOrEqual(FOUND_PER_DIRECTION);
    for (const t of found) expect(exclude.some((f) => f.includes(t.name) || t.name.includes(f))).toBe(false);
  });

  it("counts each word as text in the sentences, and links every sentence that holds it", () => {
    for (const t of found)
      for (const [i, p] of t.points.entries()) {
        const holding = seeds[i].sentences.filter((s) => s.text.includes(t.name));
        expect(p.count, `${t.name} in ${p.slug}`).toBe(holding.reduce((n, s) => n + occurrences(s.text, t.name), 0));
        expect(p.sentenceIds).toEqual(holding.map((s) => `s-${s.index}`));
      }
  });
});

describe.skipIf(!existsSync(path.join(NATIONAL, "national-2000.txt")))("on the national reports 2000 → 2014", () => {
  it("finds 下岗职工 gone and 资本 come up, with the counts of the texts", () => {
    const years = [2000, 2007, 2014];
    const files = years.map((y) => path.join(NATIONAL, `national-${y}.txt`));
    const reports = files.map((f, i) => report(f, `china-${years[i]}`));
    const found = findTerms(reports, reports.map((r) => countWords(r.sentences)), { exclude });
    const laidOff = found.find((t) => t.name === "下岗职工");
    // Read in the texts: 下岗职工 8 times in 2000 (再就业, 基本生活保障), never in 2014; 资本 never in 2000, 12 times in 2014.
    expect(laidOff?.class).toBe("dropped");
    expect(laidOff?.points.map((p) => p.count)).toEqual(files.map((f) => occurrences(raw(f), "下岗职工")));
    const capital = found.find((t) => t.name === "资本");
    expect(capital?.class).toBe("emerging");
    expect(capital?.points.at(-1)?.count).toBe(occurrences(raw(files[2]), "资本"));
  });
});
