import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { SignInLockout } from '../../src/http/sign-in-lockout.js';
import { testDatabase } from '../../../test/helpers/headoffice.js';

const limits = { maxFailures: 3, windowMs: 60_000, lockMs: 300_000 };
const subject = (key: string) => [{ key, limits }];

describe('sign-in lockout', () => {
  let held: { db: Database; drop: () => Promise<void> };
  beforeAll(async () => {
    held = await testDatabase();
  });
  afterAll(() => held.drop());
  const clock = () => {
    const c = { t: 1_000_000, now: () => c.t };
    return c;
  };
  /** One attempt that fails: answers the wait it was given (0: its password was checked). */
  const wrongPassword = async (lockout: SignInLockout, key: string) => {
    const wait = await lockout.begin(subject(key));
    if (!wait) await lockout.failed(subject(key));
    return wait;
  };

  test('locks a subject after its failures within the window, until the lock is over', async () => {
    const c = clock();
    const lockout = new SignInLockout(held.db, c.now);
    for (let i = 0; i < 3; i++) expect(await wrongPassword(lockout, 'a1')).toBe(0);
    expect(await lockout.begin(subject('a1'))).toBe(300_000);
    expect(await lockout.begin(subject('b1'))).toBe(0);
    c.t += 299_999;
    expect(await lockout.begin(subject('a1'))).toBe(1);
    c.t += 1;
    expect(await lockout.begin(subject('a1'))).toBe(0);
  });

  test('failures spread wider than the window do not lock; a right password uncounts its own attempt only', async () => {
    const c = clock();
    const lockout = new SignInLockout(held.db, c.now);
    for (let i = 0; i < 6; i++) {
      expect(await wrongPassword(lockout, 'a2')).toBe(0);
      c.t += 40_000;
    }
    expect(await wrongPassword(lockout, 'a3')).toBe(0);
    expect(await wrongPassword(lockout, 'a3')).toBe(0);
    for (let i = 0; i < 5; i++) {
      expect(await lockout.begin(subject('a3'))).toBe(0);
      await lockout.uncount(subject('a3'));
    }
    expect(await wrongPassword(lockout, 'a3')).toBe(0);
    expect(await lockout.begin(subject('a3'))).toBe(300_000);
  });

  test('attempts made at once are counted one by one: no more than the limit get their password checked', async () => {
    const lockout = new SignInLockout(held.db);
    const waits = await Promise.all(Array.from({ length: 12 }, () => lockout.begin(subject('a4'))));
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
    expect(Math.min(...waits.filter((w) => w > 0))).toBeGreaterThan(299_000);
  });

  test('another process, or head office restarted, sees the same lock (it is in the database)', async () => {
    const c = clock();
    for (let i = 0; i < 3; i++) await wrongPassword(new SignInLockout(held.db, c.now), 'a5');
    expect(await new SignInLockout(held.db, c.now).begin(subject('a5'))).toBe(300_000);
  });

  test('a refusal for one subject is not counted against the other', async () => {
    const c = clock();
    const lockout = new SignInLockout(held.db, c.now);
    for (let i = 0; i < 3; i++) await wrongPassword(lockout, 'account-6');
    const both = [{ key: 'address-6', limits }, { key: 'account-6', limits }];
    for (let i = 0; i < 5; i++) expect(await lockout.begin(both)).toBe(300_000);
    expect(await wrongPassword(lockout, 'address-6')).toBe(0);
  });

  test('subjects tried long ago leave no rows behind', async () => {
    const c = clock();
    const lockout = new SignInLockout(held.db, c.now);
    for (let i = 0; i < 20; i++) await wrongPassword(lockout, `scan-${i}`);
    c.t += 300_001;
    await wrongPassword(lockout, 'scan-last');
    expect(await held.db.query("SELECT subject FROM sign_in_attempts WHERE subject LIKE 'scan-%'")).toEqual([{ subject: 'scan-last' }]);
  });
});
