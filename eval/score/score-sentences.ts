// Sentence kinds: recall is the share of labelled sentences whose kind (and problem subtype) the tool got
// right; precision per kind is, of the labelled sentences the tool gave that kind, how many have it.
import type { AnalyzedFile } from "./analyze-file";
import type { SentenceLabel } from "./labels";
import { locateSnippet, snippetSpan } from "./locate";
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
    // A line of the title block (title, meeting, speaker) is the report's metadata, not a sentence: neither goal nor
    // achievement, which is what "other" says. Any other sentence the tool lacks is a miss.
    const inTitleBlock = !located && isInTitleBlock(file, label.snippet);
    const got: KindKey | "missing" = located ? keyOf(located.sentence.kind, located.sentence.subtype) : inTitleBlock ? "other" : "missing";
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
      const reason = located ? `${got} (${located.sentence.reason})` : inTitleBlock ? "other (title block: read as metadata)" : "sentence not found";
      score.all.misses.push({ report, snippet: label.snippet, expected, got: reason });
    }
  }
  return score;
}

function isInTitleBlock(file: AnalyzedFile, snippet: string): boolean {
  const span = snippetSpan(file.locateText ?? file.text, snippet);
  return span !== null && file.frontLines.some((l) => l.start <= span.start && span.start < l.end);
}
