"use client";

import { useCallback, useEffect, useState } from "react";
import { atHref, withPage } from "@/lib/url/page-params";

/** The rows 下一处/上一处 visit: changes, or every row a filter asked for (marked by the server). */
const NAV_SELECTOR = "#compare-rows li.row-item[data-nav]";

/** Opens and highlights the #row or #indicator of the URL; false when the view does not hold it. */
function openTarget(): boolean {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  if (!el) return !id || id === "main";
  // A row or an indicator folded inside <details> must open before it can be seen.
  for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
  document.querySelectorAll(".is-target").forEach((n) => n.classList.remove("is-target"));
  el.classList.add("is-target");
  el.scrollIntoView({ block: "center" });
  return true;
}

/** The same reports and kinds without the filters, aimed at the same #id. */
function unfiltered(id: string): string {
  const query = new URLSearchParams(window.location.search);
  for (const key of ["only", "q", "metric", "page", "at"]) query.delete(key);
  query.set("collapse", "0");
  return `${window.location.pathname}?${query}#${id}`;
}

const targets = () => [...document.querySelectorAll<HTMLElement>(NAV_SELECTOR)];

interface Mark {
  id: string;
  top: number;
  status: string;
}

interface Props {
  /** The rows 下一处 visits across every page of the view, in order (ids only). */
  navIds: string[];
  /** Index into navIds where each page starts. */
  navPageStarts: number[];
  page: number;
  /**
   * A linked row or pair the server found under another id: an old position-style id (legacy: r-12 → r-12-40, the
   * same row) or an id that no longer exists (the nearest one instead, with a notice).
   */
  landed?: { asked: string; id: string; legacy?: boolean };
}

/**
 * 上一处/下一处 (buttons, j/k or n/p) over the changes of the view with "3 / 7", the hash highlight, and the change
 * density bar of this page's rows. Rows are paged on the server: a change on another page, or a linked #r-… that is not
 * in this page, is reached by loading the page that holds it (?at=). The page remounts it (key) whenever the view or
 * the page changes, so nothing stays stale.
 */
export function ChangeNavigator({ navIds, navPageStarts, page, landed }: Props) {
  const [marks, setMarks] = useState<Mark[]>([]);
  const [position, setPosition] = useState<number | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  const sync = useCallback(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const index = navIds.indexOf(id);
    setPosition(index === -1 ? null : index);
  }, [navIds]);

  const go = useCallback((id: string) => {
    if (!document.getElementById(id)) {
      // On another page: load it, aimed at the row.
      const index = navIds.indexOf(id);
      const target = navPageStarts.findLastIndex((start) => start <= index) + 1;
      window.location.assign(withPage(`${window.location.pathname}${window.location.search}`, target, `#${id}`));
      return;
    }
    history.replaceState(null, "", `#${id}`);
    openTarget();
    sync();
  }, [navIds, navPageStarts, sync]);

  const move = useCallback((step: 1 | -1) => {
    if (navIds.length === 0) return;
    const current = decodeURIComponent(window.location.hash.slice(1));
    let index = navIds.indexOf(current);
    if (index === -1) {
      // From the reading position on this page: the first change below it (or the last one above it).
      const rows = targets();
      const offset = navPageStarts[page - 1] ?? 0;
      const y = window.scrollY + 140;
      const below = rows.findIndex((r) => r.getBoundingClientRect().top + window.scrollY > y);
      index = offset + (step === 1 ? (below === -1 ? rows.length : below) - 1 : below === -1 ? rows.length : below);
    }
    go(navIds[Math.min(navIds.length - 1, Math.max(0, index + step))]);
  }, [go, navIds, navPageStarts, page]);

  useEffect(() => {
    const land = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (landed && id === landed.asked && document.getElementById(landed.id)) {
        // An old link (mapped to its row's id now), or a row that is gone (the nearest one, with a notice).
        history.replaceState(null, "", `${window.location.pathname}${window.location.search}#${landed.id}`);
        openTarget();
        return setMissing(null);
      }
      if (openTarget()) return setMissing(null);
      // A row that is not in this page may sit on another one, or in a long unchanged run: the server finds it.
      const query = new URLSearchParams(window.location.search);
      if (/^[ri]-/.test(id) && !query.has("at")) return window.location.replace(atHref(`${window.location.pathname}${window.location.search}`, id));
      setMissing(id);
    };
    land();
    const onHash = () => {
      land();
      sync();
    };
    window.addEventListener("hashchange", onHash);
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.altKey || e.ctrlKey || e.metaKey || ["INPUT", "SELECT", "TEXTAREA"].includes(t.tagName)) return;
      if (e.key === "j" || e.key === "n") move(1);
      if (e.key === "k" || e.key === "p") move(-1);
    };
    window.addEventListener("keydown", onKey);
    // Measure once the rows are laid out: the bar shows exactly the rows that navigation visits.
    const frame = requestAnimationFrame(() => {
      sync();
      const list = document.querySelector<HTMLElement>("#compare-rows");
      if (!list) return setMarks([]);
      const top = list.getBoundingClientRect().top;
      const height = list.scrollHeight || 1;
      setMarks(targets().map((r) => ({ id: r.id, status: r.dataset.status ?? "", top: ((r.getBoundingClientRect().top - top) / height) * 100 })));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", onHash);
      window.removeEventListener("keydown", onKey);
    };
  }, [move, sync, landed]);

  const total = navIds.length;
  const jumpTo = (e: React.MouseEvent<HTMLButtonElement>) => {
    if (marks.length === 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    const at = ((e.clientY - box.top) / (box.height || 1)) * 100;
    const nearest = marks.reduce((best, m) => (Math.abs(m.top - at) < Math.abs(best.top - at) ? m : best));
    go(nearest.id);
  };
  const tone: Record<string, string> = { changed: "bg-amber-500", "left-only": "bg-sky-600", "right-only": "bg-violet-600", same: "bg-stone-500" };
  const button = "rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400 disabled:opacity-60";
  return (
    <>
      <div className="no-print flex items-center gap-2 text-sm">
        <button type="button" onClick={() => move(-1)} className={button} disabled={total === 0} title="上一处变化 (k / p)">↑ 上一处</button>
        <button type="button" onClick={() => move(1)} className={button} disabled={total === 0} title="下一处变化 (j / n)">↓ 下一处</button>
        <span className="num text-stone-700" data-nav-counter aria-live="polite">
          {position === null ? "–" : position + 1} / {total}
          <span className="sr-only"> 处变化</span>
        </span>
        <span className="hidden text-xs text-stone-600 sm:inline">键盘 j/k 或 n/p</span>
      </div>
      {landed && !landed.legacy && (
        <p role="status" className="w-full rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900" data-landed={landed.id}>
          链接的 #{landed.asked} 已不存在（对照已重新计算），已跳到最近的一行 #{landed.id} · the linked row no longer exists; this is the nearest one.
        </p>
      )}
      {missing && (
        <p role="status" className="w-full rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900">
          链接的 #{missing} 不在当前视图中（已被筛选，或对照已重新计算）· the linked item is not in this view.{" "}
          <a href={unfiltered(missing)} className="underline underline-offset-2">不筛选再找 / without filters</a>
        </p>
      )}
      <nav aria-label="变化分布 / change density" className="no-print fixed right-1 top-28 bottom-4 z-20 hidden w-3 lg:block">
        <button type="button" onClick={jumpTo} data-density-bar className="relative block h-full w-full rounded bg-stone-200/80" aria-label={`变化分布：${total} 处，点击跳到附近的一处`}>
          {marks.map((m) => (
            <span key={m.id} data-density-mark={m.id} aria-hidden="true" className={`absolute left-0 h-1 w-full ${tone[m.status] ?? "bg-stone-500"}`} style={{ top: `${m.top}%` }} />
          ))}
        </button>
      </nav>
    </>
  );
}
