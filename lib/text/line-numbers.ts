// A review copy printed for deputies (审议稿), or a text pasted from an editor with its line numbers on, opens every line
// on its number: `12 　　现在，我代表市人民政府…`, `13 员和其他列席人员…`. The numbers are margin furniture. The text is read
// through a view with the same offsets in which each number (and the one blank after it) is blanked, as a page's number
// between two halves of a paragraph is dropped: the original stays as stored.

/** A line's number: up to four digits at its start, then a blank (a centred title line has its ideographic spaces). */
const NUMBER_RE = /^(\d{1,4})(?=[ \t\u3000])/;
/** Lines a text needs before its numbers can be told from a list's. */
const MIN_LINES = 20;
/** Share of non-blank lines that must open on a number, and of those numbers that must follow the one before. */
const NUMBERED_SHARE = 0.9;
const CONSECUTIVE_SHARE = 0.9;

/**
 * The stored text with its line numbers blanked (`view`: same length, same offsets) and how many non-blank lines it has
 * (`count`), or null when its lines are not numbered.
 */
export function blankLineNumbers(stored: string): { view: string; count: number } | null {
  const lines = stored.split("\n");
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length < MIN_LINES) return null;
  const numbers = filled.map((l) => NUMBER_RE.exec(l)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  if (numbers.length < filled.length * NUMBERED_SHARE) return null;
  let consecutive = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] === numbers[i - 1] + 1) consecutive++;
  if (consecutive < (numbers.length - 1) * CONSECUTIVE_SHARE) return null;
  // The number and one ASCII blank after it (a centred line's ideographic spaces stay: they are its indent).
  const blank = (line: string) => (NUMBER_RE.test(line) ? line.replace(/^\d{1,4} ?/, (number) => " ".repeat(number.length)) : line);
  return { view: lines.map(blank).join("\n"), count: filled.length };
}
