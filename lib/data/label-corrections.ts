import "server-only";
import { getDb } from "./db";
import { parseJson } from "./json";
import { getReport, listReportSentences, type ReaderSentence } from "./reports";
import { reanalyzeReport } from "./report-imports";
import type { Corrections } from "@/lib/import/corrections";
import { correctionKey, labelCorrectionSchema, removeCorrection, upsertCorrection, type IndicatorRef, type LabelCorrection, type PairCorrection } from "@/lib/corrections/schema";
import { sentenceRef } from "@/lib/corrections/fingerprint";
import { canonicalMetric } from "@/lib/compare/metric-key";
import type { IndicatorSide, KindChoice } from "@/lib/compare/types";
import { getComparison } from "./comparisons";
import { findIndicator, resolveSentence, type CorrectionOutcome } from "@/lib/corrections/apply";

export type LabelOutcome = { ok: true; key: string } | { ok: false; error: string };

async function storedCorrections(slug: string) {
  const row = await getDb().report.findUnique({ where: { slug }, select: { id: true, corrections: true } });
  return row ? { id: row.id, corrections: parseJson<Corrections>(row.corrections, {}) } : null;
}

/**
 * The hand corrections of a report's sentences, figures and pairings, each with whether it still applies. Reads only
 * the corrected sentences when each is still where it was (the reader asks on every page); a moved or vanished one
 * is looked for in the whole report.
 */
export async function listLabelCorrections(options: { slug: string }): Promise<CorrectionOutcome[]> {
  const stored = await storedCorrections(options.slug);
  const labels = stored?.corrections.labels ?? [];
  if (!stored || labels.length === 0) return [];
  const refOf = (c: LabelCorrection) => (c.type === "sentence" ? c.target : c.type === "indicator" ? c.target.sentence : c.left.sentence);
  const own = await listReportSentences({ reportId: stored.id, indexes: labels.map((c) => Number(refOf(c).id.slice(2))) });
  const inPlace = labels.every((c) => resolveSentence(own, refOf(c))?.moved === false);
  const sentences = inPlace ? own : await listReportSentences({ reportId: stored.id });
  return labels.map((c) => {
    const found = resolveSentence(sentences, refOf(c));
    const figure = c.type === "indicator" ? c.target : c.type === "pair" ? c.left : null;
    const holds = found && (!figure || findIndicator(found.sentence.indicators, figure));
    return { key: correctionKey(c), correction: c, state: !holds ? "stale" : found.moved ? "moved" : "applied", sentenceId: holds ? `s-${found.sentence.index}` : null };
  });
}

const issues = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");

function missingFigure(sentences: readonly ReaderSentence[], ref: IndicatorRef, side: string): string | null {
  const found = resolveSentence(sentences, ref.sentence);
  if (!found) return `${side}: 句子 ${ref.sentence.id} 不存在或已改变 / sentence not found`;
  return findIndicator(found.sentence.indicators, ref) ? null : `${side}: 指标 ${ref.metric} ${ref.text} 不在句子 ${ref.sentence.id} 中 / indicator not found`;
}

/**
 * Store one hand correction (validated, and only for a sentence or figure that exists now) and rebuild what depends on
 * it: the report's rows for a sentence or figure, the stored comparisons of both reports for a pairing.
 */
export async function correctLabel(options: { slug: string; correction: unknown; at?: Date }): Promise<LabelOutcome> {
  const parsed = labelCorrectionSchema.safeParse(options.correction);
  if (!parsed.success) return { ok: false, error: issues(parsed.error) };
  const correction: LabelCorrection = { ...parsed.data, at: (options.at ?? new Date()).toISOString() };
  const stored = await storedCorrections(options.slug);
  const report = stored && (await getReport({ slug: options.slug }));
  if (!stored || !report) return { ok: false, error: "report not found" };
  let otherId: number | null = null;
  if (correction.type === "sentence") {
    if (!resolveSentence(report.sentences, correction.target)) return { ok: false, error: `句子 ${correction.target.id} 不存在或已改变 / sentence not found` };
  } else if (correction.type === "indicator") {
    const missing = missingFigure(report.sentences, correction.target, "indicator");
    if (missing) return { ok: false, error: missing };
  } else {
    const other = await getReport({ slug: correction.other });
    if (!other) return { ok: false, error: `other: 报告 ${correction.other} 不存在 / report not found` };
    const missing = missingFigure(report.sentences, correction.left, "left") ?? missingFigure(other.sentences, correction.right, "right");
    if (missing) return { ok: false, error: missing };
    otherId = other.id;
  }
  return saveLabels(options.slug, stored, upsertCorrection(stored.corrections.labels ?? [], correction), correction, otherId);
}

/** Take a correction back (by its key); the automatic label returns. */
export async function removeLabelCorrection(options: { slug: string; key: string }): Promise<LabelOutcome> {
  const stored = await storedCorrections(options.slug);
  if (!stored) return { ok: false, error: "report not found" };
  const labels = stored.corrections.labels ?? [];
  const gone = labels.find((c) => correctionKey(c) === options.key);
  if (!gone) return { ok: false, error: `no correction ${options.key}` };
  const otherId = gone.type === "pair" ? ((await getDb().report.findUnique({ where: { slug: gone.other }, select: { id: true } }))?.id ?? null) : null;
  return saveLabels(options.slug, stored, removeCorrection(labels, options.key), gone, otherId);
}

async function saveLabels(slug: string, stored: { id: number; corrections: Corrections }, labels: LabelCorrection[], changed: LabelCorrection, otherId: number | null): Promise<LabelOutcome> {
  const db = getDb();
  await db.report.update({ where: { slug }, data: { corrections: JSON.stringify({ ...stored.corrections, labels }) } });
  if (changed.type === "pair") {
    // A pairing changes no row of either report, only their comparisons (whose cache key also names the corrections).
    const ids = [stored.id, ...(otherId !== null ? [otherId] : [])];
    await db.comparison.deleteMany({ where: { OR: [{ leftId: { in: ids } }, { rightId: { in: ids } }] } });
  } else {
    await reanalyzeReport({ slug });
  }
  return { ok: true, key: correctionKey(changed) };
}

/** The figure of a compare side as a stable reference: its sentence, and its automatic metric and number. */
function refOf(sentences: readonly ReaderSentence[], side: IndicatorSide, metric: string): IndicatorRef | null {
  const sentence = sentences.find((s) => `s-${s.index}` === side.sentenceId);
  if (!sentence) return null;
  const same = sentence.indicators.filter((i) => i.text === side.text);
  const figure = same.find((i) => canonicalMetric(i) === metric) ?? same[0];
  return figure ? { sentence: sentenceRef(sentence), metric: figure.correction?.auto.metric ?? figure.metric, text: figure.correction?.auto.text ?? figure.text } : null;
}

export interface PairingInput {
  left: string;
  right: string;
  l: KindChoice;
  r: KindChoice;
  action: "pair" | "unpair";
  /** The 对照表 row to unpair, or the left-only row to pair… */
  pair: string;
  /** …with this right-only row. */
  with?: string;
  note?: string;
}

/**
 * Unpair a row of a comparison's 对照表, or pair a left-only figure with a right-only one. Stored on the left report
 * for the right one (by stable references), so it holds in this comparison and its swap, and survives re-analysis.
 */
export async function correctPairing(input: PairingInput): Promise<LabelOutcome> {
  const comparison = await getComparison({ left: input.left, right: input.right, l: input.l, r: input.r });
  if (!comparison) return { ok: false, error: "report not found" };
  const byId = (id: string | undefined) => comparison.result.indicators.find((p) => p.id === id);
  const first = byId(input.pair);
  const second = input.action === "pair" ? byId(input.with) : first;
  if (!first || !second) return { ok: false, error: `指标 ${!first ? input.pair : input.with} 不在此对照中 / no such indicator row` };
  const leftSide = first.left;
  const rightSide = second.right;
  if (!leftSide || !rightSide) return { ok: false, error: input.action === "pair" ? "配对需要一个仅左侧的指标和一个仅右侧的指标 / pair a left-only row with a right-only row" : "此行没有配对 / this row is not a pair" };
  if (input.action === "pair" && (first.right || second.left)) return { ok: false, error: "两行都已配对：先拆开 / unpair them first" };
  const [leftReport, rightReport] = await Promise.all([getReport({ slug: input.left }), getReport({ slug: input.right })]);
  const leftRef = leftReport && refOf(leftReport.sentences, leftSide, first.metric);
  const rightRef = rightReport && refOf(rightReport.sentences, rightSide, second.rightMetric ?? second.metric);
  if (!leftRef || !rightRef) return { ok: false, error: "indicator not found in its sentence" };
  return correctLabel({ slug: input.left, correction: { type: "pair", other: input.right, action: input.action, left: leftRef, right: rightRef, ...(input.note ? { note: input.note } : {}) } });
}

/** The pairing corrections that concern two reports (stored on either), with the report that holds each. */
export async function listPairCorrections(options: { left: string; right: string }) {
  const rows = await getDb().report.findMany({ where: { slug: { in: [options.left, options.right] } }, select: { slug: true, corrections: true } });
  return rows.flatMap((row) => {
    const other = row.slug === options.left ? options.right : options.left;
    return (parseJson<Corrections>(row.corrections, {}).labels ?? [])
      .filter((c): c is PairCorrection => c.type === "pair" && c.other === other)
      .map((c) => ({ owner: row.slug, key: correctionKey(c), correction: c }));
  });
}
