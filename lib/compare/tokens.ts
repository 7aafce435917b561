import { DIFF_TOKEN_UNITS } from "@/lib/analysis/units";
import { QUALIFIER_WORDS, qualifierInfo } from "./commitment";

export type TokenKind = "number" | "qualifier" | "char";

export interface Token {
  text: string;
  kind: TokenKind;
  /** For qualifiers: whether the word fences a number (以上 right after 8%); modal words always count. */
  attached?: boolean;
}

const UNITS = [...DIFF_TOKEN_UNITS].sort((a, b) => b.length - a.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
const DIGITS = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
const NUMBER = new RegExp(
  `(?:${DIGITS}(?:[-~～－:：]${DIGITS})*|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)(?:${UNITS.map(escape).join("|")})?`,
  "y",
);
const QUALIFIER = new RegExp(QUALIFIER_WORDS.join("|"), "y");
const SPACE = /\s+/y;

function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Split text into atomic tokens: a number with its unit, a qualifier word, or one character. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const number = sticky(NUMBER, text, at);
    const qualifier = number ? null : sticky(QUALIFIER, text, at);
    const space = number || qualifier ? null : sticky(SPACE, text, at);
    if (number) tokens.push({ text: number, kind: "number" });
    else if (qualifier) tokens.push({ text: qualifier, kind: "qualifier" });
    else if (space) tokens.push({ text: space, kind: "char" });
    else tokens.push({ text: String.fromCodePoint(text.codePointAt(at)!), kind: "char" });
    at += tokens[tokens.length - 1].text.length;
  }
  markAttachment(tokens);
  return tokens;
}

function markAttachment(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (token.kind !== "qualifier") return;
    const info = qualifierInfo(token.text)!;
    if (info.scale === "modal") token.attached = true;
    else if (info.position === "after") token.attached = tokens[i - 1]?.kind === "number";
    else token.attached = tokens[i + 1]?.kind === "number" || tokens[i + 2]?.kind === "number";
  });
}
