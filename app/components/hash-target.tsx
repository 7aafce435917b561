"use client";

import { useEffect, useState } from "react";
import { atHref } from "@/lib/url/page-params";

/**
 * Content streams in after the loading shell, too late for the browser's own #fragment scroll: redo it. Long texts
 * are paged on the server: a #s-12 or #sec-3 that is not in this page is asked for with ?at=, and the server serves
 * the page that holds it (or, for a sentence that no longer exists, the nearest one: `landed`).
 */
export function HashTarget({ landed }: { landed?: { asked: string; id: string } }) {
  const [gone, setGone] = useState<{ asked: string; id: string } | null>(null);
  useEffect(() => {
    const apply = () => {
      let id = decodeURIComponent(window.location.hash.slice(1));
      if (landed && id === landed.asked) {
        history.replaceState(null, "", `${window.location.pathname}${window.location.search}#${landed.id}`);
        setGone(landed);
        id = landed.id;
      }
      const el = id ? document.getElementById(id) : null;
      document.querySelectorAll(".is-target").forEach((n) => n.classList.remove("is-target"));
      if (!el) {
        const here = `${window.location.pathname}${window.location.search}`;
        if (/^(s|sec)-\d+$/.test(id) && !new URLSearchParams(window.location.search).has("at")) window.location.replace(atHref(here, id));
        return;
      }
      for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
      el.classList.add("is-target");
      el.scrollIntoView({ block: "center" });
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, [landed]);
  if (!gone) return null;
  return (
    <p role="status" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900 lg:col-span-2">
      链接的 #{gone.asked} 已不存在（报告已重新分析），已跳到最近的一句 #{gone.id} · the linked sentence no longer exists; this is the nearest one.
    </p>
  );
}
