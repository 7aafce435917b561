/**
 * Effort tone of a task sentence: how hard the government says it will push, a second dimension beside the
 * commitment scale of targets (commitment.ts: 确保 > plain > 力争). Four levels:
 *
 *   4 坚决 / 全面                     resolute, across the board
 *   3 大力 / 着力 / 加快              forceful, accelerated
 *   2 积极 / 稳步 / 推动              active, steady (推动 is a verb of this level itself); an unmarked verb sits here too
 *   1 稳妥 / 有序 / 探索 / 研究        prudent, orderly, tentative (积极稳妥, 稳妥有序 read as one prudent cue)
 *
 * A cue counts only where it introduces the verb phrase of its own clause: at the clause's start, after a subject
 * (我们, 政府…) or a lead-in (要, 将, 继续, 进一步…), and followed by a verb rather than 的 or a noun ending. Elsewhere the
 * same characters are names or nouns and are guarded: 全面建成小康社会 (a goal's name, and the other three 全面 of the
 * 四个全面), 积极的财政政策, 积极性, 科学研究, 研究与试验发展 (R&D), 探索精神, 着力点, 推动下.
 */
export type ToneLevel = 1 | 2 | 3 | 4;

export const TONE_WORDS: Record<string, ToneLevel> = {
  坚决: 4,
  全面: 4,
  大力: 3,
  着力: 3,
  加快: 3,
  积极: 2,
  稳步: 2,
  推动: 2,
  积极稳妥: 1,
  稳妥有序: 1,
  稳妥: 1,
  有序: 1,
  探索: 1,
  研究: 1,
};

export const TONE_LABELS: Record<ToneLevel, { zh: string; en: string }> = {
  4: { zh: "坚决", en: "resolute" },
  3: { zh: "大力", en: "forceful" },
  2: { zh: "积极", en: "active" },
  1: { zh: "稳妥", en: "prudent" },
};

/** Where an unmarked verb sits on the scale: dropping 全面 weakens, dropping 稳妥 strengthens, dropping 积极 is neutral. */
export const PLAIN_TONE: ToneLevel = 2;

/** Cues that are verbs themselves: the verb phrase starts with them. */
const VERB_CUES = new Set(["推动", "探索", "研究"]);

const WORDS = Object.keys(TONE_WORDS).sort((a, b) => b.length - a.length);
const FIRST_CHARS = new Set(WORDS.map((w) => w[0]));

/** Names and nouns that begin with a cue's characters. */
const GUARDS: [string, RegExp][] = [
  ["全面", /^全面(建成|建设)?小康|^全面深化改革|^全面依法治国|^全面从严治党|^全面建设社会主义现代化|^全面(发展|进步|小康|协调|的)|^全面(二孩|两孩)/],
  ["积极", /^积极(的|性|作用|因素|成果|进展|变化|贡献|效果|意义|态度|姿态|信号|影响)/],
  ["研究", /^研究(与试验|和试验|与开发|与发展|院|所|生|中心|机构|成果|型|领域|人员|能力|项目|的|和|、)/],
  ["探索", /^探索(精神|性|的|和实践|与实践)/],
  ["着力", /^着力(点|处)/],
  ["推动", /^推动(力|作用|下|者|的)/],
  ["有序", /^有序(的|性)/],
  ["稳步", /^稳步(的)/],
  ["加快", /^加快(了|的)/],
];

/** What may stand before the cue in its clause: a subject and lead-in words, nothing else. */
const LEAD_IN = /^(?:[（(]?[一二三四五六七八九十\d]+[)）、.]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[,，、]?|首先|其次|同时|此外)?(?:我们|政府|各级政府|各地区各部门|各地|全市|全区|全省|全县|全国)?(?:要|将|必须|需要|应当|应|坚持|继续|进一步|更加|切实|务必|还要|也要|并|更|再|仍|还|始终|持续|不断)*$/;

const CLAUSE = /[^，,；;。！!？?：:]+/g;
const LEAD_IN_PREFIX = new RegExp(LEAD_IN.source.replace(/\$$/, ""));

/** Whether a clause of the text starts (after its lead-in) with the verb, unmarked, on the same object: 推进 in “要推进乡村振兴”. */
function headsClause(text: string, verb: string, object: string): boolean {
  return (text.match(CLAUSE) ?? []).some((clause) => {
    const c = clause.trim();
    const rest = c.slice(c.match(LEAD_IN_PREFIX)?.[0].length ?? 0);
    return rest.startsWith(verb) && overlaps(rest.slice(verb.length, verb.length + 6), object);
  });
}

export interface ToneCue {
  word: string;
  level: ToneLevel;
  /** The verb the cue introduces (its first two characters), the key that pairs cues across sentences. */
  verb: string;
  /** Offset of the cue in the sentence. */
  start: number;
  /** The clause the cue was read from. */
  clause: string;
  /** Why: which word introduces which verb phrase. */
  reason: string;
}

function guarded(rest: string): boolean {
  return GUARDS.some(([word, pattern]) => rest.startsWith(word) && pattern.test(rest));
}

/** The cue of one clause, or null: a tone word at the head of the clause's verb phrase. */
function clauseCue(clause: string, offset: number): ToneCue | null {
  for (let i = 0; i < clause.length; i++) {
    if (!FIRST_CHARS.has(clause[i])) continue; // no tone word starts here
    const rest = clause.slice(i);
    const word = WORDS.find((w) => rest.startsWith(w));
    if (!word) continue;
    if (!LEAD_IN.test(clause.slice(0, i).trim())) return null;
    if (guarded(rest)) return null;
    const after = rest.slice(word.length).replace(/^地/, "");
    const verb = VERB_CUES.has(word) ? word : after.slice(0, 2);
    if (!/^\p{Script=Han}{2}$/u.test(verb) || /^[的之]/.test(after) || (!VERB_CUES.has(word) && !after)) return null;
    const phrase = VERB_CUES.has(word) ? rest.slice(0, word.length + 4) : `${word}${after.slice(0, 4)}`;
    return { word, level: TONE_WORDS[word], verb, start: offset + i, clause: clause.trim(), reason: `“${word}”修饰本分句的动词“${verb}”（${phrase}…）` };
  }
  return null;
}

/** The effort cues of a sentence, one per clause at most, in reading order. */
export function readTone(sentence: string): ToneCue[] {
  const cues: ToneCue[] = [];
  for (const m of sentence.matchAll(CLAUSE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const cue = clauseCue(m[0].trim(), m.index! + lead);
    if (cue) cues.push(cue);
  }
  return cues;
}

/** The strongest cue of a sentence (the first among equals), or null. */
export function strongestCue(cues: ToneCue[]): ToneCue | null {
  return cues.reduce<ToneCue | null>((best, c) => (!best || c.level > best.level ? c : best), null);
}

export type ToneDirection = "stronger" | "weaker" | "reworded";

export interface ToneChange {
  verb: string;
  /** The cue word on each side; null where the verb stands unmarked. */
  left: string | null;
  right: string | null;
  direction: ToneDirection;
}

const levelOf = (word: string | null) => (word ? TONE_WORDS[word] : PLAIN_TONE);

/**
 * How the effort moved between two aligned sentences, cue by cue: cues pair when they introduce the same verb on the
 * same object (a shared two-character word in the next six characters). 积极防范化解 → 全面防范化解 is stronger; a cue
 * dropped before the same verb (全面推进 → 推进) is read against an unmarked verb (level 2), and only where that verb heads
 * a clause of the other sentence: the same two characters elsewhere (a noun, another clause's object) are no match.
 */
export function compareTone(leftText: string, rightText: string): ToneChange[] {
  const left = readTone(leftText);
  const right = readTone(rightText);
  const changes: ToneChange[] = [];
  const direction = (a: string | null, b: string | null): ToneDirection =>
    levelOf(b) > levelOf(a) ? "stronger" : levelOf(b) < levelOf(a) ? "weaker" : "reworded";
  // The same cue on both sides is no change; it takes its partner out of the pairing first.
  const usedRight = new Set<ToneCue>();
  const open: ToneCue[] = [];
  for (const l of left) {
    const same = right.find((r) => !usedRight.has(r) && r.word === l.word && r.verb === l.verb && sameObject(l, r));
    if (same) usedRight.add(same);
    else open.push(l);
  }
  for (const l of open) {
    const r = right.find((c) => !usedRight.has(c) && c.verb === l.verb && sameObject(l, c));
    if (r) {
      usedRight.add(r);
      changes.push({ verb: l.verb, left: l.word, right: r.word, direction: direction(l.word, r.word) });
    } else if (!VERB_CUES.has(l.word) && headsClause(rightText, l.verb, objectOf(l))) {
      changes.push({ verb: l.verb, left: l.word, right: null, direction: direction(l.word, null) });
    }
  }
  for (const r of right) {
    if (usedRight.has(r) || left.some((c) => c.verb === r.verb && sameObject(c, r)) || VERB_CUES.has(r.word)) continue;
    if (headsClause(leftText, r.verb, objectOf(r))) changes.push({ verb: r.verb, left: null, right: r.word, direction: direction(null, r.word) });
  }
  return changes;
}

/** The words after the cue's verb in its clause (up to six characters): what the effort is spent on. */
function objectOf(cue: ToneCue): string {
  const after = cue.clause.slice(cue.clause.indexOf(cue.word) + cue.word.length).replace(/^地/, "");
  return (VERB_CUES.has(cue.word) ? after : after.slice(cue.verb.length)).slice(0, 6);
}

/** Two objects are the same when they share a two-character word (or both are empty). */
function overlaps(a: string, b: string): boolean {
  if (!a || !b) return !a && !b;
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

const sameObject = (a: ToneCue, b: ToneCue) => overlaps(objectOf(a), objectOf(b));
