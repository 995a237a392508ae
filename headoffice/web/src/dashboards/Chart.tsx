import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart as ChartJs, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Only what the dashboards draw: a smaller bundle than chart.js/auto.
ChartJs.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const palette = ['#1f5fbf', '#b3261e', '#1d7a46', '#8a5a00'];

export type Series = { label: string; data: (number | null)[] };

/**
 * A bar or line chart drawn by Chart.js on a canvas. Chart.js sizes the canvas through the DOM's
 * style properties (no style attribute in the markup, no stylesheet injected), which head office's
 * CSP (style-src 'self') allows. No animation: the chart is final at once. `whole`: the series are counts. The same numbers are in
 * the table under it, so the canvas is one image named for screen readers.
 */
export function Chart({ title, type, labels, series, locale, whole }: { title: string; type: 'bar' | 'line'; labels: string[]; series: Series[]; locale: string; whole: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new ChartJs(canvas.current!, {
      type,
      data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: palette[i % palette.length], borderColor: palette[i % palette.length] })) },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, locale,
        plugins: { legend: { position: 'bottom' } },
        // Counts are whole: no 0.5 between 0 and 1 on the axis.
        scales: { y: { beginAtZero: true, ticks: whole ? { precision: 0 } : {} } },
      },
    });
    return () => chart.destroy();
  }, [type, labels, series, locale, whole]);
  return (
    <div className="dash-chart">
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
