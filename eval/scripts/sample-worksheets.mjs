// Draws the eval samples: which sentences and which numeric sentences a reader labels, chosen by position
// (evenly spaced through each report), before anyone looks at the tool's output. Writes worksheets (full
// sentences, for the reader only) to a folder outside the repository; the committed labels keep snippets only.
// Usage: node eval/scripts/sample-worksheets.mjs <out-dir> [--batch N]
// Batch 2 draws twice as many numeric sentences a report (its purpose is indicators, metric names above all).
// Batches 3 and 4 draw from the sentences an earlier batch did not sample of the same report.
import fs from "node:fs";
import path from "node:path";
import { CORPUS_DIR, SEEDS_DIR, evalReports } from "../reports.mjs";

const out = process.argv[2] ?? "/tmp/duizhao-eval-worksheets";
const batchAt = process.argv.indexOf("--batch");
const onlyBatch = batchAt > 0 ? Number(process.argv[batchAt + 1]) : null;
fs.mkdirSync(out, { recursive: true });

const SENTENCES_PER_NATIONAL = 24;
const SENTENCES_PER_SEED = 20;
const NUMERIC_PER_REPORT = 8;

function naiveSentences(text) {
  const result = [];
  for (const line of text.split(/\n/)) {
    let buf = "";
    const flush = () => { const t = buf.trim(); if (t) result.push(t); buf = ""; };
    for (let i = 0; i < line.length; i++) {
      buf += line[i];
      if ("。！？!?".includes(line[i])) {
        while (i + 1 < line.length && "”’」』)）".includes(line[i + 1])) buf += line[++i];
        flush();
      }
    }
    flush();
  }
  return result;
}

const squash = (s) => s.replace(/\s+/g, "");
function snippetFor(sentence, text) {
  const s = squash(sentence);
  const whole = squash(text);
  for (let len = Math.min(14, s.length); len <= Math.min(30, s.length); len++) {
    const cand = s.slice(0, len);
    if (whole.indexOf(cand) === whole.lastIndexOf(cand)) return cand;
  }
  for (let from = 1; from + 30 <= s.length; from += 5) {
    const cand = s.slice(from, from + 30);
    if (whole.indexOf(cand) === whole.lastIndexOf(cand)) return cand;
  }
  return null;
}

const spread = (list, n) => {
  if (list.length <= n) return list.map((_, i) => i);
  return Array.from({ length: n }, (_, i) => Math.floor(((i + 0.5) * list.length) / n));
};
const NUMERIC = /[0-9０-９]|百分之/;

const numericCount = (batch) => (batch === 1 ? NUMERIC_PER_REPORT : batch === 2 ? 2 * NUMERIC_PER_REPORT : batch === 4 ? 16 : 12);
const sentenceCount = (report) =>
  report.batch === 4 ? 12 : report.source === "seed" ? SENTENCES_PER_SEED : report.batch === 3 ? 16 : SENTENCES_PER_NATIONAL;
/** The positions earlier batches sampled in the same file: batch 3 leaves them out. */
function sampledBefore(report, list, count) {
  const earlier = evalReports().find((r) => r.file === report.file && r.batch < report.batch);
  return new Set(earlier ? spread(list, count(earlier)).map((i) => list[i]) : []);
}

for (const report of evalReports()) {
  if (onlyBatch !== null && report.batch !== onlyBatch) continue;
  const file = report.file;
  if (!fs.existsSync(file)) { console.error(`skip ${report.id}: ${file} absent`); continue; }
  const text = fs.readFileSync(file, "utf8");
  const sentences = naiveSentences(text);
  const pick = (idxs, list) => idxs.map((i) => ({ position: i, sentence: list[i], snippet: snippetFor(list[i], text) })).filter((r) => r.snippet);
  const numericAll = sentences.filter((s) => NUMERIC.test(s) && s.length > 8);
  const seenSentences = sampledBefore(report, sentences, sentenceCount);
  const seenNumeric = sampledBefore(report, numericAll, (r) => numericCount(r.batch));
  const candidates = sentences.filter((s) => !seenSentences.has(s));
  const numeric = numericAll.filter((s) => !seenNumeric.has(s));
  const sentenceRows = pick(spread(candidates, sentenceCount(report)), candidates);
  const numericRows = pick(spread(numeric, numericCount(report.batch)), numeric);
  const lineOf = (snippet) => {
    const lines = text.split("\n");
    return lines.findIndex((l) => squash(l).includes(snippet.slice(0, 10))) + 1;
  };
  const sheet = (rows) => rows.map((r) => ({ snippet: r.snippet, line: lineOf(r.snippet), sentence: r.sentence }));
  fs.writeFileSync(path.join(out, `${report.id}.sentences.json`), JSON.stringify({ report: report.id, file, rows: sheet(sentenceRows) }, null, 1));
  fs.writeFileSync(path.join(out, `${report.id}.numeric.json`), JSON.stringify({ report: report.id, file, rows: sheet(numericRows) }, null, 1));
  console.log(`${report.id}: ${sentenceRows.length} sentences, ${numericRows.length} numeric`);
}
void CORPUS_DIR; void SEEDS_DIR;
