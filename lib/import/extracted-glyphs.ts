// Characters a PDF's or a Word file's text layer gives in place of ordinary Han characters.

/**
 * CJK radical supplement forms that stand for an ordinary character (Unicode's EquivalentUnifiedIdeograph.txt, the
 * entries that occur as characters in running text). NFKC does not map these.
 */
const RADICAL_SUPPLEMENT = new Map(
  Object.entries({
    "⺟": "母", "⺠": "民", "⺩": "王", "⺬": "示", "⺮": "竹", "⺰": "纟", "⺷": "羊", "⺻": "聿", "⻁": "虎", "⻄": "西",
    "⻅": "见", "⻆": "角", "⻈": "讠", "⻉": "贝", "⻊": "足", "⻋": "车", "⻏": "阝", "⻐": "钅", "⻑": "長", "⻓": "长",
    "⻔": "门", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻠": "饣", "⻢": "马",
    "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿",
    "⻰": "龙", "⻳": "龟",
  }),
);

/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplement forms that a font's ToUnicode map gives for glyphs it
 * shares with ordinary characters (Chromium's PDFs write 工 as ⼯ U+2F2F and 民 as ⺠ U+2EA0). Each becomes the
 * ordinary character (NFKC for the Kangxi block); one code unit for one, so the text keeps its length.
 */
export function normalizeExtractedGlyphs(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => {
    const mapped = RADICAL_SUPPLEMENT.get(c) ?? c.normalize("NFKC");
    return mapped.length === 1 ? mapped : c;
  });
}

const PRIVATE_USE = /[\ue000-\uf8ff]/g;
const HAN = /[\u3400-\u9fff]/g;

/** A text layer whose characters are mostly private-use code points: the font's encoding maps glyphs to nothing readable. */
export function isPrivateUseDominant(text: string): boolean {
  const privateUse = text.match(PRIVATE_USE)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  return privateUse >= 20 && privateUse > han;
}

/**
 * Traditional forms that a simplified font draws with the same glyph as the simplified character, so that a PDF's
 * ToUnicode map may name either (Chromium's PDFs printed with Noto CJK SC give 戶 for 户). In a text that is
 * simplified throughout, these are glyph names, not the author's script.
 */
const SHARED_GLYPH_TRADITIONAL = /戶/g;
const SIMPLIFIED_FOR: Record<string, string> = { 戶: "户" };

export function unifySharedGlyphs(text: string): string {
  return text.replace(SHARED_GLYPH_TRADITIONAL, (c) => SIMPLIFIED_FOR[c] ?? c);
}
