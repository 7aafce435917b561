// Step 1b: the time of the text and analysis steps on 100,000-character inputs, pathological ones included (long runs
// of one character, 分之 chains, unclosed quotes). These used to be unit tests with a wall-clock bound; a shared
// machine made them flaky and they said nothing when they passed, so they are measured here instead.
import { classifySentence } from "@/lib/analysis/classify-sentence";
import { extractIndicators } from "@/lib/analysis/extract-indicators";
import { processText } from "@/lib/text/process-text";
import { seedFixture } from "@/seeds/fixtures";
import { sample, stats, type Stats } from "./timing";

export interface PathologicalRow {
  name: string;
  chars: number;
  ms: Stats;
}

function textInputs(): [string, string][] {
  const pair = seedFixture("xihu-2012").text + seedFixture("yuhang-2020").text;
  const big = pair.repeat(Math.ceil(100_000 / pair.length)).slice(0, 100_000);
  return [
    ["seeds 004+000", big],
    ["a×100k", "a".repeat(100_000)],
    ["space×100k", " ".repeat(100_000)],
    ["newline×100k", "\n".repeat(100_000)],
    ["1.×50k", "1.".repeat(50_000)],
    ["习近平×33k", "习近平".repeat(33_000)],
    ["http://×14k", "http://".repeat(14_000)],
    ["@×100k", "@".repeat(100_000)],
    ["。×100k", "。".repeat(100_000)],
    ["一、×50k", "一、".repeat(50_000)],
    ["x@y×33k", "x@y".repeat(33_000)],
    ["dateline paragraphs", ("杭州日报讯 " + "全".repeat(50) + "\n\n").repeat(1500)],
  ];
}

const FIGURES = "完成财政总收入726.47亿元、地方财政收入391.45亿元,分别增长16.5%、16.4%;“152”工程开工率达83.33%,";

export async function runPathological(opts: { quick: boolean }): Promise<{ rows: PathologicalRow[] }> {
  const runs = opts.quick ? 3 : 7;
  const rows: PathologicalRow[] = [];
  const time = async (name: string, chars: number, fn: () => unknown) => rows.push({ name, chars, ms: stats(await sample(fn, { runs, warmup: 1 })) });
  for (const [name, text] of textInputs()) await time(`processText: ${name}`, text.length, () => processText(text));
  const long = FIGURES.repeat(Math.ceil(100_000 / FIGURES.length)).slice(0, 100_000);
  const worst = "1".repeat(50_000) + "分之".repeat(25_000);
  await time("extractIndicators: figures×100k", long.length, () => extractIndicators(long, { kind: "achievement", part: "review" }));
  await time("extractIndicators: 1×50k + 分之×25k", worst.length, () => extractIndicators(worst, { kind: "achievement", part: "review" }));
  const nested = "“（《【「『〔(".repeat(6_250) + "增长10%。" + "〕』」】》）”)".repeat(6_250);
  await time("extractIndicators: nested quotes×100k", nested.length, () => extractIndicators(nested, { kind: "achievement", part: "review" }));
  await time("classifySentence: figures×100k", long.length, () => classifySentence({ text: long, part: "other", role: "body" }));
  await time("classifySentence: “×100k", 100_000, () => classifySentence({ text: "“".repeat(100_000), part: "other", role: "body" }));
  return { rows };
}
