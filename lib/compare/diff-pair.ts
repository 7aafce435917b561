import DiffMatchPatch from "diff-match-patch";
import { classifyQualifierChange, qualifierInfo } from "./commitment";
import { compactForm } from "./normalize";
import { tokenize, type Token } from "./tokens";
import type { Change, DiffOp } from "./types";

export interface PairDiff {
  diff: DiffOp[];
  changes: Change[];
  /** 2 × equal characters / (left + right characters), 0–1. */
  similarity: number;
}

const PRIVATE_USE_START = 0xe000;

/** Like diff_linesToChars: every distinct token (keyed by its width-folded form) becomes one character. */
function encode(tokens: Token[], codes: Map<string, string>): string {
  let out = "";
  for (const token of tokens) {
    const key = keyOf(token);
    let code = codes.get(key);
    if (code === undefined) {
      code = String.fromCharCode(PRIVATE_USE_START + codes.size);
      codes.set(key, code);
    }
    out += code;
  }
  return out;
}

/** A printable ASCII character or a CJK unified ideograph is its own folded form (NFKC leaves it, it is no space). */
const foldsToItself = (c: number) => (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff);

function keyOf(token: Token): string {
  if (token.kind === "char" && token.text.length === 1 && foldsToItself(token.text.charCodeAt(0))) return token.text;
  return token.kind === "char" && /^\s+$/.test(token.text) ? " " : compactForm(token.text) || token.text;
}

/**
 * diff_cleanupSemantic, unless it throws away most of what the sides share: with tokens as characters, a long
 * shared clause inside a sentence that the other side extends (a news sentence quoting three report clauses)
 * counts as short and gets merged into delete-all / insert-all. Then only the lossless cleanup is kept.
 */
function semanticDiff(a: string, b: string, keys: string[]): DiffMatchPatch.Diff[] {
  const dmp = new DiffMatchPatch();
  const raw = dmp.diff_main(a, b, false);
  const cleaned = raw.map((d) => [d[0], d[1]] as DiffMatchPatch.Diff);
  dmp.diff_cleanupSemantic(cleaned);
  const shared = (diffs: DiffMatchPatch.Diff[]) =>
    diffs
      .filter(([op]) => op === 0)
      .reduce((n, [, text]) => n + Array.from(text).reduce((m, c) => m + keys[c.charCodeAt(0) - PRIVATE_USE_START].length, 0), 0);
  if (shared(cleaned) >= shared(raw) / 2) return cleaned;
  dmp.diff_cleanupSemanticLossless(raw);
  return raw;
}

type OpName = DiffOp["op"];
const OP_NAMES: Record<number, OpName> = { [-1]: "delete", 0: "equal", 1: "insert" };

export function diffPair(leftText: string, rightText: string): PairDiff {
  const left = tokenize(leftText);
  const right = tokenize(rightText);
  const codes = new Map<string, string>();
  const a = encode(left, codes);
  const b = encode(right, codes);
  const raw = semanticDiff(a, b, [...codes.keys()]);

  const ops: Array<{ op: OpName; token: Token }> = [];
  let li = 0;
  let ri = 0;
  for (const [code, chars] of raw) {
    const op = OP_NAMES[code];
    for (let k = 0; k < chars.length; k++) {
      if (op === "insert") ops.push({ op, token: right[ri++] });
      else {
        ops.push({ op, token: left[li++] });
        if (op === "equal") ri++;
      }
    }
  }

  const diff: DiffOp[] = [];
  for (const { op, token } of ops) {
    const last = diff[diff.length - 1];
    if (last && last.op === op) last.text += token.text;
    else diff.push({ op, text: token.text });
  }
  const equal = diff.filter((d) => d.op === "equal").reduce((n, d) => n + d.text.length, 0);
  const total = leftText.length + rightText.length;
  const similarity = total === 0 ? 1 : Math.round(((2 * equal) / total) * 1000) / 1000;
  return { diff, changes: changesOf(ops), similarity };
}

/** Changes per block of consecutive non-equal tokens: numbers paired in order, qualifiers per scale. */
function changesOf(ops: Array<{ op: OpName; token: Token }>): Change[] {
  const changes: Change[] = [];
  let block: Array<{ op: OpName; token: Token }> = [];
  const flush = () => {
    if (block.length > 0) changes.push(...blockChanges(block));
    block = [];
  };
  for (const entry of ops) {
    if (entry.op === "equal") flush();
    else block.push(entry);
  }
  flush();
  return changes;
}

function blockChanges(block: Array<{ op: OpName; token: Token }>): Change[] {
  const side = (op: OpName, pick: (t: Token) => boolean) =>
    block.filter((e) => e.op === op && pick(e.token)).map((e) => e.token.text);
  const changes: Change[] = [];
  const isNumber = (t: Token) => t.kind === "number" && !YEAR.test(t.text);
  pairByUnit(side("delete", isNumber), side("insert", isNumber), (l, r) => changes.push({ type: "number", left: l, right: r }));
  for (const scale of ["modal", "bound"] as const) {
    const isQualifier = (t: Token) => t.kind === "qualifier" && !!t.attached && qualifierInfo(t.text)?.scale === scale;
    pairUp(side("delete", isQualifier), side("insert", isQualifier), (l, r) => {
      const type = classifyQualifierChange(l, r);
      if (type) changes.push({ type, left: l, right: r });
    });
  }
  return changes;
}

/** Years are dates, not quantities: they show in the diff but are no number change. */
const YEAR = /^[0-9０-９]{4}年$/;
const unitOf = (text: string) => compactForm(text).replace(/^[\d.\-~:]+/, "");

/** A deleted number pairs with the next inserted number of the same unit; the rest stand alone. */
function pairByUnit(left: string[], right: string[], emit: (l: string | null, r: string | null) => void): void {
  const free = [...right];
  for (const l of left) {
    const k = free.findIndex((r) => unitOf(r) === unitOf(l));
    emit(l, k >= 0 ? free.splice(k, 1)[0] : null);
  }
  for (const r of free) emit(null, r);
}

function pairUp(left: string[], right: string[], emit: (l: string | null, r: string | null) => void): void {
  for (let k = 0; k < Math.max(left.length, right.length); k++) emit(left[k] ?? null, right[k] ?? null);
}
