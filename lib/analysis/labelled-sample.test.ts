import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import sample from "./fixtures/labelled-sample.json";
import { readSeed } from "@/tests/support/seed-texts";
import type { AnalyzedReport, SentenceKind } from "./types";

const KINDS: SentenceKind[] = ["goal", "achievement", "other"];
const THRESHOLD = 0.88;

describe("hand-labelled sample", () => {
  const reports = new Map<string, AnalyzedReport>();
  const analyzed = (seed: string) => {
    if (!reports.has(seed)) reports.set(seed, analyzeReport(readSeed(seed), { fileName: seed }));
    return reports.get(seed)!;
  };

  it(`classifies at least ${THRESHOLD * 100}% of the labelled sentences correctly`, () => {
    const confusion: Record<string, Record<string, number>> = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((p) => [p, 0]))]));
    const missing: string[] = [];
    const wrong: string[] = [];
    let problemsRight = 0;
    let problems = 0;
    for (const label of sample.labels) {
      const sentence = analyzed(label.seed).sentences.find((s) => s.text.includes(label.match));
      if (!sentence) {
        missing.push(`${label.seed.slice(0, 3)} ${label.match}`);
        continue;
      }
      confusion[label.kind][sentence.kind]++;
      if (label.kind !== sentence.kind) wrong.push(`${label.seed.slice(0, 3)} expected ${label.kind}, got ${sentence.kind} [${sentence.reason}] ${sentence.text.slice(0, 40)}`);
      if ("subtype" in label && label.subtype === "problem") {
        problems++;
        if (sentence.subtype === "problem") problemsRight++;
      }
    }
    const found = sample.labels.length - missing.length;
    const correct = KINDS.reduce((sum, k) => sum + confusion[k][k], 0);
    const accuracy = correct / found;
    const table = ["label \\ predicted   goal  achievement  other", ...KINDS.map((k) => `${k.padEnd(20)}${KINDS.map((p) => String(confusion[k][p]).padStart(p === "goal" ? 4 : p === "achievement" ? 13 : 7)).join("")}`)];
    console.log(
      [`labelled sample: ${correct}/${found} correct, accuracy ${(accuracy * 100).toFixed(1)}% (${missing.length} not found)`,
        ...table, `problem subtype: ${problemsRight}/${problems}`, ...wrong.map((w) => `  miss: ${w}`), ...missing.map((m) => `  not found: ${m}`)].join("\n"),
    );
    expect(sample.labels.length).toBeGreaterThanOrEqual(120);
    expect(missing.length).toBeLessThanOrEqual(Math.ceil(sample.labels.length * 0.03));
    expect(accuracy).toBeGreaterThanOrEqual(THRESHOLD);
    expect(problemsRight).toBe(problems);
  });

  it("covers all five seeds and all three kinds", () => {
    const seeds = new Set(sample.labels.map((l) => l.seed));
    expect(seeds.size).toBe(5);
    for (const kind of KINDS) expect(sample.labels.filter((l) => l.kind === kind).length).toBeGreaterThan(20);
  });
});
