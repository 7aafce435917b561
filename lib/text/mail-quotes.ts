// A report forwarded by e-mail as plain text arrives quoted: every line of the forwarded message opens on `> ` (`> > `
// for a forward of a forward), and the mail program has hard-wrapped the lines at a fixed width, inside sentences and
// figures. The quote marks are furniture: the text is read through a view with the same offsets in which they are
// blanked, and its wrapped lines are joined as a line-numbered copy's are (process-text.ts).

/** A line's quote marks: one or more `>`, each with the blank after it. */
const QUOTE_RE = /^(?:>[ \t]?)+/;
/** Lines a text needs before its quoting can be told from a stray `>`; share of non-blank lines quoted. */
const MIN_QUOTED_LINES = 20;
const QUOTED_SHARE = 0.5;

/** The stored text with its quote marks blanked (same length, same offsets) and how many lines were quoted, or null. */
export function blankMailQuotes(stored: string): { view: string; count: number } | null {
  const lines = stored.split("\n");
  const filled = lines.filter((l) => l.trim() !== "");
  const quoted = filled.filter((l) => QUOTE_RE.test(l)).length;
  if (quoted < MIN_QUOTED_LINES || quoted < filled.length * QUOTED_SHARE) return null;
  const blank = (line: string) => line.replace(QUOTE_RE, (marks) => " ".repeat(marks.length));
  return { view: lines.map(blank).join("\n"), count: quoted };
}
