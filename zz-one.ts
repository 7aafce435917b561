import { analyzeReport } from "./lib/analysis/analyze-report";
const text = process.argv[2];
const r = analyzeReport(text) as any;
for (const s of r.sentences) { console.log(s.kind, s.text.slice(0, 40)); for (const i of s.indicators) console.log("   ", i.label, "[" + i.metric + "]", i.value, i.unit, i.type, i.modality, i.qualifiers.join("、")); }
