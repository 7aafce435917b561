import type { Part, Role, TextSentence, TextSection, TextWarning, ReportMetadata } from "@/lib/text/types";
import type { IndicatorType, Modality, Phase, Scale } from "@/lib/domain/indicator";
import type { SentenceKind, Subtype } from "@/lib/domain/sentence";

export type { IndicatorType, Modality, SentenceKind, Subtype };

export interface Classification {
  kind: SentenceKind;
  subtype: Subtype;
  /** A short, human-readable reason: the cue or heading that decided, e.g. "cue 确保" or "section 2020年主要工作". */
  reason: string;
  /** 0–1. */
  confidence: number;
}

export interface Indicator {
  /** Canonical metric key from the lexicon (e.g. "gdp"), or a stable key derived from the label. */
  metric: string;
  /** The metric's label as written in the sentence. */
  label: string;
  /** Base units: 8% → 8 (unit "%"); 726.47亿元 → 72647000000 (unit "元", scale "亿"). */
  value: number;
  unit: string;
  scale: Scale | null;
  type: IndicatorType;
  qualifiers: string[];
  modality: Modality;
  /** The number as written, with its unit (e.g. "726.47亿元"). */
  text: string;
  /** Offsets into the sentence's cleaned text. */
  start: number;
  end: number;
  /** A range such as 1-2个: value is the lower bound (1), upper the upper bound (2). */
  upper?: number;
  /** A ratio such as 73.52:24.77:1.71: all components (value is the first). */
  parts?: number[];
  /** 由3000万元增长至2.76亿元: the level before and the level after. */
  phase?: Phase;
  /** 比上年增加1500亿元: a change against the year before in the metric's own unit, not the metric's level. */
  increment?: boolean;
  /** 杭州市地区生产总值增长6.8% in a district's text: the figure is another place's (its name, or 全市/全省/全国). */
  place?: string;
}

export interface AnalyzedSentence extends TextSentence, Classification {
  indicators: Indicator[];
}

export interface AnalyzedReport {
  metadata: ReportMetadata;
  sections: TextSection[];
  sentences: AnalyzedSentence[];
  /** Warnings from text processing (truncated, repaired artefacts…); metadata.warnings holds the metadata ones. */
  warnings?: TextWarning[];
}

export type { Part, Role };
