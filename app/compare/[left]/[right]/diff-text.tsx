import type { DiffOp } from "@/lib/compare/types";

/** One side of a pair's diff: the left shows equal + deleted text, the right equal + inserted text. */
export function DiffText({ diff, side }: { diff: DiffOp[]; side: "left" | "right" }) {
  const hidden = side === "left" ? "insert" : "delete";
  return (
    <>
      {diff.map((d, i) => {
        if (d.op === hidden) return null;
        if (d.op === "equal") return <span key={i}>{d.text}</span>;
        return side === "left" ? (
          <del key={i} className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700 decoration-1">
            <span className="sr-only">［删除］</span>
            {d.text}
          </del>
        ) : (
          <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-4">
            <span className="sr-only">［新增］</span>
            {d.text}
          </ins>
        );
      })}
    </>
  );
}
