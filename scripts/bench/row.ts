/** One line of the bench table. `met` compares the figure with the target, where there is one. */
export type BenchRow = { area: string; measure: string; value: number; unit: string; target?: string; met?: boolean };

/** Percentile of already-measured samples (ms), nearest-rank. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Number(sorted[i]!.toFixed(3));
}
