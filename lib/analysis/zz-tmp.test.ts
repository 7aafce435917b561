import { it } from "vitest";
import { extractIndicators } from "./extract-indicators";
import { processText } from "@/lib/text";
const show = (s: string) => console.log("P:", s, "\n  ", extractIndicators(s, { kind: "goal", part: "plan" }).map((i) => `${i.label}[${i.metric}]=${i.value}${i.unit} ${i.type} ${i.modality} ${i.qualifiers.join("、")}${i.increment ? " inc" : ""}`).join(" | "));
it("probe", () => {
  console.log("start");
  show("确保城镇新增就业11万人以上，新增普惠托位3000个，新增中小学学位2万个。");
  show("2022—2023冰雪季接待游客1820万人次，增长35%。");
  show("规上工业企业新增368家，净增国家高新技术企业812家。");
  const p = processText("# 标题\n\n## 一、回顾\n\n初步核算，城镇和农村居民人均可支配收入分别增长**4.9%**和**6.8%**。\n\n- 确保城镇新增就业**11万人以上**，新增普惠托位**2000个**\n");
  console.log(p.sentences.map((s) => `${s.role}|${s.text}`));
});
