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
          <del key={i} className="d-del">
            {d.text}
          </del>
        ) : (
          <ins key={i} className="d-ins">
            {d.text}
          </ins>
        );
      })}
    </>
  );
}
