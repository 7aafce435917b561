import type { SentenceLabel } from "@/lib/domain/sentence";

// Form fields (the reader's 改正 form, the CLI's flags) → a correction object for the schema to validate. Only what
// the user filled in is taken: an empty field leaves the automatic reading as it is.

type Fields = Record<string, string | undefined>;

const filled = (v: string | undefined) => (v === undefined ? undefined : v.trim() || undefined);

/** 目标 / 实绩 / 问题 / 其他 as kind and subtype. */
export function kindOfLabel(label: string | undefined): { kind: string; subtype: "problem" | null } | { kind: undefined } {
  if (label === "problem") return { kind: "other", subtype: "problem" };
  return label ? { kind: label as SentenceLabel, subtype: null } : { kind: undefined };
}

export function sentenceCorrectionFrom(f: Fields): unknown {
  return { type: "sentence", target: { id: f.sentence, hash: f.hash }, ...kindOfLabel(filled(f.label)), ...(filled(f.note) ? { note: filled(f.note) } : {}) };
}

/** A number as typed: full-width digits and a leading 下降 (a fall) allowed; NaN when it is not one. */
export function parseTypedNumber(text: string): number {
  const folded = text.normalize("NFKC").replace(/[,\s]/g, "");
  const fall = /^(下降|减少|降低)/.test(folded);
  const n = Number(folded.replace(/^(下降|减少|降低)/, "").replace(/[%％]$/, ""));
  return fall ? -Math.abs(n) : n;
}

export function indicatorCorrectionFrom(f: Fields): unknown {
  const value = filled(f.value);
  const qualifiers = filled(f.qualifiers);
  return {
    type: "indicator",
    target: { sentence: { id: f.sentence, hash: f.hash }, metric: f.ref_metric, text: f.ref_text },
    ...(filled(f.metric) ? { metric: filled(f.metric) } : {}),
    ...(value !== undefined ? { value: parseTypedNumber(value) } : {}),
    ...(filled(f.unit) ? { unit: filled(f.unit) } : {}),
    ...(qualifiers !== undefined ? { qualifiers: qualifiers === "-" ? [] : qualifiers.split(/[、,，\s]+/).filter(Boolean) } : {}),
    ...(filled(f.note) ? { note: filled(f.note) } : {}),
  };
}
