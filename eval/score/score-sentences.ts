// Sentence kinds: recall is the share of labelled sentences whose kind (and problem subtype) the tool got
// right; precision per kind is, of the labelled sentences the tool gave that kind, how many have it.
import type { AnalyzedFile } from "./analyze-file";
import type { SentenceLabel } from "./labels";
import { locateSnippet } from "./locate";
import { Tally } from "./tally";

export type KindKey = "goal" | "achievement" | "other" | "problem";

export interface SentenceScore {
  all: Tally;
  perKind: Record<KindKey, Tally>;
}

export const emptySentenceScore = (): SentenceScore => ({
  all: new Tally(),
  perKind: { goal: new Tally(), achievement: new Tally(), other: new Tally(), problem: new Tally() },
});

const keyOf = (kind: string, subtype: string | null | undefined): KindKey =>
  subtype === "problem" ? "problem" : (kind as KindKey);

export function scoreSentences(report: string, file: AnalyzedFile, labels: SentenceLabel[]): SentenceScore {
  const score = emptySentenceScore();
  for (const label of labels) {
    if (label.kind === "skip") continue;
    const expected = keyOf(label.kind, label.subtype);
    const located = locateSnippet(file.locateText ?? file.text, file.analyzed.sentences, label.snippet);
    const got: KindKey | "missing" = located ? keyOf(located.sentence.kind, located.sentence.subtype) : "missing";
    const ok = got === expected;
    score.all.labelled++;
    score.all.asserted++;
    score.perKind[expected].labelled++;
    if (got !== "missing") score.perKind[got].asserted++;
    if (ok) {
      score.all.right++;
      score.all.assertedRight++;
      score.perKind[expected].right++;
      score.perKind[expected].assertedRight++;
    } else {
      const reason = located ? `${got} (${located.sentence.reason})` : "sentence not found";
      score.all.misses.push({ report, snippet: label.snippet, expected, got: reason });
    }
  }
  return score;
}
