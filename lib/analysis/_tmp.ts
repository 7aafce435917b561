import { readFileSync } from "node:fs";
import { analyzeReport } from "@/lib/analysis/analyze-report";
for (const f of process.argv.slice(2)) {
  const a = analyzeReport(readFileSync("seeds/"+f, "utf8"), { fileName: f });
  console.log("=====", f);
  for (const s of a.sentences) {
    console.log(`${s.index} ${s.part[0]} ${s.role[0]} ${s.kind.toUpperCase().slice(0,4)}${s.subtype?"/P":""} ${s.confidence} [${s.reason}] ${s.text.slice(0,60)}`);
    for (const i of s.indicators) console.log(`      ${i.metric} | ${i.label} | ${i.value}${i.unit} | ${i.type} | ${i.qualifiers.join(",")} | ${i.modality} | ${i.text}`);
  }
}
