// The five seed reports, read once, plus the paragraph pools the generated texts are recombined from.
import { analyzeReport } from "@/lib/analysis/analyze-report";
import type { Part } from "@/lib/domain/report";
import { loadSeedFixtures, type SeedFixture } from "@/seeds/fixtures";

export type Seed = SeedFixture;

export const ROOT = process.cwd();

export const loadSeeds = loadSeedFixtures;

export interface Paragraph {
  seed: string;
  part: Part;
  text: string;
}

let pools: Paragraph[] | null = null;

/**
 * Body paragraphs of every seed with the part (review / plan) the analysis puts them in. Paragraphs made only of
 * headings are left out: the generator writes its own part headings.
 */
export function paragraphPool(): Paragraph[] {
  if (pools) return pools;
  pools = [];
  for (const seed of loadSeeds()) {
    const analyzed = analyzeReport(seed.text, { fileName: seed.file });
    const byParagraph = new Map<number, typeof analyzed.sentences>();
    for (const s of analyzed.sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
    for (const sentences of byParagraph.values()) {
      if (!sentences.some((s) => s.role === "body")) continue;
      const text = sentences.map((s) => s.text).join("");
      if (text.length < 30) continue;
      const parts = sentences.filter((s) => s.role === "body").map((s) => s.part);
      const part = parts.includes("plan") ? "plan" : parts.includes("review") ? "review" : "other";
      pools.push({ seed: seed.file, part, text });
    }
  }
  return pools;
}
