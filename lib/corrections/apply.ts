import type { Indicator } from "@/lib/analysis/types";
import { lookupMetric, getMetric } from "@/lib/analysis/lookup-metric";
import { scaleFactor } from "@/lib/analysis/scales";
import type { SentenceKind, Subtype } from "@/lib/domain/sentence";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import { sentenceHash } from "./fingerprint";
import { correctionKey, type IndicatorCorrection, type IndicatorRef, type LabelCorrection, type SentenceCorrection, type SentenceRef } from "./schema";

/** What the automatic analysis said before a hand correction, kept beside the corrected label. */
export interface SentenceMark {
  auto: { kind: SentenceKind; subtype: Subtype; reason: string; confidence: number };
  note?: string;
}
export interface IndicatorMark {
  auto: Pick<Indicator, "metric" | "label" | "value" | "unit" | "text" | "qualifiers">;
  note?: string;
}

export type MarkedIndicator = Indicator & { correction?: IndicatorMark };

interface SentenceLike {
  index: number;
  text: string;
  kind: SentenceKind;
  subtype: Subtype;
  reason: string;
  confidence: number;
  indicators: Indicator[];
}

/** A sentence as corrected: its mark when its kind was corrected, its figures' marks when they were. */
export type Corrected<S> = Omit<S, "indicators"> & { correction?: SentenceMark; indicators: MarkedIndicator[] };

export type CorrectionState = "applied" | "moved" | "stale";

/** How one correction met the current analysis: applied where it was made, moved with its sentence, or no longer applying. */
export interface CorrectionOutcome {
  key: string;
  correction: LabelCorrection;
  state: CorrectionState;
  /** The sentence it applies to now (null when stale). */
  sentenceId: string | null;
}

export const labelOf = (kind: SentenceKind, subtype: Subtype) => SENTENCE_KIND_LABELS[subtype ?? kind].zh;

/** The sentence a reference names: its own id while the text is the same, else the nearest sentence with that text. */
export function resolveSentence<S extends { index: number; text: string }>(sentences: readonly S[], ref: SentenceRef, byHash?: Map<string, S[]>): { sentence: S; moved: boolean } | null {
  const index = Number(ref.id.slice(2));
  const own = sentences.find((s) => s.index === index);
  if (own && sentenceHash(own.text) === ref.hash) return { sentence: own, moved: false };
  const same = byHash ? (byHash.get(ref.hash) ?? []) : sentences.filter((s) => sentenceHash(s.text) === ref.hash);
  if (same.length === 0) return null;
  const nearest = same.reduce((a, b) => (Math.abs(b.index - index) < Math.abs(a.index - index) ? b : a));
  return { sentence: nearest, moved: true };
}

/** An indicator of a sentence by the automatic metric and number (a corrected one is found by what it was). */
export function findIndicator<I extends MarkedIndicator>(indicators: readonly I[], ref: Pick<IndicatorRef, "metric" | "text">): I | undefined {
  return indicators.find((i) => (i.correction?.auto.metric ?? i.metric) === ref.metric && (i.correction?.auto.text ?? i.text) === ref.text);
}

export function hashIndex<S extends { text: string }>(sentences: readonly S[]): Map<string, S[]> {
  const map = new Map<string, S[]>();
  for (const s of sentences) {
    const h = sentenceHash(s.text);
    map.set(h, [...(map.get(h) ?? []), s]);
  }
  return map;
}

/**
 * Apply the sentence and indicator corrections to freshly analysed sentences. Pairings apply in comparisons
 * (pins.ts). A correction whose sentence or indicator is gone is reported as stale and applied nowhere.
 */
export function applyLabelCorrections<S extends SentenceLike>(sentences: readonly S[], labels: readonly LabelCorrection[]): { sentences: Corrected<S>[]; outcomes: CorrectionOutcome[] } {
  const outcomes: CorrectionOutcome[] = [];
  const own = labels.filter((c): c is SentenceCorrection | IndicatorCorrection => c.type !== "pair");
  if (own.length === 0) return { sentences: [...sentences], outcomes };
  const byHash = hashIndex(sentences);
  const changed = new Map<number, Corrected<S>>();
  const current = (s: S) => changed.get(s.index) ?? { ...s, indicators: [...s.indicators] };
  for (const c of own) {
    const ref = c.type === "sentence" ? c.target : c.target.sentence;
    const found = resolveSentence(sentences, ref, byHash);
    const stale = () => outcomes.push({ key: correctionKey(c), correction: c, state: "stale", sentenceId: null });
    if (!found) {
      stale();
      continue;
    }
    const s = current(found.sentence);
    if (c.type === "sentence") {
      changed.set(s.index, correctSentence(s, c));
    } else {
      const at = s.indicators.findIndex((i) => i === findIndicator(s.indicators, c.target));
      if (at < 0) {
        stale();
        continue;
      }
      s.indicators[at] = correctIndicator(s.indicators[at], c);
      changed.set(s.index, s);
    }
    outcomes.push({ key: correctionKey(c), correction: c, state: found.moved ? "moved" : "applied", sentenceId: `s-${s.index}` });
  }
  return { sentences: sentences.map((s) => changed.get(s.index) ?? s), outcomes };
}

function correctSentence<S extends SentenceLike & { correction?: SentenceMark }>(s: S, c: SentenceCorrection): S {
  const auto = s.correction?.auto ?? { kind: s.kind, subtype: s.subtype, reason: s.reason, confidence: s.confidence };
  const note = c.note ? `（${c.note}）` : "";
  // A goal's figures are targets and an achievement's are results (an estimate stays one), as the analysis reads them.
  const modality = (i: MarkedIndicator): MarkedIndicator["modality"] =>
    c.kind === "goal" ? "target" : c.kind === "achievement" && i.modality === "target" ? "actual" : i.modality;
  return {
    ...s,
    indicators: s.indicators.map((i) => (modality(i) === i.modality ? i : { ...i, modality: modality(i) })),
    kind: c.kind,
    subtype: c.subtype,
    confidence: 1,
    reason: `人工改正：${labelOf(c.kind, c.subtype)}${note}；自动：${labelOf(auto.kind, auto.subtype)}（${auto.reason}）`,
    correction: { auto, ...(c.note ? { note: c.note } : {}) },
  };
}

const NUMBER = /[-−]?\d+(?:\.\d+)?/;

/** The corrected indicator: the typed value in its written scale, the number text rewritten to match. */
export function correctIndicator(i: MarkedIndicator, c: IndicatorCorrection): MarkedIndicator {
  const auto = i.correction?.auto ?? { metric: i.metric, label: i.label, value: i.value, unit: i.unit, text: i.text, qualifiers: i.qualifiers };
  const next: MarkedIndicator = { ...i, correction: { auto, ...(c.note ? { note: c.note } : {}) } };
  if (c.metric !== undefined) {
    const known = getMetric(c.metric);
    const match = known ? { key: known.key, name: known.name } : lookupMetric(c.metric);
    next.metric = match.key;
    next.label = known ? known.name : c.metric;
  }
  if (c.unit !== undefined) {
    next.text = next.text.includes(i.unit) ? next.text.replace(i.unit, c.unit) : next.text + c.unit;
    next.unit = c.unit;
  }
  if (c.value !== undefined) {
    next.value = Number((c.value * scaleFactor(i.scale)).toPrecision(12));
    const written = String(Math.abs(c.value));
    next.text = NUMBER.test(next.text) ? next.text.replace(NUMBER, written) : written + next.text;
    // One number now: a range's upper bound and a ratio's parts no longer hold.
    delete next.upper;
    delete next.parts;
  }
  if (c.qualifiers !== undefined) next.qualifiers = c.qualifiers;
  return next;
}
