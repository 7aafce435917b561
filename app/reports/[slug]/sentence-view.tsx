import type { SentenceLabel } from "@/lib/domain/sentence";
import { splitByIndicators, splitTableCells, type TextPiece } from "@/lib/analysis/highlight-spans";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import type { ReaderSentence } from "@/lib/data/reports";
import { CorrectionLine } from "./correction-line";

const KIND_CLASS: Record<SentenceLabel, string> = {
  goal: "bg-[var(--color-goal-bg)] shadow-[inset_0_-2px_0_var(--color-goal)]",
  achievement: "bg-[var(--color-achievement-bg)]",
  problem: "bg-[var(--color-problem-bg)] shadow-[inset_0_-1px_0_var(--color-problem)]",
  other: "",
};

const ICON_CLASS: Record<SentenceLabel, string> = {
  goal: "text-[var(--color-goal)]",
  achievement: "text-[var(--color-achievement)]",
  problem: "text-[var(--color-problem)]",
  other: "text-stone-600",
};

/** A row of a plain-text table is shown as a grid of its cells: rows with as many cells line up. */
const isTableRow = (s: ReaderSentence) => s.flags.includes("table-row") || s.flags.includes("table-header");
/** Literal classes (Tailwind must see them): the name column wider, the figures even. */
const GRID_COLUMNS: Record<number, string> = {
  2: "grid-cols-[minmax(0,2fr)_minmax(0,1fr)]",
  3: "grid-cols-[minmax(0,2fr)_repeat(2,minmax(0,1fr))]",
  4: "grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]",
  5: "grid-cols-[minmax(0,2fr)_repeat(4,minmax(0,1fr))]",
  6: "grid-cols-[minmax(0,2fr)_repeat(5,minmax(0,1fr))]",
  7: "grid-cols-[minmax(0,2fr)_repeat(6,minmax(0,1fr))]",
  8: "grid-cols-[minmax(0,2fr)_repeat(7,minmax(0,1fr))]",
};

function Pieces({ pieces }: { pieces: TextPiece[] }) {
  return pieces.map((piece, i) =>
    piece.indicator ? (
      <mark key={i} className="num rounded bg-yellow-100 px-0.5 font-medium text-stone-900" title={`${piece.indicator.label}：${piece.indicator.type}${piece.indicator.qualifiers.length ? ` · ${piece.indicator.qualifiers.join("、")}` : ""}${piece.indicator.place ? ` · ${piece.indicator.place}的数字` : ""}`}>
        {piece.text}
      </mark>
    ) : (
      <span key={i}>{piece.text}</span>
    ),
  );
}

/** One sentence with its kind (colour AND icon/label), its indicator numbers and its reason on hover or focus. */
export function SentenceView({ sentence, tabStop = false, fixHref }: { sentence: ReaderSentence; tabStop?: boolean; fixHref?: string }) {
  const isHeading = sentence.role === "heading";
  const key = isHeading ? "other" : sentence.subtype === "problem" ? "problem" : sentence.kind;
  const label = SENTENCE_KIND_LABELS[key] ?? SENTENCE_KIND_LABELS.other;
  const confidence = Math.round(sentence.confidence * 100);
  const tipId = `why-${sentence.index}`;
  const badge =
    key !== "other" ? (
      <span className={`mr-0.5 text-xs font-semibold ${ICON_CLASS[key]}`} aria-label={label.zh}>
        {label.icon}
        {label.zh}
      </span>
    ) : null;
  return (
    <span
      id={`s-${sentence.index}`}
      data-kind={key}
      tabIndex={tabStop ? 0 : -1}
      aria-describedby={tipId}
      className={`has-reason relative rounded-sm px-0.5 box-decoration-clone outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${KIND_CLASS[key] ?? ""} ${sentence.role === "lead" ? "font-semibold" : ""} ${isTableRow(sentence) ? "block tabular-nums" : ""}`}
    >
      {isTableRow(sentence) ? (
        <TableCells pieces={splitByIndicators(sentence.text, sentence.indicators)} header={sentence.flags.includes("table-header")} badge={badge} />
      ) : (
        <>
          {badge}
          <Pieces pieces={splitByIndicators(sentence.text, sentence.indicators)} />
        </>
      )}
      {sentence.correction ? <span className="corrected-badge" title={sentence.correction.note ?? "人工改正"}>改正</span> : null}
      {sentence.flags.includes("headline") ? <span className="ml-0.5 text-xs text-stone-600" title="新闻标题中的数字：标题也作为一句读取和对照 / a headline that states a figure, read as a sentence">[标题]</span> : null}
      {sentence.flags.includes("repaired") ? <span className="ml-0.5 text-xs text-amber-700" title="已修复网页抓取造成的字符替换（原文中字母A被替换为其他文字）">[已修复]</span> : null}
      <span id={tipId} role="tooltip" className="reason-tip absolute left-0 top-full z-20 mt-1 w-72 max-w-[80vw] rounded border border-stone-300 bg-white p-2 text-xs leading-relaxed text-stone-700 shadow-lg">
        <strong>{label.zh}</strong>（{label.en}）· 置信度 {confidence}%{confidence < 60 ? "（不确定）" : ""}
        <br />
        {sentence.correction ? <CorrectionLine sentence={sentence} /> : <>依据：{sentence.reason}</>}
        {/* Unstyled here (globals.css: .reason-tip a): one link a sentence, kept small. */}
        {fixHref ? <a href={fixHref}>改正</a> : null}
      </span>
    </span>
  );
}

function TableCells({ pieces, header, badge }: { pieces: TextPiece[]; header: boolean; badge: React.ReactNode }) {
  const cells = splitTableCells(pieces);
  return (
    <span className={`grid gap-x-3 ${GRID_COLUMNS[cells.length] ?? "grid-flow-col"} ${header ? "font-semibold text-stone-700" : ""}`}>
      {cells.map((cell, i) => (
        <span key={i} className={i > 0 ? "text-right" : ""}>
          {i === 0 ? badge : null}
          <Pieces pieces={cell} />
        </span>
      ))}
    </span>
  );
}
