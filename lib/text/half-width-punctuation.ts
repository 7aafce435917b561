// A text typed with the input method left in English mode punctuates Chinese with half-width marks: 增长10.5%. ends a
// sentence with a full stop right after the figure, 省委, 省政府 lists with commas, (一) and "十三五" use ASCII brackets and
// quotes. When such marks punctuate the whole text, the analysis reads it through a view that gives each its Chinese
// form, character for character, so every offset stays the stored text's (batch 109's 安顺 forum copy). A decimal point
// (568.7亿元), a thousands separator (1,386.5), a time or a ratio (21:46, 16.8:38.9:44.3), a list number at the head of a
// line (1.) and an abbreviation (No.1, vs.) keep their marks.

/** A half-width full stop closing a Chinese sentence (after a Han character, a per cent or a bracket, before a blank, a
 * Han character or the line's end), and the Chinese one: a text punctuated so throughout ends its sentences on the
 * first. (A spreadsheet's rows saved as CSV lines have commas, never such stops: batch 62's 武清.) */
const HALF_WIDTH_STOP_RE = /[\u4e00-\u9fa5%）)”"]\.(?=[\s\u4e00-\u9fa5“"]|$)/gm;
const FULL_WIDTH_STOP_RE = /。/g;
/** Enough half-width stops, and few Chinese ones: the whole text is so punctuated. */
const MIN_STOPS = 8;
const FULL_WIDTH_SHARE_MAX = 0.25;
/** A spreadsheet's row saved as a CSV line (序号,指标名称,单位…, 1,地区生产总值,亿元,"1,126.5"): its commas part cells. */
const CSV_ROW_RE = /,,|^\s*\d{1,3},|","|^(?!.*[\u4e00-\u9fa5%)]\.)(?!.*[!?])[^,\n]{1,12}(?:,[^,\n]{0,16}){4,}$/;

/** The marks read the same wherever they stand. */
const PLAIN_MARKS: Record<string, string> = { ";": "；", "!": "！", "?": "？", "(": "（", ")": "）" };

const HAN = /[\u4e00-\u9fa5]/;
const DIGIT = /[0-9]/;
const LETTER = /[A-Za-z]/;

export function isHalfWidthPunctuated(text: string): boolean {
  const half = text.match(HALF_WIDTH_STOP_RE)?.length ?? 0;
  const full = text.match(FULL_WIDTH_STOP_RE)?.length ?? 0;
  return half >= MIN_STOPS && full <= half * FULL_WIDTH_SHARE_MAX;
}

/** The text with its half-width marks read as Chinese ones (same length), and how many were read; the text itself when
 * it is not punctuated so throughout. */
export function readHalfWidthPunctuation(text: string): { text: string; marks: number } {
  if (!isHalfWidthPunctuated(text)) return { text, marks: 0 };
  let marks = 0;
  const lines = text.split("\n").map((line) => {
    // (A CSV line among the prose keeps its commas and quotes.)
    if (CSV_ROW_RE.test(line)) return line;
    const read = readLine(line);
    marks += read.marks;
    return read.line;
  });
  return { text: lines.join("\n"), marks };
}

/** One line's half-width marks read as Chinese ones, character for character. */
function readLine(line: string): { line: string; marks: number } {
  const out = [...line];
  let marks = 0;
  let openQuote = true;
  const set = (i: number, mark: string) => {
    out[i] = mark;
    marks++;
  };
  for (let i = 0; i < line.length; i++) {
    const before = line[i - 1] ?? "";
    const after = line[i + 1] ?? "";
    switch (line[i]) {
      case ",":
        // 1,386.5亿元: a thousands separator.
        if (!(DIGIT.test(before) && /^\d{3}(?!\d)/.test(line.slice(i + 1, i + 5)))) set(i, "，");
        break;
      case ".":
        if (DIGIT.test(before) && DIGIT.test(after)) break; // 568.7: a decimal point
        if (LETTER.test(before)) break; // No.1, vs.
        if (/^\s*\d{1,2}$/.test(line.slice(0, i))) break; // 1. at the head of a line: a list number
        set(i, /^\s*[一二三四五六七八九十]{1,3}$/.test(line.slice(0, i)) ? "、" : "。"); // 一. at the head of a line: 一、
        break;
      case ":":
        if (!(DIGIT.test(before) && DIGIT.test(after)) && !line.startsWith("//", i + 1)) set(i, "：");
        break;
      case ";":
      case "!":
      case "?":
      case "(":
      case ")":
        set(i, PLAIN_MARKS[line[i]]);
        break;
      case '"':
        set(i, openQuote ? "“" : "”");
        openQuote = !openQuote;
        break;
      case "-":
        // --: the dash, two characters for two.
        if (after === "-" && (HAN.test(line[i + 2] ?? "") || HAN.test(before) || DIGIT.test(line[i + 2] ?? ""))) {
          set(i, "—");
          set(i + 1, "—");
          i++;
        }
        break;
    }
  }
  return { line: out.join(""), marks };
}
