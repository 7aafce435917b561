// 精简行政审批事项12.6%, 压减一般性支出8%: a cut said verb first, then what was cut and by how much. The figure is the fall of
// what was cut, as 行政审批事项精简12.6% (the verb after the name) already reads (batch 96's 佳木斯).
import { relabel } from "./lookup-metric";
import type { Indicator } from "./types";

const CUT_FIRST_RE = /^(?:再)?(?:精简|压减|削减|压缩|缩减)([\u4e00-\u9fa5“”]{2,16})$/;

/** `ordered`: the sentence's indicators; renamed in place. */
export function nameCutsVerbFirst(ordered: Indicator[]): void {
  for (const figure of ordered) {
    const cut = figure.unit === "%" && figure.type === "rate" && figure.value > 0 ? CUT_FIRST_RE.exec(figure.label) : null;
    if (!cut) continue;
    relabel(figure, cut[1]);
    figure.value = -figure.value;
    if (figure.upper != null) figure.upper = -figure.upper;
    figure.type = "growth";
  }
}
