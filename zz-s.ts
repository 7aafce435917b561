import { readFileSync } from "node:fs";
import { analyzeReport } from "./lib/analysis/analyze-report";
const r = analyzeReport(readFileSync(process.argv[2], "utf8")) as any;
const from = +(process.argv[3] ?? 0), to = +(process.argv[4] ?? 9999);
console.log(r.metadata.title, r.metadata.kind, r.metadata.planYear, r.metadata.reviewYear, r.warnings.map((w: any) => w.code).join(","));
r.sentences.slice(from, to).forEach((s: any, i: number) => console.log(from + i, s.kind, s.role, JSON.stringify(s.text.slice(0, 60))));
