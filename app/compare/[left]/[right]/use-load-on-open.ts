"use client";

import { useEffect, useState } from "react";

/**
 * The JSON at `src`, fetched the first time the <details id={detailsId}> is open (at once when it already is), for a
 * folded section whose content is not sent with the page (decision 011d). `failed` lets the section say so; closing
 * and opening it again retries.
 */
export function useLoadOnOpen<T>(detailsId: string, src: string): { data: T | null; failed: boolean } {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const details = document.getElementById(detailsId);
    if (!(details instanceof HTMLDetailsElement) || data) return;
    let cancelled = false;
    const load = () => {
      if (!details.open) return;
      details.removeEventListener("toggle", load);
      setFailed(false);
      fetch(src, { headers: { accept: "application/json" } })
        .then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(String(r.status)))))
        .then((body) => !cancelled && setData(body))
        .catch(() => {
          if (cancelled) return;
          setFailed(true);
          details.addEventListener("toggle", load);
        });
    };
    details.addEventListener("toggle", load);
    load();
    return () => {
      cancelled = true;
      details.removeEventListener("toggle", load);
    };
  }, [detailsId, src, data]);
  return { data, failed };
}

export const LOADING_TEXT = "载入中… / loading…";
export const FAILED_TEXT = "载入失败，请收起后重新展开 / could not load; close and open it again.";
