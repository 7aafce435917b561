import { Trie, type DictGroup } from "opencc-js/core";

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/** One character through one dictionary, or unchanged when its replacement would change the length. */
export function convertChar(trie: Trie, char: string): string {
  const match = trie.matchPrefix(char, 0);
  return match && match.end === char.length && match.value.length === char.length ? match.value : char;
}

/**
 * Converts with OpenCC's phrase dictionaries but keeps every offset: a phrase is taken only when its replacement has
 * the same UTF-16 length, otherwise the characters go one by one, and a character whose replacement would change
 * length (a BMP character mapped to a supplementary one) stays as it is.
 */
export function convertPreservingLength(text: string, tries: readonly Trie[]): string {
  let current = text;
  for (const trie of tries) current = convertStage(current, trie);
  return current;
}

/**
 * One stage. Most positions of a simplified text have no entry at all: they are skipped without building anything, and
 * a text in which nothing changes comes back as the same string.
 */
function convertStage(text: string, trie: Trie): string {
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const match = trie.matchPrefix(text, i);
    const size = codePointLength(text, i);
    // No entry starts here, not even the character alone: it stays.
    if (!match) {
      i += size;
      continue;
    }
    const whole = match.value.length === match.end - i;
    const end = whole ? match.end : i + size;
    const value = whole ? match.value : convertChar(trie, text.slice(i, end));
    if (value !== text.slice(i, end)) {
      out.push(text.slice(copied, i), value);
      copied = end;
    }
    i = end;
  }
  if (!out.length) return text;
  out.push(text.slice(copied));
  return out.join("");
}

function entries(groups: readonly DictGroup[]): [string, string][] {
  return groups.flatMap((group) =>
    group.flatMap((dict) =>
      typeof dict === "string"
        ? dict.split("|").map((entry) => entry.split(" ") as [string, string])
        : dict.map(([from, to]) => [from, to] as [string, string]),
    ),
  );
}

/**
 * One trie per stage of the chain. Phrase dictionaries are keyed by the source script only, so already-converted
 * text loses them: simplified 显著 has no entry and its 著 would turn into 着 one character at a time. Each phrase's
 * converted form is therefore added as an identity entry wherever going character by character would change it,
 * which makes the conversion idempotent.
 */
export function buildStages(chain: readonly (readonly DictGroup[])[]): Trie[] {
  const load = (groups: readonly DictGroup[], protect: string[]) => {
    const trie = new Trie();
    for (const phrase of protect) trie.addWord(phrase, phrase);
    for (const group of groups) trie.loadDictGroup(group);
    return trie;
  };
  const plain = chain.map((groups) => load(groups, []));
  const byChar = (text: string) =>
    [...text].map((char) => plain.reduce((c, trie) => convertChar(trie, c), char)).join("");
  const protect = new Set<string>();
  for (const [from] of chain.flatMap(entries)) {
    if ([...from].length < 2) continue;
    const converted = convertPreservingLength(from, plain);
    if (byChar(converted) !== converted) protect.add(converted);
  }
  return chain.map((groups) => load(groups, [...protect]));
}
