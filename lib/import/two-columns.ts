// A page printed in two columns, as `pdftotext -layout` gives it (a gazette's 政府公报 pages): each line holds a stretch of
// the left column, a gutter of blanks, then a stretch of the right column. Read line by line, every sentence would be cut
// into alternating halves of two. The text is rewritten in reading order: for each block of column lines (between lines
// that span the page: a running head, a centred title, a page number), the left column's stretches down, then the right
// column's. The stored original keeps its layout.

/** Display cells of a character in a monospaced layout: CJK, full-width and East Asian ambiguous marks (“”、—) take two. */
function cells(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c < 0x2000) return 1;
  if (c >= 0xff61 && c <= 0xffdc) return 1; // half-width forms
  return 2;
}

const width = (text: string) => [...text].reduce((n, ch) => n + cells(ch), 0);

/** Leading blanks, the left stretch, a gutter of three blanks or more, the right stretch. */
const SPLIT_RE = /^( *)(\S(?:.*?\S)?) {3,}(\S.*)$/;
/** A column line is indented at most this many cells (a paragraph's first line: 4). */
const MAX_COLUMN_INDENT = 8;
/** How far a right stretch may start after the right column's edge (its paragraph indent, and a little slack). */
const RIGHT_SLACK = 6;
/** Column lines needed, and their share of the text's filled lines, to read the text as two columns. */
const MIN_COLUMN_LINES = 12;
const MIN_COLUMN_SHARE = 0.4;

interface ColumnLine {
  left: string;
  right: string;
}

type Row = { kind: "blank"; text: string } | { kind: "span"; text: string } | ({ kind: "columns" } & ColumnLine);

/** The text in reading order when it is laid out in two columns, else null. */
export function readTwoColumns(text: string): string | null {
  if (!/ {3,}\S/.test(text)) return null;
  const lines = text.split("\n");
  const edge = rightColumnEdge(lines);
  if (edge === null) return null;
  const rows = lines.map((line) => rowOf(line, edge));
  const paired = rows.filter((r): r is Row & { kind: "columns" } => r.kind === "columns" && r.left !== "" && r.right !== "");
  // (A table laid out in spaces has a gutter after its first cell too; its rows have gutters between their other cells,
  // which a column of prose never has: a text with more than a few such lines is no two-column page.)
  const tableRows = paired.filter((r) => INNER_GUTTER_RE.test(r.right.trim())).length;
  if (tableRows * MAX_TABLE_SHARE_INVERSE > paired.length) return null;
  const columnLines = paired.length;
  const filled = rows.filter((r) => r.kind !== "blank").length;
  if (columnLines < MIN_COLUMN_LINES || columnLines < filled * MIN_COLUMN_SHARE) return null;
  const out: string[] = [];
  let block: Row[] = [];
  const flush = () => {
    // The left column down (its blank lines where they stand), then the right column down, then the blank lines that
    // closed the block.
    let end = block.length;
    while (end > 0 && block[end - 1].kind === "blank") end--;
    const body = block.slice(0, end);
    for (const r of body) out.push(r.kind === "columns" ? r.left : r.text);
    for (const r of body) if (r.kind === "columns" && r.right) out.push(r.right);
    for (const r of block.slice(end)) out.push(r.kind === "columns" ? r.left : r.text);
    block = [];
  };
  for (const row of rows) {
    if (row.kind === "span") {
      flush();
      out.push(row.text);
    } else block.push(row);
  }
  flush();
  return out.join("\n");
}

/** Two blanks or more between words: a table row's cells, never a column of prose. */
const INNER_GUTTER_RE = /\S {2,}\S/;
/** At most a quarter of the column lines may look like a table's rows. */
const MAX_TABLE_SHARE_INVERSE = 4;

/** The display cell where the right column starts: where most gutters end (or end a paragraph's indent before), when
 * enough lines have one. */
function rightColumnEdge(lines: string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const plain = line.replace(/^\f/, "");
    const m = SPLIT_RE.exec(plain);
    if (!m || width(m[1]) > MAX_COLUMN_INDENT) continue;
    const at = width(plain) - width(m[3]);
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  // (A right-column paragraph's first line starts past the edge by its indent: it counts for the edge before it.)
  let best: [number, number] | null = null;
  for (const edge of [...counts.keys()].sort((a, b) => a - b)) {
    let n = 0;
    for (const [at, k] of counts) if (at >= edge && at <= edge + RIGHT_SLACK) n += k;
    if (!best || n > best[1]) best = [edge, n];
  }
  return best && best[1] >= MIN_COLUMN_LINES ? best[0] : null;
}

function rowOf(raw: string, edge: number): Row {
  // A form feed opens a new page: it stays with the line it starts (the running head), which spans the page.
  if (raw.trim() === "") return { kind: "blank", text: raw };
  const line = raw.replace(/^\f/, "");
  if (line !== raw) return { kind: "span", text: raw };
  const indent = width(/^ */.exec(line)![0]);
  // Only the right column is filled on this line.
  if (indent >= edge - 2 && indent <= edge + RIGHT_SLACK) return { kind: "columns", left: "", right: indentOf(indent - edge) + line.trimStart() };
  if (indent > MAX_COLUMN_INDENT) return { kind: "span", text: raw };
  const m = SPLIT_RE.exec(line);
  if (!m) return width(line.trimEnd()) <= edge - 2 ? { kind: "columns", left: line.trimEnd(), right: "" } : { kind: "span", text: raw };
  const at = width(line) - width(m[3]);
  // A gutter that ends elsewhere (a running head's right end, a title's spaced words) is no column's.
  if (at < edge - 2 || at > edge + RIGHT_SLACK) return { kind: "span", text: raw };
  return { kind: "columns", left: m[1] + m[2], right: indentOf(at - edge) + m[3] };
}

/** A right stretch that starts well after the column's edge opens a paragraph: its indent is kept, as the left's is. */
const indentOf = (past: number) => (past >= 3 ? " ".repeat(past) : "");
