// The generated corpus: seed paragraphs recombined for Hangzhou, its districts and other Zhejiang places, years
// 2005–2024, with varied numbers. Deterministic: report i is the same on every run, so the corpus of N reports is
// the first N files of bench/corpus/files/, and its hash keys the imported copy in the bench database.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toTraditional } from "@/tests/fixtures/import/to-traditional";
import { int, mulberry32, pick, sampleOf, type Rng } from "./prng";
import { personName, rewriteParagraph, type Place } from "./recombine";
import { paragraphPool, ROOT } from "./seeds";

export const CORPUS_DIR = path.join(ROOT, "bench", "corpus", "files");
/** Bump when the generator changes: it is part of every corpus hash. */
export const GENERATOR_VERSION = 1;
/** A phrase only a few reports carry (report i with i % 997 === 13), for the rare-phrase query. */
export const RARE_PHRASE = "低空经济无人机物流枢纽";

const HANGZHOU = "杭州市";
export const PLACES: Place[] = [
  { name: "杭州市", city: "" },
  ...["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县"].map((name) => ({ name, city: HANGZHOU })),
  { name: "建德市", city: "" },
  ...[["宁波市", "鄞州区"], ["宁波市", "象山县"], ["温州市", "鹿城区"], ["嘉兴市", "嘉善县"], ["湖州市", "安吉县"], ["湖州市", "德清县"],
    ["绍兴市", "柯桥区"], ["金华市", "浦江县"], ["台州市", "天台县"], ["丽水市", "缙云县"], ["衢州市", "开化县"], ["舟山市", "岱山县"]].map(([city, name]) => ({ name, city })),
  ...["宁波市", "温州市", "嘉兴市", "绍兴市", "义乌市", "瑞安市", "海宁市", "诸暨市", "温岭市", "龙泉市"].map((name) => ({ name, city: "" })),
];

const NUMERALS = "一二三四五六七八九十";
const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1] : n < 20 ? `十${NUMERALS[n - 11] ?? ""}` : `${NUMERALS[Math.floor(n / 10) - 1]}十${NUMERALS[(n % 10) - 1] ?? ""}`);

export interface GeneratedReport {
  index: number;
  fileName: string;
  text: string;
  place: Place;
  planYear: number;
  traditional: boolean;
}

export function generateReport(index: number): GeneratedReport {
  const rng = mulberry32(0x5eed_0000 + index * 7919);
  const place = pick(rng, PLACES);
  const planYear = int(rng, 2005, 2024);
  const pool = paragraphPool();
  const review = sampleOf(rng, pool.filter((p) => p.part === "review"), int(rng, 8, 20));
  const plan = sampleOf(rng, pool.filter((p) => p.part === "plan"), int(rng, 10, 26));
  const target = { place, planYear };
  const body = (ps: typeof review) => ps.map((p) => `    ${rewriteParagraph(p, rng, target)}`);
  const planLines = body(plan);
  if (index % 997 === 13) planLines.splice(1, 0, `    加快培育新兴产业,建成${place.name}首个${RARE_PHRASE},推动现代物流提质增效。`);
  const text = [...header(rng, place, planYear), `    ${planYear - 1}年工作回顾`, ...body(review), `    ${planYear}年主要工作`, ...planLines, ""].join("\n");
  // About one report in 25 is in traditional characters, as some sources publish them.
  const traditional = index % 25 === 7;
  const slugPart = `${place.city ? place.city.slice(0, -1) : ""}${place.name}`;
  return { index, fileName: `${String(index).padStart(5, "0")}_${slugPart}_${planYear}.txt`, text: traditional ? toTraditional(text) : text, place, planYear, traditional };
}

function header(rng: Rng, place: Place, year: number): string[] {
  const unit = place.name.slice(-1);
  const head = unit === "县" ? "县长" : unit === "区" ? "区长" : "市长";
  const full = `${place.city}${place.name}`;
  const congress = int(rng, 10, 17);
  return [
    `${year}年${place.name}政府工作报告`,
    "",
    `——${year}年${int(rng, 1, 2)}月${int(rng, 5, 28)}日在${full}第${numeral(congress)}届人民代表大会第${numeral(int(rng, 1, 5))}次会议上`,
    `${full}人民政府${head} ${personName(rng)}`,
    "",
    "各位代表:",
    `    现在,我代表${unit}人民政府,向大会作政府工作报告,请予审议,并请${unit}政协委员和其他列席人员提出意见。`,
  ];
}

export interface Corpus {
  reports: number;
  dir: string;
  files: string[];
  chars: number;
  bytes: number;
  /** sha256 over the generator version and every file's content, in order. */
  hash: string;
  generateMs: number;
}

/** Generate (or refresh) the first n corpus files and hash them. */
export function ensureCorpus(n: number): Corpus {
  const start = performance.now();
  mkdirSync(CORPUS_DIR, { recursive: true });
  const hash = createHash("sha256").update(`generator-${GENERATOR_VERSION}`);
  const files: string[] = [];
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const report = generateReport(i);
    const file = path.join(CORPUS_DIR, report.fileName);
    const content = Buffer.from(report.text, "utf8");
    if (!existsSync(file) || !readFileSync(file).equals(content)) writeFileSync(file, content);
    hash.update(content);
    files.push(file);
    chars += report.text.length;
    bytes += content.length;
  }
  return { reports: n, dir: CORPUS_DIR, files, chars, bytes, hash: hash.digest("hex").slice(0, 16), generateMs: performance.now() - start };
}

/**
 * A long report of about `chars` characters for one place and year: every pool paragraph in a seeded order, rewritten
 * with varied numbers, repeated until long enough. Two seeds give two different permutations of the same material.
 */
export function longReport(seed: number, chars: number, planYear: number, place: Place = PLACES[6]): string {
  const rng = mulberry32(seed);
  const pool = paragraphPool().filter((p) => p.part !== "other");
  const lines = [...header(rng, place, planYear), `    ${planYear - 1}年工作回顾`];
  let length = lines.join("\n").length;
  let planStarted = false;
  while (length < chars) {
    // Each round keeps about 90% of the paragraphs, reviews first, in a fresh order.
    for (const part of ["review", "plan"] as const) {
      const chosen = sampleOf(rng, pool.filter((p) => p.part === part), Math.ceil(pool.length));
      if (part === "plan" && !planStarted) {
        lines.push(`    ${planYear}年主要工作`);
        planStarted = true;
      }
      for (const p of chosen) {
        if (rng() < 0.1 || length >= chars) continue;
        const line = `    ${rewriteParagraph(p, rng, { place, planYear })}`;
        lines.push(line);
        length += line.length + 1;
      }
    }
  }
  return lines.join("\n").slice(0, chars);
}
