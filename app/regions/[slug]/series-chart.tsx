import type { MetricSeries } from "@/lib/series/year-series";

const W = 300;
const H = 150;
const PAD = { left: 36, right: 12, top: 14, bottom: 26 };

/** Year labels that never overlap: every k-th year (first and last always), at least 34 units apart. */
function yearLabels(years: number[]): number[] {
  if (years.length <= 2) return years;
  const span = years[years.length - 1] - years[0] || 1;
  const step = Math.max(1, Math.ceil((34 * span) / ((W - PAD.left - PAD.right) * 1)));
  const shown = years.filter((yr) => (yr - years[0]) % step === 0);
  const last = years[years.length - 1];
  // The last year is always labelled; the one before it gives way when they would touch.
  if (shown[shown.length - 1] !== last) {
    if (shown.length > 1 && last - shown[shown.length - 1] < step) shown.pop();
    shown.push(last);
  }
  return shown;
}

/** A small SVG chart of one metric: target (dashed, hollow) against result (solid) per year. */
export function SeriesChart({ series }: { series: MetricSeries }) {
  const years = series.points.map((p) => p.year);
  const values = series.points.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v != null);
  // A band around the data (not from zero), so that a 0.3-point miss is visible.
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const pad = Math.max((high - low) * 0.25, Math.abs(high) * 0.05, 0.5);
  const [minY, maxY] = [low - pad, high + pad];
  const x = (year: number) => PAD.left + (years.length === 1 ? 0.5 : (year - years[0]) / (years[years.length - 1] - years[0])) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - minY) / (maxY - minY)) * (H - PAD.top - PAD.bottom);
  const line = (key: "target" | "actual") =>
    series.points.filter((p) => p[key] != null).map((p, i) => `${i ? "L" : "M"}${x(p.year).toFixed(1)},${y(p[key]!).toFixed(1)}`).join(" ");
  return (
    <figure className="rounded border border-stone-200 bg-white p-2">
      <figcaption className="text-sm font-semibold">{series.label} <span className="font-normal text-stone-500">（{series.unit}）</span></figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={`${series.label}：目标与实绩`}>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#d6d3d1" />
        {yearLabels(years).map((yr) => (
          <text key={yr} x={x(yr)} y={H - 8} fontSize="11" textAnchor="middle" fill="#57534e">{yr}</text>
        ))}
        <text x={4} y={y(high) + 3} fontSize="9" fill="#57534e">{Math.round(high * 10) / 10}</text>
        {low !== high ? <text x={4} y={y(low) + 3} fontSize="9" fill="#57534e">{Math.round(low * 10) / 10}</text> : null}
        <path d={line("target")} fill="none" stroke="#1d4ed8" strokeDasharray="4 3" strokeWidth="1.5" />
        <path d={line("actual")} fill="none" stroke="#047857" strokeWidth="2" />
        {series.points.map((p) => (
          <g key={p.year}>
            {p.target != null ? <circle cx={x(p.year)} cy={y(p.target)} r="3.5" fill="white" stroke="#1d4ed8" strokeWidth="1.5"><title>{`${p.year}年目标 ${p.targetText}`}</title></circle> : null}
            {p.actual != null ? <circle cx={x(p.year)} cy={y(p.actual)} r="3.5" fill="#047857"><title>{`${p.year}年实绩 ${p.actualText}`}</title></circle> : null}
          </g>
        ))}
      </svg>
      <table className="mt-1 w-full text-xs text-stone-600">
        <thead><tr><th className="text-left">年份</th><th className="text-left">目标</th><th className="text-left">实绩</th></tr></thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.year}><td>{p.year}</td><td className="num">{p.targetText ?? "—"}</td><td className="num">{p.actualText ?? "—"}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
