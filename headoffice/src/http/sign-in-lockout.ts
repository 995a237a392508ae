import type { Database } from '../db/database.js';

export type LockoutLimits = { maxFailures: number; windowMs: number; lockMs: number };
/** What is counted of one address or account: attempts in the window begun at `since`. */
type AttemptCount = { attempts: number; since: number; lockedUntil: number };

/**
 * Counts the attempt about to be made: answers the count after it, and how long it must wait
 * (0: it may go on). Attempts are counted before their password is checked, so ten sent at once
 * cannot all be checked before the first failure locks; one past the limit locks at once.
 */
function beginAttempt(held: AttemptCount, limits: LockoutLimits, now: number): { count: AttemptCount; waitMs: number } {
  if (held.lockedUntil > now) return { count: held, waitMs: held.lockedUntil - now };
  const attempts = now - held.since < limits.windowMs ? held.attempts + 1 : 1;
  const since = attempts === 1 ? now : held.since;
  if (attempts > limits.maxFailures) return { count: { attempts: 0, since: now, lockedUntil: now + limits.lockMs }, waitMs: limits.lockMs };
  return { count: { attempts, since, lockedUntil: 0 }, waitMs: 0 };
}

/** The attempt's password was wrong: it stays counted, and the limit's last one locks. */
function failedAttempt(held: AttemptCount, limits: LockoutLimits, now: number): AttemptCount {
  return held.attempts >= limits.maxFailures ? { attempts: 0, since: now, lockedUntil: now + limits.lockMs } : held;
}

/** The attempt no longer counts (its password was right, or it was refused unchecked); the failures before it still do. */
const uncountedAttempt = (held: AttemptCount): AttemptCount => ({ ...held, attempts: Math.max(0, held.attempts - 1) });

type Subject = { key: string; limits: LockoutLimits };

/**
 * Wrong passwords per client address and per account, kept in the database (migration 14): every
 * head office process behind a load balancer counts the same attempts, and a restart forgets none.
 * After `maxFailures` within `windowMs` the subject is locked out for `lockMs`, so a password
 * cannot be guessed by trying (the rate limit alone allows hundreds a minute).
 */
export class SignInLockout {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt of every subject; answers the milliseconds to wait (0: check the password). */
  async begin(subjects: Subject[]): Promise<number> {
    const now = this.now();
    const longest = Math.max(...subjects.map((s) => Math.max(s.limits.windowMs, s.limits.lockMs)));
    // Addresses and accounts tried once and long ago: a scan of made-up names leaves no rows behind.
    await this.db.query('DELETE FROM sign_in_attempts WHERE since_ms < $1 AND locked_until_ms < $1', [now - longest]);
    const waits: number[] = [];
    for (const s of subjects) waits.push(await this.change(s.key, now, (held) => beginAttempt(held, s.limits, now)));
    const wait = Math.max(...waits);
    // Refused unchecked: it is no attempt of the subjects that were not locked.
    if (wait) await this.uncount(subjects.filter((_, i) => !waits[i]));
    return wait;
  }

  async failed(subjects: Subject[]): Promise<void> {
    const now = this.now();
    for (const s of subjects) await this.change(s.key, now, (held) => ({ count: failedAttempt(held, s.limits, now), waitMs: 0 }));
  }

  /** The attempt no longer counts: its password was right (or it was refused unchecked). */
  async uncount(subjects: Subject[]): Promise<void> {
    const now = this.now();
    for (const s of subjects) await this.change(s.key, now, (held) => ({ count: uncountedAttempt(held), waitMs: 0 }));
  }

  /**
   * Reads and writes one subject's count in a transaction, its row locked, so attempts made at
   * once are counted one after another (the row is made first: there is nothing to lock before).
   */
  private change(key: string, now: number, next: (held: AttemptCount) => { count: AttemptCount; waitMs: number }): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query('INSERT INTO sign_in_attempts (subject, attempts, since_ms, locked_until_ms) VALUES ($1, 0, $2, 0) ON CONFLICT DO NOTHING', [key, now]);
      const [row] = await tx.query<{ attempts: number; since_ms: string; locked_until_ms: string }>(
        'SELECT attempts, since_ms::text, locked_until_ms::text FROM sign_in_attempts WHERE subject = $1 FOR UPDATE', [key]);
      // Gone only when another attempt's clean-up took it just now: as good as never tried.
      const held = row ? { attempts: row.attempts, since: Number(row.since_ms), lockedUntil: Number(row.locked_until_ms) } : { attempts: 0, since: now, lockedUntil: 0 };
      const { count, waitMs } = next(held);
      await tx.query(
        `INSERT INTO sign_in_attempts (subject, attempts, since_ms, locked_until_ms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (subject) DO UPDATE SET attempts = excluded.attempts, since_ms = excluded.since_ms, locked_until_ms = excluded.locked_until_ms`,
        [key, count.attempts, count.since, count.lockedUntil]);
      return waitMs;
    });
  }
}
