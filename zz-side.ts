import { analyzeFile } from "./eval/score/analyze-file";
import { sideInput } from "./lib/compare/side-from-analyzed";
const A = analyzeFile(process.argv[2]);
const side = sideInput(A.analyzed, "achievement") as any;
for (const s of side.sentences.slice(0, +process.argv[3])) console.log(s.id, s.span ?? "", (s.headings ?? []).join("|"), s.text.slice(0, 30), s.indicators.map((i: any) => `${i.label}=${i.value}${i.unit}`).join(" "));
