"use client";

import { useEffect } from "react";

/** Content streams in after the loading shell, too late for the browser's own #fragment scroll: redo it. */
export function HashTarget() {
  useEffect(() => {
    const apply = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const el = id ? document.getElementById(id) : null;
      document.querySelectorAll(".is-target").forEach((n) => n.classList.remove("is-target"));
      if (!el) return;
      for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
      el.classList.add("is-target");
      el.scrollIntoView({ block: "center" });
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, []);
  return null;
}
