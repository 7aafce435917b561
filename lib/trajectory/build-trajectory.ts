import { findTerm, POLICY_TERMS, type PolicyTerm } from "./policy-terms";

export interface TrajectoryReport {
  slug: string;
  title: string;
  region: string | null;
  year: number | null;
  kind: string;
  sentences: { index: number; text: string }[];
}

export const TERM_CLASSES = ["emerging", "rising", "steady", "fading", "dropped"] as const;
export type TermClass = (typeof TERM_CLASSES)[number];

export const CLASS_LABELS: Record<TermClass, string> = { emerging: "新出现", rising: "上升", steady: "平稳", fading: "减弱", dropped: "消失" };

/** A change counts as rising or fading from ×1.5 (or ÷1.5) between the first and the last report, and by at least 0.5 per 10,000 characters. */
export const RATIO = 1.5;
export const MIN_CHANGE = 0.5;

export interface TermPoint {
  slug: string;
  count: number;
  /** Per 10,000 characters of the report's sentences. */
  per10k: number;
  /** s-<index> of every sentence with a hit, in order. */
  sentenceIds: string[];
}

export interface TermTrajectory {
  key: string;
  name: string;
  forms: string[];
  points: TermPoint[];
  class: TermClass;
  /** Why this class: the figures and the threshold. */
  reason: string;
}

export interface Trajectory {
  reports: { slug: string; title: string; label: string; chars: number }[];
  /** Set when the list mixes regions or kinds: it is then no one series, and the page says so. */
  mixed: string | null;
  terms: TermTrajectory[];
  /** Terms found automatically (found-terms.ts): the words that moved most, beside the curated ones; [] until filled. */
  found: TermTrajectory[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** emerging / rising / steady / fading / dropped, from the first and the last report (documented in the README). */
export function classify(first: number, last: number): { class: TermClass; reason: string } {
  const f = round2(first);
  const l = round2(last);
  if (f === 0 && l > 0) return { class: "emerging", reason: `首份报告没有，末份每万字 ${l} 次 → 新出现` };
  if (f > 0 && l === 0) return { class: "dropped", reason: `首份报告每万字 ${f} 次，末份没有 → 消失` };
  if (l >= f * RATIO && l - f >= MIN_CHANGE) return { class: "rising", reason: `每万字 ${f} → ${l} 次（≥ ×${RATIO}，且多 ${MIN_CHANGE} 次以上）→ 上升` };
  if (f >= l * RATIO && f - l >= MIN_CHANGE) return { class: "fading", reason: `每万字 ${f} → ${l} 次（≤ ÷${RATIO}，且少 ${MIN_CHANGE} 次以上）→ 减弱` };
  return { class: "steady", reason: `每万字 ${f} → ${l} 次（变化不到 ×${RATIO} 或不到 ${MIN_CHANGE} 次）→ 平稳` };
}

const KIND_SHORT: Record<string, string> = { report: "报告", excerpt: "摘登", news: "新闻", document: "文件" };
const reportLabel = (r: TrajectoryReport) => `${r.region ?? "未知地区"}${r.year ?? "?"}${r.kind === "report" ? "" : `（${KIND_SHORT[r.kind] ?? r.kind}）`}`;

/** Frequencies of the policy terms across 2–N reports, in the order given; terms never found are left out. */
export function buildTrajectory(reports: TrajectoryReport[], terms: PolicyTerm[] = POLICY_TERMS): Trajectory {
  const chars = reports.map((r) => r.sentences.reduce((n, s) => n + s.text.length, 0));
  const regions = new Set(reports.map((r) => r.region ?? "?"));
  const kinds = new Set(reports.map((r) => r.kind));
  const mixed = [
    ...(regions.size > 1 ? [`不同地区（${[...regions].join("、")}）`] : []),
    ...(kinds.size > 1 ? [`不同类型（${[...kinds].map((k) => KIND_SHORT[k] ?? k).join("、")}）`] : []),
  ];
  const out: TermTrajectory[] = [];
  for (const term of terms) {
    const points = reports.map((r, i) => {
      const sentenceIds: string[] = [];
      let count = 0;
      for (const s of r.sentences) {
        const hits = findTerm(s.text, term).length;
        if (hits) sentenceIds.push(`s-${s.index}`);
        count += hits;
      }
      return { slug: r.slug, count, per10k: chars[i] ? round2((count / chars[i]) * 10_000) : 0, sentenceIds };
    });
    if (points.every((p) => p.count === 0)) continue;
    const verdict = classify(points[0].per10k, points[points.length - 1].per10k);
    out.push({ key: term.key, name: term.name, forms: term.forms, points, ...verdict });
  }
  return {
    reports: reports.map((r, i) => ({ slug: r.slug, title: r.title, label: reportLabel(r), chars: chars[i] })),
    mixed: mixed.length ? `这些报告${mixed.join("，")}：不是同一系列，频率只能并列比较 · not one series` : null,
    terms: out.sort((a, b) => TERM_CLASSES.indexOf(a.class) - TERM_CLASSES.indexOf(b.class) || a.name.localeCompare(b.name, "zh")),
    found: [],
  };
}
