import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, tempDesk, setupFor } from '../../../helpers/desk.js';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((c) => c()));

/** A desk whose clock the test moves. */
async function deskAt(start = Date.UTC(2026, 10, 24, 12)) {
  let now = start;
  const d = await readyDesk({ language: 'uk' }, { now: () => now });
  cleanup.push(d.remove);
  return { ...d, later: (ms: number) => (now += ms) };
}

describe('PIN guessing', () => {
  it('five wrong PINs lock every PIN for a minute, with a message in the desk language', async () => {
    const d = await deskAt();
    for (const pin of ['0000', '1111', '2222', '3333', '4444']) expect(await d.client.signIn({ pin })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    const locked = await d.client.signIn({ pin: MANAGER_PIN });
    expect(locked).toMatchObject({ ok: false, error: { code: 'pin_locked', message: 'Забагато неправильних PIN-кодів. Спробуйте ще раз через 60 с.' } });
    d.later(61_000);
    expect(ok(await d.client.signIn({ pin: MANAGER_PIN })).role).toBe('manager');
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
    d.desk.staff.add('Jana', 'manager', MANAGER_PIN);
    const session = ok(await d.client.completeSetup({ setup: setupFor(), manager: { name: 'Jana Nováková', pin: MANAGER_PIN } }));
    expect(session.staff?.name).toBe('Jana Nováková');
    expect(ok(await d.client.listStaff({})).map((s) => s.name)).toEqual(['Jana Nováková']);
  });
});
