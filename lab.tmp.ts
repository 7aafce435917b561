import fs from "node:fs";
import { analyzeFile } from "@/eval/score/analyze-file";
const dir = "../shared/corpus/national";
const counts = new Map<string, number>();
const samples: string[] = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const a = analyzeFile(`${dir}/${f}`);
  for (const s of a.analyzed.sentences) for (const i of s.indicators) {
    const l = i.label;
    const bad = !l ? "empty" : l.length > 14 ? "long" : /^(?:在|对|从|由|以|把|被|将|要|使|让|向|为)/.test(l) ? "prep-start" : /(?:了|着|过)$/.test(l) ? "aspect-end" : /[的地得]$/.test(l) ? "de-end" : /^(?:我们|他们|这|那|其)/.test(l) ? "pronoun" : null;
    if (!bad) continue;
    counts.set(bad, (counts.get(bad) ?? 0) + 1);
    if (Math.random() < 0.04) samples.push(`${bad}\t${f.slice(9, 13)}\t${l}\t${i.text}\t| ${s.text.slice(Math.max(0, i.start - 25), i.end + 5)}`);
  }
}
console.log(counts);
console.log(samples.slice(0, 70).join("\n"));
