// Step 2: server-side compare (alignment + diff + indicator pairing) of the two largest seeds and of a generated
// 100,000-character pair, each against `git diff --no-index --word-diff-regex=.` on the same texts in the same run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { compareSides } from "@/lib/compare/compare-sides";
import { sideInput } from "@/lib/compare/side-from-analyzed";
import { regionIndex, searchRegions } from "@/lib/text/region-search";
import { prepareReport } from "@/lib/prepare/prepare-report";
import { longReport } from "./corpus";
import { LONG_CHARS } from "./pipeline";
import { loadSeeds } from "./seeds";
import { round, sample, stats, type Stats } from "./timing";

export interface CompareRow {
  name: string;
  leftChars: number;
  rightChars: number;
  leftSentences: number;
  rightSentences: number;
  rows: number;
  indicatorPairs: number;
  /** The process's first comparison, before the code is compiled (absent in results from before 3 Dec). */
  firstMs?: number;
  oursMs: Stats;
  gitMs: Stats;
  /** median ours / median git: below 1 means faster than git's character word-diff. */
  ratio: number;
}

function analyze(text: string, fileName: string) {
  const result = prepareReport({ bytes: Buffer.from(text, "utf8"), fileName });
  if (!result.ok) throw new Error(`${fileName}: ${result.error.message}`);
  return result.prepared;
}

function gitWordDiff(dir: string) {
  const run = spawnSync("git", ["--no-pager", "diff", "--no-index", "--no-color", "--word-diff-regex=.", "a.txt", "b.txt"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "pipe"],
  });
  // Exit code 1 means "the files differ", which they do.
  if (run.status !== 1) throw new Error(`git diff exited with ${run.status}: ${run.stderr?.toString()}`);
}

async function measurePair(name: string, a: { text: string; file: string }, b: { text: string; file: string }, runs: number): Promise<CompareRow> {
  const left = analyze(a.text, a.file);
  const right = analyze(b.text, b.file);
  const compare = () => compareSides(sideInput(left.analyzed, "all"), sideInput(right.analyzed, "all"), { related: areRelatedMetrics });
  // The first comparison of this process (code not compiled yet), as a CLI run or a fresh server sees it.
  const started = performance.now();
  const result = compare();
  const firstMs = round(performance.now() - started, 1);
  // A server compares many pairs: the figure is the compiled code's (twenty untimed runs first), as git's is a compiled binary.
  const oursMs = stats(await sample(compare, { runs, warmup: 20 }));
  const dir = mkdtempSync(path.join(os.tmpdir(), "duizhao-bench-"));
  try {
    writeFileSync(path.join(dir, "a.txt"), left.text);
    writeFileSync(path.join(dir, "b.txt"), right.text);
    const gitMs = stats(await sample(() => gitWordDiff(dir), { runs, warmup: 1 }));
    return {
      name,
      leftChars: left.text.length,
      rightChars: right.text.length,
      leftSentences: left.analyzed.sentences.length,
      rightSentences: right.analyzed.sentences.length,
      rows: result.rows.length,
      indicatorPairs: result.indicators.length,
      firstMs,
      oursMs,
      gitMs,
      ratio: round(oursMs.median / gitMs.median, 2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runCompare(opts: { quick: boolean }) {
  const [x, y] = [...loadSeeds()].sort((p, q) => q.text.length - p.text.length);
  const rows = [
    await measurePair(`${x.slug} ↔ ${y.slug}`, { text: x.text, file: x.file }, { text: y.text, file: y.file }, opts.quick ? 5 : 11),
    await measurePair(
      "generated 100k pair",
      { text: longReport(101, LONG_CHARS, 2020), file: "long-a.txt" },
      { text: longReport(202, LONG_CHARS, 2021), file: "long-b.txt" },
      opts.quick ? 3 : 7,
    ),
  ];
  // The region picker answers each keystroke from the index of every division of China (~3,400 entries).
  regionIndex();
  const keystrokes = ["y", "yh", "yuh", "余", "余杭", "hangzhou"];
  const regionKeystrokeMs = stats(await sample(() => keystrokes.forEach((q) => searchRegions(q)), { runs: opts.quick ? 5 : 21, warmup: 1 })).median / keystrokes.length;
  return { rows, regionKeystrokeMs: round(regionKeystrokeMs, 2) };
}
