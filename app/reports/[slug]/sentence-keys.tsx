"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";

const SENTENCE = "[data-kind]";

/**
 * The report text is one tab stop: Tab enters it on one sentence, the arrow keys (and Home/End) move from sentence
 * to sentence and show each one's reason, Tab leaves it. The sentence last visited keeps the tab stop.
 */
export function SentenceKeys({ children }: { children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  // A linked sentence (#s-12) becomes the tab stop, so Tab continues from where the link pointed.
  useEffect(() => {
    const follow = () => {
      const target = box.current?.querySelector<HTMLElement>(`[id="${CSS.escape(decodeURIComponent(location.hash.slice(1)))}"][data-kind]`);
      if (!target || !box.current) return;
      for (const s of box.current.querySelectorAll<HTMLElement>(SENTENCE)) s.tabIndex = -1;
      target.tabIndex = 0;
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = (e.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    if (!current) return;
    const all = [...e.currentTarget.querySelectorAll<HTMLElement>(SENTENCE)];
    const at = all.indexOf(current);
    const to = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (to === undefined || !all[to]) return;
    e.preventDefault();
    for (const s of all) s.tabIndex = -1;
    all[to].tabIndex = 0;
    all[to].focus();
  };
  return (
    <div ref={box} role="group" aria-label="报告正文：方向键逐句移动 / arrow keys move between sentences" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
