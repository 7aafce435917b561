import { splitByIndicators } from "@/lib/analysis/highlight-spans";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import type { ReaderSentence } from "@/lib/data/reports";

const KIND_CLASS: Record<string, string> = {
  goal: "bg-[var(--color-goal-bg)] shadow-[inset_0_-2px_0_var(--color-goal)]",
  achievement: "bg-[var(--color-achievement-bg)]",
  problem: "bg-[var(--color-problem-bg)] shadow-[inset_0_-1px_0_var(--color-problem)]",
  other: "",
};

const ICON_CLASS: Record<string, string> = {
  goal: "text-[var(--color-goal)]",
  achievement: "text-[var(--color-achievement)]",
  problem: "text-[var(--color-problem)]",
  other: "text-stone-600",
};

/** A row of a plain-text table keeps its cells apart (tabs between them). */
const isTableRow = (s: ReaderSentence) => s.flags.includes("table-row") || s.flags.includes("table-header");

/** One sentence with its kind (colour AND icon/label), its indicator numbers and its reason on hover or focus. */
export function SentenceView({ sentence, tabStop = false }: { sentence: ReaderSentence; tabStop?: boolean }) {
  const isHeading = sentence.role === "heading";
  const key = isHeading ? "other" : sentence.subtype === "problem" ? "problem" : sentence.kind;
  const label = SENTENCE_KIND_LABELS[key] ?? SENTENCE_KIND_LABELS.other;
  const confidence = Math.round(sentence.confidence * 100);
  const tipId = `why-${sentence.index}`;
  return (
    <span
      id={`s-${sentence.index}`}
      data-kind={key}
      tabIndex={tabStop ? 0 : -1}
      aria-describedby={tipId}
      className={`has-reason relative rounded-sm px-0.5 box-decoration-clone outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${KIND_CLASS[key] ?? ""} ${sentence.role === "lead" ? "font-semibold" : ""} ${isTableRow(sentence) ? "whitespace-pre-wrap tabular-nums [tab-size:6]" : ""}`}
    >
      {key !== "other" ? (
        <span className={`mr-0.5 text-xs font-semibold ${ICON_CLASS[key]}`} aria-label={label.zh}>
          {label.icon}
          {label.zh}
        </span>
      ) : null}
      {splitByIndicators(sentence.text, sentence.indicators).map((piece, i) =>
        piece.indicator ? (
          <mark key={i} className="num rounded bg-yellow-100 px-0.5 font-medium text-stone-900" title={`${piece.indicator.label}：${piece.indicator.type}${piece.indicator.qualifiers.length ? ` · ${piece.indicator.qualifiers.join("、")}` : ""}`}>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
      {sentence.flags.includes("repaired") ? <span className="ml-0.5 text-xs text-amber-700" title="已修复网页抓取造成的字符替换（原文中字母A被替换为其他文字）">[已修复]</span> : null}
      <span id={tipId} role="tooltip" className="reason-tip absolute left-0 top-full z-20 mt-1 w-72 max-w-[80vw] rounded border border-stone-300 bg-white p-2 text-xs leading-relaxed text-stone-700 shadow-lg">
        <strong>{label.zh}</strong>（{label.en}）· 置信度 {confidence}%{confidence < 60 ? "（不确定）" : ""}
        <br />
        依据：{sentence.reason}
      </span>
    </span>
  );
}
