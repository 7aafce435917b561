import type { ReaderSection } from "@/lib/data/reports";
import { PART_LABELS } from "@/lib/format/labels";

/** Section outline for navigation; collapsible on narrow screens. */
export function Outline({ sections }: { sections: ReaderSection[] }) {
  if (sections.length === 0) return <p className="text-sm text-stone-500">此文没有小标题 / no headings</p>;
  return (
    <details open className="group">
      <summary className="cursor-pointer text-sm font-semibold text-stone-700">目录 Outline</summary>
      <ol className="mt-2 space-y-1 text-sm">
        {sections
          .filter((s) => s.level <= 3)
          .map((s) => (
            <li key={s.index} style={{ paddingLeft: `${(s.level - 1) * 0.9}rem` }}>
              <a href={`#sec-${s.index}`} className="block truncate text-stone-700 hover:text-blue-700" title={s.heading}>
                {s.heading}
              </a>
              {s.level === 1 && s.part !== "other" ? <span className="text-xs text-stone-600">{PART_LABELS[s.part]}</span> : null}
            </li>
          ))}
      </ol>
    </details>
  );
}
