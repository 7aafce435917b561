import * as echarts from "echarts/core";
import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { EChartsCoreOption } from "echarts/core";
import type { TrackerLine, TrackerYear } from "./link-tracker";
import { displayNumber } from "./target-band";

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Two fixed sizes, drawn on the server: a phone's column and a desktop card. Text stays 12 px on screen in both. */
export const CHART_SIZES = { wide: { width: 640, height: 280 }, narrow: { width: 350, height: 260 } } as const;
export type ChartSize = keyof typeof CHART_SIZES;

const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
export const STATUS_COLORS: Record<string, string> = { met: "#059669", exceeded: "#065f46", missed: "#dc2626", dropped: "#57534e" };
const STATUS_ZH: Record<string, string> = { met: "完成", exceeded: "超额完成", missed: "未完成", dropped: "未报告" };
const TARGET_COLOR = "#1d4ed8";

// Drawing is the page's main cost (two sizes a chart); the same figures give the same SVG, so recent ones are kept.
const drawn = new Map<string, string>();
const KEEP = 400;

function render(option: EChartsCoreOption, size: ChartSize): string {
  const key = `${size}:${JSON.stringify(option)}`;
  const hit = drawn.get(key);
  if (hit !== undefined) {
    drawn.delete(key);
    drawn.set(key, hit);
    return hit;
  }
  const svg = draw(option, size);
  drawn.set(key, svg);
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value!);
  return svg;
}

function draw(option: EChartsCoreOption, size: ChartSize): string {
  const { width, height } = CHART_SIZES[size];
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT, fontSize: 12 }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The y range that shows every target, band edge and result, with a margin (not from zero: a 0.2-point miss must show). */
function yRange(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.2, Math.abs(hi) * 0.05, 0.5);
  const power = Math.floor(Math.log10(pad));
  const step = Math.pow(10, power);
  const digits = Math.max(0, -power);
  // toFixed: 7.8 - 0.1 is 7.699999…, and the axis would print it.
  return [Number((Math.floor((lo - pad) / step) * step).toFixed(digits)), Number((Math.ceil((hi + pad) / step) * step).toFixed(digits))];
}

/** Axis numbers as a reader writes them: 7.5, 12, 1,310 — never 7.800000000000001. */
const axisNumber = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * One metric across the years: the target with its qualifier band (以上 a bar from the floor up, 以内 a bar up to the
 * ceiling, 左右 the status rule's band, a range its two ends), the target itself (▲ floor, ▼ ceiling, ◆ otherwise) and the
 * result, coloured by its status.
 */
export function metricChartSvg(line: TrackerLine, years: number[], size: ChartSize): string {
  const cells = new Map(line.cells.map((c) => [c.year, c]));
  const unit = line.cells[0]?.band.unit ?? line.unit;
  const results = line.cells.flatMap((c) => (c.result ? [displayNumber(c.result.value, c.result.unit, c.result.scale)] : []));
  const bandEdges = line.cells.flatMap((c) => [c.band.value, c.band.low, c.band.high].filter((v): v is number => v != null));
  const [min, max] = yRange([...bandEdges, ...results]);
  const base = years.map((y) => {
    const b = cells.get(y)?.band;
    if (!b || b.kind === "plain") return null;
    return round(b.low ?? min);
  });
  const span = years.map((y, i) => {
    const b = cells.get(y)?.band;
    if (!b || b.kind === "plain" || base[i] == null) return null;
    return round((b.high ?? max) - base[i]!);
  });
  const target = years.map((y) => {
    const c = cells.get(y);
    if (!c) return null;
    const symbol = c.band.kind === "floor" ? "triangle" : c.band.kind === "ceiling" ? "triangle" : "diamond";
    return { value: round(c.band.value), symbol, symbolRotate: c.band.kind === "ceiling" ? 180 : 0 };
  });
  const result = years.map((y) => {
    const c = cells.get(y);
    if (!c?.result) return null;
    return { value: round(displayNumber(c.result.value, c.result.unit, c.result.scale)), itemStyle: { color: STATUS_COLORS[c.status] } };
  });
  return render(
    {
      aria: { enabled: true, label: { description: `${line.label}（${unit}）：历年目标（含限定区间）与实绩` } },
      legend: {
        top: 0,
        itemWidth: 14,
        itemHeight: 10,
        data: [
          { name: "目标区间", icon: "rect", itemStyle: { color: "rgba(29, 78, 216, 0.3)" } },
          { name: "目标", icon: "diamond" },
          { name: "实绩", icon: "circle", itemStyle: { color: "#44403c" } },
        ],
      },
      grid: { left: 8, right: 12, top: 34, bottom: 8, outerBoundsMode: "same" },
      xAxis: { type: "category", data: years.map(String), axisTick: { alignWithLabel: true }, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", min, max, name: unit, nameTextStyle: { align: "left" }, splitNumber: 4, axisLabel: { hideOverlap: true, formatter: axisNumber } },
      series: [
        { name: "目标区间", type: "bar", stack: "band", data: base, itemStyle: { color: "transparent" }, barWidth: "45%", silent: true },
        { name: "目标区间", type: "bar", stack: "band", data: span, itemStyle: { color: "rgba(29, 78, 216, 0.16)" }, barWidth: "45%" },
        { name: "目标", type: "scatter", data: target, symbolSize: 11, itemStyle: { color: TARGET_COLOR }, z: 3 },
        { name: "实绩", type: "line", data: result, connectNulls: false, symbol: "circle", symbolSize: 9, lineStyle: { color: "#44403c", width: 1.5 }, itemStyle: { color: "#44403c" }, z: 4 },
      ],
    },
    size,
  );
}

/** Per year, the headline targets kept (完成, 超额完成), missed and dropped: one stacked bar a year. */
export function totalsChartSvg(years: TrackerYear[], size: ChartSize): string {
  const shown = years.filter((y) => y.state === "paired");
  const series = (["met", "exceeded", "missed", "dropped"] as const).map((status) => ({
    name: STATUS_ZH[status],
    type: "bar",
    stack: "total",
    data: shown.map((y) => y.totals[status]),
    itemStyle: { color: STATUS_COLORS[status] },
    label: { show: size === "wide", position: "inside", color: "#fff", formatter: (p: { value: number }) => (p.value ? String(p.value) : "") },
    barMaxWidth: 36,
  }));
  return render(
    {
      aria: { enabled: true, label: { description: "每年主要目标：完成、超额完成、未完成、未报告的个数" } },
      legend: { top: 0, itemWidth: 14, itemHeight: 10 },
      grid: { left: 8, right: 12, top: 34, bottom: 8, outerBoundsMode: "same" },
      xAxis: { type: "category", data: shown.map((y) => `${y.year}`), axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", name: "个", minInterval: 1, splitNumber: 4 },
      series,
    },
    size,
  );
}
