// npm run eval: scores the analysis against the labels in eval/labels/, prints recall and precision per category
// for the development labels and the held-back ones, lists every miss, and fails when a development figure falls
// below its floor in eval/floors.json. Held-back figures are printed, never floored.
import fs from "node:fs";
import path from "node:path";
// @ts-expect-error plain ESM module shared with the sampling script
import { CORPUS_DIR, evalReports, evalYearPairs } from "./reports.mjs";
import { analyzeCopy, analyzeFile, type AnalyzedFile } from "./score/analyze-file";
import { droppedByCopy, makeCopies } from "./score/copies";
import { indicatorFile, pairCompletionFile, pairFile, readLabels, sentenceFile } from "./score/labels";
import { emptySentenceScore, scoreSentences, type SentenceScore } from "./score/score-sentences";
import { scoreIndicators } from "./score/score-indicators";
import { scorePairs } from "./score/score-pairs";
import { labelledUnitStarts } from "./score/locate";
import { Tally, percent, type Miss } from "./score/tally";

interface Split {
  sentences: SentenceScore;
  indicators: Tally;
  fieldErrors: Record<string, number>;
  pairs: Tally;
  /** The same pairs with the labels completed on the labelled target sentences (decision 025a). */
  pairsCompleted: Tally;
}
const emptySplit = (): Split => ({ sentences: emptySentenceScore(), indicators: new Tally(), fieldErrors: {}, pairs: new Tally(), pairsCompleted: new Tally() });

const args = new Set(process.argv.slice(2));
const quiet = args.has("--quiet");
const corpusPresent = fs.existsSync(CORPUS_DIR);
if (!corpusPresent) console.log(`! ${CORPUS_DIR} is absent: scoring the seeds and the composed local reports only (the national corpus labels are skipped).`);

const splits = { dev: emptySplit(), held: emptySplit(), seeds: emptySplit() };
/** Batches after the first are scored apart, so that batch 1's figures and floors keep their meaning. */
const laterBatches = new Map<number, { dev: Split; held: Split }>();
type EvalReport = { id: string; file: string; source: string; batch: number; heldBack: boolean };
/** The batches of composed local texts (6–8): in the repository, so scored even without the national corpus. */
const composedBatches = new Set((evalReports() as EvalReport[]).filter((r) => r.source === "composed").map((r) => r.batch));
/** The file with where its labelled sentence units start, so that a label's numbers are looked for over its whole unit. */
function withUnits(file: AnalyzedFile, reportId: string): AnalyzedFile {
  return { ...file, unitStarts: labelledUnitStarts(file.locateText ?? file.text, unitSnippetsOf(reportId)) };
}

/** The snippets of a report's labelled sentence units, read once per report (its original, copies and pairs share them). */
const unitSnippets = new Map<string, string[]>();
function unitSnippetsOf(reportId: string): string[] {
  let snippets = unitSnippets.get(reportId);
  if (!snippets) {
    // (Furniture labelled skip, a subtitle file's time code, may stand inside a unit: it bounds none.)
    snippets = (readLabels("sentences", reportId, sentenceFile)?.rows ?? []).filter((r) => r.kind !== "skip").map((r) => r.snippet);
    unitSnippets.set(reportId, snippets);
  }
  return snippets;
}

function splitOf(report: { batch: number; heldBack: boolean }): Split {
  if (report.batch === 1) return report.heldBack ? splits.held : splits.dev;
  if (!laterBatches.has(report.batch)) laterBatches.set(report.batch, { dev: emptySplit(), held: emptySplit() });
  const batch = laterBatches.get(report.batch)!;
  return report.heldBack ? batch.held : batch.dev;
}

for (const report of evalReports() as EvalReport[]) {
  if (!fs.existsSync(report.file)) continue;
  const sentences = readLabels("sentences", report.id, sentenceFile);
  const indicators = readLabels("indicators", report.id, indicatorFile);
  if (!sentences && !indicators) continue;
  const file = withUnits(analyzeFile(report.file), report.id);
  const targets = [splitOf(report), ...(report.source === "seed" && report.batch === 1 ? [splits.seeds] : [])];
  for (const split of targets) {
    if (sentences) {
      const s = scoreSentences(report.id, file, sentences.rows);
      split.sentences.all.add(s.all);
      for (const k of Object.keys(s.perKind) as (keyof SentenceScore["perKind"])[]) split.sentences.perKind[k].add(s.perKind[k]);
    }
    if (indicators) {
      const s = scoreIndicators(report.id, file, indicators.rows);
      split.indicators.add(s.all);
      for (const [f, n] of Object.entries(s.fieldErrors)) split.fieldErrors[f] = (split.fieldErrors[f] ?? 0) + n;
    }
  }
}

for (const pair of evalYearPairs() as { id: string; targetFile: string; resultFile: string; batch: number; heldBack: boolean }[]) {
  if (!fs.existsSync(pair.targetFile) || !fs.existsSync(pair.resultFile)) continue;
  const labels = readLabels("pairs", pair.id, pairFile);
  if (!labels) continue;
  const [targetId, resultId] = pair.id.split("__");
  const target = withUnits(analyzeFile(pair.targetFile), targetId);
  const result = withUnits(analyzeFile(pair.resultFile), resultId);
  splitOf(pair).pairs.add(scorePairs(pair.id, target, result, labels.targets));
  // Completed: the targets a later reader added on the same sentences (none for a pair it had nothing to add to).
  const added = readLabels("pairs-completed", pair.id, pairCompletionFile)?.targets ?? [];
  splitOf(pair).pairsCompleted.add(scorePairs(pair.id, target, result, [...labels.targets, ...added]));
}

// The same labels on copies of the same reports (PDF text layer, web page, one line, traditional script).
type YearPair = { id: string; targetFile: string; resultFile: string; batch: number; heldBack: boolean };
const copyPairYears = (evalYearPairs() as YearPair[]).filter((p) => p.batch === 1);
// A report's copies are analysed once: those of a year pair's reports are kept for the pair scores below.
const pairFiles = new Set(copyPairYears.flatMap((p) => [p.targetFile, p.resultFile]));
const keptCopies = new Map<string, Map<string, AnalyzedFile>>();
function copiesOf(file: string, fileName: string): Map<string, AnalyzedFile> {
  const key = `${file}\0${fileName}`;
  const kept = keptCopies.get(key);
  if (kept) return kept;
  const made = new Map(makeCopies(analyzeFile(file).text).map((c) => [c.name, analyzeCopy(c.text, c.locateText, fileName, c.dropped)] as const));
  if (pairFiles.has(file)) keptCopies.set(key, made);
  return made;
}

const copyScores = new Map<string, { dev: Split; held: Split }>();
// The composed local reports through the same copies: their own figures, apart from batch 1's floors.
const localCopyScores = new Map<string, { dev: Split; held: Split }>();
if (!args.has("--no-copies")) {
  for (const report of evalReports() as EvalReport[]) {
    if ((report.batch !== 1 && !composedBatches.has(report.batch)) || !fs.existsSync(report.file)) continue;
    const scores = report.batch === 1 ? copyScores : localCopyScores;
    const sentences = readLabels("sentences", report.id, sentenceFile);
    const indicators = readLabels("indicators", report.id, indicatorFile);
    for (const [name, copy] of copiesOf(report.file, `${report.id}.txt`)) {
      const file = withUnits(copy, report.id);
      if (!scores.has(name)) scores.set(name, { dev: emptySplit(), held: emptySplit() });
      const split = scores.get(name)![report.heldBack ? "held" : "dev"];
      // A heading the copy left out has no sentence in it to be right or wrong about: its labels are not scored there.
      const onCopy = <R extends { snippet: string }>(rows: R[]) => rows.filter((r) => !droppedByCopy({ dropped: file.dropped, locateText: file.locateText ?? file.text }, r.snippet));
      if (sentences) split.sentences.all.add(scoreSentences(report.id, file, onCopy(sentences.rows)).all);
      if (indicators) split.indicators.add(scoreIndicators(report.id, file, onCopy(indicators.rows)).all);
    }
  }
}

// The year pairs on the same copies: a deputy may hold the PDF of one year and a web page of the next.
const copyPairs = new Map<string, { dev: Tally; held: Tally }>();
if (!args.has("--no-copies")) {
  const copyOf = (file: string, name: string, reportId: string): AnalyzedFile => {
    const analyzed = copiesOf(file, path.basename(file)).get(name)!;
    // The pair scorer finds its snippets in `text`: give it the copy's locate text.
    return withUnits({ ...analyzed, text: analyzed.locateText ?? analyzed.text }, reportId);
  };
  for (const pair of copyPairYears) {
    if (!fs.existsSync(pair.targetFile) || !fs.existsSync(pair.resultFile)) continue;
    const labels = readLabels("pairs", pair.id, pairFile);
    if (!labels) continue;
    for (const name of copyScores.keys()) {
      if (!copyPairs.has(name)) copyPairs.set(name, { dev: new Tally(), held: new Tally() });
      const [targetId, resultId] = pair.id.split("__");
      const tally = scorePairs(pair.id, copyOf(pair.targetFile, name, targetId), copyOf(pair.resultFile, name, resultId), labels.targets);
      copyPairs.get(name)![pair.heldBack ? "held" : "dev"].add(tally);
    }
  }
}

const line = (name: string, t: Tally) =>
  `  ${name.padEnd(26)} recall ${percent(t.recall).padStart(6)} (${t.right}/${t.labelled})   precision ${percent(t.precision).padStart(6)} (${t.assertedRight}/${t.asserted})`;

function printSplit(title: string, split: Split) {
  console.log(`\n== ${title}`);
  console.log(line("sentence kind", split.sentences.all));
  for (const [k, t] of Object.entries(split.sentences.perKind)) console.log(line(`  ${k}`, t));
  console.log(line("indicators fully right", split.indicators));
  if (Object.keys(split.fieldErrors).length) console.log(`    wrong fields: ${Object.entries(split.fieldErrors).map(([f, n]) => `${f} ${n}`).join(", ")}`);
  console.log(line("target → result pairs", split.pairs));
}

function printMisses(title: string, misses: Miss[]) {
  if (!misses.length) return;
  console.log(`\n-- misses: ${title} (${misses.length})`);
  for (const m of misses) console.log(`  [${m.report}] ${m.snippet}\n      expected ${m.expected}\n      got      ${m.got}`);
}

if (!quiet) {
  printMisses("sentence kinds (development)", splits.dev.sentences.all.misses);
  printMisses("indicators (development)", splits.dev.indicators.misses);
  printMisses("pairs (development)", splits.dev.pairs.misses);
  for (const [batch, s] of laterBatches) {
    printMisses(`sentence kinds (batch ${batch}, development)`, s.dev.sentences.all.misses);
    printMisses(`indicators (batch ${batch}, development)`, s.dev.indicators.misses);
    printMisses(`pairs (batch ${batch}, development)`, s.dev.pairs.misses);
    printMisses(`pairs, labels completed (batch ${batch}, development)`, s.dev.pairsCompleted.misses);
  }
}
printSplit("development labels (tuned on)", splits.dev);
printSplit("held-back labels (never tuned on)", splits.held);
printSplit("seeds only (part of development)", splits.seeds);
for (const [batch, s] of laterBatches) {
  printSplit(`batch ${batch} development labels (labelled ${labelledOn(batch)})`, s.dev);
  printSplit(`batch ${batch} held-back labels (never tuned on)`, s.held);
}
// Pair precision counts every pair the tool makes on a labelled target sentence; the first readers labelled the plan's
// headline targets there, not the tasks' counts beside them. A later reader completed those sentences (blind to the
// tool's output): both figures are shown.
const completedBatches = [...laterBatches].filter(([, s]) => s.dev.pairsCompleted.labelled + s.held.pairsCompleted.labelled > 0);
if (completedBatches.length) {
  console.log("\n== target → result pairs, original labels | labels completed on the labelled target sentences (recall / precision)");
  const cell = (t: Tally) => `${percent(t.recall).padStart(6)} / ${percent(t.precision).padStart(6)}`;
  for (const [batch, s] of completedBatches) {
    console.log(`  batch ${String(batch).padEnd(3)} development ${cell(s.dev.pairs)} | ${cell(s.dev.pairsCompleted)}   held back ${cell(s.held.pairs)} | ${cell(s.held.pairsCompleted)}`);
  }
}
if (copyScores.size) {
  console.log("\n== copies of the same reports: sentence kinds / indicators fully right (recall), development | held back");
  const row = (name: string, dev: Split, held: Split) =>
    `  ${name.padEnd(12)} ${percent(dev.sentences.all.recall).padStart(6)} / ${percent(dev.indicators.recall).padStart(6)}   |  ${percent(held.sentences.all.recall).padStart(6)} / ${percent(held.indicators.recall).padStart(6)}`;
  console.log(row("original", splits.dev, splits.held));
  for (const [name, s] of copyScores) console.log(row(name, s.dev, s.held));
  if (localCopyScores.size) {
    console.log(`\n== copies of the composed local reports (batches ${[...composedBatches].join(", ")}): sentence kinds / indicators fully right (recall), development | held back`);
    const originalDev = emptySplit();
    const originalHeld = emptySplit();
    for (const b of composedBatches) {
      const batch = laterBatches.get(b);
      if (!batch) continue;
      originalDev.sentences.all.add(batch.dev.sentences.all);
      originalDev.indicators.add(batch.dev.indicators);
      originalHeld.sentences.all.add(batch.held.sentences.all);
      originalHeld.indicators.add(batch.held.indicators);
    }
    console.log(row("original", originalDev, originalHeld));
    for (const [name, s] of localCopyScores) console.log(row(name, s.dev, s.held));
    console.log("  (no-headings: labels on the lines the copy leaves out, its headings and title, are not scored on it)");
  }
  console.log("\n== copies: target → result pairs of batch 1 (recall / precision), development | held back");
  const pairRow = (name: string, dev: Tally, held: Tally) =>
    `  ${name.padEnd(12)} ${percent(dev.recall).padStart(6)} / ${percent(dev.precision).padStart(6)}   |  ${percent(held.recall).padStart(6)} / ${percent(held.precision).padStart(6)}`;
  console.log(pairRow("original", splits.dev.pairs, splits.held.pairs));
  for (const [name, t] of copyPairs) console.log(pairRow(name, t.dev, t.held));
}

const figures: Record<string, number> = {
  "sentences.recall": splits.dev.sentences.all.recall,
  "indicators.recall": splits.dev.indicators.recall,
  "indicators.precision": splits.dev.indicators.precision,
  "pairs.recall": splits.dev.pairs.recall,
  "pairs.precision": splits.dev.pairs.precision,
  "seeds.sentences.recall": splits.seeds.sentences.all.recall,
  "seeds.indicators.recall": splits.seeds.indicators.recall,
};
for (const [batch, s] of laterBatches) {
  figures[`batch${batch}.sentences.recall`] = s.dev.sentences.all.recall;
  figures[`batch${batch}.indicators.recall`] = s.dev.indicators.recall;
  figures[`batch${batch}.indicators.precision`] = s.dev.indicators.precision;
  if (s.dev.pairs.labelled) {
    figures[`batch${batch}.pairs.recall`] = s.dev.pairs.recall;
    figures[`batch${batch}.pairs.precision`] = s.dev.pairs.precision;
    figures[`batch${batch}.pairsCompleted.recall`] = s.dev.pairsCompleted.recall;
    figures[`batch${batch}.pairsCompleted.precision`] = s.dev.pairsCompleted.precision;
  }
}
for (const [name, s] of copyScores) {
  figures[`copies.${name}.sentences.recall`] = s.dev.sentences.all.recall;
  figures[`copies.${name}.indicators.recall`] = s.dev.indicators.recall;
}
for (const [name, t] of copyPairs) {
  figures[`copies.${name}.pairs.recall`] = t.dev.recall;
  figures[`copies.${name}.pairs.precision`] = t.dev.precision;
}
if (args.has("--json")) fs.writeFileSync(path.join(__dirname, "last-run.json"), JSON.stringify(figures, null, 2));

const floors: Record<string, number> = JSON.parse(fs.readFileSync(path.join(__dirname, "floors.json"), "utf8")).floors;
const failures = Object.entries(floors).filter(([key, floor]) => {
  // The seeds and the composed local reports are in the repository; the national corpus may be absent.
  if (!corpusPresent && !key.startsWith("seeds.") && !composedBatches.has(Number(/^batch(\d+)\./.exec(key)?.[1]))) return false;
  if (args.has("--no-copies") && key.startsWith("copies.")) return false;
  return (figures[key] ?? 0) + 1e-9 < floor;
});
console.log("\n== floors (eval/floors.json)");
for (const [key, floor] of Object.entries(floors)) {
  console.log(`  ${key.padEnd(38)} ${percent(figures[key] ?? 0).padStart(6)} ≥ ${percent(floor)}${failures.some(([k]) => k === key) ? "   ✗ BELOW FLOOR" : ""}`);
}
if (failures.length) {
  console.error(`\n${failures.length} figure(s) fell below the floor.`);
  process.exit(1);
}

/** The day a batch's labels were written: the first batch of each day of labelling. */
function labelledOn(batch: number): string {
  const days: [number, string][] = [[91, "2026-12-07"], [59, "2026-12-06"], [32, "2026-12-05"], [16, "2026-12-04"], [7, "2026-12-03"], [1, "2026-12-02"]];
  return days.find(([first]) => batch >= first)![1];
}
