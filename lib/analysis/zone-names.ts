// 做强湄潭经济开发区，推动…产业集群发展，园区规上工业产值增长10%以上: 园区 (or 开发区) further on in a sentence points back at
// the zone the sentence named, and the figure is that zone's (湄潭 2024's plan; its review names the zone in full).
import { relabel } from "./lookup-metric";
import type { Indicator } from "./types";

/** A named zone: 湄潭经济开发区, 苏州高新区, 临空经济示范区 (two to ten characters before the zone word). */
const NAMED_ZONE_RE = /[\u4e00-\u9fa5]{2,10}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|工业园区|产业园区|经济示范区)/g;
/** The back reference at the start of a label. */
const ZONE_WORD_RE = /^(?:园区|开发区|该园区|该开发区)(?=.{2})/;

/** `ordered`: the sentence's indicators in reading order; renamed in place. */
export function nameZones(text: string, ordered: Indicator[]): void {
  for (const indicator of ordered) {
    const word = ZONE_WORD_RE.exec(indicator.label);
    if (!word) continue;
    const labelStart = text.lastIndexOf(indicator.label, indicator.start);
    const zones = [...text.slice(0, labelStart === -1 ? indicator.start : labelStart).matchAll(NAMED_ZONE_RE)];
    // 兰州新区、兰州高新区、兰州经济技术开发区…，开发区对全市工业增长的贡献率: after several zones it is all of them.
    const named = zones.length === 1 ? zones[0][0] : null;
    if (named) relabel(indicator, named.replace(/^(?:做强|做大|做优|推动|支持|加快|建设|打造|提升)+/, "") + indicator.label.slice(word[0].length));
  }
}
