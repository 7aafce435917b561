/**
 * A time budget as people read it, in Chinese and in English: milliseconds below a second (a budget of 250 ms is not
 * "0 秒"), seconds with one decimal below ten seconds when it has one, whole seconds above.
 */
export function formatBudget(ms: number): { zh: string; en: string } {
  const whole = Math.round(Math.max(0, ms));
  if (whole < 1000) return { zh: `${whole} 毫秒`, en: `${whole} ms` };
  const seconds = whole / 1000;
  const shown = seconds < 10 ? String(Math.round(seconds * 10) / 10) : String(Math.round(seconds));
  return { zh: `${shown} 秒`, en: `${shown} s` };
}
