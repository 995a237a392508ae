/**
 * Hybrid logical clock: a timestamp that sorts as text, never goes backwards on one device
 * (even when the wall clock does) and orders events from many devices consistently.
 * Format: 15-digit wall ms, ':', 6-digit counter, ':', node id.
 */
export type HlcState = { wall: number; counter: number };

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export const formatHlc = (s: HlcState, node: string) => `${pad(s.wall, 15)}:${pad(s.counter, 6)}:${node}`;

export function parseHlc(hlc: string): HlcState & { node: string } {
  const [wall, counter, ...node] = hlc.split(':');
  return { wall: Number(wall), counter: Number(counter), node: node.join(':') };
}

export const hlcWallMs = (hlc: string) => parseHlc(hlc).wall;

/**
 * How far ahead of its own wall clock a device lets a timestamp carry its clock (CockroachDB's
 * max clock offset): one device with a wrong clock must not drag every desk into the future.
 */
export const maxClockAheadMs = 5 * 60_000;

export class HybridClock {
  private state: HlcState;
  constructor(
    private readonly node: string,
    last: string | null = null,
    private readonly now: () => number = Date.now,
  ) {
    // A last timestamp beyond the bound (pulled before there was one, or stamped by a wall clock
    // since corrected) restarts the clock at the bound: otherwise the desk would stamp its cases in
    // that future until it arrives. Its own later events may then sort before those stored ones.
    this.state = last ? this.bounded(parseHlc(last)) : { wall: 0, counter: 0 };
  }

  /**
   * A new timestamp for a local event. With `after` (the latest timestamp of the case the event
   * belongs to) it is also later than that, so a follow-up sorts after a case stamped beyond the
   * bound, without moving the clock itself there.
   */
  tick(after?: string): string {
    const wall = Math.max(this.state.wall, this.now());
    this.state = carry({ wall, counter: wall === this.state.wall ? this.state.counter + 1 : 0 });
    const stamp = formatHlc(this.state, this.node);
    if (after === undefined || stamp > after) return stamp;
    const latest = parseHlc(after);
    return formatHlc(carry({ wall: latest.wall, counter: latest.counter + 1 }), this.node);
  }

  /** Takes in a timestamp seen from another device so later local events sort after it, up to the bound. */
  receive(remote: string): void {
    const r = this.bounded(parseHlc(remote));
    const wall = Math.max(this.state.wall, r.wall, this.now());
    let counter = 0;
    if (wall === this.state.wall && wall === r.wall) counter = Math.max(this.state.counter, r.counter) + 1;
    else if (wall === this.state.wall) counter = this.state.counter + 1;
    else if (wall === r.wall) counter = r.counter + 1;
    this.state = carry({ wall, counter });
  }

  private bounded(s: HlcState): HlcState {
    const limit = this.now() + maxClockAheadMs;
    return s.wall > limit ? { wall: limit, counter: 0 } : s;
  }
}

const MAX_COUNTER = 999_999;

/**
 * The counter has six digits: a seventh would sort wrongly as text and fail the event schema
 * (a remote timestamp at counter 999999 would otherwise break every local command). Carry into the wall.
 */
const carry = (s: HlcState): HlcState => (s.counter > MAX_COUNTER ? { wall: s.wall + 1, counter: 0 } : s);
