// Classifies a whole report in reading order, adding what one sentence cannot know on its own:
// - a text without review/plan sections (003, news articles) leans on the document's overall tendency;
// - a cue-less sentence in such a text follows the sentence before it in the same section (该区正… then more plans);
// - sentences that continue a paragraph about problems stay problems.
import { decideKind, hasGoalCue, hasOwnCue, HEADING_NUMBER_LEAD_RE, inferPartFromHeading, PROBLEM_HEADING_RE, toClassification, type ClassifyContext, type Decision } from "./classify-sentence";
import { ANSWER_SPEAKER_RE, DISASTER_REASON, HEAD_OF_GOVERNMENT_ON_PLAN_RE, IMPERATIVE_START_RE, INTERVIEW_QUESTION_RE, TARGETS_NOT_MET_RE } from "./cues";
import type { Classification, Part, SentenceKind } from "./types";
import type { ReportMetadata, TextSection, TextSentence } from "@/lib/text/types";
import { isCallHeadline } from "@/lib/text/slogan-headlines";

type Input = Pick<TextSentence, "text" | "part" | "role"> & Partial<Pick<TextSentence, "sectionIndex" | "paragraph" | "flags">>;

/** The tag an edition's editors open their note with. */
const EDITORS_NOTE_RE = /^[【\[](?:划重点|解读|对比|数说|点评|编者按|编者注|小编说|记者观察|延伸阅读|画重点|敲黑板)[】\]]/;
const editorsNote = (d: Decision): Decision => ({ ...d, reason: `编者按语(不属报告原文);${d.reason}` });
/** The tag a reader's comment opens with, in a deputy's annotated copy: 【批注：…】, ［代表意见·某某（某团）：…］. */
const READERS_NOTE_RE = /^[【［\[〔](?:批注|旁批|眉批|代表意见|审议意见|委员意见|读者注|笔者注)[^】］\]〕]{0,20}?[：:]/;
/** What a reader's comment finds wanting: a target not met, a figure left out, a gap. */
const WANTING_RE = /没有?完成|未完成|没有?达到|未达到|差了|没有?提|未提|一字未提|没给数|缺口|突出|下滑|负增长|太笼统|难度不小|是否实际/;
/** A reader's comment is no sentence of the report's: it neither sets a goal nor reports a result; it may name a problem. */
function readersNote(text: string): Decision {
  const wanting = WANTING_RE.test(text);
  return { kind: "other", subtype: wanting ? "problem" : null, reason: `读者批注(不属报告原文)${wanting ? ";问题:未完成/不足" : ""}`, confidence: 0.8, source: "frame" };
}

/** 周铭远：去年一共开了… after 记者：… turns: an interview's answers under the interviewee's own name, read as answers (答：). */
function answeredAs(list: Input[]): Input[] {
  if (list.filter((s) => INTERVIEW_QUESTION_RE.test(s.text)).length < 2) return list;
  const counts = new Map<string, number>();
  for (const s of list) {
    const name = SPEAKER_NAME_RE.exec(s.text)?.[1];
    if (name && !INTERVIEW_QUESTION_RE.test(s.text) && !ANSWER_SPEAKER_RE.test(s.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const answerer = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!answerer) return list;
  return list.map((s) => (s.text.startsWith(`${answerer}：`) || s.text.startsWith(`${answerer}:`) ? { ...s, text: `答：${s.text.slice(answerer.length + 1)}` } : s));
}
/** 一问：…, 问：…, 记者：… ending on a question mark: an interviewer's or an explainer's question. */
const QUESTION_TURN_RE = /^(?:[一二三四五六七八九十]{1,2}问|问|问题[一二三四五六七八九十\d]{0,2}|记者|主持人)[：:][^。]*[？?]$/;
/** 去年的主要预期目标完成得怎么样？, 2021年取得了哪些成绩？: a question on last year's results. */
// (去年是鄂州发展很不平凡的一年，您怎么评价？: batch 121's 鄂州 interview.)
const RESULTS_ASKED_RE = /(?:去年|上年|过去一年|(?:19|20)\d\d年)[^？?]{0,16}(?:完成(?:得|情况)|成绩|成效|怎么样|如何|怎么评价)/;
/** …均低于年初预期, …低于72%以上的年度目标, …比年初目标低0.1个百分点: a result below the year's target. */
const BELOW_TARGET_RE = /低于(?:年初|年度|全年)(?:预期|目标|计划)|低于[^，,。；;]{0,12}的(?:年度|年初|全年)(?:预期)?目标|比(?:年初|年度)(?:预期)?目标低/;
/** 【链接】, 【新闻链接】, 【名词解释】: the head of a newspaper's box inside the text it prints. */
const LINK_BOX_RE = /^【(?:新闻|背景|知识|相关)?链接】|^【名词解释】/;
/** 有几项指标没有完成年度目标: a turn on what fell short, not on this year's plan (今年目标是增长10%，去年没完成，今年有把握吗？
 * asks about the plan: batch 79's 金华). */
const shortfallAsked = (text: string) => TARGETS_NOT_MET_RE.test(text) && !/今年|明年/.test(text);
/** 按这个速度，今年全市GDP要…: a plan stated in the answer is still the plan (batch 79's 金华 interview). */
// (我们把生产总值增长目标定在7.5%左右，主要考虑是三点。: the target stated with its figure is still the plan, batch 121's 鄂州.)
const STATED_PLAN_RE = /(?:今年|明年)[^，,。]{0,12}(?:要|将)|(?:定在|定为|确定为|设定为)[^，,。]{0,4}[\d０-９]/;
/** 为什么定在7.5%以上？, 目标是怎么考虑的？: a question on why a target was set. */
const WHY_ASKED_RE = /为什么|为何|怎么考虑|如何考虑|依据是什么|考虑是什么|出于什么考虑/;
/** A person's name of two to four characters opening a turn. */
const SPEAKER_NAME_RE = /^([\u4e00-\u9fa5]{2,4})[：:]/;

export function classifySentences(
  sentences: Input[],
  sections: TextSection[] = [],
  metadata: (Pick<ReportMetadata, "reviewYear" | "planYear"> & Partial<Pick<ReportMetadata, "kind">>) | null = null,
): Classification[] {
  const list = answeredAs(Array.isArray(sentences) ? sentences : []);
  const byIndex = new Map((sections ?? []).map((s) => [s.index, s]));
  const sectionOf = (s: Input) => (s.sectionIndex === null || s.sectionIndex === undefined ? null : byIndex.get(s.sectionIndex) ?? null);
  const hasReviewOrPlan = list.some((s) => s.part === "review" || s.part === "plan");
  const hasParts = hasReviewOrPlan || list.some((s) => inferPartFromHeading(sectionOf(s)?.heading ?? "") !== "other");
  const prior = hasParts ? null : documentPrior(list, metadata);

  const out: Classification[] = [];
  let carry: { kind: SentenceKind } | null = null;
  let previous: { decision: Decision; paragraph: number | undefined; opensList: boolean } | null = null;
  // After …丰富了我们…的经验。 / 主要体会是： the numbered points (第一，坚持用发展的办法…) are lessons, not results.
  let lessons = false;
  // In a text without parts, the sentence that turns to this year's plan (今年经济社会发展的主要预期目标是…,
  // 为实现上述目标…, 2025年是…收官之年): from there on, a sentence carried from a result before the turn is carried as a
  // task. Before it (……稳住了全省经济基本盘。), a past statement is the tail of the review, whatever the text leans to.
  const turnIndex = hasReviewOrPlan ? -1 : list.findIndex((s) => turnsToPlan(s.text, metadata?.planYear ?? null) || spokenPartHeading(s) === "plan");
  const beforeTurn = { kind: "achievement" as const, reason: "计划转折之前(回顾)" };
  // Only a text with no top-level heading at all (an excerpt, a copy that lost its headings): a report whose numbered
  // parts name neither review nor plan (a speech of 1979) is read sentence by sentence.
  // A news article quotes the plan among its results and reads sentence by sentence.
  const unsectioned = metadata?.kind !== "news" && !(sections ?? []).some((s) => s.level === 1);
  // A report whose first heading that names a part names its plan (速记稿: 先讲第一部分。 names nothing, 下面，讲第二部分，2012年的
  // 主要任务 does): what comes before that heading is read as a text without headings is before its turn.
  const firstTop = metadata?.kind === "news" ? undefined : (sections ?? []).find((s) => s.level === 1 && s.part !== "other");
  const planHeadingIndex = firstTop?.part === "plan" ? list.findIndex((s) => s.sectionIndex === firstTop.index) : -1;
  // 广州：GDP增长5%以上 seen: its siblings after it (佛山：固定资产投资增长10%) state targets too.
  let hedgedSubheadSeen = false;
  let askedOnResults = false;
  let askedWhy = false;
  let askedOnShortfall = false;
  let linkBox: { paragraph: number | undefined } | null = null;
  let reviewBegun = false;
  let reviewEnded = false;
  for (const [i, sentence] of list.entries()) {
    const section = sectionOf(sentence);
    if (sentence.role === "heading") {
      carry = null;
      lessons = false;
    }
    const context: ClassifyContext = {
      section,
      metadata,
      // Carrying the kind of a cued sentence over is for texts without parts (news, excerpts); a report's foreword or
      // foreign-affairs part states positions sentence by sentence.
      // (A news article's sentences before its first subhead, 【今年目标】 only, are read as a text without parts.)
      fallback: carry && (!hasReviewOrPlan || (metadata?.kind === "news" && sentence.part === "other")) ? { kind: carry.kind, reason: `承接上文(${carry.kind === "goal" ? "目标" : "成绩"})` } : i < turnIndex && PAST_STATEMENT_RE.test(sentence.text) ? beforeTurn : prior,
    };
    const afterTurn = turnIndex >= 0 && i >= turnIndex;
    if (i === turnIndex) {
      carry = { kind: "goal" };
      context.fallback = { kind: "goal", reason: "承接上文(目标)" };
    }
    // An excerpt or a copy without headings that turns to its plan: from the turn on it is in the plan, as under a
    // heading (the reason says the part is inferred). Before the turn only past statements are read as results: the
    // turn can come well after the plan has begun.
    // Before the turn, once the review has begun (a sentence read as a result), a text without headings is in its review
    // as under a review heading: what the year did, whether or not the sentence says it in the past tense.
    // A sentence whose own words set goals (今后五年…主要目标是…) ends that: what follows may be a plan the turn has not
    // reached yet.
    // 【划重点】, 【对比】去年的目标是…: an editors' note a media edition sets inside the report is their comment (batch 75's
    // 桂林).
    // In the review such a note restates the year's results; in the plan it sets no task of the report's.
    const note = EDITORS_NOTE_RE.test(sentence.text);
    const own =
      READERS_NOTE_RE.test(sentence.text) ? readersNote(sentence.text)
      : unsectioned && afterTurn ? null
      : note && sentence.part === "plan" ? editorsNote(decideKind({ ...sentence, part: "other" }, { ...context, section: null, fallback: null }))
      : note ? editorsNote(decideKind(sentence, context))
      : decideKind(sentence, context);
    if (own && own.kind === "goal" && (own.source === "cue" || own.source === "year") && FUTURE_SPAN_RE.test(sentence.text)) reviewEnded = true;
    const beforeTurnOrPlan = (unsectioned && turnIndex > 0 && i < turnIndex) || (planHeadingIndex > 0 && i < planHeadingIndex);
    const inReview = beforeTurnOrPlan && reviewBegun && !reviewEnded && sentence.part === "other";
    let decision = own === null
      ? inferredPlan(decideKind({ ...sentence, part: "plan" }, context))
      : inReview ? inferredReview(decideKind({ ...sentence, part: "review" }, context), i < turnIndex ? "计划转折之前" : "计划标题之前") : own;
    if (decision.kind === "achievement" && decision.source !== "none") reviewBegun = true;
    const belowTarget = BELOW_TARGET_RE.test(sentence.text);
    const continuesProblem =
      previous?.decision.subtype === "problem" &&
      // (A disaster and its damage are told before what was done about it: what follows is no problem of its own.)
      previous.decision.reason !== `问题:${DISASTER_REASON}` &&
      decision.subtype !== "problem" &&
      previous.paragraph !== undefined &&
      // 全区发展还存在一些短板和不足：⏎一是…；⏎二是…: an enumerated item after a colon or a semicolon continues the list.
      (previous.paragraph === sentence.paragraph || (previous.opensList && ENUMERATED_RE.test(sentence.text))) &&
      // (固定资产投资增长10.6%，…均低于年初预期。 inside the paragraph of problems is one more, its figure's own cue
      // notwithstanding: a result below the year's target, told there, is a shortfall (batch 121's 鄂州; in the review's
      // body readers read it as the result, 6 labels of 6).)
      (["section", "fallback", "none", ...(sentence.role === "lead" ? ["role"] : [])].includes(decision.source) || belowTarget) &&
      // 科技创新能力还不强。 inside the paragraph of problems is one more, though short enough to read as a lead.
      (sentence.role === "body" || (sentence.role === "lead" && decision.kind !== "goal")) &&
      (!hasOwnCue(sentence.text) || belowTarget);
    // 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…: last year's figures inside the plan section.
    const continuesResults =
      previous?.decision.kind === "achievement" &&
      previous.decision.source === "cue" &&
      previous.paragraph !== undefined &&
      previous.paragraph === sentence.paragraph &&
      decision.kind === "goal" &&
      decision.source === "section" &&
      !hasGoalCue(sentence.text);
    // 广州：GDP增长5%以上 … 佛山：固定资产投资增长10%: a news subhead shaped as its hedged sibling before it states a
    // target too, hedged or not.
    if (sentence.role === "heading" && decision.reason === "标题" && hedgedSubheadSeen && SUBHEAD_FIGURE_RE.test(sentence.text)) {
      decision = { ...decision, kind: "goal", reason: "同组小标题中的目标数值", confidence: 0.6 };
    }
    if (sentence.role === "heading" && decision.reason === "标题中的目标数值(以上/左右/以内)") hedgedSubheadSeen = SUBHEAD_FIGURE_RE.test(sentence.text);
    // 全市一般公共预算收入 above its figure's line (一图读懂): a name, which says nothing by itself.
    // 回复 1# 阿岩老张 的帖子⏎城镇居民人均可支配收入32350元？…: a forum reader's reply under the copied report is no
    // government's word (batch 53's 平阳 thread).
    if (sentence.flags?.includes("reply")) decision = { ...decision, kind: "other", subtype: null, reason: "网友跟帖/评论(不属报告原文)", confidence: 0.8, source: "frame" };
    // 龙岗区人民法院工作报告 ……… 75: a contents line names a part and its page.
    if (sentence.flags?.includes("contents")) decision = { ...decision, kind: "other", subtype: null, reason: "目录条目", confidence: 0.9, source: "frame" };
    // 批注 [张伟4]: 建议改为…: a reviewer's comment on a draft proposes or queries; it states no goal and no result.
    if (sentence.flags?.includes("review-comment")) decision = { ...decision, kind: "other", subtype: null, reason: "审阅批注(征求意见稿)", confidence: 0.8, source: "frame" };
    // ①按可比价格计算，下同。 at a page's foot: a footnote explains a word or a figure of the body; it states nothing itself,
    // unless it gives a result of its own (②…按自然口径计算增长14.6%: batch 47's 克拉玛依).
    if (sentence.flags?.includes("footnote") && decision.kind !== "achievement") decision = { ...decision, kind: "other", subtype: null, reason: "脚注(名词解释/口径说明)", confidence: 0.8, source: "frame" };
    // 各位代表！使命呼唤担当，实干铸就辉煌。让我们…: the closing's slogan before 让我们 is the closing too (batches 59, 61, 62).
    const next = list[i + 1];
    if (next && next.paragraph === sentence.paragraph && /^让我们/.test(next.text) && decision.source === "section" && !/\d/.test(sentence.text) && sentence.text.length <= 40 && !IMPERATIVE_START_RE.test(sentence.text)) {
      decision = { ...decision, kind: "other", subtype: null, reason: "结束语(让我们…之前)", confidence: 0.7, source: "frame" };
    }
    // 【链接】⏎拉面经济⏎　　拉面经济是…: a newspaper's box explaining a term, set inside the report it prints: its paragraph
    // explains, it neither reports nor sets anything (batch 123's 海东日报).
    if (sentence.role === "heading") {
      if (LINK_BOX_RE.test(sentence.text)) linkBox = { paragraph: undefined };
    } else if (linkBox) {
      linkBox.paragraph ??= sentence.paragraph;
      if (linkBox.paragraph === sentence.paragraph) decision = { ...decision, kind: "other", subtype: null, reason: "链接(名词解释/背景)", confidence: 0.7, source: "frame" };
      else linkBox = null;
    }
    const spokenPart = hasReviewOrPlan ? null : spokenPartHeading(sentence);
    if (spokenPart) decision = { ...decision, kind: "other", subtype: null, reason: `口述标题(${spokenPart === "plan" ? "计划" : "回顾"})`, confidence: 0.7, source: "frame" };
    if (sentence.flags?.includes("list-name")) decision = { ...decision, kind: "other", subtype: null, reason: "指标名(数字在下一行)", confidence: 0.7, source: "frame" };
    if (continuesResults) decision = { ...decision, kind: "achievement", reason: "承接上文(上一年的成绩)", confidence: 0.6 };
    // 二问：去年的主要预期目标完成得怎么样？⏎答：2021年，全市…: the answer to a question on last year's results reports them,
    // sentence by sentence, where its own words say nothing else (batch 101's 淮北 政策解读).
    // (A heading ends the answer: 【数说目标】 after it opens the cards.)
    if (sentence.role === "heading") askedOnResults = askedWhy = askedOnShortfall = false;
    // (记者：报告也坦言，有几项指标没有完成年度目标。: the interviewer's turn without a question mark asks all the same, and
    // the answer's sentences that say nothing of their own name the shortfall: batch 121's 鄂州.)
    if (QUESTION_TURN_RE.test(sentence.text) || INTERVIEW_QUESTION_RE.test(sentence.text)) {
      askedOnResults = RESULTS_ASKED_RE.test(sentence.text);
      askedWhy = WHY_ASKED_RE.test(sentence.text);
      askedOnShortfall = shortfallAsked(sentence.text);
    } else if (askedOnShortfall && decision.kind !== "achievement" && (decision.source === "section" || decision.source === "fallback" || decision.source === "none")) {
      decision = { ...decision, kind: "other", subtype: "problem", reason: "答问(问未完成的指标)", confidence: 0.6, source: "problem" };
    } else if (askedOnResults && decision.kind === "goal" && (decision.source === "section" || decision.source === "fallback" || decision.source === "none")) {
      decision = { ...decision, kind: "achievement", reason: "答问(问上年完成情况)", confidence: 0.6 };
    } else if (askedWhy && !STATED_PLAN_RE.test(sentence.text)) {
      // 三问：今年地区生产总值增速为什么定在7.5%以上？⏎答：主要基于三方面考虑。一是…: the answer explains a target (4 readers' units of 4).
      decision = { ...decision, kind: "other", subtype: null, reason: "答问(说明目标的理由)", confidence: 0.6, source: "frame" };
    }
    // 决战脱贫攻坚　决胜全面小康: a news headline that calls for the year is a goal (lib/text/slogan-headlines.ts).
    if (sentence.flags?.includes("headline") && decision.kind === "other" && isCallHeadline(sentence.text)) {
      decision = { ...decision, kind: "goal", subtype: null, reason: "奋斗口号(标题)", confidence: 0.6, source: "cue" };
    }
    if (continuesProblem) decision = { ...decision, kind: "other", subtype: "problem", reason: "承接上文(困难和问题)", confidence: 0.7, source: "problem" };
    // ✏️ 想法：去年定的是7%左右，比去年目标低了2.2个百分点。: a reader's note under a passage they highlighted is theirs; a
    // shortfall it points out in the review's chapter is a problem (a new target lower than the old one is not: batch 111's
    // 嘉峪关 export).
    if (sentence.flags?.includes("reader-note")) {
      const shortfall = sentence.part === "review" && SHORTFALL_NOTE_RE.test(sentence.text);
      decision = { ...decision, kind: "other", subtype: shortfall ? "problem" : null, reason: "读者笔记(不属报告原文)", confidence: 0.8, source: "frame" };
    }
    if (lessons && sentence.part === "review" && LESSON_ITEM_RE.test(sentence.text) && decision.source === "section") {
      decision = { ...decision, kind: "other", subtype: null, reason: "经验体会(第一，…)", confidence: 0.6, source: "frame" };
    }
    if (sentence.part === "review" && LESSONS_RE.test(sentence.text)) lessons = true;
    if (decision.kind !== "other" && decision.confidence >= 0.6 && ["cue", "year", "estimate"].includes(decision.source)) {
      // After the turn to the plan, a result (上年增长…) quoted as the reason for a task carries no result after it.
      carry = { kind: afterTurn ? "goal" : decision.kind };
    }
    // A headline sums the article up: the lede after it (苏报讯…开幕) is not carried from it. A deputy's or an expert's
    // comment (他人评论) opens a quote that is theirs, carried from neither side.
    // (Nor is a sentence on the session's proceedings carried from or to: 出席今天会议的代表共412人 after the lede, batch 113's
    // 抚顺日报.)
    if (sentence.flags?.includes("headline") || COMMENT_REASONS.has(decision.reason) || decision.reason.startsWith("会议程序")) carry = null;
    previous = { decision, paragraph: sentence.paragraph, opensList: /[：:；;]$/.test(sentence.text) };
    out.push(toClassification(decision));
  }
  // “5%左右的目标，既考虑了…。”全国人大代表、…负责人陈某说。: a quote whose speaker, named after it, is not the government's.
  for (let i = 0; i + 1 < list.length; i++) {
    if (out[i + 1].reason === "他人评论" && WHOLE_QUOTE_RE.test(list[i].text)) out[i] = { kind: "other", subtype: null, reason: "引语(他人评论)", confidence: 0.6 };
  }
  // 王建国说：“…。” “去年我们企业产值增长了18%，今年计划…。”: the speaker's next quote is still theirs.
  for (let i = 1; i < list.length; i++) {
    if (/^他人评论|^引语\(他人评论\)/.test(out[i - 1].reason) && OPENS_QUOTE_RE.test(list[i].text)) out[i] = { kind: "other", subtype: null, reason: "引语(他人评论)", confidence: 0.6 };
  }
  // 创新动能加快集聚。去年该市全社会研发经费投入强度预计达到3.3%…: where no part is known (a news article), a run-in lead
  // that opens a paragraph of results sums them up (5 news leads of 5; a lead before goals stays as its words read).
  for (let i = 0; i + 1 < list.length; i++) {
    const lead = list[i];
    if (lead.role !== "lead" || lead.part !== "other" || !LEAD_BY_WORDS.has(out[i].reason) || ATTRIBUTION_RE.test(lead.text)) continue;
    if (list[i + 1].paragraph !== lead.paragraph || out[i + 1].kind !== "achievement") continue;
    out[i] = { kind: "achievement", subtype: null, reason: "小标题(随段落:成绩)", confidence: 0.55 };
  }
  // （二）部分指标未完成的主要原因⏎一是外部需求收缩。⏎受中美经贸摩擦影响，…: under a heading over the shortfalls (a planning
  // report's, batch 64's 北海), each reason is a problem, whatever it says of the year's figures; a task is still a task.
  const shortfall = shortfallSections(sections ?? []);
  list.forEach((sentence, i) => {
    if (sentence.sectionIndex == null || !shortfall.has(sentence.sectionIndex) || out[i].kind === "goal") return;
    if (sentence.role === "heading" && !isShortfallHeading(sentence.text)) return;
    out[i] = { kind: "other", subtype: "problem", reason: `问题部分(${sentence.role === "heading" ? "小标题" : "原因"})`, confidence: 0.65 };
  });
  // 【代表声音】, 代表委员热议: under a heading that gives the floor to deputies, every sentence is their comment, except a
  // head of government's word on the plan of the place they run (市人大代表、江岸区区长李文涛说，今年江岸将力争…: 9 labels of
  // 10 in batches 20–31 read it as that place's goal).
  list.forEach((sentence, i) => {
    if (sentence.role === "heading" || !VOICES_HEADING_RE.test(sectionOf(sentence)?.heading ?? "")) return;
    if (out[i].kind === "goal" && HEAD_OF_GOVERNMENT_ON_PLAN_RE.test(sentence.text)) return;
    // 报告也不回避问题。报告指出，…没有完成年度目标: the article's account of the report, under the deputies' heading, is the
    // report's own word (batch 38's 九江日报).
    if (REPORT_SAYS_RE.test(sentence.text)) return;
    out[i] = { kind: "other", subtype: null, reason: "他人评论(代表声音)", confidence: 0.6 };
  });
  return out;
}

const isShortfallHeading = (heading: string) => PROBLEM_HEADING_RE.test(heading.replace(HEADING_NUMBER_LEAD_RE, ""));

/** The sections (a sub-heading over the shortfalls, and every section nested under it) whose sentences state problems. */
function shortfallSections(sections: TextSection[]): Set<number> {
  const out = new Set<number>();
  let open: { level: number } | null = null;
  for (const section of sections) {
    if (open && section.level <= open.level) open = null;
    if (!open && section.level > 1 && isShortfallHeading(section.heading)) open = { level: section.level };
    if (open) out.add(section.index);
  }
  return out;
}

/** 报告指出, 报告提出, 报告也…: the article turning back to what the report says. */
const REPORT_SAYS_RE = /^(?:政府工作)?报告(?:还|也|同时)?(?:指出|提出|强调|明确|说|坦言|不回避)/;

/** 沈立新说。 王一鸣表示。: a quote's attribution, short enough to read as a lead. */
const ATTRIBUTION_RE = /(?:说|表示|指出|强调|介绍|认为)[。！!]?$/;
/** The reasons a lead outside review and plan gets from its own words alone (classify-sentence.ts). */
const LEAD_BY_WORDS = new Set(["小标题(引领句)", "小标题(任务式)", "小标题(成效式)"]);

/** 佛山：固定资产投资增长10%: a subhead that names a place, then a figure (the shape siblings share). */
const SUBHEAD_FIGURE_RE = /^[\u4e00-\u9fa5]{2,4}[：:][^。；;]*\d/;

/** 一是, 二是, （一）, 1. : an item of a list. */
const ENUMERATED_RE = /^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、])/;

const WHOLE_QUOTE_RE = /^[“「][^“”「」]+[”」][。！!]?$/;
/** A quote, or 他说，… after a speaker's tag: the same speaker goes on. */
const OPENS_QUOTE_RE = /^[“「]|^(?:他|她)(?:还|又|也)?(?:说|表示|介绍|告诉记者)[，,：:]/;
/** 【代表声音】, 代表委员热议报告, 听听代表怎么说: a news article's section that gives the floor to deputies. */
const VOICES_HEADING_RE = /代表(?:委员)?(?:声音|心声|热议|建言|说|怎么说|观点)|委员(?:声音|热议)|[两]会声音/;

/** 今年经济社会发展的主要预期目标是, 做好今年政府工作, 为实现上述目标: where a text without headings turns to its plan.
 * (综合考虑各方面因素，今年…主要预期目标是: a clause of reasons may come first.) */
const PLAN_TURN_RE = /^(?:[^。；;，,]{2,14}[，,])?(?:(?:今年|明年|(?:19|20)\d\d年)[^。；;]{0,12}?(?:主要预期目标|主要目标|总体要求|主要任务|重点工作|工作重点)|[^。；;]{0,10}做好(?:今年|明年|(?:19|20)\d\d年)(?:的)?(?:政府)?工作|为(?:实现|完成)(?:上述|这些|今年的?)(?:目标|任务))/;

/** 2025年是“十四五”规划收官之年: the plan year named as the year it is opens the plan (2024年是极不平凡的一年, of the
 * review year, does not). */
const PLAN_YEAR_IS_RE = /^((?:19|20)\d\d)年是/;

/** 全市经济社会发展的主要预期目标是, 政府工作的总体要求是: the plan named without its year. */
const PLAN_OPENING_RE = /^(?:(?:全[市区县省]|全国|我[市区县省])?经济社会发展的?主要(?:预期)?目标(?:是|为|如下)|(?:今年)?政府工作的?总体要求(?:是|为))/;

/** 2021年工作回顾。, 2022年工作安排。: a part's heading spoken inside a paragraph (a speech-to-text transcript, batch 121's 贺州),
 * short, no clause of its own and no figure but its year. */
function spokenPartHeading(sentence: Input): Part | null {
  if (sentence.role !== "body" || !SPOKEN_PART_HEADING_RE.test(sentence.text)) return null;
  const part = inferPartFromHeading(sentence.text.replace(/[。．.]$/, ""));
  return part === "other" ? null : part;
}
/** The part's heading alone, its year or time before it, a full stop after it. */
const SPOKEN_PART_HEADING_RE = /^(?:(?:19|20)\d\d年|今年|去年|过去一年|过去五年|今后五年)?的?(?:政府)?(?:工作回顾|工作安排|主要工作|重点工作|工作任务|目标任务|主要任务|工作部署)[。．.]$/;

function turnsToPlan(text: string, planYear: number | null): boolean {
  if (PLAN_TURN_RE.test(text) || PLAN_OPENING_RE.test(text)) return true;
  const year = PLAN_YEAR_IS_RE.exec(text);
  return year !== null && planYear !== null && Number(year[1]) === planYear;
}

/** Sentences that are no one's claim for the report: nothing is carried from them, or past them. */
/** What a reader's note says of a figure that fell short: 没完成, 差了14万吨, 比去年目标低了2.2个百分点, 结果是负的. */
const SHORTFALL_NOTE_RE = /没(?:有)?完成|未完成|没(?:有)?达到|未达到|差了|差得远|低了|负的|没涨|下降了/;

const COMMENT_REASONS = new Set(["读者笔记(不属报告原文)", "他人评论", "引语出处", "记者提问(访谈)", "问句"]);

/** 所在部分(计划) said of a plan no heading named: the reason says the part was inferred from the turn. */
function inferredPlan(decision: Decision): Decision {
  return decision.reason.startsWith("所在部分") ? { ...decision, reason: decision.reason.replace(/^所在部分\([^)]*\)/, "计划转折之后(推断为计划部分)") } : decision;
}

/** 今后五年, 未来五年, 到2025年, “十四五”时期: a span ahead that a plan names. */
const FUTURE_SPAN_RE = /今后[一二三四五六七八九十两几]+年|未来[一二三四五六七八九十两几]+年|到(?:19|20)\d\d年|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间|规划)/;

/** 所在部分(回顾) or 所在章节「…」(回顾) said of a review no heading named: the reason says where the inference came from. */
function inferredReview(decision: Decision, before: "计划转折之前" | "计划标题之前"): Decision {
  return /^所在(?:部分|章节)/.test(decision.reason) ? { ...decision, reason: decision.reason.replace(/^所在(?:部分|章节「[^」]*」)\([^)]*\)/, `${before}(推断为回顾部分)`) } : decision;
}

/** …稳住了…, 已…: a sentence that says something is done. */
const PAST_STATEMENT_RE = /(?<![为除])了(?!解|结|如指掌)|(?<![而])已(?!经?(?:成为|是))/;

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
