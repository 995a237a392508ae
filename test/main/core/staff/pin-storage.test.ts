import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/core/db/migrations.js';
import { openSqlite, scalar } from '../../../../main/core/db/sqlite.js';
import { nodeSettings } from '../../../../main/core/settings/settings-store.js';
import { pinCost, pinKey } from '../../../../main/core/staff/pin-hash.js';
import { MANAGER_PIN, ok, readyDesk, setupFor, tempDesk } from '../../../helpers/desk.js';
import { legacyPinHash } from '../../../helpers/legacy-pin.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((c) => c()));

describe('what a copied desk.db gives away', () => {
  it('each PIN only as a costly scrypt key under the desk salt (~205 ms a guess), no cheaper way in', async () => {
    const d = await readyDesk({}, { pinCost });
    cleanup.push(d.remove);
    ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '43218765' }));
    const params = JSON.parse(scalar<string>(d.desk.db, "SELECT value FROM meta WHERE key = 'pin.key'")!) as { salt: string; N: number; r: number; p: number };
    expect(params).toMatchObject({ N: 1 << 14, r: 8, p: 7 });
    const rows = d.desk.db.prepare('SELECT pin_key, legacy_pin_hash FROM staff ORDER BY name').all() as { pin_key: string; legacy_pin_hash: null }[];
    // The stored value is exactly the costly key: nothing else about the PIN is kept.
    expect(rows).toEqual([
      { pin_key: await pinKey(MANAGER_PIN, params.salt, params), legacy_pin_hash: null },
      { pin_key: await pinKey('43218765', params.salt, params), legacy_pin_hash: null },
    ]);
    d.desk.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const file = readFileSync(join(d.dir, 'desk.db')).toString('latin1');
    expect(file).not.toContain(MANAGER_PIN);
    // Eight digits, so that no random id or timestamp in the file holds them by chance.
    expect(file).not.toContain('43218765');
  });
});

/** A desk as the version before this one left it: its staff with the old per-person hashes. */
function olderDesk(staff: { name: string; role: 'clerk' | 'manager'; pin: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-v6-'));
  const db = openSqlite(join(dir, 'desk.db'));
  migrate(db, 6);
  for (const [i, s] of staff.entries()) {
    db.prepare('INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(`staff-${i}`, s.name, s.role, legacyPinHash(s.pin), '2026-01-01T00:00:00Z');
  }
  db.close();
  nodeSettings(dir).set('setup', setupFor());
  const d = tempDesk({ dir });
  cleanup.push(d.remove);
  return d;
}

describe('PINs from before', () => {
  it('a manager on a 4-digit PIN must change it at sign-in before anything else', async () => {
    const d = olderDesk([{ name: 'Jana', role: 'manager', pin: '1234' }]);
    const jana = ok(await d.client.signIn({ pin: '1234' }));
    expect(jana).toMatchObject({ name: 'Jana', role: 'manager', pinChangeRequired: true });
    expect(await d.client.openComplaint(complaintInput())).toMatchObject({ ok: false, error: { code: 'pin_change_required' } });
    expect(await d.client.listCases({})).toMatchObject({ ok: false, error: { code: 'pin_change_required' } });
    expect(await d.client.changeOwnPin({ currentPin: '1234', newPin: '5678' })).toMatchObject({
      ok: false, error: { code: 'manager_pin_short', fields: ['newPin'], message: "A manager's PIN has at least 6 digits." },
    });
    expect(ok(await d.client.changeOwnPin({ currentPin: '1234', newPin: '246813' }))).toEqual({ id: 'staff-0', name: 'Jana', role: 'manager' });
    ok(await d.client.openComplaint(complaintInput()));
    ok(await d.client.signOut({}));
    expect(await d.client.signIn({ pin: '1234' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(ok(await d.client.signIn({ pin: '246813' })).pinChangeRequired).toBeUndefined();
    expect(d.desk.db.prepare('SELECT legacy_pin_hash FROM staff').all()).toEqual([{ legacy_pin_hash: null }]);
  });

  it("a manager's PIN from before the rule approves nothing until it is changed", async () => {
    const d = olderDesk([{ name: 'Jana', role: 'manager', pin: '1234' }, { name: 'Karel', role: 'clerk', pin: '4321' }]);
    ok(await d.client.signIn({ pin: '4321' }));
    const refund = ok(await d.client.recordReturn({ purchase: receipt(d.desk.today()), refundMethod: 'cash', lines: [returnLine(1000)] }));
    expect(await d.client.voidCase({ caseId: refund.id, reason: 'Wrong item', approvalPin: '1234' })).toMatchObject({ ok: false, error: { code: 'pin_change_required' } });
  });

  it("a clerk's old hash is replaced by the desk key at their next sign-in, and a new PIN cannot reuse theirs", async () => {
    const d = olderDesk([{ name: 'Jana', role: 'manager', pin: MANAGER_PIN }, { name: 'Karel', role: 'clerk', pin: '4321' }]);
    ok(await d.client.signIn({ pin: MANAGER_PIN }));
    expect(await d.client.addStaff({ name: 'Eva', role: 'clerk', pin: '4321' })).toMatchObject({ ok: false, error: { code: 'pin_taken' } });
    ok(await d.client.signOut({}));
    expect(ok(await d.client.signIn({ pin: '4321' }))).toEqual({ id: 'staff-1', name: 'Karel', role: 'clerk' });
    expect(d.desk.db.prepare('SELECT name, legacy_pin_hash IS NULL AS upgraded FROM staff ORDER BY name').all()).toEqual([
      { name: 'Jana', upgraded: 1 },
      { name: 'Karel', upgraded: 1 },
    ]);
  });
});

describe('changing your own PIN', () => {
  it('needs the current PIN (a wrong one counts as a guess) and a PIN nobody else has', async () => {
    const d = await readyDesk({ language: 'cs' });
    cleanup.push(d.remove);
    ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '4321' }));
    ok(await d.client.signOut({}));
    ok(await d.client.signIn({ pin: '4321' }));
    expect(await d.client.changeOwnPin({ currentPin: '4320', newPin: '1357' })).toMatchObject({ ok: false, error: { code: 'wrong_pin', fields: ['currentPin'] } });
    expect(await d.client.changeOwnPin({ currentPin: MANAGER_PIN, newPin: '1357' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await d.client.changeOwnPin({ currentPin: '4321', newPin: MANAGER_PIN })).toMatchObject({
      ok: false, error: { code: 'pin_taken', fields: ['newPin'], message: 'Tento PIN už na této pokladně někdo má. Zvolte jiný.' },
    });
    ok(await d.client.changeOwnPin({ currentPin: '4321', newPin: '4321' }));
    ok(await d.client.changeOwnPin({ currentPin: '4321', newPin: '1357' }));
    ok(await d.client.signOut({}));
    expect(ok(await d.client.signIn({ pin: '1357' })).name).toBe('Karel');
    // Two wrong current PINs and a taken one above, one wrong sign-in below: the fifth miss locks every PIN.
    expect(await d.client.signIn({ pin: '4321' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    for (const pin of ['0000', '1111']) await d.client.signIn({ pin });
    expect(await d.client.signIn({ pin: '1357' })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
  });

  it("cannot be used to find out others' PINs: a taken PIN counts as a wrong guess", async () => {
    const d = await readyDesk();
    cleanup.push(d.remove);
    ok(await d.client.addStaff({ name: 'Karel', role: 'clerk', pin: '4321' }));
    ok(await d.client.signOut({}));
    ok(await d.client.signIn({ pin: '4321' }));
    for (let i = 0; i < 5; i++) expect(await d.client.changeOwnPin({ currentPin: '4321', newPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'pin_taken' } });
    expect(await d.client.changeOwnPin({ currentPin: '4321', newPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
    ok(await d.client.signOut({}));
    expect(await d.client.signIn({ pin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
  });

  it("a manager's new PIN, and the first manager's at setup, have at least 6 digits", async () => {
    const d = tempDesk();
    cleanup.push(d.remove);
    expect(await d.client.completeSetup({ setup: setupFor(), manager: { name: 'Jana', pin: '1234' } })).toMatchObject({
      ok: false, error: { code: 'manager_pin_short', fields: ['manager.pin'] },
    });
    ok(await d.client.completeSetup({ setup: setupFor(), manager: { name: 'Jana', pin: MANAGER_PIN } }));
    expect(await d.client.addStaff({ name: 'Eva', role: 'manager', pin: '24680' })).toMatchObject({ ok: false, error: { code: 'manager_pin_short', fields: ['pin'] } });
    ok(await d.client.addStaff({ name: 'Eva', role: 'manager', pin: '246801' }));
    expect(await d.client.changeOwnPin({ currentPin: MANAGER_PIN, newPin: '1234' })).toMatchObject({ ok: false, error: { code: 'manager_pin_short' } });
  });
});
