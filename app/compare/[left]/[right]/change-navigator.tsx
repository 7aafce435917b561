"use client";

import { useCallback, useEffect, useState } from "react";

const CHANGE_SELECTOR = ".row-item:not([data-status='same'])";

function openTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  if (!el) return;
  // A row folded inside "identical rows" must open before it can be seen.
  for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
  document.querySelectorAll(".is-target").forEach((n) => n.classList.remove("is-target"));
  el.classList.add("is-target");
  el.scrollIntoView({ block: "center" });
}

/** Next/previous change (buttons and j/k or n/p), hash highlighting, and the change-density overview. */
export function ChangeNavigator({ total }: { total: number }) {
  const [marks, setMarks] = useState<{ id: string; top: number; status: string }[]>([]);

  const move = useCallback((step: 1 | -1) => {
    const rows = [...document.querySelectorAll<HTMLElement>(CHANGE_SELECTOR)];
    if (rows.length === 0) return;
    const current = decodeURIComponent(window.location.hash.slice(1));
    let index = rows.findIndex((r) => r.id === current);
    if (index === -1) {
      const y = window.scrollY + 140;
      index = step === 1 ? rows.findIndex((r) => r.getBoundingClientRect().top + window.scrollY > y) - 1 : rows.findIndex((r) => r.getBoundingClientRect().top + window.scrollY >= y);
      if (index < -1) index = -1;
    }
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
    history.replaceState(null, "", `#${next.id}`);
    openTarget();
  }, []);

  useEffect(() => {
    openTarget();
    window.addEventListener("hashchange", openTarget);
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.altKey || e.ctrlKey || e.metaKey || ["INPUT", "SELECT", "TEXTAREA"].includes(t.tagName)) return;
      if (e.key === "j" || e.key === "n") move(1);
      if (e.key === "k" || e.key === "p") move(-1);
    };
    window.addEventListener("keydown", onKey);
    // Measure once the rows are laid out.
    const frame = requestAnimationFrame(() => {
      const list = document.querySelector<HTMLElement>("#compare-rows");
      if (!list) return;
      const height = list.scrollHeight || 1;
      setMarks([...document.querySelectorAll<HTMLElement>(CHANGE_SELECTOR)].map((r) => ({ id: r.id, status: r.dataset.status ?? "", top: ((r.offsetTop - list.offsetTop) / height) * 100 })));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", openTarget);
      window.removeEventListener("keydown", onKey);
    };
  }, [move]);

  const tone: Record<string, string> = { changed: "bg-amber-500", "left-only": "bg-sky-500", "right-only": "bg-violet-500" };
  return (
    <>
      <div className="no-print flex items-center gap-2 text-sm">
        <button type="button" onClick={() => move(-1)} className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400" title="上一处变化 (k / p)">↑ 上一处</button>
        <button type="button" onClick={() => move(1)} className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400" title="下一处变化 (j / n)">↓ 下一处</button>
        <span className="hidden text-xs text-stone-500 sm:inline">键盘 j/k 或 n/p · {total} 行</span>
      </div>
      <nav aria-label="变化分布 / change density" className="no-print fixed right-1 top-28 bottom-4 z-20 hidden w-2.5 rounded bg-stone-200/70 lg:block">
        {marks.map((m) => (
          <a key={m.id} href={`#${m.id}`} title={m.id} className={`absolute left-0 h-1 w-full ${tone[m.status] ?? "bg-stone-400"}`} style={{ top: `${m.top}%` }} />
        ))}
      </nav>
    </>
  );
}
