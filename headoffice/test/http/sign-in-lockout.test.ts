import { describe, expect, test } from 'vitest';
import { SignInLockout } from '../../src/http/sign-in-lockout.js';

describe('sign-in lockout', () => {
  const limits = { maxFailures: 3, windowMs: 60_000, lockMs: 300_000 };
  const clock = () => {
    const c = { t: 0, now: () => c.t };
    return c;
  };

  test('locks an address after its failures within the window, until the lock is over', () => {
    const c = clock();
    const lockout = new SignInLockout(limits, c.now);
    for (let i = 0; i < 3; i++) {
      expect(lockout.lockedFor('a')).toBe(0);
      lockout.failed('a');
    }
    expect(lockout.lockedFor('a')).toBe(300_000);
    expect(lockout.lockedFor('b')).toBe(0);
    c.t = 299_999;
    expect(lockout.lockedFor('a')).toBe(1);
    c.t = 300_000;
    expect(lockout.lockedFor('a')).toBe(0);
  });

  test('failures spread wider than the window do not lock', () => {
    const c = clock();
    const lockout = new SignInLockout(limits, c.now);
    for (let i = 0; i < 6; i++) {
      lockout.failed('a');
      c.t += 40_000;
    }
    expect(lockout.lockedFor('a')).toBe(0);
  });
});
