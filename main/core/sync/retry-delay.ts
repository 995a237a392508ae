export type Backoff = { baseMs: number; maxMs: number };

/**
 * How long to wait after the n-th failure in a row (1, 2, ...): exponential, capped, with "full
 * jitter" between half and all of it so many desks coming back at once do not arrive together.
 * Head office's Retry-After is a floor.
 */
export function retryDelay(failures: number, backoff: Backoff, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(failures - 1, 30));
  const jittered = Math.round(ceiling * (0.5 + random() / 2));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
