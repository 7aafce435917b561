"use client";

import type { KeyboardEvent } from "react";

const SENTENCE = "[data-kind]";

/**
 * The report text is one tab stop: Tab enters it on one sentence, the arrow keys (and Home/End) move from sentence
 * to sentence and show each one's reason, Tab leaves it. The sentence last visited keeps the tab stop.
 */
export function SentenceKeys({ children }: { children: React.ReactNode }) {
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
    <div role="group" aria-label="报告正文：方向键逐句移动 / arrow keys move between sentences" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
