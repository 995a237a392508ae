import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { signInClerk } from '../../../helpers/cases.js';
import { headOfficeForFile, quickSync } from '../../../helpers/sync-desk.js';
import { issueEnrollmentCode } from '../../../../headoffice/src/store/enrollment.js';
import type { SecretBox } from '../../../../main/core/sync/secret-box.js';

const files = headOfficeForFile();

// Stands in for Electron's safeStorage: reversible, and visibly not the plain token.
const reversed: SecretBox = { encrypt: (s) => `enc:${[...s].reverse().join('')}`, decrypt: (s) => [...s.slice(4)].reverse().join(''), protectedByOs: true };

async function desk(over = {}) {
  const d = await readyDesk({ storeCode: 'BRQ01', deskCode: 'A', language: 'cs', ...over }, { sync: { ...quickSync, secrets: reversed } });
  return files.keep(d);
}

describe('enrollment at the desk', () => {
  test("registers the desk's own device id and keeps the token only encrypted", async () => {
    const d = await desk();
    const code = await issueEnrollmentCode(files.ho.db, { storeCode: 'BRQ01', deskCode: 'A' });
    expect(ok(await d.client.enroll({ url: files.ho.url, code }))).toMatchObject({ enrolled: true, headOffice: files.ho.url, state: 'idle' });
    const [device] = await files.ho.db.query<{ id: string; store_code: string; desk_code: string }>('SELECT id, store_code, desk_code FROM devices WHERE id = $1', [d.desk.deviceId]);
    expect(device).toEqual({ id: d.desk.deviceId, store_code: 'BRQ01', desk_code: 'A' });
    const settingsFile = readFileSync(join(d.dir, 'settings.json'), 'utf8');
    const stored = (JSON.parse(settingsFile) as { headOffice: { token: string } }).headOffice.token;
    expect(stored.startsWith('enc:')).toBe(true);
    expect(settingsFile).not.toContain(reversed.decrypt(stored));

    // A token this machine cannot decrypt (copied settings, another OS account): not enrolled, no crash.
    d.services.close();
    const moved = tempDesk({ dir: d.dir, sync: { ...quickSync, secrets: { encrypt: (s) => s, decrypt: () => { throw new Error('not this keychain'); }, protectedByOs: true } } });
    ok(await moved.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await moved.client.syncStatus({}))).toMatchObject({ enrolled: false, state: 'not_enrolled' });
    moved.services.close();
  });

  test('a code for another desk, a used code and an unreachable head office are refused in the desk language', async () => {
    const d = await desk({ storeCode: 'BRQ02' });
    const forB = await issueEnrollmentCode(files.ho.db, { storeCode: 'BRQ02', deskCode: 'B' });
    const mismatch = await d.client.enroll({ url: files.ho.url, code: forB });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'enrollment_mismatch', message: expect.stringContaining('jiné prodejně nebo pokladně') } });

    const code = await issueEnrollmentCode(files.ho.db, { storeCode: 'BRQ02', deskCode: 'A' });
    ok(await d.client.enroll({ url: files.ho.url, code }));
    const other = await desk({ storeCode: 'BRQ02', deskCode: 'A' });
    expect(await other.client.enroll({ url: files.ho.url, code })).toMatchObject({ ok: false, error: { code: 'enrollment_refused' } });
    // A fresh code, but desk A already has its PC: two would hand out the same case numbers.
    const second = await issueEnrollmentCode(files.ho.db, { storeCode: 'BRQ02', deskCode: 'A' });
    expect(await other.client.enroll({ url: files.ho.url, code: second })).toMatchObject({ ok: false, error: { code: 'enrollment_desk_taken', message: expect.stringContaining('pokladna BRQ02-A') } });
    const unreachable = await other.client.enroll({ url: 'http://127.0.0.1:9', code });
    expect(unreachable).toMatchObject({ ok: false, error: { code: 'head_office_unreachable', message: expect.stringContaining('http://127.0.0.1:9') } });
    expect(JSON.stringify(unreachable)).not.toMatch(/ECONNREFUSED|fetch failed/);
    expect(ok(await other.client.syncStatus({}))).toMatchObject({ enrolled: false, state: 'not_enrolled' });
    expect(await other.client.syncNow({})).toMatchObject({ ok: false, error: { code: 'not_enrolled' } });
  });

  test('refuses head office over plain http unless it is this PC; an enrollment at such an address from before is not synced to', async () => {
    const d = await desk({ storeCode: 'BRQ03' });
    const code = await issueEnrollmentCode(files.ho.db, { storeCode: 'BRQ03', deskCode: 'A' });
    for (const url of ['http://ho.example.com', 'http://10.0.0.5:8787', 'http://127.0.0.1.example.com/']) {
      expect(await d.client.enroll({ url, code })).toMatchObject({ ok: false, error: { code: 'head_office_not_https', message: expect.stringContaining('musí začínat https://') } });
    }
    // This PC, however it is spelled, passes the check (nothing listens on port 9).
    for (const url of ['http://localhost:9', 'http://[::1]:9', 'http://127.8.9.10:9']) {
      expect(await d.client.enroll({ url, code })).toMatchObject({ ok: false, error: { code: 'head_office_unreachable' } });
    }

    ok(await d.client.enroll({ url: files.ho.url, code }));
    d.services.close();
    const settingsFile = join(d.dir, 'settings.json');
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { headOffice: { url: string } };
    settings.headOffice.url = 'http://ho.example.com';
    writeFileSync(settingsFile, JSON.stringify(settings));
    const before = files.keep(tempDesk({ dir: d.dir, sync: { ...quickSync, secrets: reversed } }));
    ok(await before.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await before.client.syncStatus({}))).toMatchObject({ enrolled: false, state: 'insecure', headOffice: 'http://ho.example.com' });
    expect(await before.client.syncNow({})).toMatchObject({ ok: false, error: { code: 'not_enrolled' } });
  });

  test('only a manager may enroll the desk', async () => {
    const d = await desk();
    await signInClerk(d.client);
    const code = await issueEnrollmentCode(files.ho.db, { storeCode: 'BRQ01', deskCode: 'A' });
    expect(await d.client.enroll({ url: files.ho.url, code })).toMatchObject({ ok: false, error: { code: 'manager_required' } });
  });
});

describe('sync: for signed-in staff only', () => {
  test('tells nobody the sync status and syncs for nobody before setup or once signed out', async () => {
    const fresh = files.keep(tempDesk());
    expect(await fresh.client.syncStatus({})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await fresh.client.syncNow({})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });

    const d = await desk();
    expect(ok(await d.client.syncStatus({}))).toMatchObject({ enrolled: false, state: 'not_enrolled' });
    ok(await d.client.signOut({}));
    expect(await d.client.syncStatus({})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await d.client.syncNow({})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    ok(await d.client.signIn({ pin: MANAGER_PIN }));
    expect(await d.client.syncNow({})).toMatchObject({ ok: false, error: { code: 'not_enrolled' } });
  });
});
