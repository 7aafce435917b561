// Two names of one figure that the lexicon does not know, written a little fuller or shorter in the next report:
// 中央财政扶贫资金 / 中央财政专项扶贫资金投入, 高职院校扩招 / 高职院校大规模扩招.

/** Words whose insertion leaves what a name measures unchanged: scope and manner words, not a narrower subject
 * (工业投资 against 工业技改投资 stays two metrics: 技改 is not here). */
const NEUTRAL_INSERTS = new Set(["专项", "投入", "大规模", "规模", "总", "总额", "总量", "全", "全年", "实际", "累计", "新增", "完成", "共", "合计", "资金", "地方政府"]);

const MIN_SHORTER = 4;
const NEWLY_ADDED_RE = /^(?:新增|新认定|新培育)/;

/**
 * Whether two labels name one figure: the shorter one's characters appear in the longer one in order, the shorter is
 * at least four characters, and everything the longer adds is a neutral insert; or the two differ only in 新增 against
 * 新认定 or 新培育 before a name of four characters or more (新培育专精特新中小企业 set, 新增… reported: batch 22's 广东). Equal labels are not "near" (they share a key already).
 */
export function nearNames(a: string, b: string): boolean {
  if (a === b) return false;
  // 新增国家高新技术企业300家 answered by 新认定国家高新技术企业326家: firms newly certified are the ones added.
  const [restA, restB] = [a.replace(NEWLY_ADDED_RE, ""), b.replace(NEWLY_ADDED_RE, "")];
  if (restA !== a && restB !== b && restA === restB && restA.length >= MIN_SHORTER) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_SHORTER) return false;
  const gaps = insertedRuns(short, long);
  return gaps !== null && gaps.length > 0 && gaps.every((g) => NEUTRAL_INSERTS.has(g));
}

/** The runs of `long` left over when `short` is matched in order, leftmost-first; null when it is not a subsequence. */
function insertedRuns(short: string, long: string): string[] | null {
  const runs: string[] = [];
  let run = "";
  let k = 0;
  for (const ch of long) {
    if (k < short.length && ch === short[k]) {
      if (run) runs.push(run);
      run = "";
      k++;
    } else run += ch;
  }
  if (run) runs.push(run);
  return k === short.length ? runs : null;
}
