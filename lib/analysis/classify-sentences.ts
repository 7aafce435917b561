// Classifies a whole report in reading order, adding what one sentence cannot know on its own:
// - a text without review/plan sections (003, news articles) leans on the document's overall tendency;
// - a cue-less sentence in such a text follows the sentence before it in the same section (该区正… then more plans);
// - sentences that continue a paragraph about problems stay problems.
import { decideKind, hasGoalCue, hasOwnCue, inferPartFromHeading, toClassification, type ClassifyContext, type Decision } from "./classify-sentence";
import type { Classification, SentenceKind } from "./types";
import type { ReportMetadata, TextSection, TextSentence } from "@/lib/text/types";

type Input = Pick<TextSentence, "text" | "part" | "role"> & Partial<Pick<TextSentence, "sectionIndex" | "paragraph">>;

export function classifySentences(
  sentences: Input[],
  sections: TextSection[] = [],
  metadata: Pick<ReportMetadata, "reviewYear" | "planYear"> | null = null,
): Classification[] {
  const list = Array.isArray(sentences) ? sentences : [];
  const byIndex = new Map((sections ?? []).map((s) => [s.index, s]));
  const sectionOf = (s: Input) => (s.sectionIndex === null || s.sectionIndex === undefined ? null : byIndex.get(s.sectionIndex) ?? null);
  const hasReviewOrPlan = list.some((s) => s.part === "review" || s.part === "plan");
  const hasParts = hasReviewOrPlan || list.some((s) => inferPartFromHeading(sectionOf(s)?.heading ?? "") !== "other");
  const prior = hasParts ? null : documentPrior(list, metadata);

  const paragraphsAreUnits = meanParagraphLength(list) >= 2.5;
  const out: Classification[] = [];
  let carry: { kind: SentenceKind; paragraph: number | undefined } | null = null;
  let previous: { decision: Decision; paragraph: number | undefined } | null = null;
  // After …丰富了我们…的经验。 / 主要体会是： the numbered points (第一，坚持用发展的办法…) are lessons, not results.
  let lessons = false;
  for (const sentence of list) {
    const section = sectionOf(sentence);
    if (sentence.role === "heading") {
      carry = null;
      lessons = false;
    }
    // A kind carries on within its paragraph, or to a figure further on (a list of results goes on); a new paragraph
    // without one may turn to another matter (the 1950s reports run from results to doctrine with no heading between).
    // In a news copy a paragraph is a sentence or two and no unit of topic, so there the kind carries on regardless.
    const carries =
      carry !== null &&
      (!paragraphsAreUnits || carry.paragraph === undefined || carry.paragraph === sentence.paragraph || FIGURE_RE.test(sentence.text));
    const context: ClassifyContext = {
      section,
      metadata,
      // Carrying the kind of a cued sentence over is for texts without parts (news, excerpts); a report's foreword or
      // foreign-affairs part states positions sentence by sentence.
      fallback: carries && carry && !hasReviewOrPlan ? { kind: carry.kind, reason: `承接上文(${carry.kind === "goal" ? "目标" : "成绩"})` } : prior,
    };
    let decision = decideKind(sentence, context);
    const continuesProblem =
      previous?.decision.subtype === "problem" &&
      decision.subtype !== "problem" &&
      previous.paragraph !== undefined &&
      previous.paragraph === sentence.paragraph &&
      ["section", "fallback", "none"].includes(decision.source) &&
      sentence.role === "body" &&
      !hasOwnCue(sentence.text);
    // 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…: last year's figures inside the plan section.
    const continuesResults =
      previous?.decision.kind === "achievement" &&
      previous.decision.source === "cue" &&
      previous.paragraph !== undefined &&
      previous.paragraph === sentence.paragraph &&
      decision.kind === "goal" &&
      decision.source === "section" &&
      !hasGoalCue(sentence.text);
    if (continuesResults) decision = { ...decision, kind: "achievement", reason: "承接上文(上一年的成绩)", confidence: 0.6 };
    if (continuesProblem) decision = { ...decision, kind: "other", subtype: "problem", reason: "承接上文(困难和问题)", confidence: 0.7, source: "problem" };
    if (lessons && sentence.part === "review" && LESSON_ITEM_RE.test(sentence.text) && decision.source === "section") {
      decision = { ...decision, kind: "other", subtype: null, reason: "经验体会(第一，…)", confidence: 0.6, source: "frame" };
    }
    if (sentence.part === "review" && LESSONS_RE.test(sentence.text)) lessons = true;
    if (decision.kind !== "other" && decision.confidence >= 0.6 && ["cue", "year", "estimate"].includes(decision.source)) {
      carry = { kind: decision.kind, paragraph: sentence.paragraph };
    }
    previous = { decision, paragraph: sentence.paragraph };
    out.push(toClassification(decision));
  }
  return out;
}

const FIGURE_RE = /[0-9０-９]|百分之/;

/** Body sentences a paragraph: 1–2 in news copies, 3–8 in reports. */
function meanParagraphLength(sentences: Input[]): number {
  const body = sentences.filter((s) => s.role !== "heading" && s.paragraph !== undefined);
  const paragraphs = new Set(body.map((s) => s.paragraph)).size;
  return paragraphs ? body.length / paragraphs : 0;
}
const LESSONS_RE = /(?:经验|体会|启示)(?:是|有)?[：:。]?$|(?:基本|主要|重要|宝贵)(?:的)?(?:经验|体会|启示)/;
const LESSON_ITEM_RE = /^(?:第[一二三四五六七八九十]{1,2}|[一二三四五六七八九十]{1,2}是)[，,、]/;

/** For a text with no review/plan part at all: does it read mostly as results or mostly as plans? */
function documentPrior(
  sentences: Input[],
  metadata: Pick<ReportMetadata, "reviewYear" | "planYear"> | null,
): { kind: SentenceKind; reason: string } | null {
  let goals = 0;
  let achievements = 0;
  for (const sentence of sentences) {
    const decision = decideKind(sentence, { metadata });
    if (decision.source !== "cue" && decision.source !== "estimate" && decision.source !== "year") continue;
    if (decision.kind === "goal") goals++;
    if (decision.kind === "achievement") achievements++;
  }
  if (achievements >= 2 * goals + 3) return { kind: "achievement", reason: "全文以回顾成绩为主(无章节信息)" };
  if (goals >= 2 * achievements + 3) return { kind: "goal", reason: "全文以部署目标为主(无章节信息)" };
  return null;
}
