// Invariants of the pure pipeline, checked on one input. Each returns the list of violations (empty when all hold),
// so a worker can run them and report back plain strings.
import { processText } from "@/lib/text";
import { cleanSpanText } from "@/lib/text/clean-span";
import { segmentParagraph } from "@/lib/text/segment";
import { isWhitespace } from "@/lib/text/chars";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { prepareReport } from "@/lib/prepare/prepare-report";
import { compareSides, sideInput, toCsv, toMarkdown } from "@/lib/compare";

export function checkText(stored: string): string[] {
  const problems: string[] = [];
  const { sentences, sections, warnings, pageFurniture } = processText(stored);
  const furniture = new Set(pageFurniture ?? []);
  if (warnings.some((w) => w.code === "internal-error")) problems.push(`processText threw: ${warnings.find((w) => w.code === "internal-error")!.message}`);
  let previousEnd = 0;
  sentences.forEach((s, i) => {
    if (s.index !== i) problems.push(`sentence ${i} has index ${s.index}`);
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= stored.length)) {
      problems.push(`sentence ${i} offsets [${s.start}, ${s.end}) out of range 0..${stored.length}`);
      return;
    }
    if (s.start < previousEnd) problems.push(`sentence ${i} [${s.start}, ${s.end}) overlaps or precedes the previous one (ends ${previousEnd})`);
    previousEnd = s.end;
    const raw = stored.slice(s.start, s.end);
    if (cleanSpanText(raw, furniture, s.flags.some((f) => f.startsWith("table-"))) !== s.text) problems.push(`sentence ${i}: cleanSpanText(stored.slice(start, end), pageFurniture) !== text`);
    if (isWhitespace(raw[0]) || isWhitespace(raw[raw.length - 1])) problems.push(`sentence ${i} span has whitespace at an edge`);
  });
  for (const s of sections) {
    if (!(0 <= s.start && s.start <= s.end && s.end <= stored.length)) problems.push(`section ${s.index} offsets out of range`);
  }
  return problems;
}

/** segmentParagraph over the whole string: spans ordered, disjoint, and together they cover every non-blank character. */
export function checkSegmentation(stored: string): string[] {
  const problems: string[] = [];
  const spans = segmentParagraph(stored, 0, stored.length);
  const covered = new Uint8Array(stored.length);
  let previousEnd = 0;
  for (const [i, s] of spans.entries()) {
    if (s.start < previousEnd || s.end <= s.start || s.end > stored.length) problems.push(`span ${i} [${s.start}, ${s.end}) is out of order or range`);
    previousEnd = Math.max(previousEnd, s.end);
    for (let k = Math.max(0, s.start); k < Math.min(stored.length, s.end); k++) covered[k] = 1;
  }
  for (let k = 0; k < stored.length; k++) {
    if (!covered[k] && !isWhitespace(stored[k])) {
      problems.push(`character ${k} (${JSON.stringify(stored[k])}) is in no span`);
      break;
    }
  }
  return problems;
}

/** The whole import and compare pipeline on one text; only checks that it finishes and its outputs are sane. */
export function checkPipeline(text: string, other: string): string[] {
  const problems: string[] = [];
  const bytes = new TextEncoder().encode(text);
  const prepared = prepareReport({ bytes, fileName: "fuzz.txt" });
  const analyzed = analyzeReport(text, { fileName: "fuzz.txt" });
  const right = analyzeReport(other);
  for (const s of analyzed.sentences) {
    for (const ind of s.indicators) if (!Number.isFinite(ind.value)) problems.push(`indicator ${ind.text} has value ${ind.value}`);
  }
  const result = compareSides(sideInput(analyzed, "all"), sideInput(right, "all"));
  const reversed = compareSides(sideInput(right, "goal"), sideInput(analyzed, "achievement"));
  toCsv(result, "rows");
  toCsv(reversed, "indicators");
  toMarkdown(result);
  if (prepared.ok && typeof prepared.prepared.hash !== "string") problems.push("prepareReport gave no hash");
  const sides = result.rows.reduce((n, r) => n + (r.left ? 1 : 0), 0);
  if (sides !== sideInput(analyzed, "all").sentences.length) problems.push(`rows hold ${sides} left sentences, expected ${sideInput(analyzed, "all").sentences.length}`);
  return problems;
}

/** For the runner's own test: a check that never returns, as a pipeline bug might. */
function hang(): string[] {
  for (;;) {
    /* spin */
  }
}

export const CHECKS = { text: checkText, segmentation: checkSegmentation, pipeline: checkPipeline, hang } as const;
export type CheckName = keyof typeof CHECKS;
