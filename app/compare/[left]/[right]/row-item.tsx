import { CHANGE_LABELS, ROW_STATUS_LABELS } from "@/lib/format/compare-labels";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import type { RowCells, ToneChip } from "@/lib/compare/row-cells";

/** At most CHIP_CAP chips a row; the rest behind "+N". */
export const CHIP_CAP = 4;

const LEVEL_TONE: Record<number, string> = {
  4: "bg-indigo-100 text-indigo-950",
  3: "bg-indigo-50 text-indigo-900",
  2: "bg-slate-100 text-slate-800",
  1: "bg-teal-50 text-teal-900",
};

const DIRECTION: Record<"stronger" | "weaker" | "reworded", { zh: string; tone: string }> = {
  stronger: { zh: "力度加强", tone: "bg-indigo-100 text-indigo-950" },
  weaker: { zh: "力度减弱", tone: "bg-orange-100 text-orange-950" },
  reworded: { zh: "力度措辞", tone: "bg-stone-100 text-stone-800" },
};

type Side = "left" | "right";

/** One side of a pair's diff: the left shows equal + deleted text, the right equal + inserted text. */
function DiffText({ diff, side }: { diff: NonNullable<RowCells["diff"]>; side: Side }) {
  const hidden = side === "left" ? 2 : 1;
  return diff.map(([op, text], i) => {
    if (op === hidden) return null;
    if (op === 0) return <span key={i}>{text}</span>;
    return op === 1 ? <del key={i} className="d-del">{text}</del> : <ins key={i} className="d-ins">{text}</ins>;
  });
}

function Cell({ cells, side, base }: { cells: RowCells; side: Side; base: string }) {
  const sentence = cells[side];
  if (!sentence) return <div className="row-none">{side === "left" ? "（左侧无对应句）" : "（右侧无对应句）"}</div>;
  const [id, kindKey, corrected] = sentence;
  const kind = SENTENCE_KIND_LABELS[kindKey];
  return (
    <div>
      <a href={`${base}#${id}`} className="row-src" title="打开原句">
        <span className="md:hidden">{side === "left" ? "左 · " : "右 · "}</span>
        {`${kind?.icon ?? ""}${kind?.zh ?? ""}`}
      </a>
      {corrected ? <span className="corrected-badge" title="类型经人工改正 / kind corrected by hand">改正</span> : null}
      {cells.diff ? <DiffText diff={cells.diff} side={side} /> : <span>{cells.texts?.[side === "left" ? 0 : 1]}</span>}
    </div>
  );
}

function Chip({ change: [type, left, right] }: { change: NonNullable<RowCells["changes"]>[number] }) {
  return <span className={`chip ${CHANGE_LABELS[type]?.tone}`}>{`${CHANGE_LABELS[type]?.zh}：${left ?? "∅"} → ${right ?? "∅"}`}</span>;
}

function ChangeChips({ changes }: { changes: NonNullable<RowCells["changes"]> }) {
  const rest = changes.slice(CHIP_CAP);
  return (
    <>
      {changes.slice(0, CHIP_CAP).map((c, i) => <Chip key={i} change={c} />)}
      {rest.length > 0 && (
        <details className="contents">
          <summary className="cursor-pointer rounded bg-stone-100 px-1.5 text-stone-800">{`+${rest.length} 项 more`}</summary>
          <span className="flex flex-wrap gap-1.5">{rest.map((c, i) => <Chip key={i} change={c} />)}</span>
        </details>
      )}
    </>
  );
}

/** A row's effort tone (row-cells.ts): how it moved between aligned sentences, or the strongest cue of each side. */
function ToneChips({ chips }: { chips: ToneChip[] }) {
  return (
    <span className="contents" data-tone>
      {chips.map((c, i) =>
        "change" in c ? (
          <span key={i} className={`chip ${DIRECTION[c.change].tone}`} data-tone-change={c.change} title={c.title}>
            {`${DIRECTION[c.change].zh}：${c.text}`}
          </span>
        ) : (
          <span key={i} className={`chip ${LEVEL_TONE[c.level]}`} data-tone-level={c.level} title={c.title}>
            {`${c.side} 力度${c.level}：`}
            <mark className="bg-yellow-200 text-inherit">{c.word}</mark>
            {`${c.after}…`}
          </span>
        ),
      )}
    </span>
  );
}

/**
 * One aligned row: its link, status, chips and both sentences (the diff on changed rows), rendered from RowCells on the
 * server only: the rows are a ServerPart (decision 012b), so neither their markup nor their text is in the page payload.
 */
export function RowItem({ cells, leftBase, rightBase }: { cells: RowCells; leftBase: string; rightBase: string }) {
  return (
    <li id={cells.id} data-status={cells.status} data-nav={cells.nav ? "" : undefined} className="row-item">
      <div className="row-head">
        <a href={`#${cells.id}`} title="本行链接">{`#${cells.id}`}</a>
        <span>{`${ROW_STATUS_LABELS[cells.status]}${cells.similarity != null ? ` · 相似度 ${cells.similarity}%` : ""}`}</span>
        {cells.changes && <ChangeChips changes={cells.changes} />}
        {cells.tone && <ToneChips chips={cells.tone} />}
      </div>
      <div className="row-body">
        <Cell cells={cells} side="left" base={leftBase} />
        <Cell cells={cells} side="right" base={rightBase} />
      </div>
    </li>
  );
}
