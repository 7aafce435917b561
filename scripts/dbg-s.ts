// usage: tsx dbg-s.ts "sentence" [plan|review] [goal|achievement]
import { extractIndicators } from "@/lib/analysis/extract-indicators";
const [text, part = "review", kind = "achievement"] = process.argv.slice(2);
for (const i of extractIndicators(text, { kind: kind as any, part: part as any, planYear: 2017 })) console.log(`${i.text} | ${i.metric} | ${i.label} | ${i.value} ${i.unit} | ${i.type} | ${i.qualifiers.join(",")} | ${i.modality}`);
