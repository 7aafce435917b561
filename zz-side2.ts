import { analyzeFile } from "./eval/score/analyze-file";
import { sideInput } from "./lib/compare/side-from-analyzed";
const A = analyzeFile(process.argv[2]);
const side = sideInput(A.analyzed, "goal") as any;
for (const s of side.sentences) if (s.id === process.argv[3]) console.log(s.id, s.span ?? "", (s.headings ?? []).join("|"), s.text, s.indicators.map((i: any) => `${i.label}=${i.value}${i.unit}:${i.type}:${i.modality}:${i.qualifiers}`).join(" "));
