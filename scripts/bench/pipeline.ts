// Step 1: analysis throughput (characters per second) of prepareReport (decode + analysis + hash) and of
// analyzeReport alone, for each seed and for a 100,000-character report made by concatenating the seeds; then the
// text and analysis steps on pathological 100,000-character inputs (pathological.ts).
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { prepareReport } from "@/lib/prepare/prepare-report";
import { runPathological } from "./pathological";
import { loadSeeds } from "./seeds";
import { round, sample, stats, type Stats } from "./timing";

export const LONG_CHARS = 100_000;

export interface PipelineRow {
  name: string;
  chars: number;
  sentences: number;
  prepareMs: Stats;
  analyzeMs: Stats;
  prepareCharsPerSecond: number;
  analyzeCharsPerSecond: number;
}

/** The seeds' texts one after the other, repeated and cut to exactly `chars` characters. */
export function concatenatedSeeds(chars = LONG_CHARS): string {
  const all = loadSeeds().map((s) => s.text).join("\n\n");
  let text = all;
  while (text.length < chars) text += `\n\n${all}`;
  return text.slice(0, chars);
}

async function measure(name: string, bytes: Uint8Array, fileName: string, runs: number): Promise<PipelineRow> {
  const first = prepareReport({ bytes, fileName });
  if (!first.ok) throw new Error(`${name}: ${first.error.message}`);
  const text = first.prepared.text;
  const prepareMs = stats(await sample(() => prepareReport({ bytes, fileName }), { runs, warmup: 5 }));
  const analyzeMs = stats(await sample(() => analyzeReport(text, { fileName }), { runs, warmup: 3 }));
  return {
    name,
    chars: text.length,
    sentences: first.prepared.analyzed.sentences.length,
    prepareMs,
    analyzeMs,
    prepareCharsPerSecond: round(text.length / (prepareMs.median / 1000), 0),
    analyzeCharsPerSecond: round(text.length / (analyzeMs.median / 1000), 0),
  };
}

export async function runPipeline(opts: { quick: boolean }) {
  const rows: PipelineRow[] = [];
  for (const seed of loadSeeds()) rows.push(await measure(seed.slug, seed.bytes, seed.file, opts.quick ? 5 : 15));
  rows.push(await measure("seeds concatenated (100k)", Buffer.from(concatenatedSeeds(), "utf8"), "concatenated.txt", opts.quick ? 3 : 9));
  return { rows, pathological: (await runPathological(opts)).rows };
}
