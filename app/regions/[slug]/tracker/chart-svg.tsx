/**
 * A chart drawn on the server (ECharts' SVG renderer, lib/tracker/charts.ts) in two sizes: the narrow one on a phone,
 * the wide one from 640 px up, so that its text stays 12 px on screen. The hidden one is display:none, out of the
 * accessibility tree; the data table beside the chart holds the same figures.
 */
export function ChartSvg({ wide, narrow, label }: { wide: string; narrow: string; label: string }) {
  const box = "overflow-hidden [&_svg]:h-auto [&_svg]:max-w-full";
  return (
    <div data-chart={label}>
      <div className={`hidden sm:block ${box}`} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: wide }} />
      <div className={`sm:hidden ${box}`} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: narrow }} />
    </div>
  );
}
