import { DeskError } from '../../../shared/result.js';
import type { Database } from '../db/sqlite.js';

const MAX_MISSES = 5;
const WINDOW_MS = 15 * 60_000;
/** Each lock in a row lasts longer: 1, 5, 15, then 60 minutes. */
const LOCKS_MS = [1, 5, 15, 60].map((m) => m * 60_000);
/** A day without a wrong PIN starts the locks over at the shortest. */
const FORGIVE_MS = 24 * 60 * 60_000;

type GuardState = { misses: number[]; level: number; lockedUntil: number; lastMissAt: number };
type Row = { misses: string; level: number; locked_until: number; last_miss_at: number };

/**
 * Limits PIN guessing at sign-in and approval alike. Five wrong PINs within 15 minutes lock every
 * PIN check, longer each time. A correct PIN does not clear the misses, so a clerk cannot reset
 * the count with their own PIN between guesses at a manager's. Kept in SQLite and written before
 * the answer goes out: restarting the app, or killing it mid-guess, changes nothing. Checks run
 * one at a time, so guesses sent in parallel cannot slip past the count while a hash runs.
 */
export class PinGuard {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  /** Throws while locked; otherwise runs the check and counts a miss when it finds nobody. */
  attempt<T>(check: () => Promise<T | null>): Promise<T | null> {
    const run = this.queue.then(() => this.guarded(check));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async guarded<T>(check: () => Promise<T | null>): Promise<T | null> {
    const { lockedUntil } = this.load();
    const now = this.now();
    if (lockedUntil > now) throw new DeskError('pin_locked', { minutes: Math.ceil((lockedUntil - now) / 60_000) });
    const found = await check();
    if (!found) this.save(afterMiss(this.load(), this.now()));
    return found;
  }

  private load(): GuardState {
    const row = this.db.prepare('SELECT misses, level, locked_until, last_miss_at FROM pin_guard WHERE id = 1').get() as Row | undefined;
    return row ? { misses: JSON.parse(row.misses) as number[], level: row.level, lockedUntil: row.locked_until, lastMissAt: row.last_miss_at } : { misses: [], level: 0, lockedUntil: 0, lastMissAt: 0 };
  }

  private save(s: GuardState): void {
    this.db.prepare(
      `INSERT INTO pin_guard (id, misses, level, locked_until, last_miss_at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET misses = excluded.misses, level = excluded.level, locked_until = excluded.locked_until, last_miss_at = excluded.last_miss_at`,
    ).run(JSON.stringify(s.misses), s.level, s.lockedUntil, s.lastMissAt);
  }
}

function afterMiss(s: GuardState, now: number): GuardState {
  const level = now - s.lastMissAt > FORGIVE_MS ? 0 : s.level;
  const misses = [...s.misses.filter((at) => at > now - WINDOW_MS), now];
  if (misses.length < MAX_MISSES) return { misses, level, lockedUntil: s.lockedUntil, lastMissAt: now };
  return { misses: [], level: level + 1, lockedUntil: now + LOCKS_MS[Math.min(level, LOCKS_MS.length - 1)]!, lastMissAt: now };
}
