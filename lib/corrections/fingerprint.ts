// A short fingerprint of a sentence's text (FNV-1a, 32 bits): checks that a stored sentence id still names the same
// sentence. Whitespace and punctuation width are folded, so a re-cleaned line break does not break the link.
export function sentenceHash(text: string): string {
  const folded = text.normalize("NFKC").replace(/\s+/g, "");
  let h = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) {
    h ^= folded.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export const sentenceRef = (s: { index: number; text: string }) => ({ id: `s-${s.index}`, hash: sentenceHash(s.text) });
