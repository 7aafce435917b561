import type { ChangeType } from "./types";

/**
 * Commitment strength, in two independent scales.
 * modal: how firmly the government binds itself.   确保 (3) > plain statement (2) > 力争 / 争取 / 努力 (1)
 * bound: how the number is fenced.                   以上 / 不低于 / 超过 / 突破 and 以内 / 以下 / 不超过 / 控制在 (3)
 *                                                     > plain number or 达到 (2) > 左右 / 约 (1)
 * A move down a scale is `weakened` (确保→力争, 以上→左右, 确保 dropped), up is `strengthened`, and a move
 * between a floor and a ceiling (以上→以内) or between equals (力争→争取) is a neutral `qualifier` change.
 */
export type QualifierScale = "modal" | "bound";
export type BoundSide = "floor" | "ceiling" | "plain" | "approx";

interface QualifierInfo {
  scale: QualifierScale;
  level: number;
  bound?: BoundSide;
  /** Where the number sits relative to the word: 以上 follows it, 超过 precedes it. */
  position?: "before" | "after";
}

export const PLAIN_LEVEL = 2;

export const QUALIFIERS: Record<string, QualifierInfo> = {
  确保: { scale: "modal", level: 3 },
  力争: { scale: "modal", level: 1 },
  争取: { scale: "modal", level: 1 },
  努力: { scale: "modal", level: 1 },
  以上: { scale: "bound", level: 3, bound: "floor", position: "after" },
  不低于: { scale: "bound", level: 3, bound: "floor", position: "before" },
  超过: { scale: "bound", level: 3, bound: "floor", position: "before" },
  突破: { scale: "bound", level: 3, bound: "floor", position: "before" },
  以内: { scale: "bound", level: 3, bound: "ceiling", position: "after" },
  以下: { scale: "bound", level: 3, bound: "ceiling", position: "after" },
  不超过: { scale: "bound", level: 3, bound: "ceiling", position: "before" },
  控制在: { scale: "bound", level: 3, bound: "ceiling", position: "before" },
  低于: { scale: "bound", level: 3, bound: "ceiling", position: "before" },
  不少于: { scale: "bound", level: 3, bound: "floor", position: "before" },
  达到: { scale: "bound", level: 2, bound: "plain", position: "before" },
  左右: { scale: "bound", level: 1, bound: "approx", position: "after" },
  约: { scale: "bound", level: 1, bound: "approx", position: "before" },
};

/** Longest first, so that 不超过 wins over 超过. */
export const QUALIFIER_WORDS = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length);

export function qualifierInfo(word: string): QualifierInfo | undefined {
  return QUALIFIERS[word];
}

/** The kind of change from one qualifier (or none) to another on the same scale; null when nothing changed. */
export function classifyQualifierChange(left: string | null, right: string | null): ChangeType | null {
  if (left === right) return null;
  const l = left ? QUALIFIERS[left] : undefined;
  const r = right ? QUALIFIERS[right] : undefined;
  const lb = l?.bound ?? "plain";
  const rb = r?.bound ?? "plain";
  if ((lb === "floor" && rb === "ceiling") || (lb === "ceiling" && rb === "floor")) return "qualifier";
  const from = l?.level ?? PLAIN_LEVEL;
  const to = r?.level ?? PLAIN_LEVEL;
  if (to < from) return "weakened";
  if (to > from) return "strengthened";
  return "qualifier";
}

/** The strongest qualifier of a scale in a list (as in Indicator.qualifiers), or null. */
export function pickQualifier(words: string[], scale: QualifierScale): string | null {
  const found = words.filter((w) => QUALIFIERS[w]?.scale === scale);
  if (found.length === 0) return null;
  return found.sort((a, b) => QUALIFIERS[b].level - QUALIFIERS[a].level)[0];
}

/** Compare two qualifier lists scale by scale; the first non-neutral verdict wins. */
export function compareQualifiers(left: string[], right: string[]): ChangeType | null {
  const verdicts = (["modal", "bound"] as const)
    .map((scale) => classifyQualifierChange(pickQualifier(left, scale), pickQualifier(right, scale)))
    .filter((v): v is ChangeType => v !== null);
  return verdicts.find((v) => v !== "qualifier") ?? verdicts[0] ?? null;
}
