import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only what the bar charts use: a smaller bundle than chart.js/auto.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const palette = ['#1f5fbf', '#1d7a46', '#8a5a00', '#b3261e'];

export type Series = { label: string; data: number[] };

/**
 * A bar chart drawn by Chart.js on a canvas. Chart.js sizes the canvas through the DOM (no inline
 * style attribute, no injected stylesheet), so it runs under the desk's CSP (style-src 'self').
 * No animation: the chart is final at once, for print and screenshots.
 */
export function BarChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: palette[i % palette.length] })) },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    return () => chart.destroy();
  }, [labels, series]);
  // The figures are also in the tables beside it: the canvas is named for screen readers.
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      <div className="report-chart-box"><canvas ref={canvas} role="img" aria-label={title} /></div>
    </figure>
  );
}
