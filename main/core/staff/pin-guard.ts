import { DeskError } from '../../../shared/result.js';

const MAX_MISSES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 60_000;

/**
 * A 4-digit PIN falls to 10,000 guesses. Five wrong PINs within 15 minutes (sign-in or approval)
 * lock every PIN check for a minute. A correct PIN does not clear the misses, so a clerk cannot
 * reset the count with their own PIN between guesses at a manager's. Kept in memory: a restart
 * clears it, which takes longer than the lock.
 */
export class PinGuard {
  private misses: number[] = [];
  private lockedUntil = 0;

  constructor(private readonly now: () => number) {}

  /** Throws while locked; otherwise runs the check and counts a miss when it finds nobody. */
  attempt<T>(check: () => T | null): T | null {
    const now = this.now();
    if (this.lockedUntil > now) throw new DeskError('pin_locked', { seconds: Math.ceil((this.lockedUntil - now) / 1000) });
    const found = check();
    if (!found) {
      this.misses = [...this.misses.filter((at) => at > now - WINDOW_MS), now];
      if (this.misses.length >= MAX_MISSES) this.lockedUntil = now + LOCK_MS;
    }
    return found;
  }
}
