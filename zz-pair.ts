// zz-pair.ts target.txt result.txt [substring]
import { analyzeFile } from "./eval/score/analyze-file";
import { compareSides } from "./lib/compare/compare-sides";
import { sideInput } from "./lib/compare/side-from-analyzed";
import { areRelatedMetrics } from "./lib/analysis/related-metrics";
const [a, b, q] = process.argv.slice(2);
const A = analyzeFile(a), B = analyzeFile(b);
const c = compareSides(sideInput(A.analyzed, "goal"), sideInput(B.analyzed, "achievement"), { related: areRelatedMetrics });
const out: string[] = [];
for (const p of c.indicators as any[]) {
  const l = p.left, r = p.right;
  const line = `${p.status}\t${p.label}[${p.metric}] ${l?.sentenceId ?? ""} «${l?.text ?? ""}» → ${r?.sentenceId ?? ""} «${r?.text ?? ""}» · ${p.reason}`;
  if (!q || line.includes(q)) out.push(line);
}
process.stdout.write(out.join("\n") + "\n");
if (process.argv[5]) for (const f of [A, B]) for (const s of f.analyzed.sentences) if (s.text.includes(process.argv[5])) { console.log(s.index, s.kind, s.text.slice(0, 60)); for (const i of s.indicators) console.log("   ", i.label, i.metric, i.value, i.unit, i.modality, i.qualifiers.join("、")); }
