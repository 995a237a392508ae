/**
 * Wrong passwords per client address: after `maxFailures` within `windowMs` the address is locked
 * out for `lockMs`, so a password cannot be guessed by trying (the rate limit alone allows hundreds
 * a minute). Kept in memory: a restart forgets, which only gives a guesser one more round.
 */
export class SignInLockout {
  private readonly byAddress = new Map<string, { failures: number; since: number; lockedUntil: number }>();

  constructor(
    private readonly limits = { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `address` may try again; 0 when it may now. */
  lockedFor(address: string): number {
    return Math.max(0, (this.byAddress.get(address)?.lockedUntil ?? 0) - this.now());
  }

  failed(address: string): void {
    const now = this.now();
    const held = this.byAddress.get(address);
    const entry = held && now - held.since < this.limits.windowMs ? held : { failures: 0, since: now, lockedUntil: 0 };
    entry.failures++;
    if (entry.failures >= this.limits.maxFailures) Object.assign(entry, { failures: 0, since: now, lockedUntil: now + this.limits.lockMs });
    this.byAddress.set(address, entry);
    if (this.byAddress.size > 10_000) this.forgetStale(now);
  }

  /** Many addresses tried (a scan): those whose window and lock are over are dropped. */
  private forgetStale(now: number): void {
    for (const [address, e] of this.byAddress) {
      if (now - e.since >= this.limits.windowMs && e.lockedUntil <= now) this.byAddress.delete(address);
    }
  }
}
