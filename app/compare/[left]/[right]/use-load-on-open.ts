"use client";

import { useEffect, useState } from "react";

/**
 * The JSON at `src`, fetched the first time the <details id={detailsId}> is open (at once when it already is), for a
 * folded section whose content is not sent with the page (decision 011d). `failed` lets the section say so; closing
 * and opening it again retries. With `whenIdle`, it is also fetched once the browser is idle after the page loaded,
 * folded or not, so that printing (Ctrl+P gives no time to fetch) finds it in the page (decision 012b).
 */
export function useLoadOnOpen<T>(detailsId: string, src: string, options: { whenIdle?: boolean } = {}): { data: T | null; failed: boolean } {
  const { whenIdle = false } = options;
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const details = document.getElementById(detailsId);
    if (!(details instanceof HTMLDetailsElement) || data) return;
    let cancelled = false;
    let started = false;
    const load = (anyway = false) => {
      if ((!details.open && anyway !== true) || started) return;
      started = true;
      details.removeEventListener("toggle", onToggle);
      setFailed(false);
      fetch(src, { headers: { accept: "application/json" } })
        .then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(String(r.status)))))
        .then((body) => !cancelled && setData(body))
        .catch(() => {
          if (cancelled) return;
          started = false;
          setFailed(true);
          details.addEventListener("toggle", onToggle);
        });
    };
    const onToggle = () => load();
    details.addEventListener("toggle", onToggle);
    load();
    const idle = whenIdle ? whenBrowserIdle(() => load(true)) : undefined;
    return () => {
      cancelled = true;
      idle?.();
      details.removeEventListener("toggle", onToggle);
    };
  }, [detailsId, src, data, whenIdle]);
  return { data, failed };
}

export const LOADING_TEXT = "载入中… / loading…";
export const FAILED_TEXT = "载入失败，请收起后重新展开 / could not load; close and open it again.";

/** Run `task` once the browser is idle (at most 2 s after asking); returns a cancel function. */
function whenBrowserIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}
