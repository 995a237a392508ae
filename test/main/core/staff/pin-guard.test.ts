import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, tempDesk, setupFor } from '../../../helpers/desk.js';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((c) => c()));

/** A desk whose clock the test moves. */
async function deskAt(start = Date.UTC(2026, 10, 24, 12)) {
  let now = start;
  const d = await readyDesk({ language: 'uk' }, { now: () => now });
  cleanup.push(d.remove);
  return { ...d, now: () => now, later: (ms: number) => (now += ms) };
}

describe('PIN guessing', () => {
  it('five wrong PINs lock every PIN for a minute, with a message in the desk language', async () => {
    const d = await deskAt();
    for (const pin of ['0000', '1111', '2222', '3333', '4444']) expect(await d.client.signIn({ pin })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    const locked = await d.client.signIn({ pin: MANAGER_PIN });
    expect(locked).toMatchObject({ ok: false, error: { code: 'pin_locked', message: 'Забагато неправильних PIN-кодів. Спробуйте ще раз через 1 хв.' } });
    d.later(61_000);
    expect(ok(await d.client.signIn({ pin: MANAGER_PIN })).role).toBe('manager');
  });

  it('each lock in a row lasts longer: 1, 5, 15, then 60 minutes; a quiet day starts over', async () => {
    const d = await deskAt();
    const fiveWrong = async () => {
      for (const pin of ['0000', '1111', '2222', '3333', '4444']) await d.client.signIn({ pin });
    };
    for (const minutes of [1, 5, 15, 60, 60]) {
      await fiveWrong();
      const locked = await d.client.signIn({ pin: MANAGER_PIN });
      expect(locked.ok || locked.error.message).toBe(`Забагато неправильних PIN-кодів. Спробуйте ще раз через ${minutes} хв.`);
      d.later(minutes * 60_000 - 1_000);
      expect(await d.client.signIn({ pin: MANAGER_PIN }), `still locked after ${minutes} min less a second`).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
      d.later(2_000);
      expect(ok(await d.client.signIn({ pin: MANAGER_PIN })).role).toBe('manager');
    }
    d.later(25 * 60 * 60_000);
    await fiveWrong();
    d.later(61_000);
    expect(ok(await d.client.signIn({ pin: MANAGER_PIN })).role).toBe('manager');
  });

  it('a restart does not clear the misses or the lock', async () => {
    const d = await deskAt();
    for (const pin of ['0000', '1111', '2222', '3333']) await d.client.signIn({ pin });
    d.services.close();
    const again = tempDesk({ dir: d.dir, now: d.now });
    expect(await again.client.signIn({ pin: '4444' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    again.services.close();
    const third = tempDesk({ dir: d.dir, now: d.now });
    expect(await third.client.signIn({ pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
    third.services.close();
  });

  it('guesses sent all at once are counted one by one: no more than five get an answer', async () => {
    const d = await deskAt();
    const guesses = Array.from({ length: 20 }, (_, i) => d.client.signIn({ pin: String(100_000 + i) }));
    const codes = (await Promise.all(guesses)).map((r) => (r.ok ? 'signed_in' : r.error.code));
    expect(codes.filter((c) => c === 'wrong_pin')).toHaveLength(5);
    expect(codes.filter((c) => c === 'pin_locked')).toHaveLength(15);
  });

  it('a clerk cannot reset the count with their own PIN between guesses', async () => {
    const d = await deskAt();
    ok(await d.client.addStaff({ name: 'Іван', role: 'clerk', pin: '5555' }));
    for (const pin of ['0000', '1111', '2222', '3333']) await d.client.signIn({ pin });
    expect(ok(await d.client.signIn({ pin: '5555' })).name).toBe('Іван');
    expect(await d.client.signIn({ pin: '6666' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await d.client.signIn({ pin: '5555' })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
  });

  it("a clerk's PIN typed as a manager's approval counts as a wrong guess", async () => {
    const d = await deskAt();
    ok(await d.client.addStaff({ name: 'Іван', role: 'clerk', pin: '5555' }));
    const purchase = { purchaseDate: '2020-01-01', proof: 'receipt' as const };
    const lines = [{ item: 'Чайник', qty: 1, unitPrice: { amount: 100_00, currency: 'CZK' as const }, reason: 'changed_mind' as const, condition: 'new' as const, restock: true }];
    for (let i = 0; i < 5; i++) {
      expect(await d.client.recordReturn({ purchase, lines, refundMethod: 'cash', approvalPin: '5555' })).toMatchObject({ ok: false, error: { code: 'manager_required' } });
    }
    expect(await d.client.recordReturn({ purchase, lines, refundMethod: 'cash', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
  });

  it('wrong PINs spread over more than 15 minutes do not lock', async () => {
    const d = await deskAt();
    for (const pin of ['0000', '1111', '2222', '3333', '4444', '6666', '7777']) {
      expect(await d.client.signIn({ pin })).toMatchObject({ error: { code: 'wrong_pin' } });
      d.later(4 * 60_000);
    }
  });
});

describe('first-run setup', () => {
  it('interrupted after the manager was written, it can be completed again with the same PIN', async () => {
    const d = tempDesk();
    cleanup.push(d.remove);
    // What a crash between the two writes leaves: the manager in SQLite, no setup in the settings.
    await d.desk.staff.add('Jana', 'manager', MANAGER_PIN);
    const session = ok(await d.client.completeSetup({ setup: setupFor(), manager: { name: 'Jana Nováková', pin: MANAGER_PIN } }));
    expect(session.staff?.name).toBe('Jana Nováková');
    expect(ok(await d.client.listStaff({})).map((s) => s.name)).toEqual(['Jana Nováková']);
  });
});
